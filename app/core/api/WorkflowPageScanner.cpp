#include "api/WorkflowPageScanner.h"

#include <QStringDecoder>

#include <array>
#include <limits>
#include <string_view>
#include <utility>

namespace WorkflowPageScanner {

namespace {

using WorkflowDecoder::ListPage;

// Unknown values nested deeper than this are declined (QJsonDocument allows more; such a
// page simply goes its way).
constexpr int MaxDepth = 32;

// The fields of a workflow record the decoder reads, in the order of FieldNames.
enum Field {
    Id,
    Status,
    Title,
    Name,
    Description,
    OrganizationId,
    NodeCount,
    EdgeCount,
    EnrolledLeads,
    CreatedAt,
    UpdatedAt,
    FieldCount
};
constexpr std::array<std::string_view, FieldCount> FieldNames = {
    "id",         "status",     "title",          "name",       "description", "organization_id",
    "node_count", "edge_count", "enrolled_leads", "created_at", "updated_at"};

enum MetaField { MetaPage, MetaLimit, MetaTotal, MetaTotalPages, MetaFieldCount };
constexpr std::array<std::string_view, MetaFieldCount> MetaFieldNames = {"page", "limit", "total",
                                                                         "totalPages"};

// The console asks for 100 workflows a page.
constexpr qsizetype RowsPerPage = 100;

template<size_t N>
int indexOf(const std::array<std::string_view, N> &names, std::string_view key)
{
    for (size_t i = 0; i < N; ++i) {
        if (names[i] == key)
            return int(i);
    }
    return -1;
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// Conservative: noncharacters and the byte order mark are declined wherever they appear.
bool isDeclinedCodePoint(char32_t c)
{
    return QChar::isNonCharacter(c) || c == 0xfeff;
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// Every method returns false to decline: the caller then leaves the page to QJsonDocument.
class Scanner
{
public:
    explicit Scanner(const QByteArray &body)
        : m_p(body.constData())
        , m_end(body.constData() + body.size())
    { }

    std::optional<ListPage> page()
    {
        ListPage page;
        bool sawData = false;
        bool sawMeta = false;
        skipSpace();
        if (!take('{'))
            return std::nullopt;
        const bool read = readMembers([&](std::string_view key) {
            if (key == "data")
                return !std::exchange(sawData, true) && readRows(&page);
            if (key == "meta")
                return !std::exchange(sawMeta, true) && readMeta(&page);
            return skipValue(1);
        });
        skipSpace();
        if (!read || m_p != m_end || !sawData)
            return std::nullopt;
        return page;
    }

private:
    void skipSpace()
    {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\t' || *m_p == '\n' || *m_p == '\r'))
            ++m_p;
    }

    bool take(char c)
    {
        if (m_p >= m_end || *m_p != c)
            return false;
        ++m_p;
        return true;
    }

    // The members of an object whose '{' was just taken, each key handed to `member`, which
    // reads its value; then the '}'.
    template<typename Member>
    bool readMembers(Member member)
    {
        skipSpace();
        if (take('}'))
            return true;
        do {
            std::string_view key;
            if (!readKey(&key) || !member(key))
                return false;
            skipSpace();
        } while (take(','));
        return take('}');
    }

    // The elements of an array whose '[' was just taken, each read by `element`; then the ']'.
    template<typename Element>
    bool readElements(Element element)
    {
        skipSpace();
        if (take(']'))
            return true;
        do {
            if (!element())
                return false;
            skipSpace();
        } while (take(','));
        return take(']');
    }

    bool takeLiteral(std::string_view literal)
    {
        if (size_t(m_end - m_p) < literal.size() ||
            std::string_view(m_p, literal.size()) != literal)
            return false;
        m_p += literal.size();
        return true;
    }

    bool atNull()
    {
        skipSpace();
        return takeLiteral("null");
    }

    // A key of plain ASCII without escapes (anything else: declined), then its ':'.
    bool readKey(std::string_view *key)
    {
        skipSpace();
        if (!take('"'))
            return false;
        const char *start = m_p;
        while (m_p < m_end && *m_p != '"') {
            const auto c = static_cast<unsigned char>(*m_p);
            if (c < 0x20 || c >= 0x80 || c == '\\')
                return false;
            ++m_p;
        }
        if (m_p >= m_end)
            return false;
        *key = std::string_view(start, size_t(m_p - start));
        ++m_p;
        skipSpace();
        return take(':');
    }

    // Raw bytes [from, to) of a string, without escapes, appended as valid UTF-8.
    static bool appendText(QString *out, const char *from, const char *to, bool ascii)
    {
        if (from == to)
            return true;
        if (ascii) {
            out->append(QLatin1String(from, to - from));
            return true;
        }
        QStringDecoder decoder(QStringDecoder::Utf8, QStringConverter::Flag::Stateless |
                                                         QStringConverter::Flag::ConvertInitialBom);
        const QString text = decoder.decode(QByteArrayView(from, to - from));
        if (decoder.hasError())
            return false;
        for (const char32_t c : QStringView(text).toUcs4()) {
            if (isDeclinedCodePoint(c))
                return false;
        }
        out->append(text);
        return true;
    }

    // \uXXXX: the code unit, or -1.
    int readHex4()
    {
        if (m_end - m_p < 4)
            return -1;
        int value = 0;
        for (int i = 0; i < 4; ++i) {
            const int digit = hexValue(m_p[i]);
            if (digit < 0)
                return -1;
            value = value * 16 + digit;
        }
        m_p += 4;
        return value;
    }

    bool readEscape(QString *out)
    {
        if (m_p >= m_end)
            return false;
        const char c = *m_p++;
        if (c != 'u') {
            // JSON's one-letter escapes and what they stand for.
            constexpr std::string_view Letters = "\"\\/bfnrt";
            constexpr std::string_view Meanings = "\"\\/\b\f\n\r\t";
            const size_t at = Letters.find(c);
            if (at == std::string_view::npos)
                return false;
            out->append(QLatin1Char(Meanings[at]));
            return true;
        }
        const int unit = readHex4();
        if (unit < 0 || QChar::isLowSurrogate(char32_t(unit)))
            return false; // a lone low surrogate: declined
        if (!QChar::isHighSurrogate(char32_t(unit))) {
            if (isDeclinedCodePoint(char32_t(unit)))
                return false;
            out->append(QChar(char16_t(unit)));
            return true;
        }
        if (!takeLiteral("\\u"))
            return false;
        const int low = readHex4();
        if (low < 0 || !QChar::isLowSurrogate(char32_t(low)))
            return false;
        const char32_t code = QChar::surrogateToUcs4(char16_t(unit), char16_t(low));
        if (isDeclinedCodePoint(code))
            return false;
        out->append(QChar(char16_t(unit)));
        out->append(QChar(char16_t(low)));
        return true;
    }

    bool readString(QString *out)
    {
        skipSpace();
        if (!take('"'))
            return false;
        QString text;
        const char *run = m_p;
        bool ascii = true;
        while (true) {
            if (m_p >= m_end)
                return false;
            const auto c = static_cast<unsigned char>(*m_p);
            if (c == '"')
                break;
            if (c < 0x20)
                return false; // JSON wants control characters escaped
            if (c == '\\') {
                if (!appendText(&text, run, m_p, ascii))
                    return false;
                ++m_p;
                if (!readEscape(&text))
                    return false;
                run = m_p;
                ascii = true;
                continue;
            }
            ascii = ascii && c < 0x80;
            ++m_p;
        }
        if (text.isEmpty() && ascii)
            text = QString::fromLatin1(run, m_p - run); // the common case: one plain run
        else if (!appendText(&text, run, m_p, ascii))
            return false;
        ++m_p;
        *out = std::move(text);
        return true;
    }

    // A JSON integer within int's range, without fraction or exponent (those, and every
    // other number, are the decoder's to judge).
    bool readInt(int *out)
    {
        skipSpace();
        const bool negative = take('-');
        if (m_p >= m_end || !isDigit(*m_p))
            return false;
        if (*m_p == '0' && m_p + 1 < m_end && isDigit(m_p[1]))
            return false;
        qint64 value = 0;
        int digits = 0;
        while (m_p < m_end && isDigit(*m_p)) {
            if (++digits > 10)
                return false;
            value = value * 10 + (*m_p++ - '0');
        }
        if (m_p < m_end && (*m_p == '.' || *m_p == 'e' || *m_p == 'E'))
            return false;
        value = negative ? -value : value;
        if (value < std::numeric_limits<int>::min() || value > std::numeric_limits<int>::max())
            return false;
        *out = int(value);
        return true;
    }

    // An int or null (-1 / empty): meta fields and counts.
    bool readOptionalInt(std::optional<int> *out)
    {
        if (atNull()) {
            out->reset();
            return true;
        }
        int value = 0;
        if (!readInt(&value))
            return false;
        *out = value;
        return true;
    }

    bool readOptionalString(QString *out, bool *present)
    {
        *present = !atNull();
        return !*present || readString(out);
    }

    // A number by JSON's grammar, at most 15 digits and no exponent: nothing QJsonDocument
    // could round to infinity.
    bool skipNumber()
    {
        take('-');
        int digits = 0;
        if (m_p >= m_end || !isDigit(*m_p))
            return false;
        if (*m_p == '0' && m_p + 1 < m_end && isDigit(m_p[1]))
            return false;
        while (m_p < m_end && isDigit(*m_p)) {
            ++m_p;
            ++digits;
        }
        if (take('.')) {
            if (m_p >= m_end || !isDigit(*m_p))
                return false;
            while (m_p < m_end && isDigit(*m_p)) {
                ++m_p;
                ++digits;
            }
        }
        return digits <= 15 && (m_p >= m_end || (*m_p != 'e' && *m_p != 'E'));
    }

    // Any value the decoder does not read, checked as QJsonDocument would.
    bool skipValue(int depth)
    {
        skipSpace();
        if (m_p >= m_end)
            return false;
        switch (*m_p) {
        case '{':
            ++m_p;
            return depth < MaxDepth &&
                   readMembers([&](std::string_view) { return skipValue(depth + 1); });
        case '[':
            ++m_p;
            return depth < MaxDepth && readElements([&] { return skipValue(depth + 1); });
        case '"': {
            QString ignored;
            return readString(&ignored);
        }
        case 't':
            return takeLiteral("true");
        case 'f':
            return takeLiteral("false");
        case 'n':
            return takeLiteral("null");
        default:
            return skipNumber();
        }
    }

    bool readMeta(ListPage *page)
    {
        if (atNull())
            return true; // absent
        skipSpace();
        if (!take('{'))
            return false;
        std::array<bool, MetaFieldCount> seen{};
        std::array<int, MetaFieldCount> values{-1, -1, -1, -1};
        const bool read = readMembers([&](std::string_view key) {
            const int field = indexOf(MetaFieldNames, key);
            if (field < 0)
                return skipValue(2);
            std::optional<int> value;
            if (std::exchange(seen[size_t(field)], true) || !readOptionalInt(&value))
                return false;
            values[size_t(field)] = value.value_or(-1);
            return true;
        });
        page->page = values[MetaPage];
        page->limit = values[MetaLimit];
        page->total = values[MetaTotal];
        page->totalPages = values[MetaTotalPages];
        return read;
    }

    bool readRows(ListPage *page)
    {
        skipSpace();
        if (!take('['))
            return false;
        page->workflows.reserve(RowsPerPage);
        return readElements([&] {
            Workflow w;
            if (!readWorkflow(&w))
                return false;
            page->workflows.append(std::move(w));
            ++page->rows;
            return true;
        });
    }

    // A timestamp the decoder reads without a problem; null: absent.
    bool readTimestamp(QDateTime *out)
    {
        if (atNull())
            return true;
        QString text;
        if (!readString(&text))
            return false;
        *out = WorkflowDecoder::decodeTimestampText(text);
        return out->isValid();
    }

    // One record with a usable id and status and every other field readable, as
    // decodeWorkflow reads it.
    bool readWorkflow(Workflow *w)
    {
        skipSpace();
        if (!take('{'))
            return false;
        std::array<bool, FieldCount> seen{};
        std::array<bool, FieldCount> present{}; // seen and not null
        QString status;
        QString title;
        QString name;
        const bool read = readMembers([&](std::string_view key) {
            const int field = indexOf(FieldNames, key);
            if (field < 0)
                return skipValue(3);
            if (std::exchange(seen[size_t(field)], true))
                return false; // a duplicate: which one counts is QJsonDocument's call
            bool *isPresent = &present[size_t(field)];
            switch (Field(field)) {
            case Id:
                return readOptionalString(&w->id, isPresent);
            case Status:
                return readOptionalString(&status, isPresent);
            case Title:
                return readOptionalString(&title, isPresent);
            case Name:
                return readOptionalString(&name, isPresent);
            case Description:
                return readOptionalString(&w->description, isPresent);
            case OrganizationId:
                return readOptionalString(&w->organizationId, isPresent);
            case NodeCount:
                return readOptionalInt(&w->nodeCount);
            case EdgeCount:
                return readOptionalInt(&w->edgeCount);
            case EnrolledLeads:
                return readOptionalInt(&w->enrolledLeads);
            case CreatedAt:
                return readTimestamp(&w->createdAt);
            case UpdatedAt:
                return readTimestamp(&w->updatedAt);
            case FieldCount:
                break;
            }
            return false;
        });
        // What decodeWorkflow refuses or describes is declined here.
        if (!read || !present[Id] || w->id.isEmpty() || !present[Status] ||
            status.trimmed().isEmpty())
            return false;
        w->status = WorkflowStatus::fromApi(status);
        w->name = present[Title] ? title : name; // title ?? name
        // Beside the fingerprint, as decodeWorkflow does: not in the GUI thread's diff.
        w->refreshFingerprint();
        w->nameSortKey = NameSortKey::of(w->name);
        return true;
    }

    const char *m_p;
    const char *m_end;
};

} // namespace

std::optional<WorkflowDecoder::ListPage> scan(const QByteArray &body)
{
    return Scanner(body).page();
}

} // namespace WorkflowPageScanner

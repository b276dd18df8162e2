#include "api/WorkflowDecoder.h"

#include "api/WorkflowPageScanner.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>
#include <limits>

namespace WorkflowDecoder {

namespace {

QString typeName(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("a boolean");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::String:
        return QStringLiteral("a string");
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Undefined:
        return QStringLiteral("missing");
    }
    return QStringLiteral("unknown");
}

void setError(QString *error, const QString &text)
{
    if (error)
        *error = text;
}

bool isAbsent(const QJsonValue &v)
{
    return v.isUndefined() || v.isNull();
}

// Optional string: absent/null -> empty; a string -> it; anything else -> error.
bool optionalString(const QJsonObject &o, QLatin1String key, QString *out, QString *error)
{
    const QJsonValue v = o.value(key);
    if (isAbsent(v))
        return true;
    if (!v.isString()) {
        setError(error,
                 QStringLiteral("field '%1' is %2, expected a string").arg(key, typeName(v)));
        return false;
    }
    *out = v.toString();
    return true;
}

// First present (non-null) key of `keys` as an optional string.
bool optionalStringOf(const QJsonObject &o, std::initializer_list<QLatin1String> keys, QString *out,
                      QString *error)
{
    for (QLatin1String key : keys) {
        if (!isAbsent(o.value(key)))
            return optionalString(o, key, out, error);
    }
    return true;
}

bool optionalInt(const QJsonObject &o, QLatin1String key, std::optional<int> *out, QString *error)
{
    const QJsonValue v = o.value(key);
    if (isAbsent(v))
        return true;
    if (!v.isDouble()) {
        setError(error,
                 QStringLiteral("field '%1' is %2, expected an integer").arg(key, typeName(v)));
        return false;
    }
    const double d = v.toDouble();
    if (!std::isfinite(d) || std::floor(d) != d || d < double(std::numeric_limits<int>::min()) ||
        d > double(std::numeric_limits<int>::max())) {
        setError(error, QStringLiteral("field '%1' is %2, expected an integer")
                            .arg(key, QString::number(d, 'g', 12)));
        return false;
    }
    *out = int(d);
    return true;
}

// Timestamps: unreadable or wrongly typed values count as absent (a missing date is shown
// as "—"; it never makes a status untrustworthy).
QDateTime timestampOf(const QJsonObject &o, std::initializer_list<QLatin1String> keys)
{
    for (QLatin1String key : keys) {
        const QJsonValue v = o.value(key);
        if (isAbsent(v))
            continue;
        return decodeTimestamp(v);
    }
    return QDateTime();
}

// Decodes every element of `rows` with `decodeRow`; the first failure fails the whole list
// (a wrong status on screen is worse than an error) and is reported as `rowLabel` with
// %1 = index and %2 = reason.
template<typename T>
std::optional<QList<T>> decodeRows(const QJsonArray &rows,
                                   std::optional<T> (*decodeRow)(const QJsonValue &, QString *),
                                   const QString &rowLabel, QString *error)
{
    QList<T> out;
    out.reserve(rows.size());
    for (qsizetype i = 0; i < rows.size(); ++i) {
        QString why;
        std::optional<T> row = decodeRow(rows.at(i), &why);
        if (!row) {
            setError(error, rowLabel.arg(i).arg(why));
            return std::nullopt;
        }
        out.append(std::move(*row));
    }
    return out;
}

const QString DataRowLabel = QStringLiteral("row %1 of 'data': %2");

struct Meta
{
    int page = -1;
    int limit = -1;
    int total = -1;
    int totalPages = -1;
};

// meta is advice about the other pages, never a reason to refuse this page's rows: a meta
// (or meta field) that cannot be read counts as absent and is described in `problems`.
void decodeMeta(const QJsonObject &body, Meta *meta, QStringList *problems)
{
    const QJsonValue mv = body.value(QLatin1String("meta"));
    if (isAbsent(mv))
        return;
    if (!mv.isObject()) {
        problems->append(
            QStringLiteral("field 'meta' is %1, expected an object; ignored").arg(typeName(mv)));
        return;
    }
    const QJsonObject m = mv.toObject();
    const auto field = [&](QLatin1String key, int *out) {
        std::optional<int> value;
        QString why;
        if (optionalInt(m, key, &value, &why))
            *out = value.value_or(-1);
        else
            problems->append(QStringLiteral("meta: %1; ignored").arg(why));
    };
    field(QLatin1String("page"), &meta->page);
    field(QLatin1String("limit"), &meta->limit);
    field(QLatin1String("total"), &meta->total);
    field(QLatin1String("totalPages"), &meta->totalPages);
}

bool dataArray(const QJsonValue &body, QJsonArray *out, QJsonObject *object, QString *error)
{
    if (!body.isObject()) {
        setError(error, QStringLiteral("the body is %1, expected an object with a 'data' array")
                            .arg(typeName(body)));
        return false;
    }
    *object = body.toObject();
    const QJsonValue data = object->value(QLatin1String("data"));
    if (!data.isArray()) {
        setError(error,
                 QStringLiteral("field 'data' is %1, expected an array").arg(typeName(data)));
        return false;
    }
    *out = data.toArray();
    return true;
}

std::optional<LeadHistoryEntry> decodeHistoryEntry(const QJsonValue &value, QString *error)
{
    if (!value.isObject()) {
        setError(error, QStringLiteral("entry is %1, expected an object").arg(typeName(value)));
        return std::nullopt;
    }
    const QJsonObject o = value.toObject();
    LeadHistoryEntry e;
    if (!optionalStringOf(o, {QLatin1String("node_id")}, &e.nodeId, error) ||
        !optionalStringOf(o, {QLatin1String("node_label"), QLatin1String("label")}, &e.nodeLabel,
                          error) ||
        !optionalStringOf(o, {QLatin1String("node_type"), QLatin1String("type")}, &e.nodeType,
                          error) ||
        !optionalStringOf(o, {QLatin1String("status")}, &e.status, error) ||
        !optionalStringOf(o, {QLatin1String("call_id")}, &e.callId, error))
        return std::nullopt;
    e.enteredAt = timestampOf(o, {QLatin1String("entered_at"), QLatin1String("started_at")});
    e.exitedAt = timestampOf(o, {QLatin1String("exited_at"), QLatin1String("ended_at")});
    e.endsAt = timestampOf(o, {QLatin1String("ends_at")});
    return e;
}

// Every record needs a non-empty string id: without one it cannot be keyed or acted on.
bool requiredId(const QJsonObject &o, QString *out, QString *error)
{
    const QJsonValue id = o.value(QLatin1String("id"));
    if (!id.isString() || id.toString().isEmpty()) {
        setError(error,
                 id.isString()
                     ? QStringLiteral("field 'id' is empty")
                     : QStringLiteral("field 'id' is %1, expected a string").arg(typeName(id)));
        return false;
    }
    *out = id.toString();
    return true;
}

std::optional<WorkflowNode> decodeNode(const QJsonValue &value, QString *error)
{
    if (!value.isObject()) {
        setError(error, QStringLiteral("it is %1, expected an object").arg(typeName(value)));
        return std::nullopt;
    }
    const QJsonObject o = value.toObject();
    WorkflowNode node;
    if (!requiredId(o, &node.id, error) ||
        !optionalString(o, QLatin1String("label"), &node.label, error) ||
        !optionalString(o, QLatin1String("node_type"), &node.nodeType, error))
        return std::nullopt;
    return node;
}

// "2026-12-03T10:11:12Z" or "2026-12-03T10:11:12.345Z", the form every timestamp of a
// list page has: read by hand, as QDateTime::fromString took a quarter of a page's decoding.
// Anything else (offsets, other precisions, an invalid day) is left to QDateTime: invalid
// here means "not this form", never "not a timestamp".
QDateTime commonUtcTimestamp(const QString &text)
{
    const qsizetype n = text.size();
    if ((n != 20 && n != 24) || text.at(n - 1) != QLatin1Char('Z'))
        return QDateTime();
    const auto digits = [&](qsizetype from, qsizetype count, int *out) {
        int value = 0;
        for (qsizetype i = from; i < from + count; ++i) {
            const char16_t c = text.at(i).unicode();
            if (c < u'0' || c > u'9')
                return false;
            value = value * 10 + int(c - u'0');
        }
        *out = value;
        return true;
    };
    const auto is = [&](qsizetype at, char16_t c) { return text.at(at).unicode() == c; };
    int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0, ms = 0;
    if (!digits(0, 4, &year) || !is(4, u'-') || !digits(5, 2, &month) || !is(7, u'-') ||
        !digits(8, 2, &day) || !is(10, u'T') || !digits(11, 2, &hour) || !is(13, u':') ||
        !digits(14, 2, &minute) || !is(16, u':') || !digits(17, 2, &second))
        return QDateTime();
    if (n == 24 && (!is(19, u'.') || !digits(20, 3, &ms)))
        return QDateTime();
    const QDate date(year, month, day);
    const QTime time(hour, minute, second, ms);
    if (!date.isValid() || !time.isValid())
        return QDateTime();
    return QDateTime(date, time, Qt::UTC);
}

} // namespace

QDateTime decodeTimestamp(const QJsonValue &value)
{
    if (!value.isString())
        return QDateTime();
    return decodeTimestampText(value.toString());
}

QDateTime decodeTimestampText(const QString &raw)
{
    if (QDateTime common = commonUtcTimestamp(raw); common.isValid())
        return common;
    const QString text = raw.trimmed();
    if (text.isEmpty())
        return QDateTime();
    QDateTime dt = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!dt.isValid())
        dt = QDateTime::fromString(text, Qt::ISODate);
    if (!dt.isValid())
        return QDateTime();
    return dt.toUTC();
}

std::optional<Workflow> decodeWorkflow(const QJsonValue &value, QString *error,
                                       QStringList *fieldProblems)
{
    if (!value.isObject()) {
        setError(error,
                 QStringLiteral("the workflow is %1, expected an object").arg(typeName(value)));
        return std::nullopt;
    }
    const QJsonObject o = value.toObject();
    Workflow w;

    // Without a usable id or status the record cannot be keyed, shown or acted on.
    if (!requiredId(o, &w.id, error))
        return std::nullopt;

    const QJsonValue status = o.value(QLatin1String("status"));
    if (isAbsent(status)) {
        setError(error, QStringLiteral("workflow '%1' has no status").arg(w.id));
        return std::nullopt;
    }
    if (!status.isString()) {
        setError(error, QStringLiteral("workflow '%1': field 'status' is %2, expected a string")
                            .arg(w.id, typeName(status)));
        return std::nullopt;
    }
    if (status.toString().trimmed().isEmpty()) {
        setError(error, QStringLiteral("workflow '%1' has an empty status").arg(w.id));
        return std::nullopt;
    }
    w.status = WorkflowStatus::fromApi(status.toString());

    // Everything else is optional: a value that cannot be read is left empty (the list
    // shows "—") and described, and never costs the record its status.
    const auto report = [&](const QString &why) {
        if (fieldProblems)
            fieldProblems->append(QStringLiteral("workflow '%1': %2; left empty").arg(w.id, why));
    };
    const auto text = [&](std::initializer_list<QLatin1String> keys, QString *out) {
        for (QLatin1String key : keys) {
            QString why;
            QString read;
            if (isAbsent(o.value(key)))
                continue;
            if (optionalString(o, key, &read, &why)) {
                *out = read;
                return; // title ?? name: the first readable one
            }
            report(why);
        }
    };
    const auto number = [&](QLatin1String key, std::optional<int> *out) {
        QString why;
        std::optional<int> read;
        if (optionalInt(o, key, &read, &why))
            *out = read;
        else
            report(why);
    };
    const auto time = [&](QLatin1String key, QDateTime *out) {
        const QJsonValue v = o.value(key);
        if (isAbsent(v))
            return;
        *out = decodeTimestamp(v);
        if (!out->isValid())
            report(v.isString() ? QStringLiteral("field '%1' is not an ISO-8601 timestamp").arg(key)
                                : QStringLiteral("field '%1' is %2, expected a timestamp string")
                                      .arg(key, typeName(v)));
    };
    text({QLatin1String("title"), QLatin1String("name")}, &w.name);
    text({QLatin1String("description")}, &w.description);
    text({QLatin1String("organization_id")}, &w.organizationId);
    number(QLatin1String("node_count"), &w.nodeCount);
    number(QLatin1String("edge_count"), &w.edgeCount);
    number(QLatin1String("enrolled_leads"), &w.enrolledLeads);
    time(QLatin1String("created_at"), &w.createdAt);
    time(QLatin1String("updated_at"), &w.updatedAt);
    // Here, on the decoding thread, not in the GUI thread's diff and sort.
    w.refreshFingerprint();
    w.nameSortKey = NameSortKey::of(w.name);
    return w;
}

std::optional<ListPage> decodeWorkflowPage(const QJsonValue &body, QString *error)
{
    QJsonArray data;
    QJsonObject object;
    if (!dataArray(body, &data, &object, error))
        return std::nullopt;
    ListPage page;
    Meta meta;
    decodeMeta(object, &meta, &page.problems);
    page.page = meta.page;
    page.limit = meta.limit;
    page.total = meta.total;
    page.totalPages = meta.totalPages;
    // One row that cannot be read is left out and counted; it never hides the others.
    page.rows = int(data.size());
    page.workflows.reserve(data.size());
    for (qsizetype i = 0; i < data.size(); ++i) {
        QString why;
        std::optional<Workflow> w = decodeWorkflow(data.at(i), &why, &page.problems);
        if (!w) {
            ++page.unreadableRows;
            page.problems.append(DataRowLabel.arg(i).arg(why));
            continue;
        }
        page.workflows.append(std::move(*w));
    }
    return page;
}

std::optional<ListPage> decodeWorkflowPageJson(const QByteArray &body, QString *error)
{
    if (body.trimmed().isEmpty())
        return decodeWorkflowPage(QJsonValue(QJsonValue::Undefined), error);
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || doc.isNull()) {
        setError(error, QStringLiteral("invalid JSON at offset %1: %2")
                            .arg(parseError.offset)
                            .arg(parseError.errorString()));
        return std::nullopt;
    }
    return decodeWorkflowPage(doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array()),
                              error);
}

std::optional<ListPage> decodeWorkflowPageBody(const QByteArray &body, QString *error)
{
    if (std::optional<ListPage> page = WorkflowPageScanner::scan(body))
        return page;
    return decodeWorkflowPageJson(body, error);
}

std::optional<Lead> decodeLead(const QJsonValue &value, QString *error)
{
    if (!value.isObject()) {
        setError(error, QStringLiteral("the lead is %1, expected an object").arg(typeName(value)));
        return std::nullopt;
    }
    const QJsonObject o = value.toObject();
    Lead lead;
    if (!requiredId(o, &lead.id, error))
        return std::nullopt;
    QString why;
    if (!optionalString(o, QLatin1String("workflow_id"), &lead.workflowId, &why) ||
        !optionalString(o, QLatin1String("phone_number"), &lead.phoneNumber, &why) ||
        !optionalString(o, QLatin1String("current_node_id"), &lead.currentNodeId, &why) ||
        !optionalString(o, QLatin1String("status"), &lead.status, &why)) {
        setError(error, QStringLiteral("lead '%1': %2").arg(lead.id, why));
        return std::nullopt;
    }
    lead.enrolledAt = timestampOf(o, {QLatin1String("enrolled_at"), QLatin1String("created_at")});
    const QJsonValue metadata = o.value(QLatin1String("metadata"));
    if (metadata.isObject())
        lead.metadata = metadata.toObject();
    return lead;
}

std::optional<LeadPage> decodeLeadPage(const QJsonValue &body, QString *error)
{
    QJsonArray data;
    QJsonObject object;
    if (!dataArray(body, &data, &object, error))
        return std::nullopt;
    Meta meta;
    QStringList ignored; // a lead page with an unreadable meta is still a page
    decodeMeta(object, &meta, &ignored);
    LeadPage page;
    if (meta.page > 0)
        page.page = meta.page;
    if (meta.limit > 0)
        page.limit = meta.limit;
    page.total = meta.total;
    page.totalPages = meta.totalPages;
    auto leads = decodeRows(data, &decodeLead, DataRowLabel, error);
    if (!leads)
        return std::nullopt;
    page.leads = std::move(*leads);
    return page;
}

std::optional<QList<LeadHistoryEntry>> decodeLeadHistory(const QJsonValue &body, QString *error)
{
    QJsonArray entries;
    if (body.isArray()) {
        entries = body.toArray();
    } else if (body.isObject()) {
        const QJsonObject o = body.toObject();
        QJsonValue h = o.value(QLatin1String("history"));
        if (isAbsent(h))
            h = o.value(QLatin1String("data")); // a list-style envelope
        if (!h.isArray()) {
            setError(error,
                     QStringLiteral("field 'history' is %1, expected an array").arg(typeName(h)));
            return std::nullopt;
        }
        entries = h.toArray();
        // 'lead', 'execution', 'all_nodes', 'all_edges' are tolerated and not needed here.
    } else {
        setError(error,
                 QStringLiteral("the body is %1, expected a history array").arg(typeName(body)));
        return std::nullopt;
    }
    return decodeRows(entries, &decodeHistoryEntry, QStringLiteral("history entry %1: %2"), error);
}

QString decodeErrorMessage(const QJsonValue &body)
{
    if (!body.isObject())
        return QString();
    const QJsonObject o = body.toObject();
    const QJsonValue message = o.value(QLatin1String("message"));
    if (message.isString() && !message.toString().trimmed().isEmpty())
        return message.toString().trimmed();
    if (message.isArray()) {
        QStringList parts;
        for (const QJsonValue &v : message.toArray()) {
            if (v.isString() && !v.toString().trimmed().isEmpty())
                parts << v.toString().trimmed();
        }
        if (!parts.isEmpty())
            return parts.join(QStringLiteral("; "));
    }
    const QJsonValue err = o.value(QLatin1String("error"));
    if (err.isString())
        return err.toString().trimmed();
    return QString();
}

std::optional<QList<WorkflowNode>> decodeNodeList(const QJsonValue &body, QString *error)
{
    QJsonArray rows;
    if (body.isArray()) {
        rows = body.toArray();
    } else {
        QJsonObject object;
        if (!dataArray(body, &rows, &object, error))
            return std::nullopt;
    }
    return decodeRows(rows, &decodeNode, QStringLiteral("node %1: %2"), error);
}

} // namespace WorkflowDecoder

#include "api/RetryAfter.h"

#include <QList>

#include <array>
#include <optional>

// RFC 9110 section 5.6.7 HTTP-date: the preferred IMF-fixdate
//   Sun, 06 Nov 1994 08:49:37 GMT
// and the two obsolete forms a recipient must still accept
//   Sunday, 06-Nov-94 08:49:37 GMT   (RFC 850, two-digit year)
//   Sun Nov  6 08:49:37 1994         (asctime, no zone: always UTC)
// Written by hand: Qt's RFC 2822 parser rejects the "GMT" zone real servers send and reads
// a date without a zone as local time. The weekday must be a weekday name but is not checked
// against the date. Also accepted, since some servers send them: "UTC"/"UT"/"Z" for GMT, a
// numeric zone ("+0000") and no weekday in the IMF form (RFC 5322 dates, as Qt writes
// them), and any run of spaces between the parts.

namespace {

constexpr qint64 OneDay = 24 * 3600;

bool isDigits(const QByteArray &text)
{
    if (text.isEmpty())
        return false;
    for (const char c : text) {
        if (c < '0' || c > '9')
            return false;
    }
    return true;
}

// Digits of a token of 1..maxLength characters; -1 otherwise.
int number(const QByteArray &text, int minLength, int maxLength)
{
    if (text.size() < minLength || text.size() > maxLength || !isDigits(text))
        return -1;
    int value = 0;
    for (const char c : text)
        value = value * 10 + (c - '0');
    return value;
}

bool isWeekday(QByteArray token)
{
    static const std::array<const char *, 7> shortNames = {"mon", "tue", "wed", "thu",
                                                           "fri", "sat", "sun"};
    static const std::array<const char *, 7> longNames = {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
    token = token.toLower();
    for (std::size_t i = 0; i < shortNames.size(); ++i) {
        if (token == shortNames[i] || token == longNames[i])
            return true;
    }
    return false;
}

// 1..12, or -1.
int month(const QByteArray &token)
{
    static const std::array<const char *, 12> names = {"jan", "feb", "mar", "apr", "may", "jun",
                                                       "jul", "aug", "sep", "oct", "nov", "dec"};
    const QByteArray lower = token.toLower();
    for (std::size_t i = 0; i < names.size(); ++i) {
        if (lower == names[i])
            return int(i) + 1;
    }
    return -1;
}

// "hh:mm:ss"; a leap second (:60) is read as :59.
QTime timeOfDay(const QByteArray &token)
{
    if (token.size() != 8 || token.at(2) != ':' || token.at(5) != ':')
        return QTime();
    const int h = number(token.mid(0, 2), 2, 2);
    const int m = number(token.mid(3, 2), 2, 2);
    const int s = number(token.mid(6, 2), 2, 2);
    if (h < 0 || h > 23 || m < 0 || m > 59 || s < 0 || s > 60)
        return QTime();
    return QTime(h, m, qMin(s, 59));
}

// Offset from UTC in seconds for a zone token, or nullopt when it is not one.
std::optional<int> zoneOffset(const QByteArray &token)
{
    const QByteArray upper = token.toUpper();
    if (upper == "GMT" || upper == "UTC" || upper == "UT" || upper == "Z")
        return 0;
    if (token.size() == 5 && (token.at(0) == '+' || token.at(0) == '-')) {
        const int hours = number(token.mid(1, 2), 2, 2);
        const int minutes = number(token.mid(3, 2), 2, 2);
        if (hours < 0 || hours > 23 || minutes < 0 || minutes > 59)
            return std::nullopt;
        const int offset = hours * 3600 + minutes * 60;
        return token.at(0) == '-' ? -offset : offset;
    }
    return std::nullopt;
}

QDateTime makeUtc(int year, int monthNumber, int day, const QTime &time, int offsetSeconds)
{
    if (year < 0 || monthNumber < 0 || day < 0 || !time.isValid())
        return QDateTime();
    const QDate date(year, monthNumber, day);
    if (!date.isValid())
        return QDateTime();
    return QDateTime(date, time, Qt::UTC).addSecs(-offsetSeconds);
}

// RFC 9110: a two-digit year that appears more than 50 years in the future is the most
// recent past year with the same last two digits.
int fullYear(int twoDigits, const QDateTime &now)
{
    const int current = now.isValid() ? now.toUTC().date().year() : 2000;
    int year = current - current % 100 + twoDigits;
    if (year > current + 50)
        year -= 100;
    return year;
}

} // namespace

QDateTime RetryAfter::httpDate(const QByteArray &value, const QDateTime &now)
{
    QList<QByteArray> parts = value.simplified().split(' ');
    if (parts.size() == 5 && !parts.at(0).isEmpty() && isDigits(parts.at(0).left(1)))
        parts.prepend("Sun,"); // RFC 5322 makes the weekday optional ("21 Oct 2026 ...")
    if (parts.size() == 6 && parts.at(0).endsWith(',')) {
        // IMF-fixdate: "Sun," "06" "Nov" "1994" "08:49:37" "GMT"
        const auto offset = zoneOffset(parts.at(5));
        if (!isWeekday(parts.at(0).chopped(1)) || !offset)
            return QDateTime();
        return makeUtc(number(parts.at(3), 4, 4), month(parts.at(2)), number(parts.at(1), 1, 2),
                       timeOfDay(parts.at(4)), *offset);
    }
    if (parts.size() == 4 && parts.at(0).endsWith(',')) {
        // RFC 850: "Sunday," "06-Nov-94" "08:49:37" "GMT"
        const QList<QByteArray> date = parts.at(1).split('-');
        const auto offset = zoneOffset(parts.at(3));
        if (!isWeekday(parts.at(0).chopped(1)) || date.size() != 3 || !offset || *offset != 0)
            return QDateTime();
        const int twoDigits = number(date.at(2), 2, 2);
        if (twoDigits < 0)
            return QDateTime();
        return makeUtc(fullYear(twoDigits, now), month(date.at(1)), number(date.at(0), 1, 2),
                       timeOfDay(parts.at(2)), 0);
    }
    if (parts.size() == 5) {
        // asctime: "Sun" "Nov" "6" "08:49:37" "1994"
        if (!isWeekday(parts.at(0)))
            return QDateTime();
        return makeUtc(number(parts.at(4), 4, 4), month(parts.at(1)), number(parts.at(2), 1, 2),
                       timeOfDay(parts.at(3)), 0);
    }
    return QDateTime();
}

int RetryAfter::seconds(const QByteArray &value, const QDateTime &now)
{
    const QByteArray text = value.trimmed();
    if (text.isEmpty())
        return -1;
    if (isDigits(text)) {
        bool ok = false;
        const qlonglong seconds = text.toLongLong(&ok);
        // Too many digits for 64 bits is still "a very long time".
        return ok ? int(qMin<qlonglong>(seconds, OneDay)) : int(OneDay);
    }
    const QDateTime when = httpDate(text, now);
    if (!when.isValid() || !now.isValid())
        return -1;
    return int(qBound<qint64>(0, now.secsTo(when), OneDay));
}

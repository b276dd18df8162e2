// RetryAfter: delta-seconds and the three HTTP-date forms of RFC 9110 section 5.6.7, written
// out literally as servers send them (never produced by Qt, whose RFC 2822 parser is what
// used to reject the "GMT" zone).
#include "api/RetryAfter.h"

#include <QTest>

namespace {
QDateTime utc(int y, int mo, int d, int h, int mi, int s)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), Qt::UTC);
}
} // namespace

class TestRetryAfter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void seconds_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<int>("expected");
        const QDateTime now = utc(2026, 10, 21, 7, 27, 57);

        QTest::newRow("delta") << QByteArray("120") << now << 120;
        QTest::newRow("delta zero") << QByteArray("0") << now << 0;
        QTest::newRow("delta padded") << QByteArray("  7 ") << now << 7;
        QTest::newRow("delta capped at a day") << QByteArray("172800") << now << 86400;
        QTest::newRow("delta beyond 64 bits")
            << QByteArray("99999999999999999999999") << now << 86400;
        QTest::newRow("negative delta") << QByteArray("-5") << now << -1;
        QTest::newRow("fractional delta") << QByteArray("1.5") << now << -1;
        QTest::newRow("empty") << QByteArray() << now << -1;
        QTest::newRow("garbage") << QByteArray("soon") << now << -1;

        // IMF-fixdate, exactly as in RFC 9110 and as real servers send it.
        QTest::newRow("IMF-fixdate GMT") << QByteArray("Wed, 21 Oct 2026 07:28:00 GMT") << now << 3;
        QTest::newRow("IMF-fixdate RFC example")
            << QByteArray("Sun, 06 Nov 1994 08:49:37 GMT") << utc(1994, 11, 6, 8, 49, 0) << 37;
        QTest::newRow("IMF-fixdate in the past")
            << QByteArray("Wed, 21 Oct 2026 07:27:00 GMT") << now << 0;
        QTest::newRow("IMF-fixdate capped at a day")
            << QByteArray("Fri, 23 Oct 2026 07:28:00 GMT") << now << 86400;
        QTest::newRow("IMF-fixdate across midnight")
            << QByteArray("Thu, 01 Jan 2026 00:00:02 GMT") << utc(2025, 12, 31, 23, 59, 59) << 3;
        // Obsolete RFC 850 form (two-digit year) and asctime form (space-padded day).
        QTest::newRow("RFC 850") << QByteArray("Wednesday, 21-Oct-26 07:28:00 GMT") << now << 3;
        QTest::newRow("RFC 850 RFC example")
            << QByteArray("Sunday, 06-Nov-94 08:49:37 GMT") << utc(1994, 11, 6, 8, 49, 30) << 7;
        QTest::newRow("asctime") << QByteArray("Wed Oct 21 07:28:00 2026") << now << 3;
        QTest::newRow("asctime RFC example")
            << QByteArray("Sun Nov  6 08:49:37 1994") << utc(1994, 11, 6, 8, 49, 34) << 3;
        QTest::newRow("numeric zone") << QByteArray("Wed, 21 Oct 2026 07:28:00 +0000") << now << 3;

        QTest::newRow("RFC 5322 without weekday")
            << QByteArray("21 Oct 2026 07:28:00 +0000") << now << 3;
        QTest::newRow("no weekday, GMT") << QByteArray("21 Oct 2026 07:28:00 GMT") << now << 3;
        QTest::newRow("no weekday, no zone") << QByteArray("21 Oct 2026 07:28:00") << now << -1;
        QTest::newRow("no zone") << QByteArray("Wed, 21 Oct 2026 07:28:00") << now << -1;
        QTest::newRow("bad month") << QByteArray("Wed, 21 Okt 2026 07:28:00 GMT") << now << -1;
        QTest::newRow("bad day") << QByteArray("Wed, 32 Oct 2026 07:28:00 GMT") << now << -1;
        QTest::newRow("bad time") << QByteArray("Wed, 21 Oct 2026 25:28:00 GMT") << now << -1;
        QTest::newRow("truncated") << QByteArray("Wed, 21 Oct 2026 07:2") << now << -1;
        QTest::newRow("trailing junk")
            << QByteArray("Wed, 21 Oct 2026 07:28:00 GMT and more") << now << -1;
    }

    void seconds()
    {
        QFETCH(QByteArray, value);
        QFETCH(QDateTime, now);
        QFETCH(int, expected);
        QCOMPARE(RetryAfter::seconds(value, now), expected);
    }

    // RFC 9110: a two-digit year that looks more than 50 years ahead is in the past century.
    void rfc850TwoDigitYear()
    {
        const QDateTime when =
            RetryAfter::httpDate("Sunday, 06-Nov-94 08:49:37 GMT", utc(2026, 1, 1, 0, 0, 0));
        QCOMPARE(when, utc(1994, 11, 6, 8, 49, 37));
        QCOMPARE(
            RetryAfter::httpDate("Wednesday, 01-Jan-70 00:00:00 GMT", utc(2026, 1, 1, 0, 0, 0)),
            utc(2070, 1, 1, 0, 0, 0));
        QCOMPARE(RetryAfter::httpDate("Saturday, 01-Jan-77 00:00:00 GMT", utc(2026, 1, 1, 0, 0, 0)),
                 utc(1977, 1, 1, 0, 0, 0));
    }

    void httpDateIsUtc()
    {
        const QDateTime when = RetryAfter::httpDate("Wed, 21 Oct 2026 07:28:00 GMT");
        QVERIFY(when.isValid());
        QCOMPARE(when.timeSpec(), Qt::UTC);
        QCOMPARE(when, utc(2026, 10, 21, 7, 28, 0));
        QVERIFY(!RetryAfter::httpDate("120").isValid());
    }
};

QTEST_GUILESS_MAIN(TestRetryAfter)
#include "tst_retryafter.moc"

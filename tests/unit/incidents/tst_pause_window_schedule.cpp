// When a pause window's occurrences fall: wall-clock times kept in the planner's zone
// across daylight-saving changes, weekday rules, and nights a closed console missed.
#include "incidents/PauseWindowSchedule.h"

#include <QTest>
#include <QTimeZone>

namespace {
const QTimeZone &berlin()
{
    static const QTimeZone zone("Europe/Berlin");
    return zone;
}

PauseWindow quietHours(const QDate &firstDay, const QString &repeat)
{
    PauseWindow w;
    w.reason = QStringLiteral("Quiet hours");
    w.timeZoneId = QStringLiteral("Europe/Berlin");
    w.firstStartUtc = QDateTime(firstDay, QTime(21, 0), berlin()).toUTC();
    w.firstEndUtc = QDateTime(firstDay.addDays(1), QTime(8, 0), berlin()).toUTC();
    w.repeat = *PauseWindowRepeat::parse(repeat);
    return w;
}

QString utc(const QDateTime &dt)
{
    return dt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}
} // namespace

class TestPauseWindowSchedule : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void repeatRulesReadAndWrite()
    {
        QCOMPARE(PauseWindowRepeat::parse(QString())->kind, PauseWindowRepeat::Kind::None);
        QCOMPARE(PauseWindowRepeat::parse(QStringLiteral("Daily"))->toString(),
                 QStringLiteral("daily"));
        const auto weekdays = PauseWindowRepeat::parse(QStringLiteral("weekdays:fri,mon,fri"));
        QVERIFY(weekdays);
        QCOMPARE(weekdays->toString(), QStringLiteral("weekdays:mon,fri"));
        QCOMPARE(weekdays->displayText(), QStringLiteral("Mon, Fri"));
        QVERIFY(!PauseWindowRepeat::parse(QStringLiteral("weekdays:")));
        QVERIFY(!PauseWindowRepeat::parse(QStringLiteral("weekdays:mon,funday")));
        QVERIFY(!PauseWindowRepeat::parse(QStringLiteral("hourly")));
    }

    void dailyWindowKeepsLocalTimeAcrossAutumnChange()
    {
        QVERIFY(berlin().isValid());
        // Clocks go back in Berlin on Sunday 25 Oct 2026 at 03:00 CEST.
        const PauseWindow w = quietHours(QDate(2026, 10, 23), QStringLiteral("daily"));
        const auto fri = PauseWindowSchedule::occurrenceOn(w, QDate(2026, 10, 23));
        const auto sat = PauseWindowSchedule::occurrenceOn(w, QDate(2026, 10, 24));
        const auto sun = PauseWindowSchedule::occurrenceOn(w, QDate(2026, 10, 25));
        QCOMPARE(utc(fri.startUtc), QStringLiteral("2026-10-23 19:00")); // CEST, UTC+2
        QCOMPARE(utc(fri.endUtc), QStringLiteral("2026-10-24 06:00"));
        QCOMPARE(utc(sat.startUtc), QStringLiteral("2026-10-24 19:00"));
        QCOMPARE(utc(sat.endUtc), QStringLiteral("2026-10-25 07:00")); // 08:00 CET, UTC+1
        QCOMPARE(sat.startUtc.secsTo(sat.endUtc), 12 * 3600); // the night with the extra hour
        QCOMPARE(utc(sun.startUtc), QStringLiteral("2026-10-25 20:00"));
        QCOMPARE(sun.startUtc.toTimeZone(berlin()).time(), QTime(21, 0));
    }

    void dailyWindowKeepsLocalTimeAcrossSpringChange()
    {
        // Clocks go forward on Sunday 29 Mar 2026 at 02:00 CET.
        const PauseWindow w = quietHours(QDate(2026, 3, 27), QStringLiteral("daily"));
        const auto sat = PauseWindowSchedule::occurrenceOn(w, QDate(2026, 3, 28));
        QCOMPARE(utc(sat.startUtc), QStringLiteral("2026-03-28 20:00"));
        QCOMPARE(utc(sat.endUtc), QStringLiteral("2026-03-29 06:00"));
        QCOMPARE(sat.startUtc.secsTo(sat.endUtc), 10 * 3600);
        const auto next = PauseWindowSchedule::nextAfter(w, sat.startUtc, sat.startUtc);
        QCOMPARE(utc(next.startUtc), QStringLiteral("2026-03-29 19:00"));
        QCOMPARE(next.endUtc.toTimeZone(berlin()).time(), QTime(8, 0));
    }

    void weekdayRuleSkipsOtherDays()
    {
        // Friday 4 Dec 2026; Mon and Wed only.
        const PauseWindow w = quietHours(QDate(2026, 12, 4), QStringLiteral("weekdays:mon,wed"));
        QVERIFY(!PauseWindowSchedule::occurrenceOn(w, QDate(2026, 12, 4)).isValid());
        const auto first =
            PauseWindowSchedule::nextAfter(w, w.firstStartUtc.addSecs(-1), w.firstStartUtc);
        QCOMPARE(first.startUtc.toTimeZone(berlin()).date(), QDate(2026, 12, 7));
        const auto second = PauseWindowSchedule::nextAfter(w, first.startUtc, first.startUtc);
        QCOMPARE(second.startUtc.toTimeZone(berlin()).date(), QDate(2026, 12, 9));
        const auto third = PauseWindowSchedule::nextAfter(w, second.startUtc, second.startUtc);
        QCOMPARE(third.startUtc.toTimeZone(berlin()).date(), QDate(2026, 12, 14));
    }

    void nightsMissedWhileClosedAreNotReplayed()
    {
        const PauseWindow w = quietHours(QDate(2026, 12, 1), QStringLiteral("daily"));
        // Back after a week away, on 8 Dec at noon: the next is tonight's, not 2 Dec's.
        const QDateTime now = QDateTime(QDate(2026, 12, 8), QTime(12, 0), berlin());
        const auto next = PauseWindowSchedule::nextAfter(w, w.firstStartUtc, now);
        QCOMPARE(next.startUtc, QDateTime(QDate(2026, 12, 8), QTime(21, 0), berlin()).toUTC());
        // At 07:00 the night that began yesterday is still on.
        const QDateTime early = QDateTime(QDate(2026, 12, 8), QTime(7, 0), berlin());
        const auto running = PauseWindowSchedule::nextAfter(w, w.firstStartUtc, early);
        QCOMPARE(running.startUtc, QDateTime(QDate(2026, 12, 7), QTime(21, 0), berlin()).toUTC());
    }

    void oneOffWindowHasNoNext()
    {
        const PauseWindow w = quietHours(QDate(2026, 12, 1), QStringLiteral("none"));
        QVERIFY(!PauseWindowSchedule::nextAfter(w, w.firstStartUtc, w.firstStartUtc).isValid());
        QVERIFY(PauseWindowSchedule::occurrenceOn(w, QDate(2026, 12, 1)).isValid());
        QVERIFY(!PauseWindowSchedule::occurrenceOn(w, QDate(2026, 12, 2)).isValid());
    }
};

QTEST_GUILESS_MAIN(TestPauseWindowSchedule)
#include "tst_pause_window_schedule.moc"

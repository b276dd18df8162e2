// Issue 11: incident ids are made by many consoles writing to one team store, so ids made in
// the same minute must not collide (the old 3 hex digits did, one in 4,096); ids written
// before stay what they were (ids are only ever compared whole).
#include "incidents/IncidentStore.h"
#include "incidents/PauseWindowStore.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

class TestIncidentId : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void manyIdsInOneMinuteNeverCollide()
    {
        const QDateTime minute(QDate(2026, 12, 2), QTime(16, 40), Qt::UTC);
        QSet<QString> seen;
        constexpr int Count = 10000; // the old 3 hex digits collided after about 80 of these
        for (int i = 0; i < Count; ++i)
            seen.insert(IncidentStore::generateId(minute.addSecs(i % 60)));
        QCOMPARE(int(seen.size()), Count);
    }

    void theIdSaysWhenItStarted()
    {
        const QDateTime at(QDate(2026, 12, 2), QTime(16, 40, 12), Qt::UTC);
        const QString id = IncidentStore::generateId(at);
        QVERIFY2(QRegularExpression(QStringLiteral("^INC-20261202-1640-[0-9a-f]{10}$"))
                     .match(id)
                     .hasMatch(),
                 qPrintable(id));
    }

    // Pause windows are planned by many consoles of a team too (team mode keeps them in
    // the shared store), so their ids keep apart the same way.
    void manyWindowIdsInOneMinuteNeverCollide()
    {
        const QDateTime minute(QDate(2026, 12, 2), QTime(16, 40), Qt::UTC);
        QSet<QString> seen;
        constexpr int Count = 10000;
        for (int i = 0; i < Count; ++i)
            seen.insert(PauseWindowStore::generateId(minute.addSecs(i % 60)));
        QCOMPARE(int(seen.size()), Count);
        QVERIFY(QRegularExpression(QStringLiteral("^WIN-20261202-1640-[0-9a-f]{10}$"))
                    .match(*seen.cbegin())
                    .hasMatch());
    }
};

QTEST_GUILESS_MAIN(TestIncidentId)
#include "tst_incident_id.moc"

#include "monitoring/ConnectionHealth.h"

#include <QSignalSpy>
#include <QTest>

using State = ConnectionHealth::State;

class TestConnectionHealth : public QObject
{
    Q_OBJECT

private:
    QDateTime m_now = QDateTime(QDate(2026, 3, 1), QTime(10, 0), Qt::UTC);

    void init(ConnectionHealth &h)
    {
        h.setAutoEvaluate(false);
        h.setClock([this] { return m_now; });
        h.setBaseIntervalMs(5000);
    }
    static ApiError network() { return ApiError(ApiError::Kind::Network); }

private Q_SLOTS:
    void startsOnlineAndNotStale()
    {
        ConnectionHealth h;
        init(h);
        QCOMPARE(h.state(), State::Online);
        QCOMPARE(h.nextIntervalMs(), 5000);
        QVERIFY(!h.isStale(m_now));
        QCOMPARE(h.ageText(m_now), QStringLiteral("Not updated yet"));
    }

    void threeFailuresGoOffline()
    {
        ConnectionHealth h;
        init(h);
        QSignalSpy states(&h, &ConnectionHealth::stateChanged);
        h.recordSuccess(m_now);
        h.recordFailure(network());
        QCOMPARE(h.state(), State::Retrying);
        QCOMPARE(h.consecutiveFailures(), 1);
        h.recordFailure(ApiError(ApiError::Kind::Server, 503));
        QCOMPARE(h.state(), State::Retrying);
        h.recordFailure(ApiError(ApiError::Kind::Timeout));
        QCOMPARE(h.state(), State::Offline);
        QCOMPARE(h.consecutiveFailures(), 3);
        QCOMPARE(states.count(), 2); // Online->Retrying, Retrying->Offline
        QCOMPARE(states.at(0).at(0).value<State>(), State::Retrying);
        QCOMPARE(states.at(1).at(0).value<State>(), State::Offline);
        QCOMPARE(h.lastError().kind(), ApiError::Kind::Timeout);
    }

    void retryingPollsSooner()
    {
        ConnectionHealth h;
        init(h);
        h.setBaseIntervalMs(30000);
        h.recordFailure(network());
        QCOMPARE(h.nextIntervalMs(), ConnectionHealth::RetryIntervalMs);
        h.setBaseIntervalMs(2000);
        QCOMPARE(h.nextIntervalMs(), 2000); // never slower than the normal pace
    }

    void offlineIntervalDoublesAndCapsAt60s()
    {
        ConnectionHealth h;
        init(h);
        QList<int> seen;
        for (int i = 0; i < 8; ++i) {
            h.recordFailure(network());
            seen << h.nextIntervalMs();
        }
        QCOMPARE(seen, (QList<int>{5000, 5000, 10000, 20000, 40000, 60000, 60000, 60000}));
    }

    void longBaseIntervalIsNotShortenedByCap()
    {
        ConnectionHealth h;
        init(h);
        h.setBaseIntervalMs(120000);
        for (int i = 0; i < 5; ++i)
            h.recordFailure(network());
        QCOMPARE(h.state(), State::Offline);
        QCOMPARE(h.nextIntervalMs(), 120000);
    }

    void successRecovers()
    {
        ConnectionHealth h;
        init(h);
        for (int i = 0; i < 4; ++i)
            h.recordFailure(network());
        QCOMPARE(h.state(), State::Offline);
        QSignalSpy states(&h, &ConnectionHealth::stateChanged);
        m_now = m_now.addSecs(30);
        h.recordSuccess(m_now);
        QCOMPARE(h.state(), State::Online);
        QCOMPARE(h.consecutiveFailures(), 0);
        QCOMPARE(h.nextIntervalMs(), 5000);
        QCOMPARE(h.lastSuccess(), m_now);
        QCOMPARE(states.count(), 1);
        QCOMPARE(h.lastError().kind(), ApiError::Kind::None);
    }

    void unauthorizedSignsOut_data()
    {
        QTest::addColumn<int>("kind");
        QTest::newRow("401") << int(ApiError::Kind::Unauthorized);
        QTest::newRow("403") << int(ApiError::Kind::Forbidden);
    }
    void unauthorizedSignsOut()
    {
        QFETCH(int, kind);
        ConnectionHealth h;
        init(h);
        h.recordSuccess(m_now);
        h.recordFailure(
            ApiError(ApiError::Kind(kind), kind == int(ApiError::Kind::Unauthorized) ? 401 : 403));
        QCOMPARE(h.state(), State::SignedOut);
        QVERIFY(!h.pollingAllowed());
        QCOMPARE(h.nextIntervalMs(), 0);
        // Further network failures do not leave SignedOut.
        h.recordFailure(network());
        QCOMPARE(h.state(), State::SignedOut);
        h.signedIn();
        QCOMPARE(h.state(), State::Retrying);
        QVERIFY(h.pollingAllowed());
        QCOMPARE(h.nextIntervalMs(), 5000);
        h.recordSuccess(m_now);
        QCOMPARE(h.state(), State::Online);
    }

    void cancelledIsIgnored()
    {
        ConnectionHealth h;
        init(h);
        h.recordFailure(ApiError(ApiError::Kind::Cancelled));
        QCOMPARE(h.state(), State::Online);
        QCOMPARE(h.consecutiveFailures(), 0);
    }

    void staleAfterThreeIntervals()
    {
        ConnectionHealth h;
        init(h);
        QSignalSpy stale(&h, &ConnectionHealth::staleChanged);
        h.recordSuccess(m_now);
        QVERIFY(!h.isStale(m_now.addSecs(15))); // exactly 3 intervals: not yet
        QVERIFY(h.isStale(m_now.addMSecs(15001)));
        h.evaluate(m_now.addSecs(10));
        QCOMPARE(stale.count(), 0);
        h.evaluate(m_now.addSecs(16));
        QCOMPARE(stale.count(), 1);
        QCOMPARE(stale.at(0).at(0).toBool(), true);
        QVERIFY(h.isStale());
        h.evaluate(m_now.addSecs(20));
        QCOMPARE(stale.count(), 1); // only on flips
        m_now = m_now.addSecs(21);
        h.recordSuccess(m_now);
        QCOMPARE(stale.count(), 2);
        QCOMPARE(stale.at(1).at(0).toBool(), false);
    }

    void staleFollowsBaseInterval()
    {
        ConnectionHealth h;
        init(h);
        h.setBaseIntervalMs(60000);
        h.recordSuccess(m_now);
        QVERIFY(!h.isStale(m_now.addSecs(179)));
        QVERIFY(h.isStale(m_now.addSecs(181)));
    }

    void neverLoadedIsStaleOnlyAfterFailure()
    {
        ConnectionHealth h;
        init(h);
        QVERIFY(!h.isStale(m_now));
        h.recordFailure(network());
        QVERIFY(h.isStale(m_now));
    }

    void ageText_data()
    {
        QTest::addColumn<int>("seconds");
        QTest::addColumn<QString>("text");
        QTest::newRow("0") << 0 << "Updated 0 s ago";
        QTest::newRow("4") << 4 << "Updated 4 s ago";
        QTest::newRow("59") << 59 << "Updated 59 s ago";
        QTest::newRow("60") << 60 << "Updated 1 min ago";
        QTest::newRow("3 min") << 200 << "Updated 3 min ago";
        QTest::newRow("2 h") << 7300 << "Updated 2 h ago";
        QTest::newRow("1 d") << 90000 << "Updated 1 d ago";
        QTest::newRow("clock skew") << -5 << "Updated 0 s ago";
    }
    void ageText()
    {
        QFETCH(int, seconds);
        QFETCH(QString, text);
        ConnectionHealth h;
        init(h);
        h.recordSuccess(m_now);
        QCOMPARE(h.ageText(m_now.addSecs(seconds)), text);
    }

    void stateTexts()
    {
        QCOMPARE(ConnectionHealth::stateText(State::Online), QStringLiteral("Online"));
        QCOMPARE(ConnectionHealth::stateText(State::Offline), QStringLiteral("Offline"));
        QCOMPARE(ConnectionHealth::stateText(State::SignedOut), QStringLiteral("Signed out"));
        QVERIFY(
            ConnectionHealth::stateText(State::Retrying).startsWith(QStringLiteral("Retrying")));
    }

    void autoEvaluateUsesInjectedClock()
    {
        ConnectionHealth h;
        h.setClock([this] { return m_now; });
        h.setBaseIntervalMs(1000);
        h.recordSuccess(m_now);
        QSignalSpy stale(&h, &ConnectionHealth::staleChanged);
        m_now = m_now.addSecs(10);
        QVERIFY(stale.wait(3000)); // the 1 s evaluation timer notices
        QVERIFY(h.isStale());
    }
};

QTEST_GUILESS_MAIN(TestConnectionHealth)
#include "tst_connection_health.moc"

// RateLimitBudget: what the X-RateLimit-* headers allow polling (issue 13).
#include "api/RateLimitBudget.h"

#include <QTest>

class TestRateLimitBudget : public QObject
{
    Q_OBJECT

    static RateLimitBudget::Headers headers(int limit, int remaining, qint64 resetSeconds)
    {
        return {{"x-ratelimit-limit", QByteArray::number(limit)},
                {"X-RateLimit-Remaining", QByteArray::number(remaining)},
                {"X-RateLimit-Reset", QByteArray::number(resetSeconds)}};
    }

private Q_SLOTS:
    void noHeadersNoPacing()
    {
        RateLimitBudget b;
        b.observe({{"Content-Type", "application/json"}}, 1000);
        QVERIFY(!b.known());
        b.notePollRequest(1000);
        QCOMPARE(b.pollDelayMs(1000), 0);
    }

    void pollsAreSpacedToHalfTheWindow()
    {
        RateLimitBudget b;
        const qint64 now = 1'700'000'000'500;
        b.observe(headers(20, 19, 1'700'000'001), now);
        QCOMPARE(b.pollShare(), 10);
        QCOMPARE(b.pollSpacingMs(), 110); // 10 per 1 s window, 10 % margin
        b.notePollRequest(now);
        QCOMPARE(b.pollDelayMs(now), 110);
        QCOMPARE(b.pollDelayMs(now + 50), 60);
        QCOMPARE(b.pollDelayMs(now + 200), 0);
        // A slot reserved ahead is never moved back by an earlier send.
        b.notePollRequest(now + 220);
        b.notePollRequest(now + 110);
        QCOMPARE(b.pollDelayMs(now + 220), 110);
    }

    void pollingYieldsWhenActionsUseTheOtherHalf()
    {
        RateLimitBudget b;
        const qint64 now = 1'700'000'000'300;
        b.observe(headers(20, 9, 1'700'000'001), now); // 11 used this window
        QCOMPARE(b.pollDelayMs(now), 700);             // until the window resets
        b.observe(headers(20, 10, 1'700'000'001), now);
        QCOMPARE(b.pollDelayMs(now), 0);
        // An old window's answer says nothing about the new one.
        b.observe(headers(20, 0, 1'700'000'001), now);
        QCOMPARE(b.pollDelayMs(1'700'000'001'000), 0);
    }

    void absurdResetIsBounded()
    {
        RateLimitBudget b;
        b.observe(headers(20, 0, 9'999'999'999), 1'000);
        QVERIFY(b.pollDelayMs(1'000) <= 60000);
        QCOMPARE(b.windowMs(), 1000);
    }
};

QTEST_GUILESS_MAIN(TestRateLimitBudget)
#include "tst_rate_limit_budget.moc"

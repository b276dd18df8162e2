// RetryPolicy: which failures are retried, deterministic backoff with injected randomness,
// Retry-After honoured and capped.
#include "api/RetryPolicy.h"

#include <QTest>

namespace {
ApiError err(ApiError::Kind kind, int status = 0, int retryAfter = -1)
{
    ApiError e(kind, status);
    e.setRetryAfterSeconds(retryAfter);
    return e;
}
} // namespace

class TestRetryPolicy : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void whichErrorsRetry_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("retry");
        using K = ApiError::Kind;
        QTest::newRow("network") << int(K::Network) << 0 << true;
        QTest::newRow("timeout") << int(K::Timeout) << 0 << true;
        QTest::newRow("429") << int(K::RateLimited) << 429 << true;
        QTest::newRow("502") << int(K::Server) << 502 << true;
        QTest::newRow("503") << int(K::Server) << 503 << true;
        QTest::newRow("504") << int(K::Server) << 504 << true;
        QTest::newRow("500") << int(K::Server) << 500 << false;
        QTest::newRow("400") << int(K::Client) << 400 << false;
        QTest::newRow("401") << int(K::Unauthorized) << 401 << false;
        QTest::newRow("403") << int(K::Forbidden) << 403 << false;
        QTest::newRow("404") << int(K::NotFound) << 404 << false;
        QTest::newRow("409") << int(K::Conflict) << 409 << false;
        QTest::newRow("422") << int(K::Client) << 422 << false;
        QTest::newRow("tls") << int(K::Tls) << 0 << false;
        QTest::newRow("bad response") << int(K::BadResponse) << 200 << false;
        QTest::newRow("cancelled") << int(K::Cancelled) << 0 << false;
        QTest::newRow("insecure") << int(K::InsecureUrl) << 0 << false;
    }
    void whichErrorsRetry()
    {
        QFETCH(int, kind);
        QFETCH(int, status);
        QFETCH(bool, retry);
        RetryPolicy p;
        const ApiError e = err(ApiError::Kind(kind), status);
        QCOMPARE(e.isTransient(), retry);
        QCOMPARE(p.shouldRetry(e, 1), retry);
        QCOMPARE(p.shouldRetry(e, 2), retry);
        QCOMPARE(p.shouldRetry(e, 3), false); // 3 attempts in all
    }

    void maxAttemptsConfigurable()
    {
        RetryPolicy p;
        p.maxAttempts = 1;
        QVERIFY(!p.shouldRetry(err(ApiError::Kind::Network), 1));
        p.maxAttempts = 5;
        QVERIFY(p.shouldRetry(err(ApiError::Kind::Network), 4));
        QVERIFY(!p.shouldRetry(err(ApiError::Kind::Network), 5));
    }

    void exponentialWithInjectedJitter()
    {
        RetryPolicy p;
        p.random = [] { return 0.0; }; // lowest jitter: half the delay
        QCOMPARE(p.delayMs(err(ApiError::Kind::Network), 1), 250);
        QCOMPARE(p.delayMs(err(ApiError::Kind::Network), 2), 500);
        QCOMPARE(p.delayMs(err(ApiError::Kind::Network), 3), 1000);
        p.random = [] { return 0.999999; }; // highest jitter: almost the full delay
        QCOMPARE(p.delayMs(err(ApiError::Kind::Network), 1), 500);
        QCOMPARE(p.delayMs(err(ApiError::Kind::Server, 503), 2), 1000);
        p.random = [] { return 0.5; };
        QCOMPARE(p.delayMs(err(ApiError::Kind::Timeout), 1), 375);
        // capped at maxDelayMs
        QCOMPARE(p.delayMs(err(ApiError::Kind::Timeout), 10), 6000);
    }

    void defaultRandomStaysInRange()
    {
        RetryPolicy p;
        for (int i = 0; i < 200; ++i) {
            const int d = p.delayMs(err(ApiError::Kind::Network), 2);
            QVERIFY2(d >= 500 && d <= 1000, qPrintable(QString::number(d)));
        }
    }

    void retryAfterHonoured()
    {
        RetryPolicy p;
        p.random = [] { return 0.0; };
        QCOMPARE(p.delayMs(err(ApiError::Kind::RateLimited, 429, 1), 1), 1000);
        QCOMPARE(p.delayMs(err(ApiError::Kind::RateLimited, 429, 0), 1), 0);
        QCOMPARE(p.delayMs(err(ApiError::Kind::Server, 503, 7), 2), 7000);
        QCOMPARE(p.delayMs(err(ApiError::Kind::RateLimited, 429, 60), 1), 60000);
        QVERIFY(p.shouldRetry(err(ApiError::Kind::RateLimited, 429, 60), 1));
    }

    void retryAfterBeyondCapIsNotRetried()
    {
        RetryPolicy p;
        const ApiError e = err(ApiError::Kind::RateLimited, 429, 61);
        QVERIFY(!p.shouldRetry(e, 1));
        QCOMPARE(p.delayMs(e, 1), 60000); // capped if someone asks anyway
        p.maxRetryAfterSeconds = 120;
        QVERIFY(p.shouldRetry(e, 1));
        QCOMPARE(p.delayMs(e, 1), 61000);
    }
};

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"

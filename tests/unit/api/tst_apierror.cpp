// ApiError sentences and details (never the API key), ApiResponse headers, base-URL rules
// and the User-Agent.
#include "DialNexaVersion.h"
#include "api/ApiClient.h"
#include "api/ApiError.h"
#include "api/ApiResponse.h"

#include <QSignalSpy>
#include <QTest>

namespace {
const QString Key = QStringLiteral("abcdefghijklmn:123456a1b1234b");

ApiError make(ApiError::Kind kind, int status = 0, const QString &server = QString())
{
    ApiError e(kind, status, server);
    e.setRequest(QStringLiteral("POST"),
                 QUrl(QStringLiteral("https://api.example.com/v1/workflows/wf_1/pause")));
    return e;
}
} // namespace

class TestApiError : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void timeoutMessage()
    {
        ApiError e = make(ApiError::Kind::Timeout);
        e.setTimeoutMs(15000);
        QCOMPARE(e.userMessage(), QStringLiteral("DialNexa did not answer within 15 seconds. "
                                                 "The action may or may not have taken effect."));
        e.setTimeoutMs(300);
        QVERIFY2(e.userMessage().contains(QStringLiteral("within 0.3 seconds")),
                 qPrintable(e.userMessage()));
    }

    void networkMessage()
    {
        ApiError e = make(ApiError::Kind::Network);
        e.setDiagnostic(QStringLiteral("Connection refused"));
        QCOMPARE(e.userMessage(),
                 QStringLiteral("Could not reach DialNexa at api.example.com: connection "
                                "refused. Check the network or the base URL."));
    }

    void tlsMessage()
    {
        ApiError e = make(ApiError::Kind::Tls);
        e.setTlsErrors({QStringLiteral("The certificate has expired"),
                        QStringLiteral("The host name did not match")});
        QVERIFY2(e.userMessage().startsWith(
                     QStringLiteral("The secure connection to api.example.com failed: "
                                    "the certificate has expired.")),
                 qPrintable(e.userMessage()));
        QVERIFY(e.details().contains(QStringLiteral(
            "TLS errors: The certificate has expired; The host name did not match")));
    }

    void httpMessages_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("server");
        QTest::addColumn<QString>("expected");
        using K = ApiError::Kind;
        QTest::newRow("401")
            << int(K::Unauthorized) << 401 << "Unauthorized"
            << "DialNexa rejected the API key (401). Sign in again with a valid key.";
        QTest::newRow("403")
            << int(K::Forbidden) << 403 << "Key cannot read workflows"
            << "This API key is not allowed to do that (403): Key cannot read workflows.";
        QTest::newRow("404") << int(K::NotFound) << 404 << "Workflow wf_1 not found."
                             << "DialNexa could not find that (404): Workflow wf_1 not found.";
        QTest::newRow("409") << int(K::Conflict) << 409 << "Workflow is already paused."
                             << "DialNexa refused the action (409): Workflow is already paused.";
        QTest::newRow("503") << int(K::Server) << 503 << ""
                             << "DialNexa is having problems (HTTP 503). It is usually "
                                "temporary; try again shortly.";
        QTest::newRow("500") << int(K::Server) << 500 << "boom"
                             << "DialNexa had an internal error (HTTP 500). Try again; contact "
                                "DialNexa support if it persists.";
        QTest::newRow("422")
            << int(K::Client) << 422 << "Agent is tied to a deleted phone number"
            << "DialNexa rejected the request (HTTP 422): Agent is tied to a deleted phone number.";
    }
    void httpMessages()
    {
        QFETCH(int, kind);
        QFETCH(int, status);
        QFETCH(QString, server);
        QFETCH(QString, expected);
        QCOMPARE(make(ApiError::Kind(kind), status, server).userMessage(), expected);
    }

    void rateLimitedMessage()
    {
        ApiError e = make(ApiError::Kind::RateLimited, 429);
        e.setRetryAfterSeconds(2);
        QCOMPARE(e.userMessage(),
                 QStringLiteral("DialNexa is rate-limiting requests; retrying in 2 s."));
        QVERIFY(e.details().contains(QStringLiteral("Retry-After: 2 s")));
    }

    void badResponseMessage()
    {
        ApiError e = make(ApiError::Kind::BadResponse, 200);
        e.setDiagnostic(QStringLiteral("Field 'status' is a number, expected a string"));
        QCOMPARE(e.userMessage(),
                 QStringLiteral("DialNexa sent a response the console could not read "
                                "(field 'status' is a number, expected a string)."));
    }

    void detailsLayout()
    {
        ApiError e =
            make(ApiError::Kind::Conflict, 409, QStringLiteral("Workflow is already paused."));
        e.setDiagnostic(QStringLiteral("Error transferring - server replied: Conflict"));
        const QStringList lines = e.details().split(QLatin1Char('\n'));
        QCOMPARE(lines.at(0),
                 QStringLiteral("Request: POST https://api.example.com/v1/workflows/wf_1/pause"));
        QVERIFY(lines.contains(QStringLiteral("HTTP status: 409 Conflict")));
        QVERIFY(lines.contains(QStringLiteral("Server message: Workflow is already paused.")));
        QVERIFY(lines.contains(
            QStringLiteral("Diagnostic: Error transferring - server replied: Conflict")));
        QCOMPARE(ApiError::kindName(e.kind()), QStringLiteral("conflict"));
    }

    void setRequestStripsUserInfo()
    {
        ApiError e(ApiError::Kind::Unauthorized, 401);
        e.setRequest(QStringLiteral("GET"),
                     QUrl(QStringLiteral("https://user:%1@api.example.com/v1/workflows").arg(Key)));
        QVERIFY(e.url().userInfo().isEmpty());
        QVERIFY(!e.details().contains(Key));
        QVERIFY(!e.details().contains(QStringLiteral("123456a1b1234b")));
        QVERIFY(!e.details().contains(QStringLiteral("user@")));
        QVERIFY(!e.userMessage().contains(QStringLiteral("123456a1b1234b")));
    }

    void transient()
    {
        QVERIFY(ApiError(ApiError::Kind::Network).isTransient());
        QVERIFY(ApiError(ApiError::Kind::Timeout).isTransient());
        QVERIFY(ApiError(ApiError::Kind::RateLimited, 429).isTransient());
        QVERIFY(ApiError(ApiError::Kind::Server, 502).isTransient());
        QVERIFY(!ApiError(ApiError::Kind::Server, 500).isTransient());
        QVERIFY(!ApiError(ApiError::Kind::Conflict, 409).isTransient());
        QVERIFY(!ApiError().isError());
    }

    // A real request made with a key (refused before sending): neither text carries the key.
    void errorOfKeyedRequestNeverShowsKey()
    {
        ApiClient client;
        client.setApiKey(Key);
        client.setBaseUrl(QUrl(QStringLiteral("http://user:%1@example.com/v1").arg(Key)));
        QSignalSpy finished(&client, &ApiClient::requestFinished);
        ApiResponse got;
        bool called = false;
        client.post(QStringLiteral("workflows/wf_1/pause"), QJsonObject(), this,
                    [&](const ApiResponse &r) {
                        got = r;
                        called = true;
                    });
        QVERIFY(!called); // always asynchronous
        QTRY_VERIFY(called);
        QCOMPARE(got.error.kind(), ApiError::Kind::InsecureUrl);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(client.requestsInFlight(), 0);
        for (const QString &text : {got.error.userMessage(), got.error.details()}) {
            QVERIFY2(!text.contains(Key), qPrintable(text));
            QVERIFY2(!text.contains(QStringLiteral("123456a1b1234b")), qPrintable(text));
            QVERIFY2(!text.contains(QStringLiteral("abcdefghijklmn")), qPrintable(text));
            QVERIFY2(!text.contains(QStringLiteral("Bearer")), qPrintable(text));
        }
        QVERIFY2(got.error.userMessage().contains(QStringLiteral("example.com")),
                 qPrintable(got.error.userMessage()));
        QVERIFY(got.error.details().contains(
            QStringLiteral("Request: POST http://example.com/v1/workflows/wf_1/pause")));
    }

    void validateBaseUrl_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("ok");
        QTest::newRow("https default") << "https://api.dialnexa.com/v1" << true;
        QTest::newRow("https legacy") << "https://api.dialnexa.com" << true;
        QTest::newRow("http 127.0.0.1") << "http://127.0.0.1:8080/v1" << true;
        QTest::newRow("http 127.5.6.7") << "http://127.5.6.7/v1" << true;
        QTest::newRow("http localhost") << "http://localhost:9000/v1" << true;
        QTest::newRow("http ::1") << "http://[::1]:9000/v1" << true;
        QTest::newRow("http example.com") << "http://example.com/v1" << false;
        QTest::newRow("http 10.0.0.1") << "http://10.0.0.1/v1" << false;
        QTest::newRow("http localhost.evil.com") << "http://localhost.evil.com/v1" << false;
        QTest::newRow("ftp") << "ftp://api.dialnexa.com/v1" << false;
        QTest::newRow("no scheme") << "api.dialnexa.com/v1" << false;
        QTest::newRow("empty") << "" << false;
        QTest::newRow("https no host") << "https:///v1" << false;
    }
    void validateBaseUrl()
    {
        QFETCH(QString, url);
        QFETCH(bool, ok);
        const QString why = ApiClient::validateBaseUrl(QUrl(url));
        QCOMPARE(why.isEmpty(), ok);
        if (!ok)
            QVERIFY2(why.endsWith(QLatin1Char('.')), qPrintable(why));
    }

    void validateBaseUrlSentences()
    {
        QVERIFY(ApiClient::validateBaseUrl(QUrl(QStringLiteral("http://example.com/v1")))
                    .contains(QStringLiteral("https://")));
        QVERIFY(ApiClient::validateBaseUrl(QUrl(QStringLiteral("ftp://x.com")))
                    .contains(QStringLiteral("ftp")));
    }

    void headerIsCaseInsensitive()
    {
        ApiResponse r;
        r.headers = {{"Content-Type", "application/json"}, {"retry-after", "2"}};
        QCOMPARE(r.header("content-type"), QByteArray("application/json"));
        QCOMPARE(r.header("Retry-After"), QByteArray("2"));
        QCOMPARE(r.header("RETRY-AFTER"), QByteArray("2"));
        QVERIFY(r.header("X-Missing").isNull());
    }

    void userAgent()
    {
        QCOMPARE(ApiClient::userAgent(),
                 QStringLiteral("DialNexaConsole/%1 (Qt %2)")
                     .arg(QStringLiteral(DIALNEXA_VERSION), QString::fromLatin1(qVersion())));
    }

    void requestUrlJoinsWithOneSlash()
    {
        ApiClient client;
        client.setBaseUrl(QUrl(QStringLiteral("https://api.example.com/v1/")));
        QCOMPARE(client.requestUrl(QStringLiteral("/workflows/wf_1")).toString(),
                 QStringLiteral("https://api.example.com/v1/workflows/wf_1"));
        client.setBaseUrl(QUrl(QStringLiteral("https://api.example.com")));
        QCOMPARE(client.requestUrl(QStringLiteral("workflows")).toString(),
                 QStringLiteral("https://api.example.com/workflows"));
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("page"), QStringLiteral("2"));
        QCOMPARE(client.requestUrl(QStringLiteral("workflows"), q).toString(),
                 QStringLiteral("https://api.example.com/workflows?page=2"));
    }
};

QTEST_GUILESS_MAIN(TestApiError)
#include "tst_apierror.moc"

// ApiClient against a scripted loopback QTcpServer: what goes on the wire, redirects,
// TLS failure, refused/dropped/silent peers, refusal of insecure URLs, cancellation.
#include "LocalHttpServer.h"
#include "support/ProcessMemory.h"

#include "api/ApiClient.h"
#include "api/WorkflowApi.h"

#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSslSocket>
#include <QTest>
#include <QTimer>

#include <optional>

namespace {
const QString Key = QStringLiteral("abcdefghijklmn:123456a1b1234b");

struct Capture
{
    std::optional<ApiResponse> response;
    int calls = 0;
    ApiClient::Callback callback()
    {
        return [this](const ApiResponse &r) {
            response = r;
            ++calls;
        };
    }
};

RetryPolicy noRetry()
{
    RetryPolicy p;
    p.maxAttempts = 1;
    return p;
}

// "Nothing else happened" without a sleep: a sentinel GET <base>/sentinel sent through the
// client's own network manager (past ApiClient, so no callback or signal of the client
// under test moves) after the request under test. The server records requests in the order
// it reads them, so once the sentinel is answered, anything the client sent earlier has been
// recorded. Handlers answer it with isSentinel().
bool isSentinel(const QByteArray &raw)
{
    return LocalHttpServer::requestLine(raw).contains("/sentinel HTTP/");
}

bool answerSentinel(QTcpSocket *socket, const QByteArray &raw)
{
    if (!isSentinel(raw))
        return false;
    LocalHttpServer::reply(socket, 200, "OK", "{}");
    return true;
}

bool sentinel(ApiClient &client)
{
    QNetworkReply *reply = client.networkAccessManager()->get(
        QNetworkRequest(client.requestUrl(QStringLiteral("sentinel"))));
    QSignalSpy done(reply, &QNetworkReply::finished);
    const bool answered = reply->isFinished() || done.wait(5000);
    const bool ok = answered && reply->error() == QNetworkReply::NoError;
    reply->deleteLater();
    return ok;
}
} // namespace

class TestApiClientLocal : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<ApiClient> clientFor(const QString &baseUrl)
    {
        auto client = std::make_unique<ApiClient>();
        client->setBaseUrl(QUrl(baseUrl));
        client->setApiKey(Key);
        return client;
    }

private Q_SLOTS:
    void getSendsHeadersExactly()
    {
        LocalHttpServer server;
        QVERIFY(server.listen());
        server.handler = [](QTcpSocket *s, const QByteArray &) {
            LocalHttpServer::reply(s, 200, "OK", R"({"id":"wf_1","title":"T","status":"running"})");
        };
        auto client = clientFor(server.origin() + QStringLiteral("/v1/"));
        Capture c;
        client->get(QStringLiteral("workflows/wf_1"), QUrlQuery(), this, c.callback());
        QTRY_VERIFY(c.response.has_value());
        QVERIFY2(c.response->ok(), qPrintable(c.response->error.details()));
        QCOMPARE(c.response->httpStatus, 200);
        QCOMPARE(c.response->json.object().value(QStringLiteral("status")).toString(),
                 QStringLiteral("running"));
        QCOMPARE(c.response->attempts, 1);
        QCOMPARE(server.requests.size(), 1);
        const QByteArray raw = server.requests.first();
        QCOMPARE(LocalHttpServer::requestLine(raw), QByteArray("GET /v1/workflows/wf_1 HTTP/1.1"));
        QCOMPARE(LocalHttpServer::header(raw, "Authorization"), "Bearer " + Key.toUtf8());
        QCOMPARE(LocalHttpServer::header(raw, "Accept"), QByteArray("application/json"));
        QCOMPARE(LocalHttpServer::header(raw, "User-Agent"), ApiClient::userAgent().toUtf8());
    }

    void emptyPostSendsNoBody()
    {
        LocalHttpServer server;
        QVERIFY(server.listen());
        server.handler = [](QTcpSocket *s, const QByteArray &) {
            LocalHttpServer::reply(s, 201, "Created", R"({"id":"wf_abc123","status":"paused"})");
        };
        auto client = clientFor(server.origin() + QStringLiteral("/v1"));
        WorkflowApi api(client.get());
        std::optional<ApiResult<ActionOutcome>> result;
        api.perform(LifecycleAction::Pause, QStringLiteral("wf_abc123"), this,
                    [&](const ApiResult<ActionOutcome> &r) { result = r; });
        QTRY_VERIFY(result.has_value());
        QVERIFY2(result->ok(), qPrintable(result->error().details()));
        QCOMPARE(result->value().httpStatus, 201); // any 2xx is success
        QCOMPARE(result->value().workflow.status.state(), WorkflowState::Paused);
        QVERIFY(!result->value().fullRecord);
        QCOMPARE(server.requests.size(), 1);
        const QByteArray raw = server.requests.first();
        QCOMPARE(LocalHttpServer::requestLine(raw),
                 QByteArray("POST /v1/workflows/wf_abc123/pause HTTP/1.1"));
        QCOMPARE(LocalHttpServer::header(raw, "Content-Length"), QByteArray("0"));
        QVERIFY2(LocalHttpServer::header(raw, "Content-Type").isNull(), raw.constData());
        QVERIFY(raw.endsWith("\r\n\r\n"));
    }

    void postWithBodySendsJson()
    {
        LocalHttpServer server;
        QVERIFY(server.listen());
        server.handler = [](QTcpSocket *s, const QByteArray &) {
            LocalHttpServer::reply(s, 204, "No Content", {});
        };
        auto client = clientFor(server.origin() + QStringLiteral("/v1"));
        Capture c;
        client->post(QStringLiteral("workflows"),
                     QJsonObject{{QStringLiteral("title"), QStringLiteral("X")}}, this,
                     c.callback());
        QTRY_VERIFY(c.response.has_value());
        QVERIFY(c.response->ok());
        QVERIFY(c.response->json.isNull()); // empty body -> null document
        const QByteArray raw = server.requests.first();
        QCOMPARE(LocalHttpServer::header(raw, "Content-Type"), QByteArray("application/json"));
        QVERIFY(raw.endsWith(R"({"title":"X"})"));
    }

    void actionWithEmptyBodyOrFullRecord()
    {
        LocalHttpServer server;
        QVERIFY(server.listen());
        int n = 0;
        server.handler = [&n](QTcpSocket *s, const QByteArray &) {
            if (n++ == 0)
                LocalHttpServer::reply(s, 200, "OK", {});
            else
                LocalHttpServer::reply(
                    s, 200, "OK",
                    R"({"id":"wfl_m3v7zb9rk2px","name":"30-Day Lead Nurture","status":"active","node_count":5})");
        };
        auto client = clientFor(server.origin() + QStringLiteral("/v1"));
        WorkflowApi api(client.get());
        std::optional<ApiResult<ActionOutcome>> first, second;
        api.perform(LifecycleAction::Resume, QStringLiteral("wfl_m3v7zb9rk2px"), this,
                    [&](const ApiResult<ActionOutcome> &r) { first = r; });
        QTRY_VERIFY(first.has_value());
        QVERIFY(first->ok());
        QCOMPARE(first->value().workflow.id, QStringLiteral("wfl_m3v7zb9rk2px"));
        QVERIFY(!first->value().workflow.status.isValid()); // caller must re-read
        api.perform(LifecycleAction::Resume, QStringLiteral("wfl_m3v7zb9rk2px"), this,
                    [&](const ApiResult<ActionOutcome> &r) { second = r; });
        QTRY_VERIFY(second.has_value());
        QVERIFY(second->ok());
        QVERIFY(second->value().fullRecord);
        QCOMPARE(second->value().workflow.name, QStringLiteral("30-Day Lead Nurture"));
        QCOMPARE(second->value().workflow.nodeCount, std::optional<int>(5));
    }

    void nonJsonErrorBodySnippet()
    {
        LocalHttpServer server;
        QVERIFY(server.listen());
        server.handler = [](QTcpSocket *s, const QByteArray &) {
            QByteArray body =
                "<html><body>Bad gateway from the proxy " + QByteArray(400, 'x') + "</body></html>";
            QByteArray out =
                "HTTP/1.1 502 Bad Gateway\r\nContent-Type: text/html\r\nContent-Length: " +
                QByteArray::number(body.size()) + "\r\n\r\n" + body;
            s->write(out);
        };
        auto client = clientFor(server.origin() + QStringLiteral("/v1"));
        client->setRetryPolicy(noRetry());
        Capture c;
        client->get(QStringLiteral("workflows"), QUrlQuery(), this, c.callback());
        QTRY_VERIFY(c.response.has_value());
        QCOMPARE(c.response->error.kind(), ApiError::Kind::Server);
        QCOMPARE(c.response->error.httpStatus(), 502);
        QVERIFY(c.response->error.serverMessage().startsWith(
            QStringLiteral("<html><body>Bad gateway")));
        QVERIFY(c.response->error.serverMessage().size() <= 200);
    }

    void crossOriginRedirectRefused()
    {
        LocalHttpServer other;
        QVERIFY2(other.listen(QHostAddress(QStringLiteral("127.0.0.2"))),
                 "127.0.0.2 not available");
        other.handler = [](QTcpSocket *s, const QByteArray &) {
            LocalHttpServer::reply(s, 200, "OK", R"({"data":[]})");
        };
        LocalHttpServer server;
        QVERIFY(server.listen());
        const QByteArray location = other.origin().toUtf8() + "/v1/workflows";
        server.handler = [location](QTcpSocket *s, const QByteArray &raw) {
            if (!answerSentinel(s, raw))
                LocalHttpServer::reply(s, 302, "Found", {}, {"Location: " + location});
        };
        auto client = clientFor(server.origin() + QStringLiteral("/v1"));
        Capture c;
        client->get(QStringLiteral("workflows"), QUrlQuery(), this, c.callback());
        QTRY_VERIFY(c.response.has_value());
        QCOMPARE(c.response->error.kind(), ApiError::Kind::InsecureUrl);
        QVERIFY2(c.response->error.userMessage().contains(QStringLiteral("127.0.0.2")),
                 qPrintable(c.response->error.userMessage()));
        QVERIFY(!c.response->error.userMessage().contains(Key));
        QVERIFY(sentinel(*client));
        QCOMPARE(server.requests.size(), 2);
        QCOMPARE(other.connections, 0); // the key never went to the other origin
        QCOMPARE(c.calls, 1);
    }

    void sameOriginRedirectFollowed()
    {
        LocalHttpServer server;
        QVERIFY(server.listen());
        server.handler = [](QTcpSocket *s, const QByteArray &raw) {
            if (LocalHttpServer::requestLine(raw).startsWith("GET /v1/workflows/old"))
                LocalHttpServer::reply(s, 301, "Moved Permanently", {},
                                       {"Location: /v1/workflows/wf_new"});
            else
                LocalHttpServer::reply(s, 200, "OK", R"({"id":"wf_new","status":"paused"})");
        };
        auto client = clientFor(server.origin() + QStringLiteral("/v1"));
        WorkflowApi api(client.get());
        Capture c;
        client->get(QStringLiteral("workflows/old"), QUrlQuery(), this, c.callback());
        QTRY_VERIFY(c.response.has_value());
        QVERIFY2(c.response->ok(), qPrintable(c.response->error.details()));
        QCOMPARE(c.response->json.object().value(QStringLiteral("id")).toString(),
                 QStringLiteral("wf_new"));
        QCOMPARE(server.requests.size(), 2);
        QCOMPARE(LocalHttpServer::requestLine(server.requests.at(1)),
                 QByteArray("GET /v1/workflows/wf_new HTTP/1.1"));
        QCOMPARE(LocalHttpServer::header(server.requests.at(1), "Authorization"),
                 "Bearer " + Key.toUtf8());
    }

    void tlsHandshakeFailure()
    {
        if (!QSslSocket::supportsSsl())
            QSKIP("Qt has no TLS backend here (QSslSocket::supportsSsl() is false)");
        LocalHttpServer server;
        server.rawMode = true;
        QVERIFY(server.listen());
        server.handler = [](QTcpSocket *s, const QByteArray &) {
            s->write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\nthis is not TLS");
        };
        auto client = clientFor(QStringLiteral("https://127.0.0.1:%1/v1").arg(server.port()));
        client->setRetryPolicy(noRetry());
        Capture c;
        client->get(QStringLiteral("workflows"), QUrlQuery(), this, c.callback());
        QTRY_VERIFY_WITH_TIMEOUT(c.response.has_value(), 10000);
        QCOMPARE(c.response->error.kind(), ApiError::Kind::Tls);
        QVERIFY(!c.response->error.tlsErrors().isEmpty());
        QVERIFY2(c.response->error.userMessage().startsWith(
                     QStringLiteral("The secure connection to 127.0.0.1:")),
                 qPrintable(c.response->error.userMessage()));
        QVERIFY(c.response->error.details().contains(QStringLiteral("TLS errors: ")));
        QVERIFY(!c.response->error.details().contains(Key));
    }

    void connectionRefused()
    {
        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            port = probe.serverPort();
        }
        auto client = clientFor(QStringLiteral("http://127.0.0.1:%1/v1").arg(port));
        client->setRetryPolicy(noRetry());
        Capture c;
        client->get(QStringLiteral("workflows"), QUrlQuery(), this, c.callback());
        QTRY_VERIFY(c.response.has_value());
        QCOMPARE(c.response->error.kind(), ApiError::Kind::Network);
        QCOMPARE(c.response->error.userMessage(),
                 QStringLiteral("Could not reach DialNexa at 127.0.0.1:%1: connection refused. "
                                "Check the network or the base URL.")
                     .arg(port));
    }

    void droppedConnection()
    {
        LocalHttpServer server;
        QVERIFY(server.listen());
        server.handler = [](QTcpSocket *s, const QByteArray &raw) {
            if (!answerSentinel(s, raw))
                s->abort();
        };
        auto client = clientFor(server.origin() + QStringLiteral("/v1"));
        client->setRetryPolicy(noRetry());
        Capture c;
        client->post(QStringLiteral("workflows/wf_1/pause"), QJsonObject(), this, c.callback());
        QTRY_VERIFY(c.response.has_value());
        QCOMPARE(c.response->error.kind(), ApiError::Kind::Network);
        QVERIFY(c.response->error.userMessage().startsWith(
            QStringLiteral("Could not reach DialNexa at 127.0.0.1")));
        // Qt re-sends a request whose connection closed early; a POST must not be repeated:
        // the sentinel is the only request after it.
        QVERIFY(sentinel(*client));
        QCOMPARE(server.requests.size(), 2);
        QVERIFY(isSentinel(server.requests.last()));
        QCOMPARE(c.calls, 1);
    }

    void droppedGetIsResentByQtButReportedOnce()
    {
        LocalHttpServer server;
        QVERIFY(server.listen());
        server.handler = [](QTcpSocket *s, const QByteArray &) { s->abort(); };
        auto client = clientFor(server.origin() + QStringLiteral("/v1"));
        client->setRetryPolicy(noRetry());
        Capture c;
        client->get(QStringLiteral("workflows"), QUrlQuery(), this, c.callback());
        QTRY_VERIFY(c.response.has_value());
        QCOMPARE(c.response->error.kind(), ApiError::Kind::Network);
        QCOMPARE(c.response->attempts, 1);
        QVERIFY(server.requests.size() >= 1); // Qt's own transparent re-sends are fine for a GET
        QCOMPARE(c.calls, 1);
    }

    void silentServerTimesOutAndPostIsNotRepeated()
    {
        LocalHttpServer server; // reads, never answers (but the sentinel)
        QVERIFY(server.listen());
        server.handler = answerSentinel;
        auto client = clientFor(server.origin() + QStringLiteral("/v1"));
        client->setTransferTimeoutMs(300);
        Capture c;
        QElapsedTimer timer;
        timer.start();
        client->post(QStringLiteral("workflows/wf_1/cancel"), QJsonObject(), this, c.callback());
        QTRY_VERIFY_WITH_TIMEOUT(c.response.has_value(), 5000);
        QVERIFY(timer.elapsed() >= 250);
        QCOMPARE(c.response->error.kind(), ApiError::Kind::Timeout);
        QCOMPARE(c.response->attempts, 1);
        QVERIFY2(c.response->error.userMessage().contains(
                     QStringLiteral("did not answer within 0.3 seconds")),
                 qPrintable(c.response->error.userMessage()));
        QVERIFY(sentinel(*client));
        QCOMPARE(server.requests.size(), 2); // the POST once, then the sentinel
        QVERIFY(isSentinel(server.requests.last()));
        QCOMPARE(c.calls, 1);
    }

    // Issue 9 item 8: the transfer timeout is an inactivity timer, so a server that sends a
    // byte now and then kept a request alive forever. The overall deadline ends it, retries
    // included (the GET is not retried past it), and a POST is still sent only once.
    void hugeReplyFailsWithASentenceAndBoundedMemory_data()
    {
        QTest::addColumn<bool>("announced"); // Content-Length says it, or only the bytes do
        QTest::newRow("Content-Length 300 MB") << true;
        QTest::newRow("unannounced stream") << false;
    }

    void hugeReplyFailsWithASentenceAndBoundedMemory()
    {
        QFETCH(bool, announced);
        LocalHttpServer server;
        QVERIFY(server.listen());
        qint64 sent = 0;
        server.handler = [announced, &sent](QTcpSocket *s, const QByteArray &raw) {
            if (answerSentinel(s, raw))
                return;
            const qint64 total = qint64(300) * 1024 * 1024;
            s->write(announced ? QByteArray("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                                            "Content-Length: ") +
                                     QByteArray::number(total) + "\r\n\r\n{\"data\":["
                               : QByteArray("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                                            "Connection: close\r\n\r\n{\"data\":["));
            // Keep feeding while the socket drains, as a runaway server would.
            auto *feed = new QTimer(s);
            const QByteArray chunk(256 * 1024, ' ');
            QObject::connect(feed, &QTimer::timeout, s, [s, chunk, total, &sent] {
                if (s->state() != QAbstractSocket::ConnectedState || sent >= total)
                    return;
                if (s->bytesToWrite() < 4 * chunk.size()) {
                    s->write(chunk);
                    sent += chunk.size();
                }
            });
            feed->start(0);
        };
        const qint64 rssBefore = ProcessMemory::residentKb();
        auto client = clientFor(server.origin() + QStringLiteral("/v1"));
        Capture c;
        client->get(QStringLiteral("workflows"),
                    QUrlQuery{{QStringLiteral("page"), QStringLiteral("1")}}, this, c.callback(),
                    ApiClient::ListPageMaxReplyBytes);
        QTRY_VERIFY_WITH_TIMEOUT(c.response.has_value(), 30000);
        QVERIFY(!c.response->ok());
        QCOMPARE(c.response->error.kind(), ApiError::Kind::BadResponse);
        QVERIFY2(c.response->error.userMessage().contains(QStringLiteral("too large")),
                 qPrintable(c.response->error.userMessage()));
        QVERIFY2(c.response->error.userMessage().contains(QStringLiteral("nothing was changed")),
                 qPrintable(c.response->error.userMessage()));
        QVERIFY2(sent < qint64(100) * 1024 * 1024, "the client kept reading a runaway reply");
        const qint64 grownKb = ProcessMemory::residentKb() - rssBefore;
        QVERIFY2(grownKb < 150 * 1024, qPrintable(QStringLiteral("RSS grew %1 kB").arg(grownKb)));
    }

    void tricklingServerHitsTheOverallDeadline_data()
    {
        QTest::addColumn<bool>("post");
        QTest::newRow("GET") << false;
        QTest::newRow("POST") << true;
    }

    void tricklingServerHitsTheOverallDeadline()
    {
        QFETCH(bool, post);
        LocalHttpServer server;
        QVERIFY(server.listen());
        server.handler = [](QTcpSocket *s, const QByteArray &raw) {
            if (answerSentinel(s, raw))
                return;
            s->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                     "Content-Length: 100000\r\n\r\n{");
            auto *drip = new QTimer(s);
            QObject::connect(drip, &QTimer::timeout, s, [s] { s->write(" "); });
            drip->start(200); // well inside the 15 s inactivity timeout
        };
        auto client = clientFor(server.origin() + QStringLiteral("/v1"));
        client->setRequestDeadlineMs(1500);
        QCOMPARE(client->transferTimeoutMs(), 15000);
        Capture c;
        QElapsedTimer timer;
        timer.start();
        if (post)
            client->post(QStringLiteral("workflows/wf_1/pause"), QJsonObject(), this, c.callback());
        else
            client->get(QStringLiteral("workflows"), QUrlQuery(), this, c.callback());
        QTRY_VERIFY_WITH_TIMEOUT(c.response.has_value(), 10000);
        const qint64 elapsed = timer.elapsed();
        QVERIFY2(elapsed >= 1400 && elapsed < 6000, qPrintable(QString::number(elapsed)));
        QCOMPARE(c.response->error.kind(), ApiError::Kind::Timeout);
        QCOMPARE(c.response->attempts, 1);
        QVERIFY2(c.response->error.userMessage().contains(
                     QStringLiteral("did not answer within 1.5 seconds")),
                 qPrintable(c.response->error.userMessage()));
        QVERIFY2(c.response->error.details().contains(QStringLiteral("deadline")),
                 qPrintable(c.response->error.details()));
        QVERIFY(sentinel(*client));
        QCOMPARE(server.requests.size(), 2); // the request once, then the sentinel
        QVERIFY(isSentinel(server.requests.last()));
        QCOMPARE(c.calls, 1);
        QCOMPARE(client->requestsInFlight(), 0);
    }

    // A retry whose wait would end after the deadline is not made: the caller gets the
    // server's own answer (here the 503) instead of a timeout later.
    void noRetryPastTheDeadline()
    {
        LocalHttpServer server;
        QVERIFY(server.listen());
        server.handler = [](QTcpSocket *s, const QByteArray &raw) {
            if (!answerSentinel(s, raw))
                LocalHttpServer::reply(s, 503, "Service Unavailable", {}, {"Retry-After: 5"});
        };
        auto client = clientFor(server.origin() + QStringLiteral("/v1"));
        client->setRequestDeadlineMs(2000);
        int scheduled = 0;
        client->setScheduler([&scheduled](int, QObject *, std::function<void()>) { ++scheduled; });
        Capture c;
        client->get(QStringLiteral("workflows"), QUrlQuery(), this, c.callback());
        QTRY_VERIFY(c.response.has_value());
        QCOMPARE(scheduled, 0);
        QCOMPARE(c.response->error.kind(), ApiError::Kind::Server);
        QCOMPARE(c.response->error.httpStatus(), 503);
        QCOMPARE(c.response->attempts, 1);
    }

    // Issue 9 item 7: Retry-After as a literal HTTP-date ("... GMT", as servers send it) sets
    // the wait. Measured from the response's Date header when there is one (the server's
    // clock, so a skewed desktop clock does not matter), else from the client's clock.
    void retryAfterHttpDateSetsTheWait_data()
    {
        QTest::addColumn<QByteArray>("retryAfter");
        QTest::addColumn<QByteArray>("date");
        QTest::addColumn<QDateTime>("clientNow");
        const QDateTime now(QDate(2026, 10, 21), QTime(7, 28, 0), Qt::UTC);
        QTest::newRow("IMF-fixdate, client clock")
            << QByteArray("Wed, 21 Oct 2026 07:28:03 GMT") << QByteArray() << now;
        QTest::newRow("IMF-fixdate, server Date, client clock 20 min behind")
            << QByteArray("Wed, 21 Oct 2026 07:28:03 GMT")
            << QByteArray("Wed, 21 Oct 2026 07:28:00 GMT") << now.addSecs(-1200);
        QTest::newRow("RFC 850, client clock")
            << QByteArray("Wednesday, 21-Oct-26 07:28:03 GMT") << QByteArray() << now;
        QTest::newRow("asctime, client clock")
            << QByteArray("Wed Oct 21 07:28:03 2026") << QByteArray() << now;
    }

    void retryAfterHttpDateSetsTheWait()
    {
        QFETCH(QByteArray, retryAfter);
        QFETCH(QByteArray, date);
        QFETCH(QDateTime, clientNow);
        LocalHttpServer server;
        QVERIFY(server.listen());
        int answered = 0;
        server.handler = [&](QTcpSocket *s, const QByteArray &raw) {
            if (answerSentinel(s, raw))
                return;
            if (answered++ > 0) {
                LocalHttpServer::reply(s, 200, "OK", R"({"data":[]})");
                return;
            }
            QList<QByteArray> headers{"Retry-After: " + retryAfter};
            if (!date.isEmpty())
                headers << "Date: " + date;
            LocalHttpServer::reply(s, 429, "Too Many Requests", R"({"message":"slow down"})",
                                   headers);
        };
        auto client = clientFor(server.origin() + QStringLiteral("/v1"));
        client->setClock([clientNow] { return clientNow; });
        QList<int> delays;
        std::function<void()> parked;
        client->setScheduler([&](int delayMs, QObject *, std::function<void()> fn) {
            delays << delayMs;
            parked = std::move(fn);
        });
        Capture c;
        client->get(QStringLiteral("workflows"), QUrlQuery(), this, c.callback());
        QTRY_VERIFY(parked || c.response.has_value());
        QVERIFY2(!c.response.has_value(), qPrintable(c.response->error.details()));
        QCOMPARE(delays, QList<int>{3000});
        // Nothing is re-sent before the wait is over...
        QVERIFY(sentinel(*client));
        QCOMPARE(server.requests.size(), 2);
        // ...and the re-send follows it.
        parked();
        QTRY_VERIFY(c.response.has_value());
        QVERIFY2(c.response->ok(), qPrintable(c.response->error.details()));
        QCOMPARE(c.response->attempts, 2);
        QCOMPARE(server.requests.size(), 3);
        QCOMPARE(LocalHttpServer::requestLine(server.requests.last()),
                 QByteArray("GET /v1/workflows HTTP/1.1"));
    }

    // Issue 9 item 9: Qt follows a same-origin 301/302/303 for a POST as a GET, and that
    // GET's body (the workflow, still active) used to count as the pause's answer. A POST
    // follows no redirect: a 3xx is an unknown outcome (the kind the timeout path produces,
    // so the services re-read), and nothing else is sent.
    void postRedirectIsUnknownOutcome_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("location");
        QTest::newRow("301") << 301 << QByteArray("/v1/workflows/wf_1");
        QTest::newRow("302") << 302 << QByteArray("/v1/workflows/wf_1");
        QTest::newRow("303") << 303 << QByteArray("/v1/workflows/wf_1");
        QTest::newRow("307") << 307 << QByteArray("/v1/workflows/wf_1/pause2");
        QTest::newRow("308") << 308 << QByteArray("/v1/workflows/wf_1/pause2");
        QTest::newRow("302 absolute") << 302 << QByteArray("{origin}/v1/workflows/wf_1");
        QTest::newRow("300 without Location") << 300 << QByteArray();
    }

    void postRedirectIsUnknownOutcome()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, location);
        LocalHttpServer server;
        QVERIFY(server.listen());
        location.replace("{origin}", server.origin().toUtf8());
        server.handler = [&](QTcpSocket *s, const QByteArray &raw) {
            if (answerSentinel(s, raw))
                return;
            if (LocalHttpServer::requestLine(raw).startsWith("POST /v1/workflows/wf_1/pause ")) {
                QList<QByteArray> headers;
                if (!location.isEmpty())
                    headers << "Location: " + location;
                LocalHttpServer::reply(s, status, "Redirect", {}, headers);
            } else {
                LocalHttpServer::reply(s, 200, "OK", R"({"id":"wf_1","status":"active"})");
            }
        };
        auto client = clientFor(server.origin() + QStringLiteral("/v1"));
        WorkflowApi api(client.get());
        std::optional<ApiResult<ActionOutcome>> result;
        api.perform(LifecycleAction::Pause, QStringLiteral("wf_1"), this,
                    [&result](const ApiResult<ActionOutcome> &r) { result = r; });
        QTRY_VERIFY(result.has_value());
        QVERIFY2(!result->ok(), "a redirected POST must not count as the action's answer");
        const ApiError error = result->error();
        QCOMPARE(error.kind(), ApiError::Kind::Network); // handled like a lost answer
        QCOMPARE(error.httpStatus(), status);
        QCOMPARE(error.method(), QStringLiteral("POST"));
        QVERIFY2(error.userMessage().contains(QStringLiteral("redirect")),
                 qPrintable(error.userMessage()));
        QVERIFY2(error.userMessage().contains(QStringLiteral("may or may not have taken effect")),
                 qPrintable(error.userMessage()));
        QVERIFY(!error.details().contains(Key));
        QVERIFY(sentinel(*client));
        QCOMPARE(server.requests.size(), 2); // the POST once, then the sentinel: no GET, no re-POST
        QVERIFY(isSentinel(server.requests.last()));
    }

    void insecureUrlRefusedWithoutSending()
    {
        // Any byte sent would reach this "proxy": it must see no connection at all.
        LocalHttpServer proxy;
        QVERIFY(proxy.listen());
        proxy.handler = answerSentinel;
        auto client = clientFor(QStringLiteral("http://example.com/v1"));
        client->networkAccessManager()->setProxy(
            QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"), proxy.port()));
        Capture c;
        client->get(QStringLiteral("workflows"), QUrlQuery(), this, c.callback());
        QTRY_VERIFY(c.response.has_value());
        QCOMPARE(c.response->error.kind(), ApiError::Kind::InsecureUrl);
        QCOMPARE(c.response->attempts, 0);
        QVERIFY(c.response->error.userMessage().contains(QStringLiteral("example.com")));
        // The sentinel, sent past ApiClient through the same manager, does reach the proxy
        // (so the proxy would have seen the refused request): it is the only thing there.
        QVERIFY(sentinel(*client));
        QCOMPARE(proxy.connections, 1);
        QCOMPARE(proxy.requests.size(), 1);
        QVERIFY(isSentinel(proxy.requests.first()));
    }

    void abortAllCancelsOnce()
    {
        LocalHttpServer server; // silent (but for the sentinel)
        QVERIFY(server.listen());
        server.handler = answerSentinel;
        auto client = clientFor(server.origin() + QStringLiteral("/v1"));
        QSignalSpy finished(client.get(), &ApiClient::requestFinished);
        Capture a, b;
        client->get(QStringLiteral("workflows"), QUrlQuery(), this, a.callback());
        client->post(QStringLiteral("workflows/wf_1/pause"), QJsonObject(), this, b.callback());
        QTRY_COMPARE(server.requests.size(), 2);
        QCOMPARE(client->requestsInFlight(), 2);
        client->abortAll();
        QTRY_VERIFY(a.response.has_value() && b.response.has_value());
        QCOMPARE(a.response->error.kind(), ApiError::Kind::Cancelled);
        QCOMPARE(b.response->error.kind(), ApiError::Kind::Cancelled);
        QCOMPARE(client->requestsInFlight(), 0);
        // Late events of the aborted replies come from the same manager before the sentinel's.
        QVERIFY(sentinel(*client));
        QCOMPARE(server.requests.size(), 3);
        QCOMPARE(a.calls, 1);
        QCOMPARE(b.calls, 1);
        QCOMPARE(finished.size(), 2);
        QCOMPARE(finished.at(0).at(0).value<ApiError>().kind(), ApiError::Kind::Cancelled);
    }

    void abortAllDuringRetryWait()
    {
        LocalHttpServer server;
        QVERIFY(server.listen());
        server.handler = [](QTcpSocket *s, const QByteArray &raw) {
            if (!answerSentinel(s, raw))
                LocalHttpServer::reply(s, 503, "Service Unavailable", {});
        };
        auto client = clientFor(server.origin() + QStringLiteral("/v1"));
        std::function<void()> parked;
        client->setScheduler(
            [&parked](int, QObject *, std::function<void()> fn) { parked = std::move(fn); });
        Capture c;
        client->get(QStringLiteral("workflows"), QUrlQuery(), this, c.callback());
        QTRY_VERIFY(parked);
        QVERIFY(!c.response.has_value());
        client->abortAll();
        QVERIFY(c.response.has_value());
        QCOMPARE(c.response->error.kind(), ApiError::Kind::Cancelled);
        parked(); // a late timer must not resend nor call back again
        QVERIFY(sentinel(*client));
        QCOMPARE(server.requests.size(), 2); // the first attempt, then the sentinel
        QVERIFY(isSentinel(server.requests.last()));
        QCOMPARE(c.calls, 1);
    }

    void deadContextDropsCallback()
    {
        LocalHttpServer server;
        QVERIFY(server.listen());
        server.handler = [](QTcpSocket *s, const QByteArray &) {
            LocalHttpServer::reply(s, 200, "OK", R"({"data":[]})");
        };
        auto client = clientFor(server.origin() + QStringLiteral("/v1"));
        QSignalSpy finished(client.get(), &ApiClient::requestFinished);
        auto *context = new QObject;
        int calls = 0;
        client->get(QStringLiteral("workflows"), QUrlQuery(), context,
                    [&calls](const ApiResponse &) { ++calls; });
        delete context;
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(calls, 0);
        QCOMPARE(client->requestsInFlight(), 0);
    }
};

QTEST_GUILESS_MAIN(TestApiClientLocal)
#include "tst_apiclient_local.moc"

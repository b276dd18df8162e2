// WorkflowApi::listAll against a scripted loopback server: envelopes the sandbox does not
// produce (no meta, meta with only total, records moving between pages) and the cap on
// concurrent page requests. Also Retry-After forms and server-echoed secrets.
#include "LocalHttpServer.h"

#include "api/ApiClient.h"
#include "api/WorkflowApi.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSemaphore>
#include <QTest>
#include <QThreadPool>
#include <QTimer>
#include <QUrlQuery>

#include <algorithm>
#include <optional>

namespace {
const QString Key = QStringLiteral("dnx_test_secretvalue123");

int pageOf(const QByteArray &raw)
{
    const QByteArray line = LocalHttpServer::requestLine(raw);
    const QByteArray target = line.split(' ').value(1);
    const QUrlQuery q(QUrl(QString::fromLatin1(target)).query());
    return q.queryItemValue(QStringLiteral("page")).toInt();
}

QJsonObject row(int n)
{
    return QJsonObject{
        {QStringLiteral("id"), QStringLiteral("wf_%1").arg(n, 4, 10, QLatin1Char('0'))},
        {QStringLiteral("title"), QStringLiteral("Workflow %1").arg(n)},
        {QStringLiteral("status"), n % 2 ? QStringLiteral("active") : QStringLiteral("paused")}};
}

// Rows [first, first+count) as a page body, with `meta` (or none when empty).
QByteArray pageBody(int first, int count, const QJsonObject &meta = QJsonObject())
{
    QJsonArray data;
    for (int i = 0; i < count; ++i)
        data.append(row(first + i));
    QJsonObject body{{QStringLiteral("data"), data}};
    if (!meta.isEmpty())
        body.insert(QStringLiteral("meta"), meta);
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

QJsonObject meta(int page, int limit, int total, bool withTotalPages)
{
    QJsonObject m{{QStringLiteral("page"), page},
                  {QStringLiteral("limit"), limit},
                  {QStringLiteral("total"), total}};
    if (withTotalPages)
        m.insert(QStringLiteral("totalPages"), (total + limit - 1) / limit);
    return m;
}
// Page `page` (of 8, 100 rows each, 5 on the last) of a 705-row list with full meta.
QByteArray pageOf705(int page)
{
    return pageBody((page - 1) * 100, page < 8 ? 100 : 5, meta(page, 100, 705, true));
}
} // namespace

class TestWorkflowApiPaging : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<ApiClient> clientFor(const LocalHttpServer &server)
    {
        auto client = std::make_unique<ApiClient>();
        client->setBaseUrl(QUrl(server.origin() + QStringLiteral("/v1")));
        client->setApiKey(Key);
        return client;
    }

    std::optional<ApiResult<WorkflowListing>> listAll(WorkflowApi &api)
    {
        std::optional<ApiResult<WorkflowListing>> result;
        api.listAll(WorkflowQuery(), this,
                    [&](const ApiResult<WorkflowListing> &r) { result = r; });
        (void)QTest::qWaitFor([&] { return result.has_value(); }, 10000);
        return result;
    }

private Q_SLOTS:
    void withoutMetaWalksUntilShortPage()
    {
        LocalHttpServer server;
        QVERIFY(server.listen());
        server.handler = [](QTcpSocket *s, const QByteArray &raw) {
            const int page = pageOf(raw);
            const int count = page < 3 ? 100 : 30; // 230 rows, no meta at all
            LocalHttpServer::reply(s, 200, "OK", pageBody((page - 1) * 100, count));
        };
        auto client = clientFor(server);
        WorkflowApi api(client.get());
        const auto result = listAll(api);
        QVERIFY(result.has_value());
        QVERIFY2(result->ok(), qPrintable(result->error().details()));
        QCOMPARE(result->value().workflows.size(), 230);
        QCOMPARE(result->value().workflows.first().id, QStringLiteral("wf_0000"));
        QCOMPARE(result->value().workflows.last().id, QStringLiteral("wf_0229"));
        QCOMPARE(server.requests.size(), 3);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(pageOf(server.requests.at(i)), i + 1); // one after the other, in order
        QVERIFY(LocalHttpServer::requestLine(server.requests.first()).contains("limit=100"));
    }

    void withoutMetaStopsOnEmptyPage()
    {
        LocalHttpServer server;
        QVERIFY(server.listen());
        server.handler = [](QTcpSocket *s, const QByteArray &raw) {
            const int page = pageOf(raw);
            LocalHttpServer::reply(s, 200, "OK", pageBody((page - 1) * 100, page == 1 ? 100 : 0));
        };
        auto client = clientFor(server);
        WorkflowApi api(client.get());
        const auto result = listAll(api);
        QVERIFY(result.has_value() && result->ok());
        QCOMPARE(result->value().workflows.size(), 100);
        QCOMPARE(server.requests.size(), 2);
    }

    void metaWithOnlyTotalUsesCeil()
    {
        LocalHttpServer server;
        QVERIFY(server.listen());
        server.handler = [](QTcpSocket *s, const QByteArray &raw) {
            const int page = pageOf(raw);
            const int count = page < 3 ? 100 : 1; // total 201 -> 3 pages
            LocalHttpServer::reply(s, 200, "OK",
                                   pageBody((page - 1) * 100, count, meta(page, 100, 201, false)));
        };
        auto client = clientFor(server);
        WorkflowApi api(client.get());
        const auto result = listAll(api);
        QVERIFY(result.has_value() && result->ok());
        QCOMPARE(result->value().workflows.size(), 201);
        QCOMPARE(server.requests.size(), 3);
    }

    void recordMovedBetweenPagesAppearsOnce()
    {
        LocalHttpServer server;
        QVERIFY(server.listen());
        server.handler = [](QTcpSocket *s, const QByteArray &raw) {
            const int page = pageOf(raw);
            // A record inserted at the head while paging: page 2 starts one row earlier,
            // so wf_0099 is served on both pages.
            const int first = page == 1 ? 0 : 99;
            const int count = page == 1 ? 100 : 51;
            LocalHttpServer::reply(s, 200, "OK",
                                   pageBody(first, count, meta(page, 100, 150, true)));
        };
        auto client = clientFor(server);
        WorkflowApi api(client.get());
        const auto result = listAll(api);
        QVERIFY(result.has_value() && result->ok());
        QCOMPARE(result->value().workflows.size(), 150);
        QSet<QString> ids;
        for (const Workflow &w : result->value().workflows)
            ids.insert(w.id);
        QCOMPARE(ids.size(), 150);
        QCOMPARE(result->value().workflows.at(99).id, QStringLiteral("wf_0099"));
        QCOMPARE(result->value().workflows.at(100).id,
                 QStringLiteral("wf_0100")); // page order kept
    }

    void concurrentPagesAreCappedAndAssembledInOrder()
    {
        LocalHttpServer server;
        QVERIFY(server.listen());
        int outstanding = 0;
        int peak = 0;
        server.handler = [&](QTcpSocket *s, const QByteArray &raw) {
            const int page = pageOf(raw);
            ++outstanding;
            peak = qMax(peak, outstanding);
            // Later pages answer sooner, so arrival order differs from page order.
            QTimer::singleShot(page == 1 ? 0 : 20 + (8 - page) * 10, s, [&, s, page] {
                --outstanding;
                LocalHttpServer::reply(s, 200, "OK", pageOf705(page));
            });
        };
        auto client = clientFor(server);
        WorkflowApi api(client.get());
        api.setMaxConcurrentPages(2);
        const auto result = listAll(api);
        QVERIFY(result.has_value());
        QVERIFY2(result->ok(), qPrintable(result->error().details()));
        QCOMPARE(result->value().workflows.size(), 705);
        for (int i = 0; i < result->value().workflows.size(); ++i)
            QCOMPARE(result->value().workflows.at(i).id,
                     row(i).value(QStringLiteral("id")).toString());
        QCOMPARE(server.requests.size(), 8);
        QCOMPARE(peak, 2);
    }

    // Decoding runs on the thread pool; the next pages are asked for when a page arrives,
    // not when it has been decoded, so a busy decoder does not hold the fetching up.
    void pagesKeepComingWhileEarlierOnesAreDecoded()
    {
        LocalHttpServer server;
        QVERIFY(server.listen());
        server.handler = [&](QTcpSocket *s, const QByteArray &raw) {
            LocalHttpServer::reply(s, 200, "OK", pageOf705(pageOf(raw)));
        };
        auto client = clientFor(server);
        WorkflowApi api(client.get());
        api.setMaxConcurrentPages(2);
        // Once page 1 is decoded, every decoding thread is kept busy until released.
        QThreadPool *pool = QThreadPool::globalInstance();
        QSemaphore release;
        int blockers = 0;
        std::optional<ApiResult<WorkflowListing>> result;
        api.listAll(
            WorkflowQuery(), this, [&](const ApiResult<WorkflowListing> &r) { result = r; },
            [&](int page, const QList<Workflow> &, int, int) {
                if (page != 1)
                    return;
                blockers = pool->maxThreadCount();
                for (int i = 0; i < blockers; ++i)
                    pool->start([&release] { release.acquire(); });
            });
        const bool allAskedFor = QTest::qWaitFor([&] { return server.requests.size() == 8; }, 5000);
        release.release(blockers);
        QVERIFY2(allAskedFor, qPrintable(QStringLiteral("pages asked for while the decoder was "
                                                        "busy: %1 of 8")
                                             .arg(server.requests.size())));
        QVERIFY(QTest::qWaitFor([&] { return result.has_value(); }, 10000));
        QVERIFY2(result->ok(), qPrintable(result->error().details()));
        QCOMPARE(result->value().workflows.size(), 705);
        QCOMPARE(result->value().workflows.at(704).id, QStringLiteral("wf_0704"));
    }

    // Every page reaches the progress callback before the listing arrives, the last one
    // too: the poller shows it with the pages still waiting (one sort), where a last page
    // known only from the listing was inserted row by row into the sorted table.
    void everyPageIsReportedBeforeTheListing_data()
    {
        QTest::addColumn<bool>("withMeta");
        QTest::newRow("meta: pages fetched concurrently") << true;
        QTest::newRow("no meta: walked until a short page") << false;
    }
    void everyPageIsReportedBeforeTheListing()
    {
        QFETCH(bool, withMeta);
        LocalHttpServer server;
        QVERIFY(server.listen());
        server.handler = [&](QTcpSocket *s, const QByteArray &raw) {
            const int page = pageOf(raw);
            LocalHttpServer::reply(s, 200, "OK",
                                   withMeta ? pageOf705(page)
                                            : pageBody((page - 1) * 100, page < 8 ? 100 : 5));
        };
        auto client = clientFor(server);
        WorkflowApi api(client.get());
        std::optional<ApiResult<WorkflowListing>> result;
        QList<int> reported;
        int rowsReported = 0;
        int loadedWhenLast = 0;
        api.listAll(
            WorkflowQuery(), this, [&](const ApiResult<WorkflowListing> &r) { result = r; },
            [&](int page, const QList<Workflow> &rows, int loaded, int) {
                QVERIFY(!result.has_value());
                reported << page;
                rowsReported += int(rows.size());
                loadedWhenLast = loaded;
            });
        QVERIFY(QTest::qWaitFor([&] { return result.has_value(); }, 10000));
        QVERIFY2(result->ok(), qPrintable(result->error().details()));
        std::sort(reported.begin(), reported.end());
        QCOMPARE(reported, (QList<int>{1, 2, 3, 4, 5, 6, 7, 8}));
        QCOMPARE(rowsReported, 705);
        QCOMPARE(loadedWhenLast, 705);
    }

    void emptyWorkspace()
    {
        LocalHttpServer server;
        QVERIFY(server.listen());
        server.handler = [](QTcpSocket *s, const QByteArray &) {
            LocalHttpServer::reply(
                s, 200, "OK",
                R"({"data":[],"meta":{"page":1,"limit":100,"total":0,"totalPages":0}})");
        };
        auto client = clientFor(server);
        WorkflowApi api(client.get());
        const auto result = listAll(api);
        QVERIFY(result.has_value() && result->ok());
        QVERIFY(result->value().workflows.isEmpty());
        QCOMPARE(server.requests.size(), 1);
    }

    // Issue 9 item 11: a server that ignores `page` (and sends no meta) serves page 1
    // again and again. The walk stops at the first full page with nothing new, and the
    // listing must say it is incomplete instead of passing page 1 off as everything.
    void serverIgnoringPageWithoutMetaIsIncomplete()
    {
        LocalHttpServer server;
        QVERIFY(server.listen());
        server.handler = [](QTcpSocket *s, const QByteArray &) {
            LocalHttpServer::reply(s, 200, "OK", pageBody(0, 100)); // always the first page
        };
        auto client = clientFor(server);
        WorkflowApi api(client.get());
        const auto result = listAll(api);
        QVERIFY(result.has_value());
        QVERIFY2(result->ok(), qPrintable(result->error().details()));
        QCOMPARE(result->value().workflows.size(), 100);
        QVERIFY(!result->value().complete);
        QVERIFY2(result->value().incompleteReason.contains(QStringLiteral("page 2")),
                 qPrintable(result->value().incompleteReason));
        QCOMPARE(server.requests.size(), 2);
    }

    // The same server with a meta that claims three pages: pages 2 and 3 repeat page 1.
    void serverIgnoringPageWithMetaIsIncomplete()
    {
        LocalHttpServer server;
        QVERIFY(server.listen());
        server.handler = [](QTcpSocket *s, const QByteArray &) {
            LocalHttpServer::reply(s, 200, "OK", pageBody(0, 100, meta(1, 100, 250, true)));
        };
        auto client = clientFor(server);
        WorkflowApi api(client.get());
        const auto result = listAll(api);
        QVERIFY(result.has_value());
        QVERIFY2(result->ok(), qPrintable(result->error().details()));
        QCOMPARE(result->value().workflows.size(), 100);
        QVERIFY(!result->value().complete);
        QVERIFY(server.requests.size() <= 3);
    }

    // A full last page is not a truncated one: a page that brings new rows keeps the walk
    // going, and the empty page after it ends it as complete.
    void fullPagesThenEmptyAreComplete()
    {
        LocalHttpServer server;
        QVERIFY(server.listen());
        server.handler = [](QTcpSocket *s, const QByteArray &raw) {
            const int page = pageOf(raw);
            LocalHttpServer::reply(s, 200, "OK", pageBody((page - 1) * 100, page <= 2 ? 100 : 0));
        };
        auto client = clientFor(server);
        WorkflowApi api(client.get());
        const auto result = listAll(api);
        QVERIFY(result.has_value() && result->ok());
        QCOMPARE(result->value().workflows.size(), 200);
        QVERIFY(result->value().complete);
        QCOMPARE(server.requests.size(), 3);
    }

    // totalPages of 10^9 (with or without a total that contradicts it) is not believed:
    // the pages are walked until a short or empty one, and the walk stops there.
    void absurdTotalPagesStopsAtShortPage_data()
    {
        QTest::addColumn<int>("total");
        QTest::addColumn<double>("totalPages");
        QTest::newRow("totalPages alone") << -1 << 1e9;
        QTest::newRow("total contradicts it") << 250 << 1e9;
        QTest::newRow("beyond any integer") << 250 << 1e12;
    }
    void absurdTotalPagesStopsAtShortPage()
    {
        QFETCH(int, total);
        QFETCH(double, totalPages);
        LocalHttpServer server;
        QVERIFY(server.listen());
        server.handler = [total, totalPages](QTcpSocket *s, const QByteArray &raw) {
            const int page = pageOf(raw);
            QJsonObject m{{QStringLiteral("page"), page},
                          {QStringLiteral("limit"), 100},
                          {QStringLiteral("totalPages"), totalPages}};
            if (total >= 0)
                m.insert(QStringLiteral("total"), total);
            const int count = page <= 2 ? 100 : (page == 3 ? 50 : 0);
            LocalHttpServer::reply(s, 200, "OK", pageBody((page - 1) * 100, count, m));
        };
        auto client = clientFor(server);
        WorkflowApi api(client.get());
        const auto result = listAll(api);
        QVERIFY(result.has_value());
        QVERIFY2(result->ok(), qPrintable(result->error().details()));
        QCOMPARE(result->value().workflows.size(), 250);
        QVERIFY(result->value().complete);
        QCOMPARE(server.requests.size(), 3);
    }

    // A meta that contradicts the rows it came with (total 0, yet a full page) is not
    // believed either.
    void metaContradictedByRowsIsWalked()
    {
        LocalHttpServer server;
        QVERIFY(server.listen());
        server.handler = [](QTcpSocket *s, const QByteArray &raw) {
            const int page = pageOf(raw);
            LocalHttpServer::reply(
                s, 200, "OK",
                pageBody((page - 1) * 100, page == 1 ? 100 : 50, meta(page, 100, 0, true)));
        };
        auto client = clientFor(server);
        WorkflowApi api(client.get());
        const auto result = listAll(api);
        QVERIFY(result.has_value() && result->ok());
        QCOMPARE(result->value().workflows.size(), 150);
        QVERIFY(result->value().complete);
        QCOMPARE(server.requests.size(), 2);
    }

    // An absurd totalPages from a server that also ignores `page`: two requests, incomplete.
    void absurdTotalPagesOnRepeatingServerIsIncomplete()
    {
        LocalHttpServer server;
        QVERIFY(server.listen());
        server.handler = [](QTcpSocket *s, const QByteArray &) {
            const QJsonObject m{{QStringLiteral("page"), 1},
                                {QStringLiteral("limit"), 100},
                                {QStringLiteral("totalPages"), 1000000000}};
            LocalHttpServer::reply(s, 200, "OK", pageBody(0, 100, m));
        };
        auto client = clientFor(server);
        WorkflowApi api(client.get());
        const auto result = listAll(api);
        QVERIFY(result.has_value() && result->ok());
        QCOMPARE(result->value().workflows.size(), 100);
        QVERIFY(!result->value().complete);
        QCOMPARE(server.requests.size(), 2);
    }

    // Issue 9 item 12 over the wire: the odd row is listed with its field empty, the
    // unreadable one is counted, and each problem is logged once however often we poll.
    void oddRowsAreListedCountedAndLoggedOnce()
    {
        LocalHttpServer server;
        QVERIFY(server.listen());
        server.handler = [](QTcpSocket *s, const QByteArray &) {
            LocalHttpServer::reply(
                s, 200, "OK",
                R"({"data":[{"id":"wfl_1","name":"A","status":"active","enrolled_leads":"420"},
                            {"id":"wfl_2","status":{"x":1}},
                            {"id":"wfl_3","name":"C","status":"paused","node_count":null}]})");
        };
        auto client = clientFor(server);
        WorkflowApi api(client.get());
        static QStringList logged;
        logged.clear();
        const QtMessageHandler previous = qInstallMessageHandler(
            [](QtMsgType, const QMessageLogContext &context, const QString &text) {
                if (QLatin1String(context.category) == QLatin1String("dialnexa.api"))
                    logged.append(text);
            });
        for (int poll = 0; poll < 3; ++poll) {
            const auto result = listAll(api);
            QVERIFY(result.has_value());
            QVERIFY2(result->ok(), qPrintable(result->error().details()));
            QCOMPARE(result->value().workflows.size(), 2);
            QCOMPARE(result->value().unreadableRows, 1);
            QVERIFY(result->value().complete);
            QVERIFY(!result->value().workflows.first().enrolledLeads.has_value());
        }
        qInstallMessageHandler(previous);
        QCOMPARE(logged.size(), 2);
        QVERIFY2(logged.join(QLatin1Char('\n')).contains(QStringLiteral("'enrolled_leads'")),
                 qPrintable(logged.join(QLatin1Char('\n'))));
    }

    void retryAfterAsHttpDate()
    {
        LocalHttpServer server;
        QVERIFY(server.listen());
        int n = 0;
        server.handler = [&n](QTcpSocket *s, const QByteArray &) {
            if (n++ == 0) {
                const QByteArray date =
                    QDateTime::currentDateTimeUtc().addSecs(5).toString(Qt::RFC2822Date).toLatin1();
                LocalHttpServer::reply(s, 503, "Service Unavailable", {}, {"Retry-After: " + date});
            } else {
                LocalHttpServer::reply(s, 200, "OK", R"({"id":"wf_1","status":"active"})");
            }
        };
        auto client = clientFor(server);
        QList<int> delays;
        client->setScheduler([&delays](int ms, QObject *ctx, std::function<void()> fn) {
            delays.append(ms);
            QTimer::singleShot(0, ctx, std::move(fn));
        });
        WorkflowApi api(client.get());
        std::optional<ApiResult<Workflow>> result;
        api.get(QStringLiteral("wf_1"), this, [&](const ApiResult<Workflow> &r) { result = r; });
        QTRY_VERIFY(result.has_value());
        QVERIFY(result->ok());
        QCOMPARE(delays.size(), 1);
        QVERIFY2(delays.first() >= 3000 && delays.first() <= 5000,
                 qPrintable(QString::number(delays.first())));
    }

    void retryAfterBeyondCapIsNotRetried()
    {
        LocalHttpServer server;
        QVERIFY(server.listen());
        server.handler = [](QTcpSocket *s, const QByteArray &) {
            LocalHttpServer::reply(
                s, 429, "Too Many Requests",
                R"({"statusCode":429,"message":"Too many requests.","error":"Too Many Requests"})",
                {"Retry-After: 120"});
        };
        auto client = clientFor(server);
        QList<int> delays;
        client->setScheduler([&delays](int ms, QObject *ctx, std::function<void()> fn) {
            delays.append(ms);
            QTimer::singleShot(0, ctx, std::move(fn));
        });
        std::optional<ApiResponse> response;
        client->get(QStringLiteral("workflows"), QUrlQuery(), this,
                    [&](const ApiResponse &r) { response = r; });
        QTRY_VERIFY(response.has_value());
        QCOMPARE(response->error.kind(), ApiError::Kind::RateLimited);
        QCOMPARE(response->error.retryAfterSeconds(), 120);
        QCOMPARE(response->attempts, 1);
        QVERIFY(delays.isEmpty());
        QCOMPARE(server.requests.size(), 1);
    }

    void echoedKeyIsRedacted()
    {
        LocalHttpServer server;
        QVERIFY(server.listen());
        server.handler = [](QTcpSocket *s, const QByteArray &raw) {
            const QByteArray auth = LocalHttpServer::header(raw, "Authorization");
            LocalHttpServer::reply(s, 400, "Bad Request",
                                   R"({"statusCode":400,"message":"bad header: )" + auth +
                                       R"(","error":"Bad Request"})");
        };
        auto client = clientFor(server);
        std::optional<ApiResponse> response;
        client->get(QStringLiteral("workflows"), QUrlQuery(), this,
                    [&](const ApiResponse &r) { response = r; });
        QTRY_VERIFY(response.has_value());
        QCOMPARE(response->error.kind(), ApiError::Kind::Client);
        QVERIFY(!response->error.userMessage().contains(Key));
        QVERIFY(!response->error.details().contains(Key));
        QVERIFY2(response->error.serverMessage().contains(QStringLiteral("[redacted]")),
                 qPrintable(response->error.serverMessage()));
    }
};

QTEST_GUILESS_MAIN(TestWorkflowApiPaging)
#include "tst_workflowapi_paging.moc"

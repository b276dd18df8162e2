// WorkflowPoller against a scripted loopback server that misbehaves in time: the poll's
// "refreshing" state never outlives the client's overall request deadline (issue 9, item 8),
// so a slow or trickling server cannot stop the polling for good.
#include "../api/LocalHttpServer.h"

#include "api/ApiClient.h"
#include "api/WorkflowApi.h"
#include "workflows/WorkflowListModel.h"
#include "workflows/WorkflowPoller.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

namespace {
QByteArray fullPage(int page)
{
    QJsonArray data;
    for (int i = 0; i < 100; ++i) {
        const int n = (page - 1) * 100 + i;
        data.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("wf_%1").arg(n)},
                                {QStringLiteral("title"), QStringLiteral("Workflow %1").arg(n)},
                                {QStringLiteral("status"), QStringLiteral("active")}});
    }
    const QJsonObject meta{{QStringLiteral("page"), page},
                           {QStringLiteral("limit"), 100},
                           {QStringLiteral("total"), 5000},
                           {QStringLiteral("totalPages"), 50}};
    return QJsonDocument(
               QJsonObject{{QStringLiteral("data"), data}, {QStringLiteral("meta"), meta}})
        .toJson(QJsonDocument::Compact);
}

int pageOf(const QByteArray &raw)
{
    const QByteArray target = LocalHttpServer::requestLine(raw).split(' ').value(1);
    return QUrlQuery(QUrl(QString::fromLatin1(target)).query())
        .queryItemValue(QStringLiteral("page"))
        .toInt();
}
} // namespace

class TestWorkflowPollerLocal : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // The case: one byte now and then keeps the inactivity timer quiet. The refresh
    // fails at the deadline and the next poll is scheduled.
    void tricklingServerEndsTheRefreshAtTheDeadline()
    {
        LocalHttpServer server;
        QVERIFY(server.listen());
        server.handler = [](QTcpSocket *s, const QByteArray &) {
            s->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                     "Content-Length: 100000\r\n\r\n{");
            auto *drip = new QTimer(s);
            QObject::connect(drip, &QTimer::timeout, s, [s] { s->write(" "); });
            drip->start(200);
        };
        ApiClient client;
        client.setBaseUrl(QUrl(server.origin() + QStringLiteral("/v1")));
        client.setApiKey(QStringLiteral("k:secret"));
        client.setRequestDeadlineMs(1500);
        WorkflowApi api(&client);
        WorkflowListModel model;
        WorkflowPoller poller(&api, &model);
        poller.setIntervalMs(60000);
        QSignalSpy failed(&poller, &WorkflowPoller::refreshFailed);
        QElapsedTimer timer;
        timer.start();
        poller.start();
        QVERIFY(poller.isRefreshing());
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10000);
        QVERIFY2(timer.elapsed() < 6000, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(failed.at(0).at(0).value<ApiError>().kind(), ApiError::Kind::Timeout);
        QVERIFY(!poller.isRefreshing());
        QCOMPARE(poller.scheduledDelayMs(), 60000); // polling goes on
    }

    // Every single page answers well inside the deadline, but the listing as a whole would
    // take 50 x 0.4 s: the refresh itself is bounded by the deadline too, and the answers of
    // the abandoned listing never reach the model.
    void slowListingEndsTheRefreshAtTheDeadline()
    {
        LocalHttpServer server;
        QVERIFY(server.listen());
        server.handler = [](QTcpSocket *s, const QByteArray &raw) {
            const int page = qMax(1, pageOf(raw));
            QTimer::singleShot(400, s,
                               [s, page] { LocalHttpServer::reply(s, 200, "OK", fullPage(page)); });
        };
        ApiClient client;
        client.setBaseUrl(QUrl(server.origin() + QStringLiteral("/v1")));
        client.setApiKey(QStringLiteral("k:secret"));
        client.setRequestDeadlineMs(1500);
        WorkflowApi api(&client);
        api.setMaxConcurrentPages(1);
        WorkflowListModel model;
        WorkflowPoller poller(&api, &model);
        poller.setIntervalMs(60000);
        QSignalSpy failed(&poller, &WorkflowPoller::refreshFailed);
        QSignalSpy succeeded(&poller, &WorkflowPoller::refreshSucceeded);
        QElapsedTimer timer;
        timer.start();
        poller.start();
        QTRY_COMPARE_WITH_TIMEOUT(failed.size() + succeeded.size(), 1, 30000);
        QCOMPARE(succeeded.size(), 0);
        QVERIFY2(timer.elapsed() < 4000, qPrintable(QString::number(timer.elapsed())));
        const ApiError error = failed.at(0).at(0).value<ApiError>();
        QCOMPARE(error.kind(), ApiError::Kind::Timeout);
        QVERIFY2(error.userMessage().contains(QStringLiteral("1.5 seconds")),
                 qPrintable(error.userMessage()));
        QVERIFY(!poller.isRefreshing());
        QCOMPARE(poller.scheduledDelayMs(), 60000);
        // The abandoned listing stops asking for pages and nothing of it lands afterwards.
        // The pages that came before the deadline are shown (issue 13: the first load
        // shows rows as they arrive), as a list known to be incomplete.
        const int shown = model.rowCount();
        QVERIFY(!model.isListingComplete());
        const qsizetype asked = server.requests.size();
        QTRY_COMPARE(client.requestsInFlight(), 0);
        QVERIFY(server.requests.size() <= asked + 1);
        QCOMPARE(model.rowCount(), shown);
        QCOMPARE(succeeded.size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestWorkflowPollerLocal)
#include "tst_workflow_poller_local.moc"

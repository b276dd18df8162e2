#include "api/ApiClient.h"
#include "api/WorkflowApi.h"
#include "leads/LeadListModel.h"
#include "monitoring/ActivityLogModel.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QUrlQuery>

// A loopback stub for GET /workflows/{id}/leads: `total` leads, numbered, meta optional,
// with a switchable failure. Enough to drive LeadListModel without the sandbox.
class LeadStub : public QObject
{
    Q_OBJECT
public:
    int total = 45;
    bool withMeta = true;
    int failStatus = 0;
    QList<QUrl> requests;
    int nodeRequests = 0;

    LeadStub()
    {
        connect(&server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = server.nextPendingConnection()) {
                connect(s, &QTcpSocket::readyRead, this, [this, s] { onRead(s); });
                connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
            }
        });
        server.listen(QHostAddress::LocalHost, 0);
    }
    QUrl baseUrl() const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(server.serverPort()));
    }

private:
    void onRead(QTcpSocket *s)
    {
        QByteArray &buf = m_buffers[s];
        buf += s->readAll();
        if (!buf.contains("\r\n\r\n"))
            return;
        const QList<QByteArray> line = buf.left(buf.indexOf("\r\n")).split(' ');
        m_buffers.remove(s);
        const QUrl url = QUrl(QString::fromLatin1(line.value(1)));
        if (url.path().endsWith(QLatin1String("/nodes"))) {
            // The lead model names each lead's current node from the workflow's node list.
            ++nodeRequests;
            reply(
                s, 200,
                QJsonDocument(
                    QJsonObject{{"data", QJsonArray{QJsonObject{{"id", "node_a"},
                                                                {"label", "Initial Outreach Call"},
                                                                {"node_type", "VOICE_CALL"}}}}})
                    .toJson(QJsonDocument::Compact));
            return;
        }
        requests.append(url);
        const QUrlQuery q(url);
        const int page = q.queryItemValue(QStringLiteral("page")).toInt();
        const int limit = q.queryItemValue(QStringLiteral("limit")).toInt();
        QByteArray body;
        int status = 200;
        if (failStatus) {
            status = failStatus;
            body = QJsonDocument(QJsonObject{{"statusCode", failStatus},
                                             {"message", "stub failure"},
                                             {"error", "Error"}})
                       .toJson(QJsonDocument::Compact);
        } else {
            QJsonArray data;
            for (int i = (page - 1) * limit; i < qMin(total, page * limit); ++i) {
                data.append(QJsonObject{
                    {"id", QStringLiteral("wflead_%1").arg(i)},
                    {"workflow_id", "wf_1"},
                    {"phone_number", QStringLiteral("+1555000%1").arg(i, 4, 10, QChar('0'))},
                    {"current_node_id", "node_a"},
                    {"status", i % 3 == 0 ? "completed" : "active"},
                    {"enrolled_at", "2026-01-02T03:04:05.000Z"}});
            }
            QJsonObject root{{"data", data}};
            if (withMeta)
                root.insert("meta", QJsonObject{{"page", page},
                                                {"limit", limit},
                                                {"total", total},
                                                {"totalPages", (total + limit - 1) / limit}});
            body = QJsonDocument(root).toJson(QJsonDocument::Compact);
        }
        reply(s, status, body);
    }

    void reply(QTcpSocket *s, int status, const QByteArray &body)
    {
        s->write("HTTP/1.1 " + QByteArray::number(status) +
                 " X\r\nContent-Type: application/json\r\n"
                 "Connection: close\r\nContent-Length: " +
                 QByteArray::number(body.size()) + "\r\n\r\n" + body);
        s->disconnectFromHost();
    }

    QTcpServer server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

class TestMonitoringModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void activityLogModelTester()
    {
        ActivityLogModel log;
        QAbstractItemModelTester tester(&log,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        log.setMaxEntries(5);
        for (int i = 0; i < 8; ++i) {
            ActivityEntry e;
            e.at = QDateTime(QDate(2026, 3, 1), QTime(10, i), Qt::UTC);
            e.workflowId = QStringLiteral("wf_%1").arg(i);
            e.workflowName = QStringLiteral("Flow %1").arg(i);
            e.previous = WorkflowStatus::fromApi("active");
            e.current = WorkflowStatus::fromApi(i % 2 ? "paused" : "mystery");
            e.origin = i % 2 ? ActivityEntry::Origin::ThisConsole : ActivityEntry::Origin::External;
            log.append(e);
        }
        QCOMPARE(log.rowCount(), 5);
        QCOMPARE(log.columnCount(), int(ActivityLogModel::ColumnCount));
        QCOMPARE(log.index(0, ActivityLogModel::ChangeColumn).data().toString(),
                 QStringLiteral("Active → Paused"));
        QCOMPARE(log.index(1, ActivityLogModel::ChangeColumn).data().toString(),
                 QStringLiteral("Active → mystery"));
        QCOMPARE(log.index(0, ActivityLogModel::TimeColumn)
                     .data(ActivityLogModel::SortRole)
                     .toDateTime(),
                 QDateTime(QDate(2026, 3, 1), QTime(10, 7), Qt::UTC));
        QCOMPARE(log.headerData(ActivityLogModel::OriginColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Who"));
        log.setMaxEntries(2);
        QCOMPARE(log.rowCount(), 2);
        log.clear();
        QCOMPARE(log.rowCount(), 0);
    }

    void leadListPagesWithMeta()
    {
        LeadStub stub;
        ApiClient client;
        client.setBaseUrl(stub.baseUrl());
        client.setApiKey(QStringLiteral("k"));
        WorkflowApi api(&client);
        LeadListModel model(&api);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&model, &LeadListModel::loaded);

        model.setWorkflow(QStringLiteral("wf_1"));
        QVERIFY(model.isLoading());
        QVERIFY(loaded.wait(5000));
        QCOMPARE(model.rowCount(), 20);
        QCOMPARE(model.page(), 1);
        QCOMPARE(model.pageCount(), 3);
        QCOMPARE(model.totalLeads(), 45);
        QVERIFY(model.hasNextPage());
        // The current node reads as a step, with its id as the tooltip.
        const QModelIndex node = model.index(0, LeadListModel::CurrentNodeColumn);
        QTRY_COMPARE(node.data().toString(), QStringLiteral("Initial Outreach Call (VOICE_CALL)"));
        QCOMPARE(node.data(Qt::ToolTipRole).toString(), QStringLiteral("node_a"));
        QCOMPARE(stub.nodeRequests, 1);
        QVERIFY(!model.hasPreviousPage());
        QCOMPARE(model.index(0, LeadListModel::PhoneColumn).data().toString(),
                 QStringLiteral("+15550000000"));
        QCOMPARE(model.index(0, LeadListModel::StatusColumn).data().toString(),
                 QStringLiteral("completed"));
        QCOMPARE(model.index(0, LeadListModel::CurrentNodeColumn)
                     .data(LeadListModel::LeadRole)
                     .value<Lead>()
                     .currentNodeId,
                 QStringLiteral("node_a"));
        QVERIFY(model.index(0, 0).data(LeadListModel::TerminalRole).toBool());
        QCOMPARE(model.leadAt(1).id, QStringLiteral("wflead_1"));
        QCOMPARE(model.leadAt(1).enrolledAt, QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC));
        QCOMPARE(model.leadAt(99).id, QString());

        model.nextPage();
        model.nextPage(); // same target page requested again: the older answer is dropped
        QVERIFY(loaded.wait(5000));
        QCOMPARE(model.page(), 2);
        model.nextPage();
        QVERIFY(loaded.wait(5000));
        QCOMPARE(model.page(), 3);
        QCOMPARE(model.rowCount(), 5);
        QVERIFY(!model.hasNextPage());
        QCOMPARE(model.leadAt(0).id, QStringLiteral("wflead_40"));
        model.nextPage(); // no-op at the end
        QVERIFY(!model.isLoading());
        model.previousPage();
        QVERIFY(loaded.wait(5000));
        QCOMPARE(model.page(), 2);
        QCOMPARE(model.leadAt(0).id, QStringLiteral("wflead_20"));
        QCOMPARE(stub.requests.last().query(), QStringLiteral("page=2&limit=20"));
    }

    void leadListWithoutMeta()
    {
        LeadStub stub;
        stub.withMeta = false;
        stub.total = 25;
        ApiClient client;
        client.setBaseUrl(stub.baseUrl());
        client.setApiKey(QStringLiteral("k"));
        WorkflowApi api(&client);
        LeadListModel model(&api);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&model, &LeadListModel::loaded);
        model.setWorkflow(QStringLiteral("wf_1"));
        QVERIFY(loaded.wait(5000));
        QCOMPARE(model.pageCount(), -1);
        QCOMPARE(model.totalLeads(), -1);
        QVERIFY(model.hasNextPage()); // a full page may have a successor
        model.nextPage();
        QVERIFY(loaded.wait(5000));
        QCOMPARE(model.rowCount(), 5);
        QVERIFY(!model.hasNextPage());
    }

    void leadListFailureKeepsRows()
    {
        LeadStub stub;
        ApiClient client;
        client.setBaseUrl(stub.baseUrl());
        client.setApiKey(QStringLiteral("k"));
        RetryPolicy noRetry;
        noRetry.maxAttempts = 1;
        client.setRetryPolicy(noRetry);
        WorkflowApi api(&client);
        LeadListModel model(&api);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&model, &LeadListModel::loaded);
        QSignalSpy failed(&model, &LeadListModel::loadFailed);
        model.setWorkflow(QStringLiteral("wf_1"));
        QVERIFY(loaded.wait(5000));
        stub.failStatus = 404;
        model.nextPage();
        QVERIFY(failed.wait(5000));
        QCOMPARE(model.error().kind(), ApiError::Kind::NotFound);
        QCOMPARE(model.page(), 1);
        QCOMPARE(model.rowCount(), 20);
        QVERIFY(!model.isLoading());

        // Switching workflow clears at once.
        stub.failStatus = 0;
        model.setWorkflow(QStringLiteral("wf_2"));
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.workflowId(), QStringLiteral("wf_2"));
        QVERIFY(loaded.wait(5000));
        QCOMPARE(model.error().kind(), ApiError::Kind::None);
        QVERIFY(stub.requests.last().path().endsWith(QStringLiteral("/workflows/wf_2/leads")));
        model.setWorkflow(QString());
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.isLoading());
    }

    void leadListStatusFilterAndPageSize()
    {
        LeadStub stub;
        ApiClient client;
        client.setBaseUrl(stub.baseUrl());
        client.setApiKey(QStringLiteral("k"));
        WorkflowApi api(&client);
        LeadListModel model(&api);
        QSignalSpy loaded(&model, &LeadListModel::loaded);
        model.setPageSize(500);
        QCOMPARE(model.pageSize(), 100);
        model.setWorkflow(QStringLiteral("wf_1"));
        QVERIFY(loaded.wait(5000));
        QCOMPARE(model.rowCount(), 45);
        model.setStatusFilter(QStringLiteral("active"));
        QVERIFY(loaded.wait(5000));
        QCOMPARE(QUrlQuery(stub.requests.last()).queryItemValue(QStringLiteral("status")),
                 QStringLiteral("active"));
    }
};

QTEST_GUILESS_MAIN(TestMonitoringModels)
#include "tst_monitoring_models.moc"

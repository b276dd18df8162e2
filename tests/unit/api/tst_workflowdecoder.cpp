// WorkflowDecoder: both documented object shapes, status normalisation, wrong types,
// list envelopes with and without meta, lead pages, lead history forms, error messages.
#include "api/WorkflowDecoder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace WorkflowDecoder;

namespace {
QJsonValue parse(const char *json)
{
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(json), &err);
    if (err.error != QJsonParseError::NoError)
        qFatal("bad test JSON: %s", qPrintable(err.errorString()));
    return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
}

const char *ShapeA =
    R"({"id":"wf_abc123","organization_id":"org_xyz","title":"Lead Nurture Sequence",
  "description":"Contacts cold leads three times before marking as unresponsive.","status":"active",
  "created_at":"2024-03-01T09:00:00.000Z","updated_at":"2024-03-02T11:00:00.000Z"})";
const char *ShapeB = R"({"id":"wfl_m3v7zb9rk2px","name":"30-Day Lead Nurture","status":"active",
  "node_count":5,"edge_count":6,"enrolled_leads":420,"created_at":"2024-04-01T08:00:00.000Z"})";
} // namespace

class TestWorkflowDecoder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void nodeListWithAndWithoutEnvelope()
    {
        QString error;
        // The documented list: {data} with no meta; node types are an open vocabulary.
        const auto nodes = decodeNodeList(
            parse(R"({"data":[{"id":"node_abc","workflow_id":"wf_abc123","node_type":"VOICE_CALL",
                     "label":"Initial Outreach Call","position_x":100,"position_y":200,"config":{}},
                    {"id":"node_x","node_type":"SOMETHING_NEW"}]})"),
            &error);
        QVERIFY2(nodes, qPrintable(error));
        QCOMPARE(nodes->size(), 2);
        QCOMPARE(nodes->at(0).label, QStringLiteral("Initial Outreach Call"));
        QCOMPARE(nodes->at(0).nodeType, QStringLiteral("VOICE_CALL"));
        QCOMPARE(nodes->at(1).nodeType, QStringLiteral("SOMETHING_NEW"));
        QVERIFY(nodes->at(1).label.isEmpty());
        QVERIFY(decodeNodeList(parse(R"([{"id":"node_1"}])"), &error));
        QVERIFY(!decodeNodeList(parse(R"({"data":[{"id":7}]})"), &error));
        QVERIFY2(error.contains(QStringLiteral("node 0")), qPrintable(error));
        QVERIFY(!decodeNodeList(parse(R"({"nodes":[]})"), &error));
    }

    void shapeA()
    {
        QString error;
        const auto w = decodeWorkflow(parse(ShapeA), &error);
        QVERIFY2(w, qPrintable(error));
        QCOMPARE(w->id, QStringLiteral("wf_abc123"));
        QCOMPARE(w->name, QStringLiteral("Lead Nurture Sequence"));
        QCOMPARE(w->organizationId, QStringLiteral("org_xyz"));
        QVERIFY(w->description.startsWith(QStringLiteral("Contacts cold leads")));
        QCOMPARE(w->status.state(), WorkflowState::Active);
        QCOMPARE(w->createdAt, QDateTime(QDate(2024, 3, 1), QTime(9, 0), Qt::UTC));
        QCOMPARE(w->updatedAt, QDateTime(QDate(2024, 3, 2), QTime(11, 0), Qt::UTC));
        QVERIFY(!w->nodeCount.has_value());
        QVERIFY(!w->enrolledLeads.has_value());
    }

    void shapeB()
    {
        QString error;
        const auto w = decodeWorkflow(parse(ShapeB), &error);
        QVERIFY2(w, qPrintable(error));
        QCOMPARE(w->id, QStringLiteral("wfl_m3v7zb9rk2px"));
        QCOMPARE(w->name, QStringLiteral("30-Day Lead Nurture"));
        QCOMPARE(w->nodeCount, std::optional<int>(5));
        QCOMPARE(w->edgeCount, std::optional<int>(6));
        QCOMPARE(w->enrolledLeads, std::optional<int>(420));
        QCOMPARE(w->createdAt, QDateTime(QDate(2024, 4, 1), QTime(8, 0), Qt::UTC));
        QVERIFY(!w->updatedAt.isValid());
        QVERIFY(w->organizationId.isEmpty());
    }

    void titleWinsOverName()
    {
        QString error;
        const auto w = decodeWorkflow(
            parse(R"({"id":"wf_1","title":"T","name":"N","status":"draft"})"), &error);
        QVERIFY(w);
        QCOMPARE(w->name, QStringLiteral("T"));
        const auto w2 = decodeWorkflow(
            parse(R"({"id":"wf_1","title":null,"name":"N","status":"draft"})"), &error);
        QVERIFY(w2);
        QCOMPARE(w2->name, QStringLiteral("N"));
    }

    void runningIsActive()
    {
        QString error;
        const auto w = decodeWorkflow(parse(R"({"id":"wf_1","status":"running"})"), &error);
        QVERIFY2(w, qPrintable(error));
        QCOMPARE(w->status.state(), WorkflowState::Active);
        QCOMPARE(w->status.raw(), QStringLiteral("running"));
        QVERIFY(w->status.canPause());
        QVERIFY(w->name.isEmpty()); // missing name is fine
    }

    void unknownStatusKeptRaw()
    {
        QString error;
        const auto w =
            decodeWorkflow(parse(R"({"id":"wf_1","name":"X","status":"inactive"})"), &error);
        QVERIFY2(w, qPrintable(error));
        QCOMPARE(w->status.state(), WorkflowState::Unknown);
        QCOMPARE(w->status.displayText(), QStringLiteral("inactive"));
        QVERIFY(!w->status.canPause());
        QVERIFY(!w->status.canResume());
    }

    void wrongTypes_data()
    {
        QTest::addColumn<QString>("json");
        QTest::addColumn<QString>("reasonContains");
        QTest::newRow("status number") << R"({"id":"wf_1","status":5})"
                                       << "'status' is a number";
        QTest::newRow("status missing") << R"({"id":"wf_1"})"
                                        << "no status";
        QTest::newRow("status null") << R"({"id":"wf_1","status":null})"
                                     << "no status";
        QTest::newRow("id null") << R"({"id":null,"status":"active"})"
                                 << "'id' is null";
        QTest::newRow("id number") << R"({"id":7,"status":"active"})"
                                   << "'id' is a number";
        QTest::newRow("id empty") << R"({"id":"","status":"active"})"
                                  << "'id' is empty";
        QTest::newRow("status empty") << R"({"id":"wf_1","status":" "})"
                                      << "empty status";
        QTest::newRow("id missing") << R"({"status":"active"})"
                                    << "'id' is missing";
        QTest::newRow("not object") << R"([1,2])"
                                    << "expected an object";
    }
    void wrongTypes()
    {
        QFETCH(QString, json);
        QFETCH(QString, reasonContains);
        QString error;
        const auto w = decodeWorkflow(parse(json.toUtf8().constData()), &error);
        QVERIFY(!w);
        QVERIFY2(error.contains(reasonContains), qPrintable(error));
    }

    // Issue 9 item 12: one odd optional field must not make the workflow (and with it the
    // whole list) unreadable. The field is left empty (shown as "—") and described once.
    void unreadableOptionalFieldIsLeftEmpty_data()
    {
        QTest::addColumn<QString>("json");
        QTest::addColumn<QString>("field");
        QTest::newRow("enrolled_leads string")
            << R"({"id":"wfl_1","name":"N","status":"active","enrolled_leads":"420"})"
            << "enrolled_leads";
        QTest::newRow("node_count string")
            << R"({"id":"wfl_1","name":"N","status":"active","node_count":"x"})"
            << "node_count";
        QTest::newRow("node_count fraction")
            << R"({"id":"wfl_1","name":"N","status":"active","node_count":2.5})"
            << "node_count";
        QTest::newRow("edge_count boolean")
            << R"({"id":"wfl_1","name":"N","status":"active","edge_count":true})"
            << "edge_count";
        QTest::newRow("enrolled_leads huge")
            << R"({"id":"wfl_1","name":"N","status":"active","enrolled_leads":1e12})"
            << "enrolled_leads";
        QTest::newRow("title number") << R"({"id":"wfl_1","title":3,"status":"active"})"
                                      << "title";
        QTest::newRow("description object")
            << R"({"id":"wfl_1","name":"N","status":"active","description":{"a":1}})"
            << "description";
        QTest::newRow("organization_id array")
            << R"({"id":"wfl_1","name":"N","status":"active","organization_id":[1]})"
            << "organization_id";
    }
    void unreadableOptionalFieldIsLeftEmpty()
    {
        QFETCH(QString, json);
        QFETCH(QString, field);
        QString error;
        QStringList problems;
        const auto w = decodeWorkflow(parse(json.toUtf8().constData()), &error, &problems);
        QVERIFY2(w, qPrintable(error));
        QCOMPARE(w->id, QStringLiteral("wfl_1"));
        QCOMPARE(w->status.state(), WorkflowState::Active);
        QVERIFY(!w->enrolledLeads.has_value());
        QVERIFY(!w->nodeCount.has_value());
        QVERIFY(!w->edgeCount.has_value());
        QVERIFY(w->description.isEmpty());
        QVERIFY(w->organizationId.isEmpty());
        if (field != QLatin1String("title"))
            QCOMPARE(w->name, QStringLiteral("N"));
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().contains(QStringLiteral("'wfl_1'")),
                 qPrintable(problems.first()));
        QVERIFY2(problems.first().contains(QLatin1Char('\'') + field + QLatin1Char('\'')),
                 qPrintable(problems.first()));
        // Without a list to report to, decoding still succeeds.
        QVERIFY(decodeWorkflow(parse(json.toUtf8().constData()), &error));
    }

    void goodFieldsSurviveABadNeighbour()
    {
        QString error;
        QStringList problems;
        const auto w =
            decodeWorkflow(parse(R"({"id":"wfl_2","name":"Keep","status":"paused","node_count":null,
                      "edge_count":6,"enrolled_leads":"420","created_at":"2024-04-01T08:00:00.000Z"})"),
                           &error, &problems);
        QVERIFY2(w, qPrintable(error));
        QCOMPARE(w->name, QStringLiteral("Keep"));
        QCOMPARE(w->status.state(), WorkflowState::Paused);
        QCOMPARE(w->edgeCount, std::optional<int>(6));
        QVERIFY(!w->nodeCount.has_value()); // null is simply absent: no problem to report
        QVERIFY(!w->enrolledLeads.has_value());
        QCOMPARE(w->createdAt, QDateTime(QDate(2024, 4, 1), QTime(8, 0), Qt::UTC));
        QCOMPARE(problems.size(), 1);
    }

    // Only a row without a readable id or status is left out; the page says how many.
    void pageDropsOnlyUnreadableRows()
    {
        QString error;
        const auto page = decodeWorkflowPage(parse(R"({"data":[
            {"id":"wf_1","status":"active"},
            {"id":"wf_2","status":5},
            {"status":"active","title":"no id"},
            {"id":"wfl_3","name":"Odd leads","status":"running","enrolled_leads":"420"},
            7,
            {"id":"wf_4","status":"paused","node_count":null}],
            "meta":{"page":1,"limit":100,"total":6,"totalPages":1}})"),
                                             &error);
        QVERIFY2(page, qPrintable(error));
        QCOMPARE(page->rows, 6);
        QCOMPARE(page->unreadableRows, 3);
        QStringList ids;
        for (const Workflow &w : page->workflows)
            ids << w.id;
        QCOMPARE(ids, QStringList({QStringLiteral("wf_1"), QStringLiteral("wfl_3"),
                                   QStringLiteral("wf_4")}));
        QVERIFY(!page->workflows.at(1).enrolledLeads.has_value());
        QCOMPARE(page->workflows.at(1).status.state(), WorkflowState::Active);
        // Three unreadable rows and one unreadable field, each named.
        QCOMPARE(page->problems.size(), 4);
        const QString all = page->problems.join(QLatin1Char('\n'));
        QVERIFY2(all.contains(QStringLiteral("row 1")) && all.contains(QStringLiteral("'status'")),
                 qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("row 2")) && all.contains(QStringLiteral("'id'")),
                 qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("row 4")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("'enrolled_leads'")), qPrintable(all));
    }

    void toleratesNullsUnknownFieldsAndBadTimestamps()
    {
        QString error;
        const auto w = decodeWorkflow(parse(R"({"id":"wf_1","status":"paused","node_count":null,
            "description":null,"created_at":"yesterday","updated_at":12,"extra":{"a":1},"enrolled_leads":3.0})"),
                                      &error);
        QVERIFY2(w, qPrintable(error));
        QVERIFY(!w->nodeCount.has_value());
        QVERIFY(!w->createdAt.isValid());
        QVERIFY(!w->updatedAt.isValid());
        QCOMPARE(w->enrolledLeads, std::optional<int>(3));
        QCOMPARE(w->status.state(), WorkflowState::Paused);
    }

    void pageWithFullMeta()
    {
        QString error;
        const QByteArray json = QByteArray(R"({"data":[)") + ShapeA + "," + ShapeB +
                                R"(],"meta":{"page":2,"limit":50,"total":320,"totalPages":7}})";
        const auto page = decodeWorkflowPage(parse(json.constData()), &error);
        QVERIFY2(page, qPrintable(error));
        QCOMPARE(page->workflows.size(), 2);
        QCOMPARE(page->workflows.at(0).id, QStringLiteral("wf_abc123"));
        QCOMPARE(page->workflows.at(1).id, QStringLiteral("wfl_m3v7zb9rk2px"));
        QCOMPARE(page->page, 2);
        QCOMPARE(page->limit, 50);
        QCOMPARE(page->total, 320);
        QCOMPARE(page->totalPages, 7);
    }

    void pageMetaWithoutTotalPages()
    {
        QString error;
        const auto page = decodeWorkflowPage(
            parse(
                R"({"data":[{"id":"wf_1","status":"active"}],"meta":{"page":1,"limit":100,"total":250}})"),
            &error);
        QVERIFY2(page, qPrintable(error));
        QCOMPARE(page->total, 250);
        QCOMPARE(page->totalPages, -1);
    }

    void pageWithoutMeta()
    {
        QString error;
        const auto page =
            decodeWorkflowPage(parse(R"({"data":[{"id":"wf_1","status":"active"}]})"), &error);
        QVERIFY2(page, qPrintable(error));
        QCOMPARE(page->workflows.size(), 1);
        QCOMPARE(page->page, -1);
        QCOMPARE(page->total, -1);
        QCOMPARE(page->totalPages, -1);
    }

    // An unreadable meta (or meta field) is no reason to refuse the rows: it counts as
    // absent, so the client walks the pages until a short one (issue 9, item 11).
    void unreadableMetaCountsAsAbsent_data()
    {
        QTest::addColumn<QString>("json");
        QTest::addColumn<int>("total");
        QTest::newRow("meta string")
            << R"({"data":[{"id":"wf_1","status":"active"}],"meta":"x"})" << -1;
        QTest::newRow("totalPages string")
            << R"({"data":[{"id":"wf_1","status":"active"}],"meta":{"total":1,"totalPages":"3"}})"
            << 1;
        QTest::newRow("totalPages beyond int")
            << R"({"data":[{"id":"wf_1","status":"active"}],"meta":{"total":1,"totalPages":1e12}})"
            << 1;
    }
    void unreadableMetaCountsAsAbsent()
    {
        QFETCH(QString, json);
        QFETCH(int, total);
        QString error;
        const auto page = decodeWorkflowPage(parse(json.toUtf8().constData()), &error);
        QVERIFY2(page, qPrintable(error));
        QCOMPARE(page->workflows.size(), 1);
        QCOMPARE(page->totalPages, -1);
        QCOMPARE(page->total, total);
        QCOMPARE(page->problems.size(), 1);
        QVERIFY2(page->problems.first().contains(QStringLiteral("meta")),
                 qPrintable(page->problems.first()));
    }

    void pageBadEnvelope_data()
    {
        QTest::addColumn<QString>("json");
        QTest::newRow("bare array") << R"([{"id":"wf_1","status":"active"}])";
        QTest::newRow("no data") << R"({"items":[]})";
        QTest::newRow("data object") << R"({"data":{}})";
    }
    void pageBadEnvelope()
    {
        QFETCH(QString, json);
        QString error;
        QVERIFY(!decodeWorkflowPage(parse(json.toUtf8().constData()), &error));
        QVERIFY(!error.isEmpty());
    }

    void leads()
    {
        QString error;
        const auto page = decodeLeadPage(parse(R"({"data":[
            {"id":"wflead_abc","workflow_id":"wf_1","phone_number":"+15550100","status":"in_progress",
             "current_node_id":"node_abc","enrolled_at":"2024-04-02T10:00:00.000Z","metadata":{"crm":"42"}},
            {"id":"wlead_p3q8zv5bk2mx","status":"weird_new_status","created_at":"2024-04-03T10:00:00.000Z"}],
            "meta":{"page":1,"limit":20,"total":2,"totalPages":1}})"),
                                         &error);
        QVERIFY2(page, qPrintable(error));
        QCOMPARE(page->leads.size(), 2);
        QCOMPARE(page->leads.at(0).phoneNumber, QStringLiteral("+15550100"));
        QCOMPARE(page->leads.at(0).status, QStringLiteral("in_progress"));
        QCOMPARE(page->leads.at(0).metadata.value(QStringLiteral("crm")).toString(),
                 QStringLiteral("42"));
        QCOMPARE(page->leads.at(0).enrolledAt, QDateTime(QDate(2024, 4, 2), QTime(10, 0), Qt::UTC));
        QCOMPARE(page->leads.at(1).status, QStringLiteral("weird_new_status"));
        QCOMPARE(page->leads.at(1).enrolledAt, QDateTime(QDate(2024, 4, 3), QTime(10, 0), Qt::UTC));
        QCOMPARE(page->total, 2);
    }

    void historyBothForms()
    {
        QString error;
        const auto h1 = decodeLeadHistory(parse(R"({"history":[
            {"node_id":"n1","node_label":"Intro call","node_type":"VOICE_CALL","entered_at":"2024-04-01T08:00:00.000Z",
             "exited_at":"2024-04-01T08:05:00.000Z","call_id":"call_1"}]})"),
                                          &error);
        QVERIFY2(h1, qPrintable(error));
        QCOMPARE(h1->size(), 1);
        QCOMPARE(h1->at(0).nodeLabel, QStringLiteral("Intro call"));
        QCOMPARE(h1->at(0).callId, QStringLiteral("call_1"));
        QCOMPARE(h1->at(0).exitedAt, QDateTime(QDate(2024, 4, 1), QTime(8, 5), Qt::UTC));

        const auto h2 = decodeLeadHistory(
            parse(R"({"lead":{"id":"wlead_1"},"execution":{},"all_nodes":[],"all_edges":[],
            "history":[{"label":"Wait 2h","started_at":"2024-04-01T09:00:00.000Z","ends_at":"2024-04-01T11:00:00.000Z"},
                       {"label":"Done","started_at":"2024-04-01T07:00:00.000Z","ended_at":"2024-04-01T07:30:00.000Z"}]})"),
            &error);
        QVERIFY2(h2, qPrintable(error));
        QCOMPARE(h2->size(), 2);
        QCOMPARE(h2->at(0).nodeLabel, QStringLiteral("Wait 2h"));
        QCOMPARE(h2->at(0).enteredAt, QDateTime(QDate(2024, 4, 1), QTime(9, 0), Qt::UTC));
        QCOMPARE(h2->at(0).endsAt, QDateTime(QDate(2024, 4, 1), QTime(11, 0), Qt::UTC));
        QVERIFY(!h2->at(0).exitedAt.isValid());
        QCOMPARE(h2->at(1).exitedAt, QDateTime(QDate(2024, 4, 1), QTime(7, 30), Qt::UTC));

        const auto h3 = decodeLeadHistory(parse(R"([{"label":"Bare"}])"), &error);
        QVERIFY2(h3, qPrintable(error));
        QCOMPARE(h3->at(0).nodeLabel, QStringLiteral("Bare"));

        QVERIFY(!decodeLeadHistory(parse(R"({"history":"nope"})"), &error));
    }

    void errorMessages()
    {
        QCOMPARE(
            decodeErrorMessage(parse(
                R"({"statusCode":409,"message":"Workflow is already paused.","error":"Conflict"})")),
            QStringLiteral("Workflow is already paused."));
        QCOMPARE(
            decodeErrorMessage(parse(
                R"({"statusCode":400,"message":["to_phone_number must be in E.164 format","agent_id should not be empty"],"error":"Bad Request"})")),
            QStringLiteral(
                "to_phone_number must be in E.164 format; agent_id should not be empty"));
        QCOMPARE(decodeErrorMessage(parse(R"({"statusCode":404,"error":"Not Found"})")),
                 QStringLiteral("Not Found"));
        QCOMPARE(decodeErrorMessage(parse(R"({"foo":1})")), QString());
        QCOMPARE(decodeErrorMessage(QJsonValue()), QString());
    }

    void timestamps()
    {
        QCOMPARE(decodeTimestamp(QStringLiteral("2024-03-01T09:00:00.123Z")),
                 QDateTime(QDate(2024, 3, 1), QTime(9, 0, 0, 123), Qt::UTC));
        QCOMPARE(decodeTimestamp(QStringLiteral("2024-03-01T10:00:00+01:00")),
                 QDateTime(QDate(2024, 3, 1), QTime(9, 0), Qt::UTC));
        QVERIFY(!decodeTimestamp(QStringLiteral("not a date")).isValid());
        QVERIFY(!decodeTimestamp(QJsonValue(5)).isValid());
    }

    // The common form is read by hand (for speed); every timestamp reads as QDateTime's own
    // ISO-8601 reading of it would, the edges of the common form included.
    void timestampsReadAsQtReadsThem_data()
    {
        QTest::addColumn<QString>("text");
        for (const char *text :
             {"2024-03-01T09:00:00Z",        "2024-03-01T09:00:00.123Z",
              "2024-02-29T23:59:59.999Z",    "2023-02-29T00:00:00Z",
              "2024-04-31T00:00:00.000Z",    "2024-13-01T00:00:00Z",
              "2024-00-10T00:00:00Z",        "2024-03-01T24:00:00Z",
              "2024-03-01T24:00:00.000Z",    "2024-03-01T23:60:00Z",
              "2024-03-01T23:59:60Z",        "2024-03-01T09:00:00.12Z",
              "2024-03-01T09:00:00.1234Z",   "2024-03-01T09:00:00z",
              "2024-03-01 09:00:00Z",        "2024-03-01T09:00:00",
              "0000-01-01T00:00:00Z",        "9999-12-31T23:59:59.999Z",
              " 2024-03-01T09:00:00Z ",      "2024-03-01T09:00:00+00:00",
              "2024-03-01T09:00:00.5+05:30", "2024-03-01T09:00:00.-12Z",
              "2024-03-01T09:0a:00Z",        "2024/03/01T09:00:00Z",
              "2024-03-01T09:00:00.12aZ",    "\u0662\u0660\u0662\u0664-03-01T09:00:00Z"})
            QTest::newRow(text) << QString::fromUtf8(text);
    }

    void timestampsReadAsQtReadsThem()
    {
        QFETCH(QString, text);
        QDateTime expected = QDateTime::fromString(text.trimmed(), Qt::ISODateWithMs);
        if (!expected.isValid())
            expected = QDateTime::fromString(text.trimmed(), Qt::ISODate);
        const QDateTime read = decodeTimestamp(text);
        QCOMPARE(read.isValid(), expected.isValid());
        if (expected.isValid()) {
            QCOMPARE(read, expected.toUTC());
            QCOMPARE(read.timeSpec(), Qt::UTC);
        }
    }
};

QTEST_GUILESS_MAIN(TestWorkflowDecoder)
#include "tst_workflowdecoder.moc"

// WorkflowPageScanner (issue 13): plain list pages are read straight from their bytes, and
// read exactly as QJsonDocument + WorkflowDecoder::decodeWorkflowPage read them (fields,
// fingerprints, name keys, meta); every page it cannot vouch for is declined and goes the
// QJsonDocument way, with that way's problems and error texts.
#include "support/PageScanCheck.h"

#include "api/WorkflowPageScanner.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using WorkflowDecoder::ListPage;

namespace {

const QByteArray ShapeA =
    R"({"id":"wf_abc123","organization_id":"org_xyz","title":"Lead Nurture Sequence",)"
    R"("description":"Contacts cold leads three times.","status":"active",)"
    R"("created_at":"2024-03-01T09:00:00.000Z","updated_at":"2024-03-02T11:00:00Z"})";
const QByteArray ShapeB =
    R"({"id":"wfl_m3v7zb9rk2px","name":"30-Day Lead Nurture","status":"paused",)"
    R"("node_count":5,"edge_count":6,"enrolled_leads":420,"created_at":"2024-04-01T08:00:00.000Z"})";
const QByteArray Meta = R"("meta":{"page":1,"limit":100,"total":2,"totalPages":1})";

QByteArray page(const QByteArray &rows, const QByteArray &meta = Meta)
{
    return "{\"data\":[" + rows + "]" + (meta.isEmpty() ? QByteArray() : "," + meta) + "}";
}

// A record of shape B whose field `field` is the raw JSON `value`.
QByteArray withField(const char *field, const QByteArray &value)
{
    QJsonObject o = QJsonDocument::fromJson(ShapeB).object();
    o.remove(QLatin1String(field));
    QByteArray json = QJsonDocument(o).toJson(QJsonDocument::Compact);
    json.chop(1);
    return json + ",\"" + field + "\":" + value + "}";
}

} // namespace

class TestWorkflowPageScanner : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cleanPagesAreReadDirectly_data();
    void cleanPagesAreReadDirectly();
    void everythingElseGoesTheJsonDocumentWay_data();
    void everythingElseGoesTheJsonDocumentWay();
};

void TestWorkflowPageScanner::cleanPagesAreReadDirectly_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("shape A") << page(ShapeA);
    QTest::newRow("shape B") << page(ShapeB);
    QTest::newRow("both shapes, no meta") << page(ShapeA + "," + ShapeB, QByteArray());
    QTest::newRow("empty data") << page(QByteArray(), R"("meta":{"page":3,"total":200})");
    QTest::newRow("indented")
        << QJsonDocument::fromJson(page(ShapeA + "," + ShapeB)).toJson(QJsonDocument::Indented);
    QTest::newRow("spaces everywhere")
        << QByteArray(" \r\n{ \"data\" : [ { \"id\" : \"wf_1\" , \"status\" : \"active\" } ] ,"
                      "\t\"meta\" : null }\n");
    QTest::newRow("null fields") << page(
        R"({"id":"wf_1","status":"draft","title":null,"name":null,"description":null,)"
        R"("organization_id":null,"node_count":null,"created_at":null,"updated_at":null})");
    QTest::newRow("null title, name used")
        << page(R"({"id":"wf_1","status":"active","title":null,"name":"By name"})");
    QTest::newRow("empty title wins over name")
        << page(R"({"id":"wf_1","status":"active","name":"By name","title":""})");
    QTest::newRow("escapes") << page(withField(
        "name",
        R"("quote \" back \\ slash \/ tab \t nl \n cr \r bs \b ff \f nul \u0000 é \u00e9")"));
    QTest::newRow("surrogate pair escape") << page(withField("name", R"("smile \ud83d\ude00")"));
    QTest::newRow("raw UTF-8") << page(
        withField("name", "\"Émile – تجديد 续订 \xF0\x9F\x98\x80\""));
    QTest::newRow("markup and RTL marks")
        << page(withField("name", "\"<b>bold</b> \xE2\x80\x8F&amp;\""));
    QTest::newRow("unknown fields of every kind") << page(
        withField("extra", R"({"a":[1,-2.5,true,false,null,"x",{"b":[]}],"c":{},"d":"\u00e9"})"));
    QTest::newRow("unknown top-level fields")
        << QByteArray(R"({"links":{"next":null},"data":[)" + ShapeA + R"(],"count":1})");
    QTest::newRow("int limits") << page(withField("node_count", "2147483647") + "," +
                                        withField("node_count", "-2147483648") + "," +
                                        withField("node_count", "-0"));
    QTest::newRow("unknown status") << page(withField("status", R"("warming_up")"));
    QTest::newRow("status with spaces") << page(withField("status", R"(" Paused ")"));
    QTest::newRow("timestamp with offset")
        << page(withField("created_at", R"("2024-04-01T10:00:00+02:00")"));
}

// Read by the scanner, and the same page the QJsonDocument way makes.
void TestWorkflowPageScanner::cleanPagesAreReadDirectly()
{
    QFETCH(QByteArray, body);
    const std::optional<ListPage> expected = PageScanCheck::viaJsonDocument(body);
    QVERIFY2(expected && expected->problems.isEmpty(), "the test page must be clean");
    const std::optional<ListPage> scanned = WorkflowPageScanner::scan(body);
    QVERIFY2(scanned.has_value(), "declined a clean page");
    QCOMPARE(PageScanCheck::difference(*scanned, *expected), QString());
    QVERIFY(scanned->workflows.isEmpty() || scanned->workflows.first().fingerprint != 0);
}

void TestWorkflowPageScanner::everythingElseGoesTheJsonDocumentWay_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("not JSON") << QByteArray("<html>502 Bad Gateway</html>");
    QTest::newRow("truncated") << page(ShapeA).left(60);
    QTest::newRow("trailing comma") << page(ShapeA + ",");
    QTest::newRow("garbage after") << page(ShapeA) + "x";
    QTest::newRow("two documents") << page(ShapeA) + page(ShapeB);
    QTest::newRow("a bare array") << "[" + ShapeA + "]";
    QTest::newRow("byte order mark") << "\xEF\xBB\xBF" + page(ShapeA);
    QTest::newRow("no data") << QByteArray(R"({"meta":{"page":1}})");
    QTest::newRow("data null") << QByteArray(R"({"data":null})");
    QTest::newRow("data twice") << QByteArray("{\"data\":[" + ShapeA + "],\"data\":[]}");
    QTest::newRow("row not an object") << page(ShapeA + ",\"wf_2\"");
    QTest::newRow("no id") << page(R"({"status":"active"})");
    QTest::newRow("empty id") << page(withField("id", R"("")"));
    QTest::newRow("numeric id") << page(withField("id", "42"));
    QTest::newRow("no status") << page(R"({"id":"wf_1"})");
    QTest::newRow("null status") << page(withField("status", "null"));
    QTest::newRow("blank status") << page(withField("status", R"("  ")"));
    QTest::newRow("status twice") << page(withField("status", R"("active","status":"paused")"));
    QTest::newRow("count as text") << page(withField("node_count", R"("7")"));
    QTest::newRow("count with fraction") << page(withField("node_count", "7.5"));
    QTest::newRow("whole count as 7.0") << page(withField("node_count", "7.0"));
    QTest::newRow("count with exponent") << page(withField("node_count", "1e3"));
    QTest::newRow("count too big") << page(withField("node_count", "2147483648"));
    QTest::newRow("count with leading zero") << page(withField("node_count", "007"));
    QTest::newRow("count true") << page(withField("node_count", "true"));
    QTest::newRow("numeric title") << page(withField("title", "5"));
    QTest::newRow("name an object") << page(withField("name", R"({"en":"x"})"));
    QTest::newRow("bad timestamp") << page(withField("created_at", R"("yesterday")"));
    QTest::newRow("numeric timestamp") << page(withField("created_at", "1711958400"));
    QTest::newRow("meta a string") << page(ShapeA, R"("meta":"x")");
    QTest::newRow("meta total as text") << page(ShapeA, R"("meta":{"total":"2"})");
    QTest::newRow("invalid UTF-8") << page(withField("name", "\"bad \xFF byte\""));
    QTest::newRow("overlong UTF-8") << page(withField("name", "\"\xC0\xAF\""));
    QTest::newRow("UTF-8 surrogate") << page(withField("name", "\"\xED\xA0\x80\""));
    QTest::newRow("truncated UTF-8") << page(withField("name", "\"\xE2\x80\""));
    QTest::newRow("lone high surrogate") << page(withField("name", R"("\ud800x")"));
    QTest::newRow("lone low surrogate") << page(withField("name", R"("\udc00")"));
    QTest::newRow("unknown escape") << page(withField("name", R"("\q")"));
    QTest::newRow("raw control character") << page(withField("name", "\"tab\there\""));
    QTest::newRow("escaped key") << page(R"({"i\u0064":"wf_1","status":"active"})");
    QTest::newRow("huge number in an unknown field") << page(withField("extra", "1e400"));
    QTest::newRow("deep unknown field")
        << page(withField("extra", QByteArray(40, '[') + QByteArray(40, ']')));
}

// Declined by the scanner; the page body decoder then gives exactly what QJsonDocument and
// decodeWorkflowPage give (rows, problems), or refuses the page as they do.
void TestWorkflowPageScanner::everythingElseGoesTheJsonDocumentWay()
{
    QFETCH(QByteArray, body);
    QVERIFY2(!WorkflowPageScanner::scan(body).has_value(), "read a page it should decline");
    const std::optional<ListPage> expected = PageScanCheck::viaJsonDocument(body);
    QString why;
    const std::optional<ListPage> decoded = WorkflowDecoder::decodeWorkflowPageBody(body, &why);
    QCOMPARE(decoded.has_value(), expected.has_value());
    if (decoded)
        QCOMPARE(PageScanCheck::difference(*decoded, *expected), QString());
    else
        QVERIFY2(!why.isEmpty(), "a refused page must say why");
}

QTEST_GUILESS_MAIN(TestWorkflowPageScanner)
#include "tst_workflow_page_scanner.moc"

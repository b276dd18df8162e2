// Runs the built dialnexa-ctl against an in-process sandbox (served on its own thread), and
// for wire-level misbehaviour against the scripted loopback server of the API tests.
#include "../api/LocalHttpServer.h"

#include "SandboxHost.h"
#include "SandboxOptions.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

namespace {
struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};
} // namespace

class TestDialnexaCtl : public QObject
{
    Q_OBJECT

    SandboxHost m_host;
    QNetworkAccessManager m_nam;
    QTemporaryDir m_home;
    QStringList m_ids; // every workflow ID, as listed at start

    Run ctl(const QStringList &args, const QString &key = QString(), bool withBaseUrl = true)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DIALNEXA_API_KEY"), key.isNull() ? m_host.apiKey() : key);
        // A private settings location: no real profile or keychain is touched.
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        p.setProcessEnvironment(env);
        QStringList all;
        if (withBaseUrl)
            all << QStringLiteral("--base-url") << m_host.baseUrl().toString();
        all << args;
        p.start(QStringLiteral(DIALNEXA_CTL_PATH), all);
        Run r;
        if (!p.waitForStarted(10000)) {
            qWarning("dialnexa-ctl did not start: %s", qPrintable(p.errorString()));
            return r;
        }
        // The sandbox serves from its own thread, but keep this loop turning anyway.
        if (!QTest::qWaitFor([&] { return p.state() == QProcess::NotRunning; }, 60000)) {
            qWarning("dialnexa-ctl did not finish in 60 s");
            p.kill();
            p.waitForFinished(5000);
        }
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        return r;
    }

    QJsonDocument control(const QByteArray &method, const QString &path,
                          const QJsonObject &body = {})
    {
        QUrl url = m_host.controlUrl();
        url.setPath(url.path() + path);
        QNetworkRequest req(url);
        req.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        QNetworkReply *reply = m_nam.sendCustomRequest(
            req, method, body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson());
        QSignalSpy done(reply, &QNetworkReply::finished);
        done.wait(10000);
        const QByteArray bytes = reply->readAll();
        if (reply->error() != QNetworkReply::NoError)
            qWarning("control %s %s failed: %s %s", method.constData(), qPrintable(path),
                     qPrintable(reply->errorString()), bytes.constData());
        reply->deleteLater();
        return QJsonDocument::fromJson(bytes);
    }

    void setStatus(const QString &id, const QString &status)
    {
        const QJsonDocument doc = control("POST", QStringLiteral("/workflows/%1/status").arg(id),
                                          QJsonObject{{QStringLiteral("status"), status}});
        QCOMPARE(doc.object().value(QStringLiteral("status")).toString(), status);
    }

    void clearRequests() { control("DELETE", QStringLiteral("/requests")); }

    QList<QJsonObject> requests(const QByteArray &method)
    {
        QList<QJsonObject> out;
        const QJsonArray all = control("GET", QStringLiteral("/requests"))
                                   .object()
                                   .value(QStringLiteral("data"))
                                   .toArray();
        for (const QJsonValue &v : all) {
            if (v.toObject().value(QStringLiteral("method")).toString() == QLatin1String(method))
                out.append(v.toObject());
        }
        return out;
    }

    static QJsonArray parseArray(const Run &r)
    {
        QJsonParseError e{};
        const QJsonDocument doc = QJsonDocument::fromJson(r.out, &e);
        if (e.error != QJsonParseError::NoError || !doc.isArray())
            qWarning("not a JSON array: %s", r.out.left(300).constData());
        return doc.array();
    }

    QString statusOf(const QString &id)
    {
        const Run r = ctl({QStringLiteral("get"), id, QStringLiteral("--json")});
        return QJsonDocument::fromJson(r.out).object().value(QStringLiteral("status")).toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        QVERIFY2(QFileInfo::exists(QStringLiteral(DIALNEXA_CTL_PATH)), DIALNEXA_CTL_PATH);
        SandboxOptions options;
        options.tickMs = 0; // statuses only change when we say so
        options.workflowCount = 12;
        options.seed = 7;
        options.shape = QStringLiteral("mixed");
        QVERIFY(m_host.start(options));
        QVERIFY(!m_host.apiKey().isEmpty());

        const Run r = ctl({QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        for (const QJsonValue &v : parseArray(r))
            m_ids.append(v.toObject().value(QStringLiteral("id")).toString());
        QVERIFY(m_ids.size() >= 8);
    }

    void help()
    {
        const Run r = ctl({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        for (const char *word :
             {"list", "get", "pause", "resume", "cancel", "--yes", "--base-url", "--profile",
              "--timeout-ms", "--status", "--json", "DIALNEXA_API_KEY", "retry-failed"})
            QVERIFY2(r.out.contains(word), word);
    }

    void listJsonNormalisesStatuses()
    {
        setStatus(m_ids.at(0), QStringLiteral("running"));
        setStatus(m_ids.at(1), QStringLiteral("paused"));
        setStatus(m_ids.at(2), QStringLiteral("active"));
        const Run r = ctl({QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray rows = parseArray(r);
        QCOMPARE(rows.size(), m_ids.size());
        QJsonObject running;
        for (const QJsonValue &v : rows) {
            const QJsonObject o = v.toObject();
            QVERIFY(o.contains(QStringLiteral("id")));
            QVERIFY(o.contains(QStringLiteral("name")));
            QVERIFY(o.contains(QStringLiteral("status")));
            QVERIFY(o.contains(QStringLiteral("raw_status")));
            QVERIFY(o.contains(QStringLiteral("created_at")));
            QVERIFY(o.contains(QStringLiteral("updated_at")));
            QVERIFY(o.value(QStringLiteral("status")).toString() != QLatin1String("running"));
            if (o.value(QStringLiteral("id")).toString() == m_ids.at(0))
                running = o;
        }
        QCOMPARE(running.value(QStringLiteral("status")).toString(), QStringLiteral("active"));
        QCOMPARE(running.value(QStringLiteral("raw_status")).toString(), QStringLiteral("running"));
    }

    void listTable()
    {
        const Run r = ctl({QStringLiteral("list")});
        QCOMPARE(r.exitCode, 0);
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        QCOMPARE(lines.size(), m_ids.size() + 1);
        QVERIFY(lines.first().startsWith("ID"));
        const int statusCol = int(lines.first().indexOf("STATUS"));
        const int nameCol = int(lines.first().indexOf("NAME"));
        QVERIFY(statusCol > 0 && nameCol > statusCol);
        QVERIFY(lines.first().contains("LEADS"));
        for (const QByteArray &line : lines.mid(1)) {
            QCOMPARE(line.at(statusCol - 1), ' '); // aligned columns
            QVERIFY(line.at(statusCol) != ' ');
        }
    }

    void listStatusFilter()
    {
        setStatus(m_ids.at(0), QStringLiteral("running"));
        setStatus(m_ids.at(1), QStringLiteral("paused"));
        setStatus(m_ids.at(2), QStringLiteral("active"));
        Run r = ctl({QStringLiteral("list"), QStringLiteral("--status"), QStringLiteral("paused"),
                     QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QJsonArray rows = parseArray(r);
        QVERIFY(!rows.isEmpty());
        bool sawSet = false;
        for (const QJsonValue &v : rows) {
            QCOMPARE(v.toObject().value(QStringLiteral("status")).toString(),
                     QStringLiteral("paused"));
            sawSet |= v.toObject().value(QStringLiteral("id")).toString() == m_ids.at(1);
        }
        QVERIFY(sawSet);

        // "active" also matches the legacy "running".
        r = ctl({QStringLiteral("list"), QStringLiteral("--status"), QStringLiteral("ACTIVE"),
                 QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        rows = parseArray(r);
        QStringList ids;
        for (const QJsonValue &v : rows) {
            QCOMPARE(v.toObject().value(QStringLiteral("status")).toString(),
                     QStringLiteral("active"));
            ids << v.toObject().value(QStringLiteral("id")).toString();
        }
        QVERIFY(ids.contains(m_ids.at(0)));
        QVERIFY(ids.contains(m_ids.at(2)));
    }

    void getJson()
    {
        setStatus(m_ids.at(3), QStringLiteral("paused"));
        const Run r = ctl({QStringLiteral("get"), m_ids.at(3), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonDocument doc = QJsonDocument::fromJson(r.out);
        QVERIFY(doc.isObject());
        QCOMPARE(doc.object().value(QStringLiteral("id")).toString(), m_ids.at(3));
        QCOMPARE(doc.object().value(QStringLiteral("status")).toString(), QStringLiteral("paused"));

        const Run text = ctl({QStringLiteral("get"), m_ids.at(3)});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains(m_ids.at(3).toUtf8()));
    }

    void pauseSendsOnePost()
    {
        const QString id = m_ids.at(4);
        setStatus(id, QStringLiteral("active"));
        clearRequests();
        const Run r = ctl({QStringLiteral("pause"), id});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.trimmed(), QStringLiteral("%1: paused").arg(id).toUtf8());
        const QList<QJsonObject> posts = requests("POST");
        QCOMPARE(posts.size(), 1);
        QVERIFY(posts.first()
                    .value(QStringLiteral("path"))
                    .toString()
                    .endsWith(QStringLiteral("/workflows/%1/pause").arg(id)));
        QCOMPARE(statusOf(id), QStringLiteral("paused"));

        // And back.
        const Run back = ctl({QStringLiteral("resume"), id});
        QCOMPARE(back.exitCode, 0);
        QCOMPARE(back.out.trimmed(), QStringLiteral("%1: active").arg(id).toUtf8());
    }

    // Issue 9 item 10: a 2xx whose body names another status than the target is not a
    // success: ctl re-reads, prints the re-read status as "outcome unknown" and exits 1.
    void pauseAnsweredWithAnotherStatusIsUnknown()
    {
        const QString id = m_ids.at(10);
        setStatus(id, QStringLiteral("active"));
        control("POST", QStringLiteral("/faults"),
                {{"method", "POST"},
                 {"path", QStringLiteral("/v1/workflows/%1/pause").arg(id)},
                 {"count", 1},
                 {"status", 200},
                 {"body", QJsonObject{{"id", id}, {"status", "active"}}}});
        clearRequests();
        const Run r = ctl({QStringLiteral("pause"), id});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(!r.out.contains("paused"), r.out.constData());
        QVERIFY2(r.err.startsWith(QStringLiteral("%1: outcome unknown").arg(id).toUtf8()),
                 r.err.constData());
        QVERIFY2(r.err.contains("now active"), r.err.constData());
        QCOMPARE(requests("POST").size(), 1);
        QCOMPARE(requests("GET").size(), 1); // the re-read
        QCOMPARE(statusOf(id), QStringLiteral("active"));
    }

    void pauseRunningIsAllowed()
    {
        const QString id = m_ids.at(5);
        setStatus(id, QStringLiteral("running"));
        const Run r = ctl({QStringLiteral("pause"), id});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.trimmed(), QStringLiteral("%1: paused").arg(id).toUtf8());
    }

    void pauseAlreadyPausedIsConflict()
    {
        const QString id = m_ids.at(6);
        setStatus(id, QStringLiteral("paused"));
        const Run r = ctl({QStringLiteral("pause"), id});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.startsWith(QStringLiteral("%1: conflict").arg(id).toUtf8()),
                 r.err.constData());
        QVERIFY(r.err.contains("already paused"));
    }

    void pauseUnknownIsNotFound()
    {
        const Run r = ctl({QStringLiteral("pause"), QStringLiteral("wf_does_not_exist")});
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.err.startsWith("wf_does_not_exist: "), r.err.constData());
        const Run g = ctl({QStringLiteral("get"), QStringLiteral("wf_does_not_exist")});
        QCOMPARE(g.exitCode, 4);
        QVERIFY(!g.err.isEmpty());
    }

    void wrongKeyIsAuthentication()
    {
        const QString wrong = QStringLiteral("wrong_key_id:wrong_secret_123");
        Run r = ctl({QStringLiteral("list")}, wrong);
        QCOMPARE(r.exitCode, 5);
        QVERIFY(!r.err.isEmpty());
        QVERIFY(!r.err.contains(wrong.toUtf8()));
        QVERIFY(!r.out.contains(wrong.toUtf8()));
        r = ctl({QStringLiteral("pause"), m_ids.at(2)}, wrong);
        QCOMPARE(r.exitCode, 5);
        QVERIFY(!r.err.contains(wrong.toUtf8()));
    }

    void noKeyIsAuthentication()
    {
        // No env key and no keychain (no session bus): a clear message, exit 5, no hang.
        const Run r = ctl({QStringLiteral("list")}, QStringLiteral(""));
        QCOMPARE(r.exitCode, 5);
        QVERIFY(r.err.contains("DIALNEXA_API_KEY"));
    }

    void cancelWithoutYesSendsNothing()
    {
        const QString id = m_ids.at(7);
        setStatus(id, QStringLiteral("active"));
        clearRequests();
        const Run r = ctl({QStringLiteral("cancel"), id});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("--yes"));
        QVERIFY(requests("POST").isEmpty());
        QCOMPARE(requests("GET").size(), 0);
        QCOMPARE(statusOf(id), QStringLiteral("active"));

        const Run yes = ctl({QStringLiteral("cancel"), id, QStringLiteral("--yes")});
        QCOMPARE(yes.exitCode, 0);
        QCOMPARE(yes.out.trimmed(), QStringLiteral("%1: cancelled").arg(id).toUtf8());
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("unknown command") << QStringList{QStringLiteral("explode")};
        QTest::newRow("no command") << QStringList{};
        QTest::newRow("unknown flag")
            << QStringList{QStringLiteral("list"), QStringLiteral("--frobnicate")};
        QTest::newRow("get without id") << QStringList{QStringLiteral("get")};
        QTest::newRow("pause without id") << QStringList{QStringLiteral("pause")};
        QTest::newRow("get two ids")
            << QStringList{QStringLiteral("get"), QStringLiteral("a"), QStringLiteral("b")};
        QTest::newRow("bad timeout") << QStringList{
            QStringLiteral("list"), QStringLiteral("--timeout-ms"), QStringLiteral("soon")};
        QTest::newRow("unknown profile") << QStringList{
            QStringLiteral("--profile"), QStringLiteral("Nope"), QStringLiteral("list")};
    }

    void usageErrors()
    {
        QFETCH(QStringList, args);
        clearRequests();
        const Run r = ctl(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!r.err.isEmpty());
        QCOMPARE(requests("GET").size() + requests("POST").size(), 0);
    }

    void sandboxProfileNeedsBaseUrl()
    {
        const Run r = ctl({QStringLiteral("list")}, QString(), false);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("--base-url"));
    }

    void severalIdsWorstCodeWins()
    {
        const QString ok = m_ids.at(8);
        const QString conflict = m_ids.at(9);
        setStatus(ok, QStringLiteral("active"));
        setStatus(conflict, QStringLiteral("paused"));
        clearRequests();
        Run r = ctl({QStringLiteral("pause"), ok, QStringLiteral("wf_missing_1"), conflict});
        QCOMPARE(r.exitCode, 4);              // 404 beats 409
        QCOMPARE(requests("POST").size(), 3); // every ID was attempted
        QVERIFY(r.out.contains(QStringLiteral("%1: paused").arg(ok).toUtf8()));
        QVERIFY(r.err.contains(QStringLiteral("%1: conflict").arg(conflict).toUtf8()));
        QVERIFY(r.err.contains("wf_missing_1: not"));

        // A conflict among successes: 3.
        setStatus(ok, QStringLiteral("paused"));
        setStatus(conflict, QStringLiteral("active"));
        r = ctl({QStringLiteral("resume"), ok, conflict});
        QCOMPARE(r.exitCode, 3);
        QVERIFY(r.out.contains(QStringLiteral("%1: active").arg(ok).toUtf8()));
        QVERIFY(r.err.contains(QStringLiteral("%1: conflict").arg(conflict).toUtf8()));

        // Authentication beats everything.
        setStatus(ok, QStringLiteral("active"));
        r = ctl({QStringLiteral("pause"), ok, QStringLiteral("wf_missing_2")},
                QStringLiteral("bad:key"));
        QCOMPARE(r.exitCode, 5);
    }

    // Issue 9 item 9: a pause answered with 302 (to the workflow's GET, still active) is not
    // a confirmed pause: exit non-zero, one POST, no GET followed, never "paused".
    void pauseAnsweredWithRedirectIsNotConfirmed()
    {
        const QString id = m_ids.at(7);
        setStatus(id, QStringLiteral("active"));
        const QJsonDocument rule =
            control("POST", QStringLiteral("/faults"),
                    QJsonObject{{QStringLiteral("method"), QStringLiteral("POST")},
                                {QStringLiteral("path"), QStringLiteral("/v1/workflows/*/pause")},
                                {QStringLiteral("status"), 302},
                                {QStringLiteral("headers"),
                                 QJsonObject{{QStringLiteral("Location"),
                                              QStringLiteral("/v1/workflows/") + id}}}});
        QVERIFY(!rule.isNull());
        clearRequests();
        const Run r = ctl({QStringLiteral("pause"), id});
        QVERIFY2(r.exitCode != 0, r.out.constData());
        QVERIFY2(r.exitCode != -1, "dialnexa-ctl did not finish");
        QVERIFY2(!r.out.contains("paused") && !r.err.contains(": paused"),
                 (r.out + r.err).constData());
        QVERIFY2(r.err.contains("redirect"), r.err.constData());
        QCOMPARE(requests("POST").size(), 1);
        for (const QJsonObject &get : requests("GET"))
            QVERIFY2(!get.value(QStringLiteral("path")).toString().endsWith(id),
                     "the redirect was followed");
        QCOMPARE(statusOf(id), QStringLiteral("active"));
    }

    // Issue 9 item 8: --timeout-ms also sets the overall deadline, so a server that trickles
    // a byte every 200 ms (never idle long enough for the inactivity timeout) cannot keep
    // dialnexa-ctl waiting: it gives up after the deadline, retries included.
    void tricklingServerGivesUpAtTheDeadline()
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
        QElapsedTimer timer;
        timer.start();
        const Run r =
            ctl({QStringLiteral("--base-url"), server.origin() + QStringLiteral("/v1"),
                 QStringLiteral("--timeout-ms"), QStringLiteral("1500"), QStringLiteral("list")},
                QString(), false);
        const qint64 elapsed = timer.elapsed();
        QVERIFY2(r.exitCode != -1, "dialnexa-ctl did not finish");
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(elapsed < 20000, qPrintable(QString::number(elapsed)));
        QVERIFY2(r.err.contains("did not answer within 1.5 seconds"), r.err.constData());
    }

    void serverMessageOnStderrOnly()
    {
        const QString id = m_ids.at(6);
        setStatus(id, QStringLiteral("paused"));
        const Run r = ctl({QStringLiteral("pause"), id});
        QCOMPARE(r.exitCode, 3);
        QVERIFY(r.out.isEmpty());
        QVERIFY(!r.err.contains(m_host.apiKey().toUtf8()));
    }
};

QTEST_GUILESS_MAIN(TestDialnexaCtl)
#include "tst_dialnexa_ctl.moc"

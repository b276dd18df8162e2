// The dialnexa-sandbox executable: URL on the first stdout line, --help, bad flags, signals.
#include "SandboxTestClient.h"

#include <QProcess>
#include <QRegularExpression>
#include <QtTest>

#include <csignal>

class TestSandboxCli : public QObject
{
    Q_OBJECT

private:
    static QString exe() { return QStringLiteral(SANDBOX_EXE); }

    static QByteArray readLine(QProcess &p, int timeoutMs = 10000)
    {
        QElapsedTimer t;
        t.start();
        while (!p.canReadLine() && t.elapsed() < timeoutMs)
            p.waitForReadyRead(100);
        return p.readLine().trimmed();
    }

private slots:
    void firstLineIsUrlAndDemoKey()
    {
        QProcess p;
        p.start(exe(), {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--tick-ms"),
                        QStringLiteral("0")});
        QVERIFY(p.waitForStarted());
        const QByteArray url = readLine(p);
        QVERIFY2(QRegularExpression(QStringLiteral(R"(^http://127\.0\.0\.1:\d+/v1$)"))
                     .match(QString::fromUtf8(url))
                     .hasMatch(),
                 url);
        const QByteArray key = readLine(p);
        QVERIFY2(key.contains("demo_key_id:demo_secret_0000"), key);
        p.terminate(); // SIGTERM: clean exit
        QVERIFY(p.waitForFinished(5000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 0);
    }

    void userKeyIsNeverPrinted()
    {
        QProcess p;
        p.start(exe(), {QStringLiteral("--api-key"), QStringLiteral("my_id:very_secret"),
                        QStringLiteral("--tick-ms"), QStringLiteral("0")});
        QVERIFY(p.waitForStarted());
        const QByteArray base = readLine(p);
        QVERIFY2(base.startsWith("http://127.0.0.1:") && base.endsWith("/v1"), base);
        // Not a sleep but a served request: the key has been checked, the request logged and
        // the log read back, so every path that could print the key has run.
        const QString api = QString::fromUtf8(base);
        SandboxTestClient client(QUrl(api), QUrl(api.chopped(3) + QStringLiteral("/__sandbox")),
                                 QStringLiteral("my_id:very_secret"));
        QCOMPARE(client.api("GET", QStringLiteral("/workflows?limit=1")).status, 200);
        const TestResponse log = client.control("GET", QStringLiteral("/requests"));
        QCOMPARE(log.status, 200);
        QCOMPARE(log.data().size(), 1);
        QVERIFY2(!log.body.contains("very_secret"), log.body);
        ::kill(pid_t(p.processId()), SIGINT);
        QVERIFY(p.waitForFinished(5000));
        QCOMPARE(p.exitCode(), 0);
        const QByteArray rest = p.readAllStandardOutput() + p.readAllStandardError();
        QVERIFY2(!rest.contains("very_secret") && !rest.contains("demo_secret"), rest);
    }

    // Issue 13: like the real API, the standalone sandbox rate-limits and says so on every
    // response by default; --rate-limit 0 turns that off.
    void rateLimitHeadersByDefault_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("limit");
        QTest::newRow("default") << QStringList() << QByteArray("20");
        QTest::newRow("off") << QStringList{QStringLiteral("--rate-limit"), QStringLiteral("0")}
                             << QByteArray();
    }

    void rateLimitHeadersByDefault()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, limit);
        QProcess p;
        p.start(exe(), args + QStringList{QStringLiteral("--tick-ms"), QStringLiteral("0")});
        QVERIFY(p.waitForStarted());
        const QString api = QString::fromUtf8(readLine(p));
        SandboxTestClient client(QUrl(api), QUrl(api.chopped(3) + QStringLiteral("/__sandbox")),
                                 QStringLiteral("demo_key_id:demo_secret_0000"));
        for (const QString &path :
             {QStringLiteral("/workflows?limit=5"), QStringLiteral("/workflows/wf_none")}) {
            const TestResponse r = client.api("GET", path);
            QVERIFY(r.status == 200 || r.status == 404);
            QCOMPARE(r.header("X-RateLimit-Limit"), limit);
            QCOMPARE(r.hasHeader("X-RateLimit-Remaining"), !limit.isEmpty());
            QCOMPARE(r.hasHeader("X-RateLimit-Reset"), !limit.isEmpty());
        }
        p.terminate();
        QVERIFY(p.waitForFinished(5000));
    }

    void helpDocumentsEveryFlag()
    {
        QProcess p;
        p.start(exe(), {QStringLiteral("--help")});
        QVERIFY(p.waitForFinished(5000));
        QCOMPARE(p.exitCode(), 0);
        const QByteArray out = p.readAllStandardOutput();
        for (const char *flag : {"--port", "--api-key", "--rate-limit", "--tick-ms", "--workflows",
                                 "--seed", "--shape", "--latency-ms", "--jitter-ms", "--fail-rate"})
            QVERIFY2(out.contains(flag), flag);
    }

    void badFlagsExit2_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("unknown") << QStringList{QStringLiteral("--bogus")};
        QTest::newRow("port-text") << QStringList{QStringLiteral("--port"), QStringLiteral("abc")};
        QTest::newRow("port-range")
            << QStringList{QStringLiteral("--port"), QStringLiteral("70000")};
        QTest::newRow("shape") << QStringList{QStringLiteral("--shape"), QStringLiteral("c")};
        QTest::newRow("fail-rate")
            << QStringList{QStringLiteral("--fail-rate"), QStringLiteral("1.5")};
        QTest::newRow("missing-value") << QStringList{QStringLiteral("--seed")};
        QTest::newRow("positional") << QStringList{QStringLiteral("extra")};
    }

    void badFlagsExit2()
    {
        QFETCH(QStringList, args);
        QProcess p;
        p.start(exe(), args);
        QVERIFY(p.waitForFinished(5000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 2);
        QVERIFY(!p.readAllStandardError().isEmpty());
        QVERIFY(p.readAllStandardOutput().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSandboxCli)
#include "tst_sandbox_cli.moc"

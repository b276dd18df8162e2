// dialnexa-ctl over HTTPS through a CONNECT proxy (issue 14, items 1-4), as a process
// against an in-process sandbox serving TLS with a throwaway CA made by openssl at run
// time. The proxy maps the made-up host dialnexa.test to 127.0.0.1 and records what it
// tunnelled:
// - without --ca-file the certificate is refused with a paragraph a person can act on,
//   exit 1, and the sandbox saw no request;
// - with --ca-file the list comes through the proxy (https_proxy and HTTPS_PROXY);
// - no_proxy keeps a host off the proxy; loopback addresses never use it;
// - a certificate for another name is refused as "wrong host".
#include "SandboxHost.h"
#include "SandboxOptions.h"

#include "support/ConnectProxy.h"
#include "support/SandboxControl.h"
#include "support/TlsFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QtTest>

namespace {
struct Run
{
    int exitCode = -1;
    QByteArray out;
    QString err;
};
constexpr int Workflows = 12;
} // namespace

class TestCtlTlsProxy : public QObject
{
    Q_OBJECT

    TlsFixture m_tls;
    SandboxHost m_host;
    ConnectProxy m_proxy;
    QTemporaryDir m_home;
    std::unique_ptr<SandboxControl> m_control;

    QString url(const QString &host) const
    {
        return QStringLiteral("https://%1:%2/v1").arg(host).arg(m_host.port());
    }

    Run ctl(const QStringList &args, const QHash<QString, QString> &vars)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY",
                                 "all_proxy", "ALL_PROXY", "no_proxy", "NO_PROXY"})
            env.remove(QString::fromLatin1(name));
        for (auto it = vars.cbegin(); it != vars.cend(); ++it)
            env.insert(it.key(), it.value());
        env.insert(QStringLiteral("DIALNEXA_API_KEY"), m_host.apiKey());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.remove(QStringLiteral("DIALNEXA_DATA_DIR"));
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(DIALNEXA_CTL_PATH), args);
        Run r;
        if (!p.waitForStarted(10000))
            return r;
        // Spins the event loop: the proxy lives on this thread.
        if (!QTest::qWaitFor([&] { return p.state() == QProcess::NotRunning; }, 60000)) {
            qWarning("dialnexa-ctl did not finish in 60 s");
            p.kill();
            p.waitForFinished(5000);
        }
        r.out = p.readAllStandardOutput();
        r.err = QString::fromUtf8(p.readAllStandardError());
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        return r;
    }

    QStringList list(const QString &host, bool withCa)
    {
        QStringList args{QStringLiteral("--base-url"), url(host), QStringLiteral("--timeout-ms"),
                         QStringLiteral("10000")};
        if (withCa)
            args << QStringLiteral("--ca-file") << m_tls.caFile();
        return args << QStringLiteral("list") << QStringLiteral("--json");
    }

    int listedWorkflows(const Run &r)
    {
        const QJsonDocument doc = QJsonDocument::fromJson(r.out);
        return doc.isArray() ? int(doc.array().size()) : -1;
    }

    int apiRequestsSeen()
    {
        return int(m_control->requestsMatching(QStringLiteral("GET"), QStringLiteral("/workflows"))
                       .size());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        QVERIFY2(QFileInfo::exists(QStringLiteral(DIALNEXA_CTL_PATH)), DIALNEXA_CTL_PATH);
        if (TlsFixture::opensslPath().isEmpty())
            QSKIP("openssl is not installed (packaging/install-deps.sh installs it)");
        const QString problem =
            m_tls.create({QStringLiteral("dialnexa.test"), QStringLiteral("127.0.0.1")});
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        SandboxOptions options;
        options.tickMs = 0;
        options.workflowCount = Workflows;
        options.tlsCertFile = m_tls.certFile();
        options.tlsKeyFile = m_tls.keyFile();
        QVERIFY(m_host.start(options));
        QCOMPARE(m_host.baseUrl().scheme(), QStringLiteral("https"));
        m_control = std::make_unique<SandboxControl>(m_host.controlUrl());
        m_control->setCaCertificates({TlsFixture::load(m_tls.caFile())});
        QVERIFY(m_proxy.listen());
        m_proxy.mapHost(QStringLiteral("dialnexa.test"), QHostAddress::LocalHost);
        m_proxy.mapHost(QStringLiteral("wrong.test"), QHostAddress::LocalHost);
    }

    void init()
    {
        QCOMPARE(m_control->call("POST", QStringLiteral("reset")), 200);
        QVERIFY(m_control->clearRequests());
        m_proxy.clear();
    }

    void unknownCaIsRefusedWithTheCertificateAndWhatToDo()
    {
        const Run r = ctl(list(QStringLiteral("dialnexa.test"), false),
                          {{QStringLiteral("https_proxy"), m_proxy.url()}});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.isEmpty());
        const QString fingerprint = TlsFixture::fingerprint(m_tls.certFile());
        for (const QString &part :
             {QStringLiteral("The secure connection to dialnexa.test was refused"),
              QStringLiteral("(unknown issuer)"), QStringLiteral("subject dialnexa.test"),
              QStringLiteral("issuer Example Corp Inspection CA"), fingerprint,
              QStringLiteral("ask your IT for the company CA file"),
              QStringLiteral("Nothing was sent")})
            QVERIFY2(r.err.contains(part), qPrintable(part + QStringLiteral(" | ") + r.err));
        QCOMPARE(int(r.err.count(QLatin1Char('\n'))), 1); // one paragraph
        QCOMPARE(m_proxy.tunnelled(),
                 QStringList{QStringLiteral("dialnexa.test:%1").arg(m_host.port())});
        QCOMPARE(apiRequestsSeen(), 0);
    }

    void caFileListsThroughTheProxy_data()
    {
        QTest::addColumn<QString>("variable");
        QTest::newRow("https_proxy") << QStringLiteral("https_proxy");
        QTest::newRow("HTTPS_PROXY") << QStringLiteral("HTTPS_PROXY");
    }
    void caFileListsThroughTheProxy()
    {
        QFETCH(QString, variable);
        const Run r = ctl(list(QStringLiteral("dialnexa.test"), true), {{variable, m_proxy.url()}});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(listedWorkflows(r), Workflows);
        QVERIFY(!m_proxy.tunnelled().isEmpty());
        for (const QString &t : m_proxy.tunnelled())
            QCOMPARE(t, QStringLiteral("dialnexa.test:%1").arg(m_host.port()));
        QVERIFY(apiRequestsSeen() >= 1);
    }

    // no_proxy names the host: it is looked up directly (and, being made up, not found).
    void noProxyIsHonoured()
    {
        const Run r =
            ctl(list(QStringLiteral("dialnexa.test"), true),
                {{QStringLiteral("https_proxy"), m_proxy.url()},
                 {QStringLiteral("no_proxy"), QStringLiteral("localhost,dialnexa.test")}});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("Could not reach DialNexa at dialnexa.test")),
                 qPrintable(r.err));
        QCOMPARE(m_proxy.tunnelled(), QStringList());
    }

    // Loopback never goes through a proxy, even when https_proxy says so.
    void loopbackBypassesTheProxy()
    {
        const Run r = ctl(list(QStringLiteral("127.0.0.1"), true),
                          {{QStringLiteral("https_proxy"), m_proxy.url()}});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(listedWorkflows(r), Workflows);
        QCOMPARE(m_proxy.tunnelled(), QStringList());
    }

    void certificateForAnotherNameIsRefused()
    {
        const Run r = ctl(list(QStringLiteral("wrong.test"), true),
                          {{QStringLiteral("https_proxy"), m_proxy.url()}});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("The secure connection to wrong.test was refused")),
                 qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("(wrong host)")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("Check the base URL")), qPrintable(r.err));
        QVERIFY(!r.err.contains(QStringLiteral("unknown issuer"))); // the CA file is trusted
        QCOMPARE(apiRequestsSeen(), 0);
    }

    void unreadableCaFileSendsNothing()
    {
        const QString missing = m_home.filePath(QStringLiteral("no-such-ca.pem"));
        const Run r = ctl({QStringLiteral("--base-url"), url(QStringLiteral("127.0.0.1")),
                           QStringLiteral("--ca-file"), missing, QStringLiteral("list")},
                          {});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("Cannot read the CA file %1").arg(missing)),
                 qPrintable(r.err));
        QCOMPARE(apiRequestsSeen(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCtlTlsProxy)
#include "tst_ctl_tls_proxy.moc"

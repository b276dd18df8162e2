// ApiClient over real TLS (sandboxes serving a throwaway CA's certificate and a self-signed
// one, both made by openssl at run time) and through a real CONNECT proxy on loopback
// (issue 14, items 1-4): a profile's manual proxy with credentials asked for once, "no
// proxy" ignoring the environment, a self-signed certificate described as such, and the
// extra CA trusted.
#include "SandboxHost.h"
#include "SandboxOptions.h"
#include "api/ApiClient.h"

#include "support/ConnectProxy.h"
#include "support/SandboxControl.h"
#include "support/TlsFixture.h"

#include <QSignalSpy>
#include <QSslConfiguration>
#include <QTest>

#include <optional>

class TestApiClientTlsProxy : public QObject
{
    Q_OBJECT

    TlsFixture m_tls;
    SandboxHost m_trusted;    // certificate signed by the test CA
    SandboxHost m_selfSigned; // certificate signed by itself
    ConnectProxy m_proxy;
    std::unique_ptr<SandboxControl> m_control;

    std::optional<ApiResponse> get(ApiClient &client)
    {
        std::optional<ApiResponse> out;
        client.get(QStringLiteral("workflows"), QUrlQuery(), this,
                   [&out](const ApiResponse &r) { out = r; });
        if (!QTest::qWaitFor([&] { return out.has_value(); }, 20000))
            qWarning("no answer in 20 s");
        return out;
    }

    void pointAt(ApiClient &client, const SandboxHost &host, const QString &name)
    {
        client.setBaseUrl(QUrl(QStringLiteral("https://%1:%2/v1").arg(name).arg(host.port())));
        client.setApiKey(host.apiKey());
        RetryPolicy once;
        once.maxAttempts = 1;
        client.setRetryPolicy(once);
        client.setTransferTimeoutMs(10000);
    }

    int listRequests()
    {
        return int(m_control->requestsMatching(QStringLiteral("GET"), QStringLiteral("/workflows"))
                       .size());
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<ProxySettings>();
        if (TlsFixture::opensslPath().isEmpty())
            QSKIP("openssl is not installed (packaging/install-deps.sh installs it)");
        const QString problem =
            m_tls.create({QStringLiteral("dialnexa.test"), QStringLiteral("127.0.0.1")});
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        SandboxOptions options;
        options.tickMs = 0;
        options.workflowCount = 3;
        options.tlsCertFile = m_tls.certFile();
        options.tlsKeyFile = m_tls.keyFile();
        QVERIFY(m_trusted.start(options));
        options.tlsCertFile = m_tls.selfSignedCertFile();
        options.tlsKeyFile = m_tls.selfSignedKeyFile();
        QVERIFY(m_selfSigned.start(options));
        m_control = std::make_unique<SandboxControl>(m_trusted.controlUrl());
        m_control->setCaCertificates({TlsFixture::load(m_tls.caFile())});
        QVERIFY(m_proxy.listen());
        m_proxy.mapHost(QStringLiteral("dialnexa.test"), QHostAddress::LocalHost);
    }

    void init()
    {
        QVERIFY(m_control->clearRequests());
        m_proxy.clear();
        m_proxy.requireCredentials(QString(), QString());
    }

    // The password is asked for once (one signal), then the same request goes through.
    void manualProxyAsksForItsPasswordThenTunnels()
    {
        m_proxy.requireCredentials(QStringLiteral("alice"), QStringLiteral("s3cret pass"));
        ApiClient client;
        pointAt(client, m_trusted, QStringLiteral("dialnexa.test"));
        client.setExtraCaCertificates({TlsFixture::load(m_tls.caFile())});
        ProxySettings proxy;
        proxy.mode = ProxySettings::Mode::Manual;
        proxy.host = QStringLiteral("127.0.0.1");
        proxy.port = m_proxy.port();
        proxy.user = QStringLiteral("alice");
        client.setProxySettings(proxy);
        QSignalSpy asked(&client, &ApiClient::proxyCredentialsRequired);

        std::optional<ApiResponse> first = get(client);
        QVERIFY(first);
        QCOMPARE(first->error.kind(), ApiError::Kind::Network);
        QVERIFY2(first->error.userMessage().contains(
                     QStringLiteral("the proxy 127.0.0.1:%1 wants a valid user name and password")
                         .arg(m_proxy.port())),
                 qPrintable(first->error.userMessage()));
        QTRY_COMPARE(asked.size(), 1);
        QCOMPARE(asked.constFirst().constFirst().value<ProxySettings>(), proxy);
        QVERIFY(m_proxy.refusedForCredentials() >= 1);
        QCOMPARE(listRequests(), 0);

        client.setProxySettings(proxy, QStringLiteral("s3cret pass"));
        std::optional<ApiResponse> second = get(client);
        QVERIFY(second);
        QVERIFY2(second->ok(), qPrintable(second->error.userMessage()));
        QCOMPARE(m_proxy.tunnelled(),
                 QStringList{QStringLiteral("dialnexa.test:%1").arg(m_trusted.port())});
        QCOMPARE(listRequests(), 1);
        QCOMPARE(asked.size(), 1);
    }

    // "No proxy" in a profile wins over https_proxy in the environment.
    void noProxyModeIgnoresTheEnvironment()
    {
        qputenv("https_proxy", m_proxy.url().toUtf8());
        ApiClient client;
        pointAt(client, m_trusted, QStringLiteral("dialnexa.test"));
        client.setExtraCaCertificates({TlsFixture::load(m_tls.caFile())});
        ProxySettings none;
        none.mode = ProxySettings::Mode::None;
        client.setProxySettings(none);
        std::optional<ApiResponse> r = get(client);
        qunsetenv("https_proxy");
        QVERIFY(r);
        QCOMPARE(r->error.kind(), ApiError::Kind::Network); // dialnexa.test is made up
        QCOMPARE(m_proxy.tunnelled(), QStringList());
    }

    void selfSignedIsDescribedAndNothingIsSent()
    {
        ApiClient client;
        pointAt(client, m_selfSigned, QStringLiteral("127.0.0.1"));
        std::optional<ApiResponse> r = get(client);
        QVERIFY(r);
        QCOMPARE(r->error.kind(), ApiError::Kind::Tls);
        const TlsProblem p = r->error.tlsProblem();
        QCOMPARE(p.reason(), TlsProblem::Reason::SelfSigned);
        QCOMPARE(p.host(), QStringLiteral("127.0.0.1"));
        QCOMPARE(p.sha256Fingerprint(), TlsFixture::fingerprint(m_tls.selfSignedCertFile()));
        QVERIFY(r->error.userMessage().contains(QStringLiteral("self-signed")));
        QVERIFY(!r->error.userMessage().contains(m_selfSigned.apiKey()));
    }

    // The CA file is trusted and the handshake is still verified: a certificate naming the
    // address works.
    void extraCaIsTrusted()
    {
        ApiClient client;
        pointAt(client, m_trusted, QStringLiteral("127.0.0.1"));
        const QSslCertificate ca = TlsFixture::load(m_tls.caFile());
        client.setExtraCaCertificates({ca});
        std::optional<ApiResponse> r = get(client);
        QVERIFY(r);
        QVERIFY2(r->ok(), qPrintable(r->error.userMessage()));
        QCOMPARE(listRequests(), 1);
        QCOMPARE(m_proxy.tunnelled(), QStringList()); // loopback: never through a proxy
    }
};

QTEST_GUILESS_MAIN(TestApiClientTlsProxy)
#include "tst_apiclient_tls_proxy.moc"

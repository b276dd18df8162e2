// A certificate the console cannot trust (issue 14, item 3): against a sandbox serving TLS
// with a throwaway CA (made by openssl at run time), the console opens a dialog that names
// the host, what is wrong, the certificate's subject, issuer, validity and SHA-256
// fingerprint and what to do, sends no request, and does not reopen it on every poll. With
// --ca-file or the profile's "Trusted CA certificates" file the list loads. A profile's
// manual proxy that wants a password (a real CONNECT proxy on loopback) asks for it once and
// keeps it in the keychain.

#include "ConsoleApp.h"
#include "account/ApiKeyResolver.h"
#include "account/MemorySecretStore.h"
#include "account/ProfileStore.h"
#include "account/SignInDialog.h"
#include "workflows/WorkflowListModel.h"

#include "SandboxHost.h"
#include "SandboxOptions.h"
#include "support/ConnectProxy.h"
#include "support/ConsoleProbe.h"
#include "support/SandboxControl.h"
#include "support/TlsFixture.h"

#include <QApplication>
#include <QDialog>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

class TestTlsProblem : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void unknownIssuerIsExplainedOnceAndNothingIsSent();
    void caFileOptionLoadsTheList();
    void profileCaFileLoadsTheList();
    void signInDialogSavesTheProfilesCaFile();
    void proxyPasswordIsAskedOnceAndKeptInTheKeychain();

private:
    void startConsole(const ConsoleOptions &options);
    QDialog *visibleTlsDialog() const;
    QString label(const char *objectName) const;
    int listRequests()
    {
        return int(m_control->requestsMatching(QStringLiteral("GET"), QStringLiteral("/workflows"))
                       .size());
    }

    TlsFixture m_tls;
    SandboxHost m_host;
    QTemporaryDir m_dir;
    std::unique_ptr<SandboxControl> m_control;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<ApiKeyResolver> m_keys;
    std::unique_ptr<ConsoleApp> m_console;
    int m_run = 0;
};

void TestTlsProblem::initTestCase()
{
    QVERIFY(m_dir.isValid());
    if (TlsFixture::opensslPath().isEmpty())
        QSKIP("openssl is not installed (packaging/install-deps.sh installs it)");
    const QString problem =
        m_tls.create({QStringLiteral("dialnexa.test"), QStringLiteral("127.0.0.1")});
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    SandboxOptions options;
    options.tickMs = 0;
    options.workflowCount = 5;
    options.tlsCertFile = m_tls.certFile();
    options.tlsKeyFile = m_tls.keyFile();
    QVERIFY(m_host.start(options));
    m_control = std::make_unique<SandboxControl>(m_host.controlUrl());
    m_control->setCaCertificates({TlsFixture::load(m_tls.caFile())});
    qputenv(ApiKeyResolver::EnvironmentVariable, m_host.apiKey().toUtf8());
}

void TestTlsProblem::init()
{
    QVERIFY(m_control->clearRequests());
    ++m_run;
    m_profiles = std::make_unique<ProfileStore>(
        m_dir.filePath(QStringLiteral("settings-%1.ini").arg(m_run)));
    m_secrets = std::make_unique<MemorySecretStore>();
    m_keys = std::make_unique<ApiKeyResolver>(m_secrets.get());
}

void TestTlsProblem::cleanup()
{
    m_console.reset();
}

void TestTlsProblem::startConsole(const ConsoleOptions &base)
{
    ConsoleOptions options = base;
    options.refreshIntervalMs = 10 * 60 * 1000; // polls only when asked (F5)
    options.dataPath = m_dir.filePath(QStringLiteral("audit-%1.sqlite").arg(m_run));
    m_console = std::make_unique<ConsoleApp>(options, m_profiles.get(), m_keys.get());
    m_console->start();
}

QDialog *TestTlsProblem::visibleTlsDialog() const
{
    auto *d = m_console->window()->findChild<QDialog *>(QStringLiteral("tlsProblemDialog"));
    return d && d->isVisible() ? d : nullptr;
}

QString TestTlsProblem::label(const char *objectName) const
{
    return ConsoleProbe::find<QLabel>(visibleTlsDialog(), objectName)->text();
}

void TestTlsProblem::unknownIssuerIsExplainedOnceAndNothingIsSent()
{
    ConsoleOptions options;
    options.baseUrlOverride = m_host.baseUrl(); // https://127.0.0.1:PORT/v1
    startConsole(options);
    QTRY_VERIFY_WITH_TIMEOUT(visibleTlsDialog(), 10000);
    QDialog *dialog = visibleTlsDialog();
    QCOMPARE(dialog->windowTitle(), QStringLiteral("Connection not trusted"));
    QCOMPARE(label("tlsProblemHost"), QStringLiteral("127.0.0.1"));
    QVERIFY2(label("tlsProblemWhat").contains(QStringLiteral("(unknown issuer)")),
             qPrintable(label("tlsProblemWhat")));
    QCOMPARE(label("tlsProblemSubject"), QStringLiteral("dialnexa.test"));
    QCOMPARE(label("tlsProblemIssuer"), QStringLiteral("Example Corp Inspection CA"));
    QCOMPARE(label("tlsProblemFingerprint"), TlsFixture::fingerprint(m_tls.certFile()));
    const QSslCertificate cert = TlsFixture::load(m_tls.certFile());
    QVERIFY(label("tlsProblemValidity")
                .contains(cert.expiryDate().toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
    QVERIFY2(label("tlsProblemAdvice")
                 .contains(QStringLiteral(
                     "ask your IT for the company CA file and add it to the profile")),
             qPrintable(label("tlsProblemAdvice")));
    QVERIFY(label("tlsProblemHeadline").contains(QStringLiteral("sent nothing")));
    QCOMPARE(listRequests(), 0);
    QVERIFY(!m_console->model()->hasLoaded());

    // Closed with the keyboard; the next poll fails the same way and does not reopen it.
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(!visibleTlsDialog());
    QSignalSpy finished(m_console->client(), &ApiClient::requestFinished);
    m_console->window()->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_console->window()));
    QTest::keyClick(m_console->window(), Qt::Key_F5);
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.constLast().constFirst().value<ApiError>().kind(), ApiError::Kind::Tls);
    QApplication::processEvents();
    QVERIFY(!visibleTlsDialog());
    QCOMPARE(listRequests(), 0);
}

void TestTlsProblem::caFileOptionLoadsTheList()
{
    ConsoleOptions options;
    options.baseUrlOverride = m_host.baseUrl();
    options.caFile = m_tls.caFile();
    startConsole(options);
    QTRY_VERIFY_WITH_TIMEOUT(m_console->model()->hasLoaded(), 10000);
    QCOMPARE(m_console->model()->rowCount(), 5);
    QVERIFY(!visibleTlsDialog());
}

void TestTlsProblem::profileCaFileLoadsTheList()
{
    QString error;
    QVERIFY2(m_profiles->addProfile(QStringLiteral("Company"), m_host.baseUrl(), &error),
             qPrintable(error));
    QVERIFY2(
        m_profiles->setNetwork(QStringLiteral("Company"), m_tls.caFile(), ProxySettings(), &error),
        qPrintable(error));
    ConsoleOptions options;
    options.profileName = QStringLiteral("Company");
    startConsole(options);
    QTRY_VERIFY_WITH_TIMEOUT(m_console->model()->hasLoaded(), 10000);
    QCOMPARE(m_console->model()->rowCount(), 5);
    QVERIFY(!visibleTlsDialog());
}

// The company CA file typed into the sign-in dialog is checked as typed, saved with the
// profile, and trusted from the first request.
void TestTlsProblem::signInDialogSavesTheProfilesCaFile()
{
    const QByteArray key = qgetenv(ApiKeyResolver::EnvironmentVariable);
    qunsetenv(ApiKeyResolver::EnvironmentVariable); // so the console asks
    ConsoleOptions options;
    options.baseUrlOverride = m_host.baseUrl();
    startConsole(options);
    SignInDialog *dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(
        (dialog = m_console->window()->findChild<SignInDialog *>(QStringLiteral("signInDialog"))) &&
            dialog->isVisible(),
        10000);
    qputenv(ApiKeyResolver::EnvironmentVariable, key);
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    auto *profileField = ConsoleProbe::find<QLineEdit>(dialog, "signInProfile");
    QTest::keyClick(profileField, Qt::Key_A, Qt::ControlModifier); // replaces the host prefilled
    QTest::keyClicks(profileField, QStringLiteral("Company"));
    QTest::keyClicks(ConsoleProbe::find<QLineEdit>(dialog, "signInApiKey"), m_host.apiKey());
    auto *caField = ConsoleProbe::find<QLineEdit>(dialog, "signInCaFile");
    auto *signIn = ConsoleProbe::find<QPushButton>(dialog, "signInButton");
    const QString missing = m_dir.filePath(QStringLiteral("missing-ca.pem"));
    QTest::keyClicks(caField, missing);
    QVERIFY(!signIn->isEnabled());
    QVERIFY2(ConsoleProbe::find<QLabel>(dialog, "signInNetworkHint")
                 ->text()
                 .startsWith(QStringLiteral("Cannot read the CA file %1").arg(missing)),
             qPrintable(ConsoleProbe::find<QLabel>(dialog, "signInNetworkHint")->text()));
    QTest::keyClick(caField, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(caField, m_tls.caFile());
    QVERIFY(signIn->isEnabled());
    QTest::mouseClick(signIn, Qt::LeftButton);

    QTRY_VERIFY_WITH_TIMEOUT(m_console->model()->hasLoaded(), 10000);
    QCOMPARE(m_console->model()->rowCount(), 5);
    QVERIFY(!visibleTlsDialog());
    QCOMPARE(m_profiles->profile(QStringLiteral("Company"))->caFile, m_tls.caFile());
    QCOMPARE(m_profiles->profile(QStringLiteral("Company"))->proxy.mode,
             ProxySettings::Mode::System);
}

void TestTlsProblem::proxyPasswordIsAskedOnceAndKeptInTheKeychain()
{
    ConnectProxy proxy;
    QVERIFY(proxy.listen());
    proxy.mapHost(QStringLiteral("dialnexa.test"), QHostAddress::LocalHost);
    proxy.requireCredentials(QStringLiteral("alice"), QStringLiteral("s3cret pass"));
    ProxySettings manual;
    manual.mode = ProxySettings::Mode::Manual;
    manual.host = QStringLiteral("127.0.0.1");
    manual.port = proxy.port();
    manual.user = QStringLiteral("alice");
    QString error;
    QVERIFY2(m_profiles->addProfile(
                 QStringLiteral("Company"),
                 QUrl(QStringLiteral("https://dialnexa.test:%1/v1").arg(m_host.port())), &error),
             qPrintable(error));
    QVERIFY2(m_profiles->setNetwork(QStringLiteral("Company"), m_tls.caFile(), manual, &error),
             qPrintable(error));
    ConsoleOptions options;
    options.profileName = QStringLiteral("Company");
    startConsole(options);

    auto visibleAsk = [this]() -> QInputDialog * {
        auto *d =
            m_console->window()->findChild<QInputDialog *>(QStringLiteral("proxyPasswordDialog"));
        return d && d->isVisible() ? d : nullptr;
    };
    QTRY_VERIFY_WITH_TIMEOUT(visibleAsk(), 10000);
    QInputDialog *ask = visibleAsk();
    QVERIFY2(ask->labelText().contains(
                 QStringLiteral("alice for the proxy 127.0.0.1:%1").arg(proxy.port())),
             qPrintable(ask->labelText()));
    QVERIFY(proxy.refusedForCredentials() >= 1);
    QCOMPARE(listRequests(), 0);
    QVERIFY(QTest::qWaitForWindowActive(ask));
    auto *field = ask->findChild<QLineEdit *>();
    QVERIFY(field);
    QCOMPARE(field->echoMode(), QLineEdit::Password);
    QTest::keyClicks(field, QStringLiteral("s3cret pass"));
    QTest::keyClick(field, Qt::Key_Return);
    QTRY_VERIFY(!visibleAsk());
    QTRY_VERIFY(m_secrets->contains(manual.secretAccount()));

    m_console->window()->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_console->window()));
    QTest::keyClick(m_console->window(), Qt::Key_F5);
    QTRY_VERIFY_WITH_TIMEOUT(m_console->model()->hasLoaded(), 10000);
    QCOMPARE(m_console->model()->rowCount(), 5);
    QVERIFY(proxy.tunnelled().contains(QStringLiteral("dialnexa.test:%1").arg(m_host.port())));

    // Next start: the password comes from the keychain, nobody is asked again.
    m_console.reset();
    proxy.clear();
    const int keychainCalls = m_secrets->callCount();
    startConsole(options);
    QTRY_VERIFY(m_secrets->callCount() > keychainCalls); // the proxy password was read
    m_console->window()->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_console->window()));
    QTest::keyClick(m_console->window(), Qt::Key_F5);
    QTRY_VERIFY_WITH_TIMEOUT(m_console->model()->hasLoaded(), 10000);
    QVERIFY(!visibleAsk());
    QVERIFY(!proxy.tunnelled().isEmpty());
}

QTEST_MAIN(TestTlsProblem)
#include "tst_tls_problem.moc"

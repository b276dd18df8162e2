// The console acts only on the server it was pointed at: a profile switch never sends the
// old key to the new server, `--base-url` connects unattended, and a sandbox run keeps
// its own audit file.

#include "ConsoleApp.h"
#include "account/ApiKeyResolver.h"
#include "account/MemorySecretStore.h"
#include "account/ProfileStore.h"
#include "account/SignInDialog.h"
#include "audit/AuditLog.h"
#include "bulk/BulkActionsController.h"
#include "bulk/BulkConfirmDialog.h"
#include "storage/ConsoleDataPaths.h"
#include "storage/ConsoleDatabase.h"
#include "workflows/WorkflowListModel.h"

#include "SandboxHost.h"
#include "SandboxOptions.h"
#include "support/ConsoleProbe.h"
#include "support/SandboxControl.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

class TestSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();

    void baseUrlWithoutProfileLoadsWithNoDialog();
    void baseUrlWithoutKeyPrefillsTheSignIn();
    void profileSwitchNeverSendsTheOldKeyToTheNewServer();
    void sandboxRunKeepsItsOwnAuditFile();
    void profileSwitchIsRefusedWhileABulkRunIsActive();
    void closingDuringABulkRunAsksFirst();

private:
    void startOnAlphaWithBetaStored(const QString &dataFile);
    // On Alpha, "Pause all active" confirmed with `reason`; each pause answers after 1.5 s.
    void startSlowIncidentPauseOnAlpha(const QString &dataFile, const QString &reason);
    SignInDialog *visibleSignIn() const;
    static QJsonArray requests(SandboxHost &host);

    SandboxHost m_a;
    SandboxHost m_b;
    QTemporaryDir m_dir;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<ApiKeyResolver> m_keys;
    std::unique_ptr<ConsoleApp> m_console;
};

void TestSession::initTestCase()
{
    QVERIFY(m_dir.isValid());
    SandboxOptions a;
    a.tickMs = 0;
    a.workflowCount = 5;
    a.seed = 3;
    a.apiKeys = {QStringLiteral("key_a:secret_a")};
    QVERIFY(m_a.start(a));
    SandboxOptions b = a;
    b.seed = 4;
    b.apiKeys = {QStringLiteral("key_b:secret_b")};
    QVERIFY(m_b.start(b));
}

void TestSession::cleanup()
{
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (qobject_cast<QDialog *>(w) && w->isVisible())
            w->close();
    }
    m_console.reset();
    m_keys.reset();
    m_secrets.reset();
    m_profiles.reset();
    qunsetenv(ApiKeyResolver::EnvironmentVariable);
}

void TestSession::startOnAlphaWithBetaStored(const QString &dataFile)
{
    // Two workspaces, each with its own key in the keychain; the console starts on Alpha.
    m_profiles = std::make_unique<ProfileStore>(m_dir.filePath(dataFile + QLatin1String(".ini")));
    QVERIFY(m_profiles->addProfile(QStringLiteral("Alpha"), m_a.baseUrl()));
    QVERIFY(m_profiles->addProfile(QStringLiteral("Beta"), m_b.baseUrl()));
    m_secrets = std::make_unique<MemorySecretStore>();
    m_keys = std::make_unique<ApiKeyResolver>(m_secrets.get());
    bool stored = false;
    m_keys->store(QStringLiteral("Alpha"), m_a.baseUrl().host(), QStringLiteral("key_a:secret_a"),
                  [&stored](const ApiKeyResolver::Outcome &o) { stored = o.ok; });
    QTRY_VERIFY(stored);
    stored = false;
    m_keys->store(QStringLiteral("Beta"), m_b.baseUrl().host(), QStringLiteral("key_b:secret_b"),
                  [&stored](const ApiKeyResolver::Outcome &o) { stored = o.ok; });
    QTRY_VERIFY(stored);

    ConsoleOptions options;
    options.profileName = QStringLiteral("Alpha");
    options.refreshIntervalMs = 10 * 60 * 1000;
    options.dataPath = m_dir.filePath(dataFile);
    m_console = std::make_unique<ConsoleApp>(options, m_profiles.get(), m_keys.get());
    m_console->start();
    QTRY_VERIFY_WITH_TIMEOUT(m_console->model()->hasLoaded(), 10000);
}

void TestSession::startSlowIncidentPauseOnAlpha(const QString &dataFile, const QString &reason)
{
    SandboxControl alpha(m_a.controlUrl());
    alpha.json("POST", QStringLiteral("reset"));
    alpha.json("POST", QStringLiteral("faults"),
               {{QStringLiteral("method"), QStringLiteral("POST")},
                {QStringLiteral("path"), QStringLiteral("/v1/workflows/*/pause")},
                {QStringLiteral("delay_ms"), 1500},
                {QStringLiteral("count"), 100}});
    startOnAlphaWithBetaStored(dataFile);
    if (QTest::currentTestFailed())
        return;
    m_console->bulkActions()->pauseAllActiveAction()->trigger();
    BulkConfirmDialog *confirm = nullptr;
    QTRY_VERIFY((confirm = m_console->bulkActions()->confirmDialog()) && confirm->isVisible());
    QTest::keyClicks(confirm->reasonField(), reason);
    QTest::mouseClick(confirm->confirmButton(), Qt::LeftButton);
    QTRY_VERIFY(m_console->bulkActions()->isBusy());
}

SignInDialog *TestSession::visibleSignIn() const
{
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (auto *dialog = qobject_cast<SignInDialog *>(w); dialog && dialog->isVisible())
            return dialog;
    }
    return nullptr;
}

QJsonArray TestSession::requests(SandboxHost &host)
{
    return SandboxControl(host.controlUrl())
        .json("GET", QStringLiteral("requests"))
        .value(QStringLiteral("data"))
        .toArray();
}

void TestSession::baseUrlWithoutProfileLoadsWithNoDialog()
{
    // A wallboard PC: no profile yet, the address on the command line, the key in the
    // environment. It must load the list unattended.
    m_profiles = std::make_unique<ProfileStore>(m_dir.filePath(QStringLiteral("fresh.ini")));
    m_secrets = std::make_unique<MemorySecretStore>();
    m_keys = std::make_unique<ApiKeyResolver>(m_secrets.get());
    qputenv(ApiKeyResolver::EnvironmentVariable, "key_a:secret_a");
    ConsoleOptions options;
    options.baseUrlOverride = m_a.baseUrl();
    options.refreshIntervalMs = 10 * 60 * 1000;
    options.dataPath = m_dir.filePath(QStringLiteral("audit-1.sqlite"));
    m_console = std::make_unique<ConsoleApp>(options, m_profiles.get(), m_keys.get());
    m_console->start();
    QTRY_VERIFY_WITH_TIMEOUT(m_console->model()->hasLoaded(), 10000);
    QCOMPARE(m_console->model()->rowCount(), 5);
    QVERIFY2(!visibleSignIn(), "no dialog may ask anything of an unattended start");
    QCOMPARE(m_console->session()->state().baseUrl, m_a.baseUrl());
}

void TestSession::baseUrlWithoutKeyPrefillsTheSignIn()
{
    m_profiles = std::make_unique<ProfileStore>(m_dir.filePath(QStringLiteral("fresh2.ini")));
    m_secrets = std::make_unique<MemorySecretStore>();
    m_keys = std::make_unique<ApiKeyResolver>(m_secrets.get());
    ConsoleOptions options;
    options.baseUrlOverride = m_b.baseUrl();
    options.refreshIntervalMs = 10 * 60 * 1000;
    options.dataPath = m_dir.filePath(QStringLiteral("audit-2.sqlite"));
    m_console = std::make_unique<ConsoleApp>(options, m_profiles.get(), m_keys.get());
    m_console->start();
    SignInDialog *dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = visibleSignIn()), 10000);
    QCOMPARE(dialog->baseUrl(), m_b.baseUrl());
    QVERIFY(requests(m_b).isEmpty()); // nothing is sent without a key
}

void TestSession::profileSwitchNeverSendsTheOldKeyToTheNewServer()
{
    startOnAlphaWithBetaStored(QStringLiteral("audit-3.sqlite"));
    if (QTest::currentTestFailed())
        return;
    SandboxControl(m_b.controlUrl()).json("DELETE", QStringLiteral("requests"));

    // The supervisor picks Beta and presses F5 at once, before Beta's key is read back.
    MainWindow *window = m_console->window();
    QComboBox *profiles = ConsoleProbe::profileCombo(window);
    const int beta = profiles->findText(QStringLiteral("Beta"));
    QVERIFY(beta >= 0);
    profiles->setCurrentIndex(beta);
    Q_EMIT profiles->activated(beta);
    QAction *refresh = ConsoleProbe::refreshAction(window);
    refresh->trigger();

    // Beta's list arrives with Beta's key; nothing ever reached Beta with Alpha's key.
    QTRY_VERIFY_WITH_TIMEOUT(m_console->model()->hasLoaded() &&
                                 m_console->session()->state().profile.name ==
                                     QLatin1String("Beta"),
                             10000);
    QTRY_VERIFY_WITH_TIMEOUT(m_console->model()->rowCount() == 5, 10000);
    const QJsonArray log = requests(m_b);
    QVERIFY(!log.isEmpty());
    for (const QJsonValue &v : log) {
        const QJsonObject e = v.toObject();
        QVERIFY2(e.value(QStringLiteral("authorized")).toBool(),
                 qPrintable(QStringLiteral("%1 %2 reached Beta without Beta's key")
                                .arg(e.value(QStringLiteral("method")).toString(),
                                     e.value(QStringLiteral("path")).toString())));
    }
}

void TestSession::sandboxRunKeepsItsOwnAuditFile()
{
    // A drill on the sandbox must not land in the audit log of real workspaces.
    const QString production = ConsoleDataPaths::auditDatabasePath(); // this test's own home
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(production + QLatin1String(suffix));
    ConsoleOptions options;
    options.sandbox = true;
    options.persistentAccount = false;
    options.sandboxBaseUrl = m_a.baseUrl();
    options.sandboxApiKey = QStringLiteral("key_a:secret_a");
    options.refreshIntervalMs = 10 * 60 * 1000;
    m_console = std::make_unique<ConsoleApp>(options);
    m_console->start();
    QTRY_VERIFY_WITH_TIMEOUT(m_console->model()->hasLoaded(), 10000);
    const QString id = QStringLiteral("wf_drill_1");
    QVERIFY(SandboxControl(m_a.controlUrl())
                .insertWorkflow(id, QStringLiteral("Drill"), QStringLiteral("active")));
    ConsoleProbe::refreshAction(m_console->window())->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(m_console->window()->selectWorkflow(id), 10000);
    QAction *pause = ConsoleProbe::pauseAction(m_console->window());
    QVERIFY(pause->isEnabled());
    pause->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!m_console->auditLog()->entries().isEmpty(), 10000);

    QVERIFY2(QFileInfo(m_console->auditLog()->path()) != QFileInfo(production),
             qPrintable(m_console->auditLog()->path()));
    if (QFileInfo::exists(production)) {
        ConsoleDatabase database;
        QVERIFY(database.open(production));
        AuditLog audit(&database);
        QVERIFY2(audit.entries().isEmpty(), "the sandbox drill reached the production audit");
    }
}

void TestSession::profileSwitchIsRefusedWhileABulkRunIsActive()
{
    // Pausing Alpha's workflows as an incident; the supervisor picks Beta meanwhile. The
    // remaining pauses must not go to Beta: the switch is refused and says why.
    startSlowIncidentPauseOnAlpha(QStringLiteral("audit-4.sqlite"),
                                  QStringLiteral("Carrier outage"));
    if (QTest::currentTestFailed())
        return;
    SandboxControl(m_b.controlUrl()).json("DELETE", QStringLiteral("requests"));
    MainWindow *window = m_console->window();

    QComboBox *profiles = ConsoleProbe::profileCombo(window);
    const int beta = profiles->findText(QStringLiteral("Beta"));
    profiles->setCurrentIndex(beta);
    Q_EMIT profiles->activated(beta);

    QMessageBox *refusal = nullptr;
    QTRY_VERIFY((refusal = window->findChild<QMessageBox *>(
                     QStringLiteral("profileSwitchRefusedDialog"))) &&
                refusal->isVisible());
    QVERIFY2(refusal->text().contains(QStringLiteral("bulk action")), qPrintable(refusal->text()));
    QCOMPARE(m_console->session()->state().profile.name, QStringLiteral("Alpha"));
    QCOMPARE(profiles->currentText(), QStringLiteral("Alpha"));
    refusal->close();

    // The run ends on Alpha; Beta never heard of it.
    QTRY_VERIFY_WITH_TIMEOUT(!m_console->bulkActions()->isBusy(), 20000);
    QVERIFY(SandboxControl(m_b.controlUrl())
                .sentinel(m_console->client()->networkAccessManager(), m_b.baseUrl()));
    for (const QJsonValue &v : requests(m_b))
        QVERIFY2(!v.toObject()
                      .value(QStringLiteral("method"))
                      .toString()
                      .startsWith(QLatin1String("POST")),
                 "a pause reached Beta");
    SandboxControl(m_a.controlUrl()).json("DELETE", QStringLiteral("faults"));
}

void TestSession::closingDuringABulkRunAsksFirst()
{
    startSlowIncidentPauseOnAlpha(QStringLiteral("audit-5.sqlite"), QStringLiteral("Quiet hours"));
    if (QTest::currentTestFailed())
        return;
    MainWindow *window = m_console->window();

    QVERIFY(!window->close()); // the close is held back while the run goes on
    QVERIFY(window->isVisible());
    auto *ask = window->findChild<QMessageBox *>(QStringLiteral("closeWhileBusyDialog"));
    QVERIFY(ask && ask->isVisible());
    QVERIFY2(ask->text().contains(QStringLiteral("bulk action is still running")),
             qPrintable(ask->text()));
    QCOMPARE(ask->defaultButton()->text(), QStringLiteral("Keep the console open"));
    ask->close();
    QTRY_VERIFY_WITH_TIMEOUT(!m_console->bulkActions()->isBusy(), 20000);
    QVERIFY(window->close()); // nothing running: it closes at once
    SandboxControl(m_a.controlUrl()).json("DELETE", QStringLiteral("faults"));
}

QTEST_MAIN(TestSession)
#include "tst_session.moc"

// What a supervisor sees after acting in a hurry (issue 15 items 1, 9, 10): a failed pause
// stays in "Needs attention" through the next poll's refresh problem until it is retried;
// a poll that already shows the target status settles a pause whose POST hangs (and the
// audit says so); the window title says how many are paused and on which profile.

#include "ConsoleApp.h"
#include "account/ApiKeyResolver.h"
#include "account/MemorySecretStore.h"
#include "account/ProfileStore.h"
#include "audit/AuditLog.h"
#include "bulk/BulkActionsController.h"
#include "bulk/BulkConfirmDialog.h"
#include "shell/ErrorBanner.h"
#include "shell/MainWindow.h"
#include "style/StatusDelegate.h"
#include "workflows/DetailsPane.h"
#include "workflows/WorkflowFilterProxy.h"
#include "workflows/WorkflowListModel.h"

#include "SandboxHost.h"
#include "SandboxOptions.h"
#include "storage/Settings.h"
#include "support/ConsoleProbe.h"
#include "support/SandboxControl.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDialog>
#include <QDockWidget>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

class TestActionAttention : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void failedPauseStaysInNeedsAttentionUntilRetried();
    void failedIncidentPauseIsRetriedThroughTheIncident();
    void refreshShowingPausedSettlesAHangingPause();
    void titleSaysPausedCountAndProfile();
    void titleNamesARealProfile();

private:
    void createConsole(const QString &profile = QString());
    QString firstWithState(WorkflowState state) const;
    QString badge(const QString &id) const;
    // Selects the row as a person does (a click on its name) and presses Ctrl+P.
    void pressPauseOn(const QString &id);
    QList<QWidget *> attentionEntries() const;
    int pausedOnServer();
    static void shot(QWidget *w, const QString &name);

    SandboxHost m_sandbox;
    std::unique_ptr<SandboxControl> m_control;
    QTemporaryDir m_dir;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<ApiKeyResolver> m_keys;
    std::unique_ptr<ConsoleApp> m_console;
};

void TestActionAttention::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("DialNexaTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_ui_action_attention"));
    Settings().clear();
    QVERIFY(m_dir.isValid());

    SandboxOptions options;
    options.tickMs = 0; // statuses change only when a test says so
    options.workflowCount = 12;
    options.seed = 11;
    QVERIFY(m_sandbox.start(options));
    m_control = std::make_unique<SandboxControl>(m_sandbox.controlUrl());
}

void TestActionAttention::init()
{
    m_control->json("POST", QStringLiteral("reset"));
    m_control->json("DELETE", QStringLiteral("faults"));
}

void TestActionAttention::cleanup()
{
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (qobject_cast<QDialog *>(w) && w->isVisible())
            w->close();
    }
    m_console.reset();
    m_keys.reset();
    m_secrets.reset();
    m_profiles.reset();
    m_control->json("DELETE", QStringLiteral("faults"));
}

void TestActionAttention::createConsole(const QString &profile)
{
    ConsoleOptions options;
    options.refreshIntervalMs = 10 * 60 * 1000; // tests refresh with F5
    options.dataPath = m_dir.filePath(
        QStringLiteral("audit-%1.sqlite").arg(QString::fromLatin1(QTest::currentTestFunction())));
    if (profile.isEmpty()) {
        options.persistentAccount = false;
        options.sandbox = true;
        options.sandboxBaseUrl = m_sandbox.baseUrl();
        options.sandboxApiKey = m_sandbox.apiKey();
        m_console = std::make_unique<ConsoleApp>(options);
    } else {
        m_profiles =
            std::make_unique<ProfileStore>(m_dir.filePath(profile + QLatin1String(".ini")));
        QVERIFY(m_profiles->addProfile(profile, m_sandbox.baseUrl()));
        m_secrets = std::make_unique<MemorySecretStore>();
        m_keys = std::make_unique<ApiKeyResolver>(m_secrets.get());
        bool stored = false;
        m_keys->store(profile, m_sandbox.baseUrl().host(), m_sandbox.apiKey(),
                      [&stored](const ApiKeyResolver::Outcome &o) { stored = o.ok; });
        QTRY_VERIFY(stored);
        options.profileName = profile;
        m_console = std::make_unique<ConsoleApp>(options, m_profiles.get(), m_keys.get());
    }
    m_console->start();
    QTRY_VERIFY_WITH_TIMEOUT(m_console->model()->hasLoaded() && m_console->model()->rowCount() > 0,
                             10000);
    QVERIFY(QTest::qWaitForWindowActive(m_console->window()));
    m_control->json("DELETE", QStringLiteral("requests"));
}

QString TestActionAttention::firstWithState(WorkflowState state) const
{
    for (const Workflow &w : m_console->model()->workflows()) {
        if (w.status.state() == state)
            return w.id;
    }
    return QString();
}

QString TestActionAttention::badge(const QString &id) const
{
    WorkflowListModel *model = m_console->model();
    const int row = model->rowOf(id);
    if (row < 0)
        return QStringLiteral("<gone>");
    const QModelIndex index =
        m_console->shownRows()->mapFromSource(model->index(row, WorkflowListModel::StatusColumn));
    return StatusDelegate::badgeText(index);
}

void TestActionAttention::pressPauseOn(const QString &id)
{
    QTableView *table = ConsoleProbe::table(m_console->window());
    WorkflowListModel *model = m_console->model();
    const QModelIndex index = m_console->shownRows()->mapFromSource(
        model->index(model->rowOf(id), WorkflowListModel::NameColumn));
    QVERIFY(index.isValid());
    table->scrollTo(index);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(index).center());
    QTRY_COMPARE(m_console->window()->currentWorkflowId(), id);
    QTest::keyClick(table, Qt::Key_P, Qt::ControlModifier);
}

QList<QWidget *> TestActionAttention::attentionEntries() const
{
    auto *dock = ConsoleProbe::find<QDockWidget>(m_console->window(), "needsAttentionDock");
    QList<QWidget *> entries;
    for (QWidget *w : dock->findChildren<QWidget *>(QStringLiteral("needsAttentionEntry")))
        entries.append(w);
    return entries;
}

int TestActionAttention::pausedOnServer()
{
    int n = 0;
    for (const Workflow &w : m_console->model()->workflows())
        n += w.status.state() == WorkflowState::Paused ? 1 : 0;
    return n;
}

void TestActionAttention::shot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("DIALNEXA_UI_SHOT_DIR");
    if (!dir.isEmpty() && w)
        w->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

void TestActionAttention::failedPauseStaysInNeedsAttentionUntilRetried()
{
    createConsole();
    MainWindow *window = m_console->window();
    const QString id = firstWithState(WorkflowState::Active);
    QVERIFY(!id.isEmpty());
    const QString name = m_console->model()->workflow(id)->name;

    // A DialNexa outage: the list and the pause both answer 503.
    m_control->json("POST", QStringLiteral("faults"),
                    {{"method", "GET"},
                     {"path", "/v1/workflows"},
                     {"count", 1000},
                     {"status", 503},
                     {"body", QJsonObject{{"message", "Service temporarily unavailable"}}}});
    m_control->json("POST", QStringLiteral("faults"),
                    {{"method", "POST"},
                     {"path", "/v1/workflows/*/pause"},
                     {"count", 1},
                     {"status", 503},
                     {"body", QJsonObject{{"message", "Service temporarily unavailable"}}}});
    pressPauseOn(id);
    QTRY_COMPARE_WITH_TIMEOUT(
        m_control->requestsMatching(QStringLiteral("POST"), QStringLiteral("/pause")).size(), 1,
        10000);

    auto *counter = ConsoleProbe::find<QAbstractButton>(window, "needsAttentionButton");
    QTRY_VERIFY_WITH_TIMEOUT(counter->isVisible(), 10000);
    QCOMPARE(counter->text(), QStringLiteral("1 needs attention"));

    // The next poll fails too: its problem takes the banner, the action's entry stays.
    QTest::keyClick(ConsoleProbe::table(window), Qt::Key_F5);
    ErrorBanner *banner = ConsoleProbe::banner(window);
    QTRY_VERIFY_WITH_TIMEOUT(
        banner->isVisible() && banner->message().contains(QStringLiteral("refresh")), 20000);
    QTRY_VERIFY(!window->isRefreshing());

    // The count opens the list.
    QTest::mouseClick(counter, Qt::LeftButton);
    auto *dock = ConsoleProbe::find<QDockWidget>(window, "needsAttentionDock");
    QTRY_VERIFY(dock->isVisible());
    QCOMPARE(attentionEntries().size(), 1);
    QWidget *entry = attentionEntries().constFirst();
    auto *text = ConsoleProbe::find<QLabel>(entry, "needsAttentionText");
    QVERIFY2(text->text().contains(name), qPrintable(text->text()));
    QVERIFY2(text->text().contains(QStringLiteral("HTTP 503")), qPrintable(text->text()));
    QVERIFY2(text->text().contains(QStringLiteral("pause"), Qt::CaseInsensitive),
             qPrintable(text->text()));
    QCOMPARE(text->textFormat(), Qt::PlainText);
    QCOMPARE(badge(id), QStringLiteral("Active")); // never guessed
    shot(window, QStringLiteral("needs-attention"));

    // Details shows the diagnostic without closing the entry.
    QTest::mouseClick(ConsoleProbe::find<QAbstractButton>(entry, "needsAttentionDetails"),
                      Qt::LeftButton);
    QMessageBox *details = nullptr;
    QTRY_VERIFY((details = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())));
    QVERIFY2(details->informativeText().contains(QStringLiteral("503")),
             qPrintable(details->informativeText()));
    details->close();
    QCOMPARE(attentionEntries().size(), 1);

    // DialNexa is back: Retry sends the second POST and the entry goes away.
    m_control->json("DELETE", QStringLiteral("faults"));
    QTest::mouseClick(ConsoleProbe::find<QAbstractButton>(entry, "needsAttentionRetry"),
                      Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(
        m_control->requestsMatching(QStringLiteral("POST"), QStringLiteral("/pause")).size(), 2,
        10000);
    QTRY_COMPARE_WITH_TIMEOUT(badge(id), QStringLiteral("Paused"), 10000);
    QTRY_VERIFY(attentionEntries().isEmpty());
    QVERIFY(!counter->isVisible());
}

void TestActionAttention::failedIncidentPauseIsRetriedThroughTheIncident()
{
    createConsole();
    MainWindow *window = m_console->window();
    const QString failing = firstWithState(WorkflowState::Active);
    QVERIFY(!failing.isEmpty());
    const QString name = m_console->model()->workflow(failing)->name;
    m_control->json("POST", QStringLiteral("faults"),
                    {{"method", "POST"},
                     {"path", QStringLiteral("/v1/workflows/%1/pause").arg(failing)},
                     {"count", 1},
                     {"status", 503},
                     {"body", QJsonObject{{"message", "Service temporarily unavailable"}}}});

    // "Pause all active…" with a reason, as in an incident.
    QTest::keyClick(ConsoleProbe::table(window), Qt::Key_P,
                    Qt::ControlModifier | Qt::ShiftModifier);
    BulkConfirmDialog *confirm = nullptr;
    QTRY_VERIFY((confirm = m_console->bulkActions()->confirmDialog()) && confirm->isVisible());
    QTest::keyClicks(confirm->reasonField(), QStringLiteral("Carrier outage"));
    QTest::mouseClick(confirm->confirmButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(
        !m_console->bulkActions()->isBusy() &&
            m_control->requestsMatching(QStringLiteral("POST"), failing + QStringLiteral("/pause"))
                    .size() == 1,
        15000);

    auto *counter = ConsoleProbe::find<QAbstractButton>(window, "needsAttentionButton");
    QTRY_COMPARE(counter->text(), QStringLiteral("1 needs attention"));
    QTest::mouseClick(counter, Qt::LeftButton);
    QTRY_COMPARE(attentionEntries().size(), 1);
    QWidget *entry = attentionEntries().constFirst();
    const QString text = ConsoleProbe::find<QLabel>(entry, "needsAttentionText")->text();
    QVERIFY2(text.contains(name) && text.contains(QStringLiteral("HTTP 503")), qPrintable(text));
    shot(window, QStringLiteral("needs-attention-incident"));

    // Retry goes through the incident: the workflow is paused and recorded by it.
    QTest::mouseClick(ConsoleProbe::find<QAbstractButton>(entry, "needsAttentionRetry"),
                      Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(
        m_control->requestsMatching(QStringLiteral("POST"), failing + QStringLiteral("/pause"))
            .size(),
        2, 15000);
    QTRY_VERIFY_WITH_TIMEOUT(attentionEntries().isEmpty(), 15000);
    QTRY_COMPARE_WITH_TIMEOUT(badge(failing), QStringLiteral("Paused"), 10000);
    const QList<AuditEntry> rows = m_console->auditLog()->entries();
    bool retriedInIncident = false;
    for (const AuditEntry &e : rows)
        retriedInIncident |= e.workflowId == failing && e.outcome == QLatin1String("done") &&
                             !e.incidentId.isEmpty();
    QVERIFY(retriedInIncident);
}

void TestActionAttention::refreshShowingPausedSettlesAHangingPause()
{
    createConsole();
    MainWindow *window = m_console->window();
    const QString id = firstWithState(WorkflowState::Active);
    QVERIFY(!id.isEmpty());

    // The pause lands on the server, but its answer never comes back.
    m_control->json("POST", QStringLiteral("faults"),
                    {{"method", "POST"},
                     {"path", "/v1/workflows/*/pause"},
                     {"count", 1},
                     {"hang", true},
                     {"apply", true}});
    pressPauseOn(id);
    QTRY_COMPARE_WITH_TIMEOUT(
        m_control->requestsMatching(QStringLiteral("POST"), QStringLiteral("/pause")).size(), 1,
        10000);
    QTRY_COMPARE_WITH_TIMEOUT(badge(id), QStringLiteral("Pausing…"), 10000);
    DetailsPane *pane = ConsoleProbe::details(window);
    QVERIFY2(pane->statusText().contains(QStringLiteral("waiting")),
             qPrintable(pane->statusText()));

    // The next poll already shows it paused: that settles the action.
    QTest::keyClick(ConsoleProbe::table(window), Qt::Key_F5);
    QTRY_COMPARE_WITH_TIMEOUT(badge(id), QStringLiteral("Paused"), 10000);
    QTRY_VERIFY2(!pane->statusText().contains(QStringLiteral("waiting")),
                 qPrintable(pane->statusText()));
    QVERIFY2(pane->statusText().startsWith(QStringLiteral("Paused")),
             qPrintable(pane->statusText()));
    QTRY_VERIFY(ConsoleProbe::resumeAction(window)->isEnabled());
    shot(window, QStringLiteral("settled-by-refresh"));

    // The audit row says it was confirmed, and by what.
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            const QList<AuditEntry> rows = m_console->auditLog()->entries();
            for (const AuditEntry &e : rows) {
                if (e.workflowId == id && e.action == QLatin1String("pause"))
                    return e.outcome == QLatin1String("done") &&
                           e.serverMessage == QLatin1String("confirmed by a refresh");
            }
            return false;
        }(),
        10000);
    // Nothing needs attention: the action went through.
    QVERIFY(attentionEntries().isEmpty());
}

void TestActionAttention::titleSaysPausedCountAndProfile()
{
    createConsole();
    MainWindow *window = m_console->window();
    const int paused = pausedOnServer();
    QVERIFY(paused > 0);
    QCOMPARE(window->windowTitle(),
             QStringLiteral("%1 paused — Sandbox — DialNexa Console").arg(paused));

    const QString id = firstWithState(WorkflowState::Active);
    pressPauseOn(id);
    QTRY_COMPARE_WITH_TIMEOUT(badge(id), QStringLiteral("Paused"), 10000);
    QTRY_COMPARE(window->windowTitle(),
                 QStringLiteral("%1 paused — Sandbox — DialNexa Console").arg(paused + 1));

    // None paused: no "0 paused" prefix.
    for (const Workflow &w : m_console->model()->workflows()) {
        if (w.status.state() == WorkflowState::Paused)
            m_control->setStatus(w.id, QStringLiteral("active"));
    }
    QTest::keyClick(ConsoleProbe::table(window), Qt::Key_F5);
    QTRY_COMPARE_WITH_TIMEOUT(window->windowTitle(), QStringLiteral("Sandbox — DialNexa Console"),
                              10000);
}

void TestActionAttention::titleNamesARealProfile()
{
    createConsole(QStringLiteral("Production"));
    MainWindow *window = m_console->window();
    const int paused = pausedOnServer();
    QVERIFY(paused > 0);
    QTRY_COMPARE(window->windowTitle(),
                 QStringLiteral("%1 paused — Production — DialNexa Console").arg(paused));
}

QTEST_MAIN(TestActionAttention)
#include "tst_action_attention.moc"

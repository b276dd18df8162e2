// What a supervisor notices when using the console against the sandbox: clicking Pause
// sends one POST and the row ends "Paused" (showing "Pausing…" meanwhile), 409s explain
// themselves, the actions follow the selection, Cancel asks safely, a 503 shows a banner
// whose Retry works, search and filter work, and the table layout persists.

#include "ConsoleApp.h"
#include "account/ApiKeyResolver.h"
#include "account/MemorySecretStore.h"
#include "account/ProfileStore.h"
#include "account/SignInDialog.h"
#include "api/ApiClient.h"
#include "shell/ErrorBanner.h"
#include "shell/MainWindow.h"
#include "style/StatusDelegate.h"
#include "style/StatusStyle.h"
#include "workflows/CancelConfirmation.h"
#include "workflows/ConflictDialog.h"
#include "workflows/DetailsPane.h"
#include "workflows/WorkflowFilterProxy.h"
#include "workflows/WorkflowListModel.h"
#include "workflows/WorkflowPoller.h"

#include "SandboxHost.h"
#include "SandboxOptions.h"
#include "storage/Settings.h"
#include "support/ConsoleProbe.h"
#include "support/PostedEvents.h"
#include "support/SandboxControl.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>

#include <cmath>
#include <memory>

using namespace std::chrono_literals;

class TestConsole : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void unwritableAuditStaysVisibleAndThePauseStillGoesOut();
    void initTestCase();
    void init();
    void cleanup();

    void pauseSendsOnePostAndShowsPaused();
    void conflictNamesWorkflowAndCurrentStatus();
    void alreadyPausedReadsAsInformation();
    void deletedWorkflowIsExplainedAndRemoved();
    void actionsFollowSelection();
    void cancelConfirmationIsSafeByDefault();
    void serviceUnavailableShowsBannerWithWorkingRetry();
    void searchAndStatusFilter();
    void headerStatePersists();
    void signInStoresKeyAndSaysWhenKeychainIsMissing();
    void statusColoursReadOnLightAndDark();
    void timeoutOptionSetsBothLimits();

private:
    QJsonObject control(const QByteArray &method, const QString &path,
                        const QJsonObject &body = QJsonObject());
    int postCount(const QString &pathSuffix);
    bool settled();
    void createConsole();
    QString firstWithState(WorkflowState state) const;
    QString badge(const QString &id) const;
    QWidget *toolButton(QAction *action) const;
    template<typename T>
    T *findTopLevel(const QString &objectName) const;
    // With DIALNEXA_UI_SHOT_DIR set, saves a PNG of `w` there (for looking at the UI).
    static void shot(QWidget *w, const QString &name);

    SandboxHost m_sandbox;
    std::unique_ptr<SandboxControl> m_control;
    std::unique_ptr<ConsoleApp> m_console;
};

void TestConsole::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("DialNexaTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_ui_console"));
    Settings().clear();

    SandboxOptions options;
    options.tickMs = 0; // statuses change only when a test says so
    options.workflowCount = 14;
    options.seed = 7;
    QVERIFY(m_sandbox.start(options));
}

void TestConsole::init()
{
    control("POST", QStringLiteral("reset"));
    control("DELETE", QStringLiteral("faults"));
    createConsole();
}

void TestConsole::cleanup()
{
    // Close any dialog a test left open before the window goes.
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (qobject_cast<QDialog *>(w) && w->isVisible())
            w->close();
    }
    m_console.reset();
}

void TestConsole::createConsole()
{
    ConsoleOptions options;
    options.persistentAccount = false;
    options.sandbox = true;
    options.sandboxBaseUrl = m_sandbox.baseUrl();
    options.sandboxApiKey = m_sandbox.apiKey();
    options.refreshIntervalMs = 10 * 60 * 1000; // tests refresh explicitly
    m_console = std::make_unique<ConsoleApp>(options);
    m_console->start();
    QTRY_VERIFY_WITH_TIMEOUT(m_console->model()->hasLoaded() && m_console->model()->rowCount() > 0,
                             10000);
    QVERIFY(QTest::qWaitForWindowExposed(m_console->window()));
    control("DELETE", QStringLiteral("requests"));
}

QJsonObject TestConsole::control(const QByteArray &method, const QString &path,
                                 const QJsonObject &body)
{
    if (!m_control)
        m_control = std::make_unique<SandboxControl>(m_sandbox.controlUrl());
    return m_control->json(method, path, body);
}

int TestConsole::postCount(const QString &pathSuffix)
{
    const QJsonArray log =
        control("GET", QStringLiteral("requests")).value(QStringLiteral("data")).toArray();
    int n = 0;
    for (const QJsonValue &v : log) {
        const QJsonObject e = v.toObject();
        if (e.value(QStringLiteral("method")).toString() == QLatin1String("POST") &&
            e.value(QStringLiteral("path")).toString().endsWith(pathSuffix))
            ++n;
    }
    return n;
}

// "Nothing else was sent", without a fixed sleep: every event queued so far has run, and a
// sentinel request sent through the console's own network manager has been answered, so
// any request the console sent before it is in the sandbox log (SandboxControl::sentinel).
bool TestConsole::settled()
{
    if (!m_control)
        m_control = std::make_unique<SandboxControl>(m_sandbox.controlUrl());
    return PostedEvents::flush() &&
           m_control->sentinel(m_console->client()->networkAccessManager(), m_sandbox.baseUrl());
}

QString TestConsole::firstWithState(WorkflowState state) const
{
    for (const Workflow &w : m_console->model()->workflows()) {
        if (w.status.state() == state)
            return w.id;
    }
    return QString();
}

QString TestConsole::badge(const QString &id) const
{
    WorkflowListModel *model = m_console->model();
    const int row = model->rowOf(id);
    if (row < 0)
        return QStringLiteral("<gone>");
    const QModelIndex index =
        m_console->shownRows()->mapFromSource(model->index(row, WorkflowListModel::StatusColumn));
    return StatusDelegate::badgeText(index);
}

QWidget *TestConsole::toolButton(QAction *action) const
{
    return ConsoleProbe::toolBar(m_console->window())->widgetForAction(action);
}

template<typename T>
T *TestConsole::findTopLevel(const QString &objectName) const
{
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (w->objectName() == objectName && w->isVisible())
            if (auto *t = qobject_cast<T *>(w))
                return t;
    }
    return nullptr;
}

void TestConsole::shot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("DIALNEXA_UI_SHOT_DIR");
    if (!dir.isEmpty() && w)
        w->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

void TestConsole::unwritableAuditStaysVisibleAndThePauseStillGoesOut()
{
    // The disk fills up (here: the database refuses writes) in the middle of an incident.
    QSqlQuery readOnly(QSqlDatabase::database(m_console->database()->connectionName()));
    QVERIFY(readOnly.exec(QStringLiteral("PRAGMA query_only = ON")));
    MainWindow *window = m_console->window();
    const QString id = firstWithState(WorkflowState::Active);
    QVERIFY(window->selectWorkflow(id));
    QTest::mouseClick(toolButton(ConsoleProbe::pauseAction(window)), Qt::LeftButton);

    // A pause is never blocked by its record: it goes out and lands.
    QTRY_COMPARE_WITH_TIMEOUT(badge(id), QStringLiteral("Paused"), 10000);
    QCOMPARE(postCount(QStringLiteral("/%1/pause").arg(id)), 1);
    // And the supervisor is told, in a place the next message does not replace.
    auto *warning = window->findChild<QLabel *>(QStringLiteral("storageWarning"));
    QVERIFY(warning);
    QTRY_VERIFY(warning->isVisible());
    QVERIFY2(warning->text().contains(QStringLiteral("not recorded")), qPrintable(warning->text()));
    ConsoleProbe::refreshAction(window)->trigger();
    QTRY_VERIFY(!window->isRefreshing());
    control("POST", QStringLiteral("faults"),
            {{"path", QStringLiteral("/v1/workflows")}, {"status", 503}, {"count", 3}});
    ConsoleProbe::refreshAction(window)->trigger();
    QTRY_VERIFY(ConsoleProbe::banner(window)->isVisible());
    QVERIFY(warning->isVisible());
    QVERIFY(readOnly.exec(QStringLiteral("PRAGMA query_only = OFF")));
}

void TestConsole::pauseSendsOnePostAndShowsPaused()
{
    MainWindow *window = m_console->window();
    const QString id = firstWithState(WorkflowState::Active);
    QVERIFY(!id.isEmpty());
    QVERIFY(window->selectWorkflow(id));
    QVERIFY(ConsoleProbe::pauseAction(window)->isEnabled());

    // Hold the reply so "Pausing…" is visible.
    control("POST", QStringLiteral("faults"),
            {{"method", "POST"},
             {"path", QStringLiteral("/v1/workflows/%1/pause").arg(id)},
             {"count", 1},
             {"delay_ms", 1500}});
    QWidget *button = toolButton(ConsoleProbe::pauseAction(window));
    QVERIFY(button);
    QTest::mouseClick(button, Qt::LeftButton);

    QTRY_COMPARE_WITH_TIMEOUT(badge(id), QStringLiteral("Pausing…"), 10000);
    shot(window, QStringLiteral("pausing"));
    QVERIFY(!ConsoleProbe::pauseAction(window)->isEnabled()); // no second pause while pending
    QVERIFY(!ConsoleProbe::resumeAction(window)->isEnabled());
    QTRY_COMPARE_WITH_TIMEOUT(badge(id), QStringLiteral("Paused"), 10000);
    QCOMPARE(postCount(QStringLiteral("/workflows/%1/pause").arg(id)), 1);
    QCOMPARE(postCount(QStringLiteral("/pause")), 1);
    // Now paused: Resume is offered, Pause is not.
    QTRY_VERIFY(ConsoleProbe::resumeAction(window)->isEnabled());
    QVERIFY(!ConsoleProbe::pauseAction(window)->isEnabled());
}

void TestConsole::conflictNamesWorkflowAndCurrentStatus()
{
    MainWindow *window = m_console->window();
    const QString id = firstWithState(WorkflowState::Active);
    QVERIFY(!id.isEmpty());
    const QString name = m_console->model()->workflow(id)->name;
    QVERIFY(window->selectWorkflow(id));
    // Another supervisor cancels it after the console loaded it as active.
    control("POST", QStringLiteral("workflows/%1/status").arg(id), {{"status", "cancelled"}});
    QCOMPARE(badge(id), QStringLiteral("Active"));

    QTest::mouseClick(toolButton(ConsoleProbe::pauseAction(window)), Qt::LeftButton);
    ConflictDialog *dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(
        (dialog = findTopLevel<ConflictDialog>(QStringLiteral("conflictDialog"))), 10000);
    const QString all =
        dialog->windowTitle() + '\n' + dialog->text() + '\n' + dialog->informativeText();
    QVERIFY2(all.contains(name), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("Cancelled")), qPrintable(all));
    QVERIFY2(dialog->text().contains(QStringLiteral("Could not pause")), qPrintable(all));
    QCOMPARE(dialog->icon(), QMessageBox::Warning);
    shot(dialog, QStringLiteral("conflict"));
    QCOMPARE(dialog->defaultButton(), dialog->closeButton());
    QVERIFY(dialog->refreshButton());
    QCOMPARE(postCount(QStringLiteral("/pause")), 1);
    // The row now shows the confirmed status from the re-read.
    QTRY_COMPARE_WITH_TIMEOUT(badge(id), QStringLiteral("Cancelled"), 10000);
    QTest::mouseClick(dialog->closeButton(), Qt::LeftButton);
    QTRY_VERIFY(!findTopLevel<ConflictDialog>(QStringLiteral("conflictDialog")));
}

void TestConsole::alreadyPausedReadsAsInformation()
{
    MainWindow *window = m_console->window();
    const QString id = firstWithState(WorkflowState::Active);
    QVERIFY(!id.isEmpty());
    QVERIFY(window->selectWorkflow(id));
    control("POST", QStringLiteral("workflows/%1/status").arg(id), {{"status", "paused"}});

    QTest::mouseClick(toolButton(ConsoleProbe::pauseAction(window)), Qt::LeftButton);
    ConflictDialog *dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(
        (dialog = findTopLevel<ConflictDialog>(QStringLiteral("conflictDialog"))), 10000);
    QCOMPARE(dialog->icon(), QMessageBox::Information);
    shot(dialog, QStringLiteral("already-paused"));
    QVERIFY2(dialog->windowTitle().contains(QStringLiteral("Already paused")),
             qPrintable(dialog->windowTitle()));
    QVERIFY2(dialog->text().contains(QStringLiteral("already paused")), qPrintable(dialog->text()));
    QVERIFY(!dialog->refreshButton());
    QVERIFY(!dialog->suggestedButton());
    QTRY_COMPARE_WITH_TIMEOUT(badge(id), QStringLiteral("Paused"), 10000);
}

void TestConsole::deletedWorkflowIsExplainedAndRemoved()
{
    MainWindow *window = m_console->window();
    const QString id = firstWithState(WorkflowState::Active);
    const QString name = m_console->model()->workflow(id)->name;
    QVERIFY(window->selectWorkflow(id));
    control("DELETE", QStringLiteral("workflows/%1").arg(id)); // someone deleted it meanwhile
    QTest::mouseClick(toolButton(ConsoleProbe::pauseAction(window)), Qt::LeftButton);

    QMessageBox *box = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(
        (box = findTopLevel<QMessageBox>(QStringLiteral("workflowGoneDialog"))), 10000);
    QVERIFY2(box->text().contains(QStringLiteral("“%1” no longer exists on DialNexa").arg(name)),
             qPrintable(box->text()));
    QVERIFY(box->text().contains(QStringLiteral("It was removed from the list.")));
    QCOMPARE(m_console->model()->rowOf(id), -1);
    QVERIFY(!ConsoleProbe::pauseAction(window)->isEnabled());
    box->close();
}

void TestConsole::actionsFollowSelection()
{
    MainWindow *window = m_console->window();
    const QString active = firstWithState(WorkflowState::Active);
    const QString paused = firstWithState(WorkflowState::Paused);
    const QString completed = firstWithState(WorkflowState::Completed);
    QVERIFY(!active.isEmpty() && !paused.isEmpty() && !completed.isEmpty());
    // A status the API documents nowhere.
    QString odd;
    for (const Workflow &w : m_console->model()->workflows()) {
        if (w.id != active && w.id != paused && w.id != completed) {
            odd = w.id;
            break;
        }
    }
    control("POST", QStringLiteral("workflows/%1/status").arg(odd), {{"status", "inactive"}});
    ConsoleProbe::refreshAction(m_console->window())->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(m_console->model()->workflow(odd)->status.raw(),
                              QStringLiteral("inactive"), 10000);
    QCOMPARE(badge(odd), QStringLiteral("inactive")); // the server's own word

    struct Expect
    {
        QString id;
        bool pause, resume, cancel;
    };
    const QList<Expect> cases = {{active, true, false, true},
                                 {paused, false, true, true},
                                 {completed, false, false, false},
                                 {odd, false, false, false},
                                 {active, true, false, true}};
    for (const Expect &e : cases) {
        QVERIFY(window->selectWorkflow(e.id));
        QCOMPARE(window->currentWorkflowId(), e.id);
        QCOMPARE(ConsoleProbe::pauseAction(window)->isEnabled(), e.pause);
        QCOMPARE(ConsoleProbe::resumeAction(window)->isEnabled(), e.resume);
        QCOMPARE(ConsoleProbe::cancelAction(window)->isEnabled(), e.cancel);
        QCOMPARE(ConsoleProbe::details(window)->workflow()->id, e.id);
    }
    // Nothing selected: nothing to act on.
    ConsoleProbe::table(window)->clearSelection();
    QVERIFY(!ConsoleProbe::pauseAction(window)->isEnabled());
    QVERIFY(!ConsoleProbe::resumeAction(window)->isEnabled());
    QVERIFY(!ConsoleProbe::cancelAction(window)->isEnabled());

    // A status change from a refresh (dataChanged) updates the actions of the current row.
    QVERIFY(window->selectWorkflow(active));
    control("POST", QStringLiteral("workflows/%1/status").arg(active), {{"status", "paused"}});
    ConsoleProbe::refreshAction(m_console->window())->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(ConsoleProbe::resumeAction(window)->isEnabled(), 10000);
    QVERIFY(!ConsoleProbe::pauseAction(window)->isEnabled());
}

void TestConsole::cancelConfirmationIsSafeByDefault()
{
    MainWindow *window = m_console->window();
    const QString id = firstWithState(WorkflowState::Active);
    QVERIFY(window->selectWorkflow(id));
    QVERIFY(ConsoleProbe::cancelAction(window)->isEnabled());
    QTest::mouseClick(toolButton(ConsoleProbe::cancelAction(window)), Qt::LeftButton);

    CancelConfirmation *confirm = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(
        (confirm = findTopLevel<CancelConfirmation>(QStringLiteral("cancelConfirmation"))), 10000);
    shot(confirm, QStringLiteral("cancel-confirmation"));
    QStringList texts;
    for (QAbstractButton *b : confirm->buttons())
        texts << b->text();
    QVERIFY2(texts.contains(QStringLiteral("Cancel workflow permanently")),
             qPrintable(texts.join('|')));
    QCOMPARE(confirm->cancelWorkflowButton()->text(),
             QStringLiteral("Cancel workflow permanently"));
    QCOMPARE(confirm->defaultButton(), confirm->keepButton());
    QCOMPARE(confirm->escapeButton(), confirm->keepButton());
    QVERIFY(confirm->text().contains(m_console->model()->workflow(id)->name));
    QVERIFY(confirm->informativeText().contains(QStringLiteral("cannot be undone")));

    QTest::keyClick(confirm, Qt::Key_Escape);
    QTRY_VERIFY(!findTopLevel<CancelConfirmation>(QStringLiteral("cancelConfirmation")));
    QVERIFY(settled());
    QCOMPARE(postCount(QStringLiteral("/cancel")), 0);
    QCOMPARE(badge(id), QStringLiteral("Active"));

    // The destructive choice does send exactly one cancel.
    QTest::mouseClick(toolButton(ConsoleProbe::cancelAction(window)), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(
        (confirm = findTopLevel<CancelConfirmation>(QStringLiteral("cancelConfirmation"))), 10000);
    QTest::mouseClick(confirm->cancelWorkflowButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(badge(id), QStringLiteral("Cancelled"), 10000);
    QCOMPARE(postCount(QStringLiteral("/cancel")), 1);
}

void TestConsole::serviceUnavailableShowsBannerWithWorkingRetry()
{
    MainWindow *window = m_console->window();
    const QString id = firstWithState(WorkflowState::Active);
    QVERIFY(window->selectWorkflow(id));
    control("POST", QStringLiteral("faults"),
            {{"method", "POST"},
             {"path", "/v1/workflows/*/pause"},
             {"count", 1},
             {"status", 503},
             {"body", QJsonObject{{"message", "Service temporarily unavailable"}}}});
    QTest::mouseClick(toolButton(ConsoleProbe::pauseAction(window)), Qt::LeftButton);

    ErrorBanner *banner = ConsoleProbe::banner(window);
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 10000);
    QVERIFY(banner->isProblem());
    shot(window, QStringLiteral("banner"));
    QVERIFY2(banner->message().contains(m_console->model()->workflow(id)->name),
             qPrintable(banner->message()));
    QVERIFY(banner->retryButton()->isVisible());
    QVERIFY(banner->detailsButton()->isVisible());
    // Not a modal: no dialog, and the window still takes input.
    QVERIFY(!QApplication::activeModalWidget());
    for (QWidget *w : QApplication::topLevelWidgets())
        QVERIFY2(!(qobject_cast<QDialog *>(w) && w->isVisible()), qPrintable(w->objectName()));
    QTRY_COMPARE_WITH_TIMEOUT(badge(id), QStringLiteral("Active"), 10000); // never guessed
    QCOMPARE(postCount(QStringLiteral("/pause")), 1);

    QTest::mouseClick(banner->retryButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(badge(id), QStringLiteral("Paused"), 10000);
    QCOMPARE(postCount(QStringLiteral("/pause")), 2);
    QVERIFY(!banner->isVisible());
}

void TestConsole::searchAndStatusFilter()
{
    MainWindow *window = m_console->window();
    WorkflowFilterProxy *proxy = m_console->shownRows();
    const int total = m_console->model()->rowCount();
    QCOMPARE(proxy->rowCount(), total);

    const Workflow target = m_console->model()->workflows().constFirst();
    window->activateWindow();
    QTest::keyClick(window, Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(ConsoleProbe::searchField(window)->hasFocus());
    QTest::keyClicks(ConsoleProbe::searchField(window), target.id);
    QTRY_COMPARE(proxy->rowCount(), 1);
    QCOMPARE(proxy->index(0, 0).data(WorkflowListModel::WorkflowIdRole).toString(), target.id);

    ConsoleProbe::searchField(window)->clear();
    const QString word = target.name.section(QLatin1Char(' '), 0, 0).toLower();
    QTest::keyClicks(ConsoleProbe::searchField(window), word);
    QTRY_VERIFY(proxy->rowCount() >= 1);
    for (int r = 0; r < proxy->rowCount(); ++r) {
        const QModelIndex i = proxy->index(r, 0);
        const QString n = i.data(Qt::DisplayRole).toString() + ' ' +
                          i.data(WorkflowListModel::WorkflowIdRole).toString();
        QVERIFY2(n.contains(word, Qt::CaseInsensitive), qPrintable(n));
    }
    ConsoleProbe::searchField(window)->clear();
    QTRY_COMPARE(proxy->rowCount(), total);

    QComboBox *filter = ConsoleProbe::statusFilter(window);
    QStringList items;
    for (int i = 0; i < filter->count(); ++i)
        items << filter->itemText(i);
    QCOMPARE(items,
             (QStringList{"All", "Active", "Paused", "Draft", "Completed", "Cancelled", "Other"}));
    filter->setCurrentIndex(items.indexOf(QStringLiteral("Paused")));
    QTRY_VERIFY(proxy->rowCount() >= 1);
    QVERIFY(proxy->rowCount() < total);
    for (int r = 0; r < proxy->rowCount(); ++r)
        QCOMPARE(proxy->index(r, 0).data(WorkflowListModel::StatusStateRole).toInt(),
                 int(WorkflowState::Paused));
    filter->setCurrentIndex(0);
    QTRY_COMPARE(proxy->rowCount(), total);
}

void TestConsole::headerStatePersists()
{
    QHeaderView *header = ConsoleProbe::table(m_console->window())->horizontalHeader();
    header->resizeSection(WorkflowListModel::NodesColumn, 123);
    header->resizeSection(WorkflowListModel::NameColumn, 311);
    ConsoleProbe::table(m_console->window())
        ->sortByColumn(WorkflowListModel::EnrolledLeadsColumn, Qt::DescendingOrder);
    m_console.reset(); // the window saves its state on the way out

    createConsole();
    header = ConsoleProbe::table(m_console->window())->horizontalHeader();
    QCOMPARE(header->sectionSize(WorkflowListModel::NodesColumn), 123);
    QCOMPARE(header->sectionSize(WorkflowListModel::NameColumn), 311);
    QCOMPARE(header->sortIndicatorSection(), int(WorkflowListModel::EnrolledLeadsColumn));
    QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
    Settings().clear();
}

void TestConsole::signInStoresKeyAndSaysWhenKeychainIsMissing()
{
    // A real workspace profile (here pointed at the sandbox) on a machine without a keychain.
    m_console.reset();
    qunsetenv(ApiKeyResolver::EnvironmentVariable);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString ini = dir.filePath(QStringLiteral("profiles.ini"));
    ProfileStore profiles(ini);
    MemorySecretStore secrets;
    secrets.setUnavailable(true, QStringLiteral("no Secret Service on the session bus"));
    ApiKeyResolver keys(&secrets);
    ConsoleOptions options;
    options.persistentAccount = false; // not sandbox mode
    options.refreshIntervalMs = 10 * 60 * 1000;
    m_console = std::make_unique<ConsoleApp>(options, &profiles, &keys);
    m_console->start();

    SignInDialog *dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = findTopLevel<SignInDialog>(QStringLiteral("signInDialog"))),
                             10000);
    QCOMPARE(dialog->apiKeyField()->echoMode(), QLineEdit::Password);
    QVERIFY(!dialog->signInButton()->isEnabled());
    auto *url = dialog->findChild<QComboBox *>(QStringLiteral("signInBaseUrl"));
    auto *hint = dialog->findChild<QLabel *>(QStringLiteral("signInUrlHint"));
    QVERIFY(url && hint);
    url->setEditText(QStringLiteral("http://dialnexa.example.com/v1")); // plain http, not loopback
    QCOMPARE(hint->text(),
             ApiClient::validateBaseUrl(QUrl(QStringLiteral("http://dialnexa.example.com/v1"))));
    QVERIFY(!hint->text().isEmpty());
    url->setEditText(m_sandbox.baseUrl().toString());
    dialog->setProfileName(QStringLiteral("Night shift"));
    QTest::keyClicks(dialog->apiKeyField(), m_sandbox.apiKey());
    QVERIFY(dialog->signInButton()->isEnabled());
    shot(dialog, QStringLiteral("sign-in"));
    QTest::mouseClick(dialog->signInButton(), Qt::LeftButton);

    QTRY_VERIFY_WITH_TIMEOUT(m_console->model()->hasLoaded() && m_console->model()->rowCount() > 0,
                             10000);
    QCOMPARE(m_console->session()->state().profile.name, QStringLiteral("Night shift"));
    ErrorBanner *banner = ConsoleProbe::banner(m_console->window());
    QTRY_VERIFY(banner->isVisible());
    QVERIFY2(
        banner->message().contains(QStringLiteral(
            "The system keychain is not available; the key will be kept for this session only.")),
        qPrintable(banner->message()));
    QVERIFY(!m_console->window()->windowTitle().contains(m_sandbox.apiKey()));
    profiles.sync();
    QFile file(ini);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray saved = file.readAll();
    QVERIFY(saved.contains("Night shift"));
    QVERIFY2(!saved.contains(m_sandbox.apiKey().toUtf8()),
             "the key must never reach a settings file");
    QFile preferences(Settings().fileName());
    if (preferences.open(QIODevice::ReadOnly))
        QVERIFY2(!preferences.readAll().contains(m_sandbox.apiKey().toUtf8()),
                 "the key must never reach the preferences file");
    m_console.reset(); // before the stores it points at go away
}

static double luminance(const QColor &c)
{
    auto lin = [](double v) {
        return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * lin(c.redF()) + 0.7152 * lin(c.greenF()) + 0.0722 * lin(c.blueF());
}

static double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}

void TestConsole::statusColoursReadOnLightAndDark()
{
    QPalette light;
    light.setColor(QPalette::Base, Qt::white);
    light.setColor(QPalette::Text, Qt::black);
    QPalette dark;
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    QVERIFY(!StatusStyle::isDark(light));
    QVERIFY(StatusStyle::isDark(dark));
    for (WorkflowState s :
         {WorkflowState::Draft, WorkflowState::Active, WorkflowState::Paused,
          WorkflowState::Completed, WorkflowState::Cancelled, WorkflowState::Unknown}) {
        for (const QPalette &pal : {light, dark}) {
            // Badge text on its own fill: at least WCAG AA for large/bold text.
            const double ratio = contrast(StatusStyle::color(s, pal), StatusStyle::fill(s, pal));
            QVERIFY2(ratio >= 3.0,
                     qPrintable(QStringLiteral("state %1 ratio %2").arg(int(s)).arg(ratio)));
            QVERIFY(!StatusStyle::icon(s, pal).isNull());
        }
    }
    // Every state looks different from the others (colour and icon), on both palettes.
    QSet<QRgb> colours;
    for (WorkflowState s :
         {WorkflowState::Draft, WorkflowState::Active, WorkflowState::Paused,
          WorkflowState::Completed, WorkflowState::Cancelled, WorkflowState::Unknown})
        colours.insert(StatusStyle::color(s, light).rgb());
    QCOMPARE(colours.size(), 6);
    QCOMPARE(StatusStyle::text(WorkflowStatus::fromApi(QStringLiteral("inactive"))),
             QStringLiteral("inactive"));
    QCOMPARE(StatusStyle::text(WorkflowStatus::fromApi(QStringLiteral("running"))),
             QStringLiteral("Active"));
    QCOMPARE(StatusStyle::text(WorkflowStatus::fromApi(QStringLiteral("active")),
                               LifecycleAction::Pause),
             QStringLiteral("Pausing…"));
}

// --timeout-ms (ConsoleOptions::timeoutMs) sets the client's inactivity timeout and its
// overall request deadline (issue 9, item 8); without it the defaults stay (15 s, 30 s).
void TestConsole::timeoutOptionSetsBothLimits()
{
    QCOMPARE(m_console->client()->transferTimeoutMs(), 15000);
    QCOMPARE(m_console->client()->requestDeadlineMs(), 30000);
    m_console.reset();
    ConsoleOptions options;
    options.persistentAccount = false;
    options.sandbox = true;
    options.sandboxBaseUrl = m_sandbox.baseUrl();
    options.sandboxApiKey = m_sandbox.apiKey();
    options.refreshIntervalMs = 10 * 60 * 1000;
    options.timeoutMs = 1500;
    m_console = std::make_unique<ConsoleApp>(options);
    QCOMPARE(m_console->client()->transferTimeoutMs(), 1500);
    QCOMPARE(m_console->client()->requestDeadlineMs(), 1500);
}

QTEST_MAIN(TestConsole)
#include "tst_console.moc"

// Bulk actions and incident sessions as a supervisor uses them during an incident: the
// confirmation names verb and count and Esc sends nothing, "Pause all active"
// needs a reason and honours the search, the progress window tells each workflow's fate,
// resuming an incident gives back exactly what it paused, and the audit panel shows (and
// exports) single and bulk actions. Offscreen, against the in-process sandbox.

#include "ConsoleApp.h"
#include "api/ApiClient.h"
#include "audit/AuditController.h"
#include "audit/AuditLog.h"
#include "audit/AuditLogModel.h"
#include "audit/AuditPanel.h"
#include "bulk/BulkActionsController.h"
#include "bulk/BulkConfirmDialog.h"
#include "bulk/BulkProgressWindow.h"
#include "incidents/IncidentCoordinator.h"
#include "incidents/IncidentResumeDialog.h"
#include "incidents/IncidentStore.h"
#include "incidents/IncidentsController.h"
#include "incidents/IncidentsDialog.h"
#include "monitoring/ActivityLogModel.h"
#include "monitoring/ChangeTracker.h"
#include "monitoring/MonitoringController.h"
#include "shell/MainWindow.h"
#include "storage/ConsoleDatabase.h"
#include "workflows/WorkflowActionService.h"
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
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

class TestIncident : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void confirmNamesVerbAndCountAndEscSendsNothing();
    void pauseAllActiveNeedsReason();
    void pauseAllActiveHonoursSearch();
    void progressShowsEachWorkflowsOutcome();
    void rateLimitShowsBackoffNote();
    void resumeIncidentResumesOnlyWhatItPaused();
    void incidentOfAnotherServerIsNotResumedHere();
    void auditPanelShowsSingleAndBulkAndExportsCsv();

private:
    SandboxControl &sandbox();
    QJsonObject control(const QByteArray &method, const QString &path,
                        const QJsonObject &body = QJsonObject());
    QStringList posts(const QString &action);
    void insert(const QString &id, const QString &name, const QString &status, int leads);
    QString status(const QString &id);
    void refreshAndWaitFor(const QStringList &ids);
    void select(const QStringList &ids);
    BulkActionsController *bulk() const { return m_console->bulkActions(); }
    BulkConfirmDialog *waitForConfirm();
    bool waitIdle(int timeoutMs = 15000);
    bool settled();
    static void shot(QWidget *w, const QString &name);

    QTemporaryDir m_data;
    SandboxHost m_sandbox;
    std::unique_ptr<SandboxControl> m_control;
    std::unique_ptr<ConsoleApp> m_console;
};

void TestIncident::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("DialNexaTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_ui_incident"));
    Settings().clear();
    QVERIFY(m_data.isValid());
    qputenv("DIALNEXA_DATA_DIR", m_data.path().toUtf8());

    SandboxOptions options;
    options.tickMs = 0;
    options.workflowCount = 6;
    options.seed = 11;
    QVERIFY(m_sandbox.start(options));
}

void TestIncident::init()
{
    control("POST", QStringLiteral("reset"));
    ConsoleOptions options;
    options.persistentAccount = false;
    options.sandbox = true;
    options.sandboxBaseUrl = m_sandbox.baseUrl();
    options.sandboxApiKey = m_sandbox.apiKey();
    options.refreshIntervalMs = 10 * 60 * 1000;
    m_console = std::make_unique<ConsoleApp>(options);
    m_console->start();
    QTRY_VERIFY_WITH_TIMEOUT(m_console->model()->hasLoaded(), 10000);
    QVERIFY(QTest::qWaitForWindowExposed(m_console->window()));
    QVERIFY(bulk());
}

void TestIncident::cleanup()
{
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (qobject_cast<QDialog *>(w) && w->isVisible())
            w->close();
    }
    m_console.reset();
}

SandboxControl &TestIncident::sandbox()
{
    if (!m_control)
        m_control = std::make_unique<SandboxControl>(m_sandbox.controlUrl());
    return *m_control;
}

QJsonObject TestIncident::control(const QByteArray &method, const QString &path,
                                  const QJsonObject &body)
{
    return sandbox().json(method, path, body);
}

QStringList TestIncident::posts(const QString &action)
{
    return sandbox().postedIds(action);
}

void TestIncident::insert(const QString &id, const QString &name, const QString &st, int leads)
{
    QVERIFY(sandbox().insertWorkflow(id, name, st, leads));
}

QString TestIncident::status(const QString &id)
{
    return sandbox().status(id);
}

void TestIncident::refreshAndWaitFor(const QStringList &ids)
{
    ConsoleProbe::refreshAction(m_console->window())->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(
        std::all_of(ids.begin(), ids.end(),
                    [this](const QString &id) { return m_console->model()->rowOf(id) >= 0; }),
        10000);
    control("DELETE", QStringLiteral("requests"));
}

void TestIncident::select(const QStringList &ids)
{
    QTableView *table = ConsoleProbe::table(m_console->window());
    table->clearSelection();
    for (const QString &id : ids) {
        const int row = m_console->model()->rowOf(id);
        QVERIFY2(row >= 0, qPrintable(id));
        const QModelIndex index =
            m_console->shownRows()->mapFromSource(m_console->model()->index(row, 0));
        QVERIFY(index.isValid());
        table->selectionModel()->select(index,
                                        QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
}

BulkConfirmDialog *TestIncident::waitForConfirm()
{
    BulkConfirmDialog *dialog = nullptr;
    const bool shown = QTest::qWaitFor(
        [&] {
            dialog = bulk()->confirmDialog();
            return dialog && dialog->isVisible();
        },
        5000);
    return shown ? dialog : nullptr;
}

bool TestIncident::waitIdle(int timeoutMs)
{
    return QTest::qWaitFor(
        [this] {
            return !bulk()->isBusy() && bulk()->progressWindow() &&
                   !bulk()->progressWindow()->isRunning();
        },
        timeoutMs);
}

// "Nothing else was sent", without a fixed sleep: every event queued so far has run, and a
// sentinel request sent through the console's own network manager has been answered, so
// any request the console sent before it is in the sandbox log (SandboxControl::sentinel).
bool TestIncident::settled()
{
    if (!m_control)
        m_control = std::make_unique<SandboxControl>(m_sandbox.controlUrl());
    return PostedEvents::flush() &&
           m_control->sentinel(m_console->client()->networkAccessManager(), m_sandbox.baseUrl());
}

void TestIncident::shot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("DIALNEXA_UI_SHOT_DIR");
    if (dir.isEmpty() || !w)
        return;
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    if (w)
        w->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

// ---------------------------------------------------------------------------------------

void TestIncident::confirmNamesVerbAndCountAndEscSendsNothing()
{
    insert(QStringLiteral("wf_cf_1"), QStringLiteral("Confirm one"), QStringLiteral("active"),
           1000);
    insert(QStringLiteral("wf_cf_2"), QStringLiteral("Confirm two"), QStringLiteral("active"), 200);
    insert(QStringLiteral("wf_cf_3"), QStringLiteral("Confirm three"), QStringLiteral("running"),
           40);
    insert(QStringLiteral("wf_cf_4"), QStringLiteral("Confirm paused"), QStringLiteral("paused"),
           7);
    refreshAndWaitFor({QStringLiteral("wf_cf_1"), QStringLiteral("wf_cf_2"),
                       QStringLiteral("wf_cf_3"), QStringLiteral("wf_cf_4")});

    QCOMPARE(ConsoleProbe::table(m_console->window())->selectionMode(),
             QAbstractItemView::ExtendedSelection);
    select({QStringLiteral("wf_cf_1"), QStringLiteral("wf_cf_2"), QStringLiteral("wf_cf_3"),
            QStringLiteral("wf_cf_4")});
    // The paused one does not count for "Pause selected", only for "Resume selected".
    QCOMPARE(bulk()->pauseSelectedAction()->text(), QStringLiteral("Pause selected (3)"));
    QCOMPARE(bulk()->resumeSelectedAction()->text(), QStringLiteral("Resume selected (1)"));
    QVERIFY(bulk()->pauseSelectedAction()->isEnabled());

    bulk()->pauseSelectedAction()->trigger();
    BulkConfirmDialog *dialog = waitForConfirm();
    QVERIFY(dialog);
    QCOMPARE(dialog->confirmButton()->text(), QStringLiteral("Pause 3 workflows"));
    QCOMPARE(dialog->safeButton()->text(), QStringLiteral("Don't pause"));
    // Pausing is reversible and urgent: Enter confirms (issue 15 item 4).
    QVERIFY(dialog->confirmButton()->isDefault());
    QVERIFY(!dialog->safeButton()->isDefault());
    QVERIFY(dialog->confirmButton()->isEnabled()); // reason optional for a selection
    QCOMPARE(dialog->nameList()->count(), 3);
    QCOMPARE(dialog->leadsLabel()->text(),
             QStringLiteral("About 1,240 enrolled leads stop moving."));
    shot(dialog, QStringLiteral("confirm_selected"));

    // Esc is the safe choice: nothing is sent.
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    QPointer<BulkConfirmDialog> guard(dialog);
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(!guard || !guard->isVisible());
    // "Don't pause" too.
    bulk()->pauseSelectedAction()->trigger();
    dialog = waitForConfirm();
    QVERIFY(dialog);
    guard = dialog;
    QTest::mouseClick(dialog->safeButton(), Qt::LeftButton);
    QTRY_VERIFY(!guard || !guard->isVisible());
    QVERIFY(settled());
    QVERIFY(posts(QStringLiteral("pause")).isEmpty());
    QVERIFY(!bulk()->progressWindow() || !bulk()->progressWindow()->isVisible());
}

void TestIncident::pauseAllActiveNeedsReason()
{
    QCOMPARE(bulk()->pauseAllActiveAction()->shortcut(),
             QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    const int active = int(bulk()->visibleActiveItems().size());
    QVERIFY(active > 0);
    bulk()->pauseAllActiveAction()->trigger();
    BulkConfirmDialog *dialog = waitForConfirm();
    QVERIFY(dialog);
    QVERIFY(dialog->isReasonRequired());
    QCOMPARE(dialog->confirmButton()->text(),
             active == 1 ? QStringLiteral("Pause 1 workflow")
                         : QStringLiteral("Pause %1 workflows").arg(active));
    QVERIFY(!dialog->confirmButton()->isEnabled());
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    dialog->reasonField()->setFocus();
    QTest::keyClicks(dialog->reasonField(), QStringLiteral("   "));
    QVERIFY(!dialog->confirmButton()->isEnabled()); // blanks are not a reason
    QTest::keyClicks(dialog->reasonField(), QStringLiteral("Carrier outage"));
    QVERIFY(dialog->confirmButton()->isEnabled());
    shot(dialog, QStringLiteral("confirm_all_active"));
    dialog->reasonField()->clear();
    QVERIFY(!dialog->confirmButton()->isEnabled());
    dialog->safeButton()->click();
    QVERIFY(settled());
    QVERIFY(posts(QStringLiteral("pause")).isEmpty());
}

void TestIncident::pauseAllActiveHonoursSearch()
{
    insert(QStringLiteral("wf_zn_1"), QStringLiteral("Zenith north 1"), QStringLiteral("active"),
           10);
    insert(QStringLiteral("wf_zn_2"), QStringLiteral("Zenith north 2"), QStringLiteral("running"),
           10);
    insert(QStringLiteral("wf_zn_3"), QStringLiteral("Zenith NORTH 3"), QStringLiteral("active"),
           10);
    insert(QStringLiteral("wf_zn_4"), QStringLiteral("Zenith north paused"),
           QStringLiteral("paused"), 10);
    insert(QStringLiteral("wf_zn_5"), QStringLiteral("Zenith north draft"), QStringLiteral("draft"),
           0);
    insert(QStringLiteral("wf_zs_1"), QStringLiteral("Zenith south 1"), QStringLiteral("active"),
           10);
    refreshAndWaitFor({QStringLiteral("wf_zn_1"), QStringLiteral("wf_zs_1")});

    ConsoleProbe::searchField(m_console->window())->setText(QStringLiteral("zenith north"));
    QTRY_COMPARE(m_console->shownRows()->rowCount(), 5);
    QCOMPARE(bulk()->visibleActiveItems().size(), 3);

    QSignalSpy external(m_console->monitor()->changeTracker(), &ChangeTracker::externalChange);
    bulk()->pauseAllActiveAction()->trigger();
    BulkConfirmDialog *dialog = waitForConfirm();
    QVERIFY(dialog);
    QCOMPARE(dialog->confirmButton()->text(), QStringLiteral("Pause 3 workflows"));
    QCOMPARE(dialog->leadsLabel()->text(), QStringLiteral("About 30 enrolled leads stop moving."));
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    QTest::keyClicks(dialog->reasonField(), QStringLiteral("Complaint about north routes"));
    dialog->confirmButton()->click();

    QVERIFY(waitIdle());
    const QStringList expected = {QStringLiteral("wf_zn_1"), QStringLiteral("wf_zn_2"),
                                  QStringLiteral("wf_zn_3")};
    QCOMPARE(posts(QStringLiteral("pause")), expected);
    for (const QString &id : expected)
        QCOMPARE(status(id), QStringLiteral("paused"));
    QCOMPARE(status(QStringLiteral("wf_zs_1")), QStringLiteral("active"));

    // One incident with the reason, listing the three.
    const QList<Incident> open = m_console->incidentCoordinator()->openIncidents();
    QVERIFY(!open.isEmpty());
    QCOMPARE(open.first().reason, QStringLiteral("Complaint about north routes"));
    QCOMPARE(open.first().profile, m_console->session()->state().profile.name);
    QVERIFY(!open.first().apiHost.isEmpty());
    // The list shows what the server confirmed.
    for (const QString &id : expected) {
        const auto w = m_console->model()->workflow(id);
        QVERIFY(w);
        QCOMPARE(w->status.state(), WorkflowState::Paused);
    }
    // The incident's own pauses are logged as this console's, never announced as
    // changes "not by this console", not even after the follow-up poll.
    const ActivityLogModel *activity = m_console->monitor()->activityLog();
    const auto ownPauses = [&] {
        int n = 0;
        for (const ActivityEntry &e : activity->entries())
            n += expected.contains(e.workflowId) && e.origin == ActivityEntry::Origin::ThisConsole;
        return n;
    };
    QTRY_COMPARE_WITH_TIMEOUT(ownPauses(), 3, 5000);
    // A poll of our own, answered and applied to the model (when the bulk run's follow-up
    // poll is still in flight, ours is the one coalesced after it)…
    WorkflowPoller *poller = m_console->poller();
    const int pollsBefore = poller->refreshCount();
    QSignalSpy polled(poller, &WorkflowPoller::refreshSucceeded);
    ConsoleProbe::refreshAction(m_console->window())->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(poller->refreshCount() > pollsBefore && !poller->isRefreshing() &&
                                 !poller->hasFollowUpQueued() && !polled.isEmpty(),
                             10000);
    // …and every status change it brought classified now instead of on the tracker's
    // zero-timer: none of them is "not by this console".
    m_console->monitor()->changeTracker()->flush();
    QCOMPARE(external.count(), 0);
}

void TestIncident::progressShowsEachWorkflowsOutcome()
{
    const QStringList ids = {QStringLiteral("wf_mx_1"), QStringLiteral("wf_mx_2"),
                             QStringLiteral("wf_mx_3"), QStringLiteral("wf_mx_4"),
                             QStringLiteral("wf_mx_5")};
    for (int i = 0; i < ids.size(); ++i)
        insert(ids.at(i), QStringLiteral("Mixed %1").arg(i + 1), QStringLiteral("active"), 5);
    refreshAndWaitFor(ids);
    select(ids);
    QCOMPARE(bulk()->pauseSelectedAction()->text(), QStringLiteral("Pause selected (5)"));

    // Meanwhile, elsewhere: one paused by someone else, one cancelled, one deleted, one 503.
    control("POST", QStringLiteral("workflows/wf_mx_2/status"), {{"status", "paused"}});
    control("POST", QStringLiteral("workflows/wf_mx_3/status"), {{"status", "cancelled"}});
    control("DELETE", QStringLiteral("workflows/wf_mx_4"));
    control("POST", QStringLiteral("faults"),
            {{"method", "POST"},
             {"path", "/v1/workflows/wf_mx_5/pause"},
             {"count", 1},
             {"status", 503}});

    bulk()->pauseSelectedAction()->trigger();
    BulkConfirmDialog *dialog = waitForConfirm();
    QVERIFY(dialog);
    dialog->confirmButton()->click();
    QVERIFY(waitIdle());

    BulkProgressWindow *progress = bulk()->progressWindow();
    QVERIFY(progress->isVisible());
    QCOMPARE(progress->rowCount(), 5);
    QCOMPARE(progress->outcomeText(QStringLiteral("wf_mx_1")), QStringLiteral("Paused"));
    QCOMPARE(progress->outcomeText(QStringLiteral("wf_mx_2")), QStringLiteral("Already paused"));
    QCOMPARE(progress->outcomeText(QStringLiteral("wf_mx_3")),
             QStringLiteral("Conflict (cancelled)"));
    QCOMPARE(progress->outcomeText(QStringLiteral("wf_mx_4")), QStringLiteral("Not found"));
    QVERIFY2(
        progress->outcomeText(QStringLiteral("wf_mx_5")).startsWith(QStringLiteral("Failed: ")),
        qPrintable(progress->outcomeText(QStringLiteral("wf_mx_5"))));
    QCOMPARE(progress->progressBar()->value(), 5);
    QVERIFY(progress->retryButton()->isEnabled());
    QVERIFY(!progress->cancelButton()->isEnabled());
    shot(progress, QStringLiteral("progress_mixed"));

    // Retry failed re-sends only the failed one, and the incident remembers it paused it.
    control("DELETE", QStringLiteral("requests"));
    progress->retryButton()->click();
    QVERIFY(waitIdle());
    QCOMPARE(posts(QStringLiteral("pause")), QStringList{QStringLiteral("wf_mx_5")});
    QCOMPARE(progress->outcomeText(QStringLiteral("wf_mx_5")), QStringLiteral("Paused"));
    QVERIFY(!progress->retryButton()->isEnabled());
    const QString incident = progress->incidentId();
    QVERIFY(incident.startsWith(QStringLiteral("INC-")));
    ConsoleDatabase database;
    IncidentStore store(&database);
    QVERIFY(database.open(m_console->database()->path())); // the sandbox's own file
    QStringList pausedByIt;
    for (const IncidentWorkflow &w : store.workflows(incident)) {
        if (w.pausedByIncident)
            pausedByIt.append(w.workflowId);
    }
    pausedByIt.sort();
    QCOMPARE(pausedByIt, (QStringList{QStringLiteral("wf_mx_1"), QStringLiteral("wf_mx_5")}));
}

void TestIncident::rateLimitShowsBackoffNote()
{
    insert(QStringLiteral("wf_rl_1"), QStringLiteral("Rate limited 1"), QStringLiteral("active"),
           1);
    insert(QStringLiteral("wf_rl_2"), QStringLiteral("Rate limited 2"), QStringLiteral("active"),
           1);
    refreshAndWaitFor({QStringLiteral("wf_rl_1"), QStringLiteral("wf_rl_2")});
    // DialNexa answers the first pause with 429 Retry-After: 2.
    control("POST", QStringLiteral("faults"),
            {{"method", "POST"},
             {"path", "/v1/workflows/*/pause"},
             {"count", 1},
             {"status", 429},
             {"headers", QJsonObject{{"Retry-After", "2"}}}});
    select({QStringLiteral("wf_rl_1"), QStringLiteral("wf_rl_2")});
    bulk()->pauseSelectedAction()->trigger();
    BulkConfirmDialog *dialog = waitForConfirm();
    QVERIFY(dialog);
    dialog->confirmButton()->click();
    BulkProgressWindow *progress = bulk()->progressWindow();
    QVERIFY(progress);
    QTRY_VERIFY_WITH_TIMEOUT(progress->backoffText().startsWith(
                                 QStringLiteral("DialNexa asked us to slow down; waiting ")),
                             5000);
    QVERIFY2(progress->backoffText().endsWith(QStringLiteral(" s")),
             qPrintable(progress->backoffText()));
    shot(progress, QStringLiteral("progress_backoff"));
    QVERIFY(waitIdle());
    QVERIFY(progress->backoffText().isEmpty());
    QCOMPARE(progress->outcomeText(QStringLiteral("wf_rl_1")), QStringLiteral("Paused"));
    QCOMPARE(progress->outcomeText(QStringLiteral("wf_rl_2")), QStringLiteral("Paused"));
    QVERIFY(progress->summaryLabel()->text().contains(QStringLiteral("slow down")));

    // Closed mid-way or after, it comes back from the View menu.
    progress->close();
    QVERIFY(bulk()->showProgressAction()->isEnabled());
    bulk()->showProgressAction()->trigger();
    QVERIFY(progress->isVisible());
}

void TestIncident::resumeIncidentResumesOnlyWhatItPaused()
{
    insert(QStringLiteral("wf_ri_1"), QStringLiteral("Incident A"), QStringLiteral("active"), 3);
    insert(QStringLiteral("wf_ri_2"), QStringLiteral("Incident B"), QStringLiteral("active"), 3);
    insert(QStringLiteral("wf_ri_3"), QStringLiteral("Incident C"), QStringLiteral("active"), 3);
    insert(QStringLiteral("wf_ri_4"), QStringLiteral("Incident D (paused before)"),
           QStringLiteral("active"), 3);
    insert(QStringLiteral("wf_ri_5"), QStringLiteral("Incident E (paused long ago)"),
           QStringLiteral("paused"), 3);
    refreshAndWaitFor({QStringLiteral("wf_ri_1"), QStringLiteral("wf_ri_5")});
    // Someone paused D between the last poll and the bulk pause: "already paused".
    control("POST", QStringLiteral("workflows/wf_ri_4/status"), {{"status", "paused"}});

    ConsoleProbe::searchField(m_console->window())->setText(QStringLiteral("Incident "));
    QTRY_COMPARE(m_console->shownRows()->rowCount(), 5);
    bulk()->pauseAllActiveAction()->trigger();
    BulkConfirmDialog *dialog = waitForConfirm();
    QVERIFY(dialog);
    QCOMPARE(dialog->confirmButton()->text(), QStringLiteral("Pause 4 workflows"));
    dialog->reasonField()->setText(QStringLiteral("Quiet hours"));
    dialog->confirmButton()->click();
    QVERIFY(waitIdle());
    const QString incident = bulk()->progressWindow()->incidentId();
    QVERIFY(!incident.isEmpty());
    QCOMPARE(bulk()->progressWindow()->outcomeText(QStringLiteral("wf_ri_4")),
             QStringLiteral("Already paused"));

    // Later, someone else resumes B by hand.
    control("POST", QStringLiteral("workflows/wf_ri_2/status"), {{"status", "active"}});
    control("DELETE", QStringLiteral("requests"));

    m_console->incidents()->resumeIncidentAction()->trigger();
    IncidentsDialog *incidents = nullptr;
    QTRY_VERIFY((incidents = m_console->incidents()->incidentsDialog()) && incidents->isVisible());
    QVERIFY(incidents->selectIncident(incident));
    int row = -1;
    for (int r = 0; r < incidents->table()->rowCount(); ++r) {
        if (incidents->table()->item(r, IncidentsDialog::IdColumn)->text() == incident)
            row = r;
    }
    QVERIFY(row >= 0);
    QCOMPARE(incidents->table()->item(row, IncidentsDialog::ReasonColumn)->text(),
             QStringLiteral("Quiet hours"));
    QCOMPARE(incidents->table()->item(row, IncidentsDialog::StatusColumn)->text(),
             QStringLiteral("open"));
    QCOMPARE(incidents->table()->item(row, IncidentsDialog::PausedColumn)->text(),
             QStringLiteral("3 workflows"));
    shot(incidents, QStringLiteral("incidents_dialog"));
    QVERIFY(incidents->resumeButton()->isEnabled());
    incidents->resumeButton()->click();
    IncidentResumeDialog *ask = nullptr;
    QTRY_VERIFY((ask = incidents->findChild<IncidentResumeDialog *>()) && ask->isVisible());
    QCOMPARE(ask->confirmButton()->text(), QStringLiteral("Resume 3 workflows"));
    ask->confirmButton()->click();
    QVERIFY(waitIdle());

    QCOMPARE(posts(QStringLiteral("resume")),
             (QStringList{QStringLiteral("wf_ri_1"), QStringLiteral("wf_ri_3")}));
    QCOMPARE(status(QStringLiteral("wf_ri_1")), QStringLiteral("active"));
    QCOMPARE(status(QStringLiteral("wf_ri_3")), QStringLiteral("active"));
    QCOMPARE(status(QStringLiteral("wf_ri_4")), QStringLiteral("paused")); // not ours to resume
    QCOMPARE(status(QStringLiteral("wf_ri_5")), QStringLiteral("paused")); // never in the incident

    BulkProgressWindow *progress = bulk()->progressWindow();
    QCOMPARE(progress->outcomeText(QStringLiteral("wf_ri_1")), QStringLiteral("Resumed"));
    QVERIFY2(
        progress->outcomeText(QStringLiteral("wf_ri_2")).contains(QStringLiteral("Already active")),
        qPrintable(progress->outcomeText(QStringLiteral("wf_ri_2"))));
    QVERIFY2(
        progress->outcomeText(QStringLiteral("wf_ri_4")).contains(QStringLiteral("did not pause")),
        qPrintable(progress->outcomeText(QStringLiteral("wf_ri_4"))));
    QVERIFY2(progress->summaryLabel()->text().contains(QStringLiteral("closed")),
             qPrintable(progress->summaryLabel()->text()));
    shot(progress, QStringLiteral("progress_resume_incident"));
    const auto after = m_console->incidentCoordinator()->allIncidents();
    bool closed = false;
    for (const Incident &i : after)
        closed |= i.id == incident && !i.isOpen();
    QVERIFY(closed);
    // The list shows B and the resumed ones active, D and E still paused.
    QTRY_COMPARE(m_console->model()->workflow(QStringLiteral("wf_ri_1"))->status.state(),
                 WorkflowState::Active);
    QCOMPARE(m_console->model()->workflow(QStringLiteral("wf_ri_5"))->status.state(),
             WorkflowState::Paused);
}

// Issue 9 item 3: an incident opened against another server (here: production) is never
// resumed against the one the console is connected to (the sandbox); the dialog says which
// profile and host it belongs to, and nothing is sent.
void TestIncident::incidentOfAnotherServerIsNotResumedHere()
{
    insert(QStringLiteral("wf_xs_1"), QStringLiteral("Other server A"), QStringLiteral("active"),
           3);
    refreshAndWaitFor({QStringLiteral("wf_xs_1")});
    IncidentStore *store = m_console->incidentStore();
    const std::optional<Incident> prod =
        store->createIncident(QStringLiteral("Production outage"), QStringLiteral("alice"),
                              QStringLiteral("Production"), QStringLiteral("api.dialnexa.com"));
    QVERIFY(prod);
    // A workflow id that also exists here: only the incident's host tells them apart.
    QVERIFY(store->addWorkflow(prod->id, QStringLiteral("wf_xs_1"), QStringLiteral("Prod A")));
    QVERIFY(store->markPauseRequested(prod->id, QStringLiteral("wf_xs_1")));
    QVERIFY(store->recordPauseOutcome(prod->id, QStringLiteral("wf_xs_1"), QStringLiteral("done"),
                                      true));
    control("POST", QStringLiteral("workflows/wf_xs_1/status"), {{"status", "paused"}});
    control("DELETE", QStringLiteral("requests"));

    m_console->incidents()->resumeIncidentAction()->trigger();
    IncidentsDialog *incidents = nullptr;
    QTRY_VERIFY((incidents = m_console->incidents()->incidentsDialog()) && incidents->isVisible());
    QVERIFY(incidents->selectIncident(prod->id));
    QVERIFY(!incidents->resumeButton()->isEnabled());
    auto *serverNote = incidents->findChild<QLabel *>(QStringLiteral("incidentsServerNote"));
    QVERIFY(serverNote);
    const QString note = serverNote->text();
    QVERIFY2(note.contains(QStringLiteral("Production")) &&
                 note.contains(QStringLiteral("api.dialnexa.com")),
             qPrintable(note));
    QVERIFY(serverNote->isVisible());
    shot(incidents, QStringLiteral("incidents_dialog_other_server"));

    // Even when asked directly (e.g. "Retry failed" of an old progress window): refused.
    m_console->incidents()->startIncidentResume(prod->id);
    QVERIFY(m_control->sentinel(m_console->client()->networkAccessManager(), m_sandbox.baseUrl()));
    const QJsonArray log =
        control("GET", QStringLiteral("requests")).value(QStringLiteral("data")).toArray();
    for (const QJsonValue &v : log)
        QVERIFY2(v.toObject()
                     .value(QStringLiteral("path"))
                     .toString()
                     .contains(QStringLiteral("__sentinel")),
                 qPrintable(v.toObject().value(QStringLiteral("path")).toString()));
    QVERIFY(store->incident(prod->id)->isOpen());
    QCOMPARE(status(QStringLiteral("wf_xs_1")), QStringLiteral("paused"));
    QVERIFY(!m_console->incidentCoordinator()->resumeIncident(prod->id));
    QVERIFY(store->incident(prod->id)->isOpen());
}

void TestIncident::auditPanelShowsSingleAndBulkAndExportsCsv()
{
    insert(QStringLiteral("wf_au_1"), QStringLiteral("Audit single"), QStringLiteral("active"), 2);
    insert(QStringLiteral("wf_au_2"), QStringLiteral("Audit bulk 1"), QStringLiteral("active"), 2);
    insert(QStringLiteral("wf_au_3"), QStringLiteral("Audit bulk 2"), QStringLiteral("active"), 2);
    refreshAndWaitFor(
        {QStringLiteral("wf_au_1"), QStringLiteral("wf_au_2"), QStringLiteral("wf_au_3")});

    // A single pause through the toolbar action (WorkflowActionService) is audited too.
    MainWindow *window = m_console->window();
    QVERIFY(window->selectWorkflow(QStringLiteral("wf_au_1")));
    QVERIFY(ConsoleProbe::pauseAction(window)->isEnabled());
    ConsoleProbe::pauseAction(window)->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(status(QStringLiteral("wf_au_1")) == QLatin1String("paused") &&
                                 !m_console->actionService()->isPending(QStringLiteral("wf_au_1")),
                             10000);

    select({QStringLiteral("wf_au_2"), QStringLiteral("wf_au_3")});
    bulk()->pauseSelectedAction()->trigger();
    BulkConfirmDialog *dialog = waitForConfirm();
    QVERIFY(dialog);
    dialog->reasonField()->setText(QStringLiteral("Bad prompt, \"v2\""));
    dialog->confirmButton()->click();
    QVERIFY(waitIdle());
    const QString incident = bulk()->progressWindow()->incidentId();

    m_console->audit()->auditLogAction()->trigger();
    QVERIFY(m_console->audit()->auditDock()->isVisible());
    AuditPanel *panel = m_console->audit()->auditPanel();
    AuditLogModel *model = panel->model();
    QTRY_VERIFY(model->rowCount() >= 3);
    // Rows appear when the request is recorded and complete when the outcome is.
    const auto singleDone = [&] {
        for (const AuditEntry &e : model->entries()) {
            if (e.workflowId == QLatin1String("wf_au_1") && e.action == QLatin1String("pause"))
                return e.incidentId.isEmpty() && e.outcome == QLatin1String("done") &&
                       e.httpStatus == 200 && !e.osUser.isEmpty() &&
                       e.profile == m_console->session()->state().profile.name;
        }
        return false;
    };
    const auto bulkDone = [&] {
        int n = 0;
        for (const AuditEntry &e : model->entries()) {
            n += e.incidentId == incident && e.outcome == QLatin1String("done") &&
                         e.reason == QLatin1String("Bad prompt, \"v2\"")
                     ? 1
                     : 0;
        }
        return n;
    };
    QTRY_VERIFY(singleDone());
    QTRY_COMPARE(bulkDone(), 2);

    // Filters: text and incident.
    panel->textFilter()->setText(QStringLiteral("Audit bulk"));
    QTRY_COMPARE(model->rowCount(), 2);
    panel->textFilter()->clear();
    const int index = panel->incidentFilter()->findData(incident);
    QVERIFY(index > 0);
    panel->incidentFilter()->setCurrentIndex(index);
    QTRY_COMPARE(model->rowCount(), 2);
    panel->incidentFilter()->setCurrentIndex(0);
    QTRY_VERIFY(model->rowCount() >= 3);
    window->resize(1280, 800);
    shot(window, QStringLiteral("main_with_audit"));

    // Export CSV… through the (non-native) file dialog.
    const QString path = QDir(m_data.path()).filePath(QStringLiteral("export/audit.csv"));
    QDir().mkpath(QFileInfo(path).absolutePath());
    panel->exportButton()->click();
    QFileDialog *files = nullptr;
    QTRY_VERIFY((files = panel->exportDialog()) && files->isVisible());
    QVERIFY(files->testOption(QFileDialog::DontUseNativeDialog));
    files->selectFile(path);
    static_cast<QDialog *>(files)->accept(); // QFileDialog::accept is protected
    QTRY_VERIFY(QFile::exists(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString csv = QString::fromUtf8(file.readAll());
    const QStringList lines = csv.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QVERIFY(lines.size() >= 4);
    QVERIFY(lines.first().startsWith(QStringLiteral("id,requested_at_utc,")));
    QVERIFY(csv.contains(QStringLiteral("\"Bad prompt, \"\"v2\"\"\"")));
    QVERIFY(!csv.contains(m_sandbox.apiKey()));
    QVERIFY(panel->statusText().contains(QStringLiteral("Exported")));
}

QTEST_MAIN(TestIncident)
#include "tst_incident.moc"

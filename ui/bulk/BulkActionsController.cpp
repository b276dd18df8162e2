#include "bulk/BulkActionsController.h"

#include "audit/AuditLog.h"
#include "audit/AuditPanel.h"
#include "bulk/BulkActionRunner.h"
#include "bulk/BulkConfirmDialog.h"
#include "bulk/BulkProgressWindow.h"
#include "incidents/IncidentCoordinator.h"
#include "incidents/IncidentStore.h"
#include "incidents/IncidentsDialog.h"
#include "incidents/ResumeItemReport.h"
#include "monitoring/ChangeTracker.h"
#include "shell/MainWindow.h"
#include "style/StatusStyle.h"
#include "workflows/WorkflowFilterProxy.h"
#include "workflows/WorkflowListModel.h"

#include <QAction>
#include <QDockWidget>
#include <QMenu>

namespace {
// "1 workflow" / "37 workflows" (no translation catalogue is loaded, so no %n plurals).
QString count(int n, const char *one, const char *many)
{
    return n == 1 ? QStringLiteral("1 %1").arg(QLatin1String(one))
                  : QStringLiteral("%1 %2").arg(n).arg(QLatin1String(many));
}
} // namespace

BulkActionsController::BulkActionsController(MainWindow *window, WorkflowApi *api,
                                             WorkflowListModel *model, WorkflowFilterProxy *proxy,
                                             AuditLog *audit, IncidentStore *store, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_api(api)
    , m_model(model)
    , m_proxy(proxy)
    , m_audit(audit)
    , m_store(store)
    , m_coordinator(new IncidentCoordinator(api, store, audit, this))
    , m_runner(new BulkActionRunner(api, this))
{
    qRegisterMetaType<BulkItemOutcome>();
    qRegisterMetaType<BulkSummary>();
    qRegisterMetaType<ResumeItemReport>();
    m_runner->setAuditLog(audit);
    m_coordinator->setConcurrency(BulkProgressWindow::savedConcurrency());

    wireRunner(m_coordinator->runner());
    wireRunner(m_runner);
    connect(m_coordinator, &IncidentCoordinator::resumeItemFinished, this,
            [this](const QString &, const ResumeItemReport &r) { onResumeReport(r); });
    connect(m_coordinator, &IncidentCoordinator::resumeFinished, this,
            &BulkActionsController::onResumeFinished);

    buildActions();
    installMenus();

    if (m_store)
        connect(m_store, &IncidentStore::incidentsChanged, this, [this] {
            QStringList ids;
            for (const Incident &i : m_store->allIncidents())
                ids.append(i.id);
            m_auditPanel->setIncidentIds(ids);
        });
    if (m_store) {
        QStringList ids;
        for (const Incident &i : m_store->allIncidents())
            ids.append(i.id);
        m_auditPanel->setIncidentIds(ids);
    }

    connect(window, &MainWindow::selectionChanged, this, &BulkActionsController::updateActions);
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, &BulkActionsController::updateActions);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this,
            &BulkActionsController::updateActions);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &BulkActionsController::updateActions);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &BulkActionsController::updateActions);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this,
            &BulkActionsController::updateActions);
    updateActions();
}

BulkActionsController::~BulkActionsController()
{
    m_coordinator->cancel();
    m_runner->cancel();
    delete m_progress;
}

void BulkActionsController::setContext(const QString &profile, const QString &apiHost)
{
    m_profile = profile;
    m_apiHost = apiHost;
}

QAction *BulkActionsController::auditLogAction() const
{
    return m_auditDock->toggleViewAction();
}

bool BulkActionsController::isBusy() const
{
    return m_coordinator->isBusy() || m_coordinator->runner()->isRunning() || m_runner->isRunning();
}

// ---------------------------------------------------------------------------------------
// Actions and menus

void BulkActionsController::buildActions()
{
    const QPalette pal = m_window->palette();
    m_pauseSelected = new QAction(this);
    m_pauseSelected->setObjectName(QStringLiteral("pauseSelectedAction"));
    m_pauseSelected->setIcon(StatusStyle::actionIcon(LifecycleAction::Pause, pal));
    connect(m_pauseSelected, &QAction::triggered, this, &BulkActionsController::pauseSelected);

    m_resumeSelected = new QAction(this);
    m_resumeSelected->setObjectName(QStringLiteral("resumeSelectedAction"));
    m_resumeSelected->setIcon(StatusStyle::actionIcon(LifecycleAction::Resume, pal));
    connect(m_resumeSelected, &QAction::triggered, this, &BulkActionsController::resumeSelected);

    m_pauseAllActive = new QAction(tr("Pause all active…"), this);
    m_pauseAllActive->setObjectName(QStringLiteral("pauseAllActiveAction"));
    m_pauseAllActive->setIconText(tr("Pause all…"));
    m_pauseAllActive->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_pauseAllActive->setToolTip(tr("Pause every active workflow the current search and filter "
                                    "show, as one incident (Ctrl+Shift+P)"));
    m_pauseAllActive->setIcon(StatusStyle::actionIcon(LifecycleAction::Pause, pal));
    connect(m_pauseAllActive, &QAction::triggered, this, &BulkActionsController::pauseAllActive);

    m_resumeIncident = new QAction(tr("Resume incident…"), this);
    m_resumeIncident->setObjectName(QStringLiteral("resumeIncidentAction"));
    m_resumeIncident->setToolTip(tr("Give back exactly the workflows an incident paused"));
    m_resumeIncident->setIcon(StatusStyle::actionIcon(LifecycleAction::Resume, pal));
    connect(m_resumeIncident, &QAction::triggered, this, &BulkActionsController::openIncidents);

    // Brings back the progress window of the last (or running) bulk action after it was closed.
    m_showProgress = new QAction(tr("Bulk action &progress"), this);
    m_showProgress->setObjectName(QStringLiteral("showBulkProgressAction"));
    m_showProgress->setEnabled(false);
    connect(m_showProgress, &QAction::triggered, this, [this] {
        if (m_progress)
            showProgress();
    });

    m_auditPanel = new AuditPanel(m_audit);
    m_auditDock = new QDockWidget(tr("Audit log"), m_window);
    m_auditDock->setObjectName(QStringLiteral("auditDock"));
    m_auditDock->setWidget(m_auditPanel);
    m_window->addBottomDock(m_auditDock);
    QAction *toggle = m_auditDock->toggleViewAction();
    toggle->setObjectName(QStringLiteral("auditLogAction"));
    toggle->setText(tr("&Audit log"));
    toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
}

void BulkActionsController::installMenus()
{
    QMenu *workflowMenu = m_window->workflowMenu();
    workflowMenu->addSeparator();
    workflowMenu->addAction(m_pauseSelected);
    workflowMenu->addAction(m_resumeSelected);
    workflowMenu->addAction(m_pauseAllActive);
    workflowMenu->addSeparator();
    workflowMenu->addAction(m_resumeIncident);
    QMenu *viewMenu = m_window->viewMenu();
    viewMenu->addSeparator();
    viewMenu->addAction(m_showProgress);
    viewMenu->addAction(auditLogAction());
    // The incident actions on the toolbar, right after the single-workflow actions.
    m_window->addToolBarGroup({m_pauseAllActive, m_resumeIncident});
    m_window->addTableActions({m_pauseSelected, m_resumeSelected});
}

void BulkActionsController::updateActions()
{
    const bool busy = isBusy();
    const int pausable = int(selectedItems(WorkflowState::Active).size());
    const int resumable = int(selectedItems(WorkflowState::Paused).size());
    m_pauseSelected->setText(tr("Pause selected (%1)").arg(pausable));
    m_resumeSelected->setText(tr("Resume selected (%1)").arg(resumable));
    m_pauseSelected->setEnabled(!busy && pausable > 0);
    m_resumeSelected->setEnabled(!busy && resumable > 0);
    m_pauseAllActive->setEnabled(!busy && m_store && m_model->hasLoaded());
    m_resumeIncident->setEnabled(m_store != nullptr);
    if (m_incidents)
        m_incidents->setBusy(busy);
}

BulkItem BulkActionsController::itemAt(int sourceRow) const
{
    const Workflow &w = m_model->workflowAt(sourceRow);
    return BulkItem{w.id, w.name.isEmpty() ? w.id : w.name, w.enrolledLeads};
}

QList<BulkItem> BulkActionsController::selectedItems(WorkflowState state) const
{
    QList<BulkItem> out;
    if (!m_window)
        return out;
    for (const QString &id : m_window->selectedWorkflowIds()) {
        const int row = m_model->rowOf(id);
        if (row < 0)
            continue;
        const Workflow &w = m_model->workflowAt(row);
        if (w.status.state() == state && !m_model->pendingAction(w.id))
            out.append(itemAt(row));
    }
    return out;
}

QList<BulkItem> BulkActionsController::visibleActiveItems() const
{
    QList<BulkItem> out;
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex source = m_proxy->mapToSource(m_proxy->index(row, 0));
        const Workflow &w = m_model->workflowAt(source.row());
        if (w.status.state() == WorkflowState::Active && !m_model->pendingAction(w.id))
            out.append(itemAt(source.row()));
    }
    return out;
}

void BulkActionsController::message(const QString &text)
{
    if (m_window)
        m_window->showStatusMessage(text, 8000);
}

// ---------------------------------------------------------------------------------------
// Starting runs

void BulkActionsController::pauseSelected()
{
    const QList<BulkItem> items = selectedItems(WorkflowState::Active);
    if (items.isEmpty()) {
        message(tr("None of the selected workflows is active."));
        return;
    }
    askAndPause(items, false);
}

void BulkActionsController::pauseAllActive()
{
    const QList<BulkItem> items = visibleActiveItems();
    if (items.isEmpty()) {
        message(tr("No active workflow matches the current search and filter."));
        return;
    }
    askAndPause(items, true);
}

void BulkActionsController::askAndPause(const QList<BulkItem> &items, bool reasonRequired)
{
    if (isBusy()) {
        message(tr("Another bulk action is still running."));
        return;
    }
    if (m_confirm)
        m_confirm->close();
    auto *dialog = new BulkConfirmDialog(LifecycleAction::Pause, items, reasonRequired, m_window);
    m_confirm = dialog;
    connect(dialog, &BulkConfirmDialog::confirmed, this,
            [this, items](const QString &reason) { startIncidentPause(items, reason); });
    dialog->open();
}

void BulkActionsController::resumeSelected()
{
    const QList<BulkItem> items = selectedItems(WorkflowState::Paused);
    if (items.isEmpty()) {
        message(tr("None of the selected workflows is paused."));
        return;
    }
    if (isBusy()) {
        message(tr("Another bulk action is still running."));
        return;
    }
    if (m_confirm)
        m_confirm->close();
    auto *dialog = new BulkConfirmDialog(LifecycleAction::Resume, items, false, m_window);
    m_confirm = dialog;
    connect(dialog, &BulkConfirmDialog::confirmed, this,
            [this, items](const QString &reason) { startResume(items, reason); });
    dialog->open();
}

void BulkActionsController::showProgress()
{
    if (!m_progress) {
        m_progress = new BulkProgressWindow(m_window);
        connect(m_progress, &BulkProgressWindow::cancelRequested, this,
                &BulkActionsController::cancelRun);
        connect(m_progress, &BulkProgressWindow::retryFailedRequested, this,
                &BulkActionsController::retryFailed);
        connect(m_progress, &BulkProgressWindow::concurrencyChanged, this,
                [this](int value) { m_coordinator->setConcurrency(value); });
    }
    m_showProgress->setEnabled(true);
    m_progress->show();
    m_progress->raise();
}

void BulkActionsController::startIncidentPause(const QList<BulkItem> &items, const QString &reason)
{
    if (isBusy())
        return;
    m_coordinator->setConcurrency(BulkProgressWindow::savedConcurrency());
    m_run = Run::IncidentPause;
    showProgress();
    m_progress->begin(LifecycleAction::Pause, items, QString(), QString());
    const QString id = m_coordinator->startPauseIncident(reason, items, m_profile, m_apiHost);
    if (id.isEmpty()) {
        m_run = Run::None;
        m_progress->setRunning(false);
        m_progress->setSummary(tr("Nothing was sent: the incident could not be recorded (%1).")
                                   .arg(m_store ? m_store->lastError() : tr("no incident store")));
        updateActions();
        return;
    }
    m_runIncident = id;
    m_progress->begin(LifecycleAction::Pause, items, id,
                      reason.isEmpty()
                          ? tr("Pausing %1").arg(count(int(items.size()), "workflow", "workflows"))
                          : tr("Pausing %1: “%2”")
                                .arg(count(int(items.size()), "workflow", "workflows"), reason));
    m_progress->setWindowTitle(tr("%1 — pause").arg(id));
    message(tr("Incident %1 opened: pausing %2.")
                .arg(id, count(int(items.size()), "workflow", "workflows")));
    Q_EMIT incidentStarted(id);
    updateActions();
}

void BulkActionsController::startResume(const QList<BulkItem> &items, const QString &reason)
{
    if (isBusy())
        return;
    BulkOptions options;
    options.concurrency = BulkProgressWindow::savedConcurrency();
    options.reason = reason;
    options.profile = m_profile;
    options.apiHost = m_apiHost;
    m_run = Run::Resume;
    m_runIncident.clear();
    showProgress();
    m_progress->begin(LifecycleAction::Resume, items, QString(),
                      tr("Resuming %1").arg(count(int(items.size()), "workflow", "workflows")));
    if (!m_runner->run(LifecycleAction::Resume, items, options)) {
        m_run = Run::None;
        m_progress->setRunning(false);
        m_progress->setSummary(tr("Nothing was sent."));
    }
    updateActions();
}

void BulkActionsController::openIncidents()
{
    if (!m_incidents) {
        m_incidents = new IncidentsDialog(m_store, m_window);
        connect(m_incidents, &IncidentsDialog::resumeRequested, this,
                &BulkActionsController::startIncidentResume);
    } else {
        m_incidents->reload();
    }
    m_incidents->setBusy(isBusy());
    m_incidents->show();
    m_incidents->raise();
}

void BulkActionsController::startIncidentResume(const QString &incidentId)
{
    if (isBusy() || !m_store)
        return;
    const std::optional<Incident> incident = m_store->incident(incidentId);
    if (!incident)
        return;
    QList<BulkItem> rows;
    for (const IncidentWorkflow &w : m_store->workflows(incidentId)) {
        if (!w.resumed)
            rows.append(BulkItem{w.workflowId, w.workflowName, std::nullopt});
    }
    m_coordinator->setConcurrency(BulkProgressWindow::savedConcurrency());
    m_run = Run::IncidentResume;
    m_runIncident = incidentId;
    m_resumeTotal = int(rows.size());
    m_resumeDone = 0;
    showProgress();
    m_progress->begin(
        LifecycleAction::Resume, rows, incidentId,
        incident->reason.isEmpty()
            ? tr("Resuming what incident %1 paused").arg(incidentId)
            : tr("Resuming what incident %1 paused (“%2”)").arg(incidentId, incident->reason));
    m_progress->setWindowTitle(tr("%1 — resume").arg(incidentId));
    if (!m_coordinator->resumeIncident(incidentId)) {
        m_run = Run::None;
        m_progress->setRunning(false);
        m_progress->setSummary(
            tr("Nothing was sent: the incident is not open or another run is busy."));
    }
    updateActions();
}

// ---------------------------------------------------------------------------------------
// Following runs

void BulkActionsController::wireRunner(BulkActionRunner *runner)
{
    connect(runner, &BulkActionRunner::itemStarted, this,
            [this, runner](int index) { onItemStarted(runner, index); });
    connect(runner, &BulkActionRunner::itemFinished, this,
            [this, runner](int, const BulkItemOutcome &o) { onItemFinished(runner, o); });
    connect(runner, &BulkActionRunner::progress, this, [this](int done, int total) {
        if (m_progress && m_run != Run::IncidentResume && m_run != Run::None)
            m_progress->setProgress(done, total);
    });
    connect(runner, &BulkActionRunner::backoffStarted, this, [this](int ms) {
        if (m_progress)
            m_progress->setBackoff(ms);
    });
    connect(runner, &BulkActionRunner::backoffEnded, this, [this] {
        if (m_progress)
            m_progress->clearBackoff();
    });
    connect(runner, &BulkActionRunner::finished, this,
            [this, runner](const BulkSummary &s) { onRunFinished(runner, s); });
}

void BulkActionsController::setChangeTracker(ChangeTracker *tracker)
{
    m_tracker = tracker;
}

void BulkActionsController::onItemStarted(BulkActionRunner *runner, int index)
{
    const BulkItem item = runner->items().value(index);
    const LifecycleAction action = runner->action();
    if (m_run == Run::IncidentPauseRetry && m_store)
        m_store->markPauseRequested(m_runIncident, item.id);
    if (m_tracker)
        m_tracker->expectChange(item.id, action);
    m_model->setPendingAction(item.id, action);
    if (m_progress)
        m_progress->markStarted(item.id);
}

void BulkActionsController::onItemFinished(BulkActionRunner *, const BulkItemOutcome &o)
{
    using Kind = BulkItemOutcome::Kind;
    if (m_run == Run::IncidentPauseRetry && m_store)
        m_store->recordPauseOutcome(m_runIncident, o.workflowId, BulkItemOutcome::kindName(o.kind),
                                    o.kind == Kind::Done);
    m_model->setPendingAction(o.workflowId, std::nullopt);
    // The row shows the status the runner got from the server (the action's answer or its
    // re-read), for a success exactly as for a conflict.
    if (o.kind == Kind::NotFound)
        m_model->removeWorkflow(o.workflowId);
    else if (o.currentStatus) {
        Workflow w;
        w.id = o.workflowId;
        w.status = *o.currentStatus;
        m_model->updateWorkflow(w);
    }
    // An incident resume reports per workflow through the coordinator instead.
    if (m_progress && m_run != Run::IncidentResume)
        m_progress->setOutcome(o);
}

QString BulkActionsController::summaryText(const BulkSummary &s) const
{
    QStringList parts;
    const QString verb = LifecycleActions::pastTense(s.action);
    parts << tr("%1 %2").arg(s.done).arg(verb);
    if (s.alreadyInTarget)
        parts << tr("%1 already %2").arg(s.alreadyInTarget).arg(verb);
    if (s.conflict)
        parts << count(s.conflict, "conflict", "conflicts");
    if (s.notFound)
        parts << tr("%1 not found").arg(s.notFound);
    if (s.failed)
        parts << tr("%1 failed").arg(s.failed);
    if (s.skipped)
        parts << tr("%1 skipped").arg(s.skipped);
    QString text = parts.join(QStringLiteral(" · "));
    if (s.cancelled)
        text += QLatin1Char(' ') + tr("(cancelled)");
    if (s.rateLimitedResponses > 0)
        text += QLatin1Char(' ') + tr("— DialNexa asked us to slow down %1.")
                                       .arg(count(s.rateLimitedResponses, "time", "times"));
    return text;
}

void BulkActionsController::onRunFinished(BulkActionRunner *, const BulkSummary &summary)
{
    if (m_run == Run::IncidentResume || m_run == Run::None)
        return; // the coordinator's resumeFinished ends an incident resume
    const Run run = m_run;
    m_run = Run::None;
    if (m_progress) {
        QString text = summaryText(summary);
        if (run != Run::Resume && !m_runIncident.isEmpty())
            text = tr("Incident %1: %2. “Resume incident…” gives these back later.")
                       .arg(m_runIncident, text);
        m_progress->setRunning(false);
        m_progress->setRetryAvailable(summary.failed > 0);
        m_progress->setSummary(text);
    }
    message(summaryText(summary));
    updateActions();
    Q_EMIT refreshRequested();
}

void BulkActionsController::onResumeReport(const ResumeItemReport &r)
{
    using O = ResumeItemReport::Outcome;
    if (r.outcome == O::SkippedNotFound)
        m_model->removeWorkflow(r.workflowId);
    else if (r.currentStatus) {
        Workflow w;
        w.id = r.workflowId;
        w.status = *r.currentStatus;
        m_model->updateWorkflow(w);
    }
    if (m_progress && m_run == Run::IncidentResume) {
        m_progress->setResumeReport(r);
        m_progress->setProgress(++m_resumeDone, m_resumeTotal);
    }
}

void BulkActionsController::onResumeFinished(const QString &incidentId,
                                             const QList<ResumeItemReport> &reports, bool closed)
{
    if (m_run != Run::IncidentResume)
        return;
    m_run = Run::None;
    int resumed = 0;
    int failed = 0;
    for (const ResumeItemReport &r : reports) {
        resumed += r.outcome == ResumeItemReport::Outcome::Resumed ? 1 : 0;
        failed += r.outcome == ResumeItemReport::Outcome::Failed ||
                          r.outcome == ResumeItemReport::Outcome::Cancelled
                      ? 1
                      : 0;
    }
    const QString head = tr("%1 resumed, %2 left alone")
                             .arg(count(resumed, "workflow", "workflows"))
                             .arg(int(reports.size()) - resumed - failed);
    QString text;
    if (closed)
        text = tr("Incident %1 closed: %2.").arg(incidentId, head);
    else
        text = tr("Incident %1 stays open: %2, %n not done. “Retry failed” tries those again.",
                  nullptr, failed)
                   .arg(incidentId, head);
    if (m_progress) {
        m_progress->setProgress(m_resumeTotal, m_resumeTotal);
        m_progress->setRunning(false);
        m_progress->setRetryAvailable(!closed);
        m_progress->setSummary(text);
    }
    message(text);
    updateActions();
    Q_EMIT refreshRequested();
}

void BulkActionsController::cancelRun()
{
    switch (m_run) {
    case Run::IncidentPause:
    case Run::IncidentResume:
        m_coordinator->cancel();
        break;
    case Run::IncidentPauseRetry:
        m_coordinator->runner()->cancel();
        break;
    case Run::Resume:
        m_runner->cancel();
        break;
    case Run::None:
        break;
    }
}

void BulkActionsController::retryFailed()
{
    if (isBusy() || !m_progress)
        return;
    if (!m_progress->incidentId().isEmpty() && m_progress->action() == LifecycleAction::Resume) {
        startIncidentResume(m_progress->incidentId());
        return;
    }
    BulkActionRunner *runner =
        m_progress->incidentId().isEmpty() ? m_runner : m_coordinator->runner();
    m_run = runner == m_runner ? Run::Resume : Run::IncidentPauseRetry;
    m_runIncident = m_progress->incidentId();
    m_progress->setRunning(true);
    m_progress->setRetryAvailable(false);
    m_progress->setSummary(tr("Retrying the failed ones…"));
    if (!runner->retryFailed()) {
        m_run = Run::None;
        m_progress->setRunning(false);
        m_progress->setSummary(tr("Nothing to retry."));
    }
    updateActions();
}

void BulkActionsController::showAuditLog()
{
    m_auditDock->show();
    m_auditDock->raise();
    m_auditPanel->refresh();
}

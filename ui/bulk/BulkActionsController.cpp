#include "bulk/BulkActionsController.h"

#include "audit/AuditLog.h"
#include "bulk/BulkActionRunner.h"
#include "bulk/BulkConfirmDialog.h"
#include "bulk/BulkProgressWindow.h"
#include "incidents/IncidentCoordinator.h"
#include "monitoring/ChangeTracker.h"
#include "shell/MainWindow.h"
#include "style/StatusStyle.h"
#include "workflows/WorkflowFilterProxy.h"
#include "workflows/WorkflowListModel.h"

#include <QAction>
#include <QCoreApplication>
#include <QMenu>
#include <QSet>

namespace {

QString summaryText(const BulkSummary &s, int completedMeanwhile)
{
    QStringList parts;
    const QString verb = LifecycleActions::pastTense(s.action);
    parts << QCoreApplication::translate("BulkActionsController", "%1 %2").arg(s.done).arg(verb);
    if (s.alreadyInTarget)
        parts << QCoreApplication::translate("BulkActionsController", "%1 already %2")
                     .arg(s.alreadyInTarget)
                     .arg(verb);
    // A workflow that completed on its own has nothing left to act on: information.
    if (completedMeanwhile > 0)
        parts << QCoreApplication::translate("BulkActionsController", "%1 completed meanwhile")
                     .arg(completedMeanwhile);
    if (s.conflict > completedMeanwhile)
        parts << QCoreApplication::translate("BulkActionsController", "%n conflict(s)", nullptr,
                                             s.conflict - completedMeanwhile);
    if (s.notFound)
        parts
            << QCoreApplication::translate("BulkActionsController", "%1 not found").arg(s.notFound);
    if (s.failed)
        parts << QCoreApplication::translate("BulkActionsController", "%1 failed").arg(s.failed);
    if (s.skipped)
        parts << QCoreApplication::translate("BulkActionsController", "%1 skipped").arg(s.skipped);
    QString text = parts.join(QStringLiteral(" · "));
    if (s.cancelled)
        text +=
            QLatin1Char(' ') + QCoreApplication::translate("BulkActionsController", "(cancelled)");
    if (s.rateLimitedResponses > 0)
        text += QLatin1Char(' ') +
                QCoreApplication::translate("BulkActionsController",
                                            "— DialNexa asked us to slow down %n time(s).", nullptr,
                                            s.rateLimitedResponses);
    return text;
}

// Banner source of the bulk actions' own refusals.
const QString BulkSource = QStringLiteral("bulkActions");

} // namespace

BulkActionsController::BulkActionsController(MainWindow *window, WorkflowApi *api,
                                             WorkflowListModel *model, WorkflowFilterProxy *proxy,
                                             AuditLog *audit, IncidentCoordinator *coordinator,
                                             QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_model(model)
    , m_proxy(proxy)
    , m_coordinator(coordinator)
    , m_runner(new BulkActionRunner(api, this))
{
    qRegisterMetaType<BulkItemOutcome>();
    qRegisterMetaType<BulkSummary>();
    qRegisterMetaType<ResumeItemReport>();
    m_runner->setAuditLog(audit);
    m_coordinator->setConcurrency(BulkProgressWindow::savedConcurrency());

    // The plain bulk resume.
    connect(m_runner, &BulkActionRunner::itemStarted, this, [this](int index) {
        onItemStarted(m_runner->items().value(index), m_runner->action());
    });
    connect(m_runner, &BulkActionRunner::itemFinished, this,
            [this](int, const BulkItemOutcome &o) { onItemFinished(o, true); });
    connect(m_runner, &BulkActionRunner::itemFinished, this, [this](int, const BulkItemOutcome &o) {
        Q_EMIT plainItemFinished(m_runner->action(), o);
    });
    connect(m_runner, &BulkActionRunner::progress, this, [this](int done, int total) {
        if (m_progress)
            m_progress->setProgress(done, total);
    });
    connect(m_runner, &BulkActionRunner::backoffStarted, this, [this](int ms) {
        if (m_progress)
            m_progress->setBackoff(ms);
    });
    connect(m_runner, &BulkActionRunner::backoffEnded, this, [this] {
        if (m_progress)
            m_progress->clearBackoff();
    });
    connect(m_runner, &BulkActionRunner::finished, this,
            [this](const BulkSummary &s) { onRunFinished(s, QString()); });

    // Incident runs: the coordinator says what runs; an incident resume reports per workflow.
    using Run = IncidentCoordinator::Run;
    connect(m_coordinator, &IncidentCoordinator::itemStarted, this,
            [this](const QString &, const BulkItem &item, LifecycleAction action) {
                onItemStarted(item, action);
            });
    connect(m_coordinator, &IncidentCoordinator::itemFinished, this,
            [this](const QString &, const BulkItemOutcome &o) {
                onItemFinished(o, m_coordinator->currentRun() != Run::Resume);
            });
    connect(m_coordinator, &IncidentCoordinator::pauseProgress, this,
            [this](const QString &, int done, int total) {
                if (m_progress)
                    m_progress->setProgress(done, total);
            });
    connect(m_coordinator, &IncidentCoordinator::backoffStarted, this, [this](int ms) {
        if (m_progress)
            m_progress->setBackoff(ms);
    });
    connect(m_coordinator, &IncidentCoordinator::backoffEnded, this, [this] {
        if (m_progress)
            m_progress->clearBackoff();
    });
    connect(m_coordinator, &IncidentCoordinator::pauseFinished, this,
            [this](const QString &id, const BulkSummary &s) { onRunFinished(s, id); });
    connect(m_coordinator, &IncidentCoordinator::resumeItemFinished, this,
            [this](const QString &, const ResumeItemReport &r) { onResumeReport(r); });
    connect(m_coordinator, &IncidentCoordinator::runChanged, this,
            &BulkActionsController::updateActions);

    buildActions();
    connect(window, &MainWindow::selectionChanged, this, &BulkActionsController::updateActions);
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, &BulkActionsController::updateActions);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this,
            &BulkActionsController::updateActions);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &BulkActionsController::updateActions);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &BulkActionsController::updateActions);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this,
            &BulkActionsController::updateActions);
    // A refusal because the list was incomplete is over once the whole list has arrived.
    connect(m_model, &WorkflowListModel::listingStateChanged, this, [this] {
        if (m_window && m_model->isListingComplete())
            m_window->dismissMessage(BulkSource);
    });
    // The confirmation follows the polls while it is open.
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this,
            &BulkActionsController::refreshConfirm);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this,
            &BulkActionsController::refreshConfirm);
    connect(m_proxy, &QAbstractItemModel::dataChanged, this,
            &BulkActionsController::refreshConfirm);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &BulkActionsController::refreshConfirm);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this,
            &BulkActionsController::refreshConfirm);
    // The window's Pause/Resume with several rows selected act on the selection.
    connect(window, &MainWindow::selectionActionRequested, this, [this](LifecycleAction action) {
        if (action == LifecycleAction::Pause)
            pauseSelected();
        else if (action == LifecycleAction::Resume)
            resumeSelected();
    });
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

void BulkActionsController::setChangeTracker(ChangeTracker *tracker)
{
    m_tracker = tracker;
}

bool BulkActionsController::isBusy() const
{
    return m_coordinator->isBusy() || m_runner->isRunning();
}

// ---------------------------------------------------------------------------------------
// Actions

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

    // Brings back the progress window of the last (or running) bulk action after it was closed.
    m_showProgress = new QAction(tr("Bulk action &progress"), this);
    m_showProgress->setObjectName(QStringLiteral("showBulkProgressAction"));
    m_showProgress->setEnabled(false);
    connect(m_showProgress, &QAction::triggered, this, [this] {
        if (m_progress)
            showProgress();
    });

    QMenu *workflowMenu = m_window->workflowMenu();
    workflowMenu->addSeparator();
    workflowMenu->addAction(m_pauseSelected);
    workflowMenu->addAction(m_resumeSelected);
    workflowMenu->addAction(m_pauseAllActive);
    QMenu *viewMenu = m_window->viewMenu();
    viewMenu->addSeparator();
    viewMenu->addAction(m_showProgress);
    // The rows' context menu has the window's Pause/Resume, which act on the selection.
    m_window->addToolBarGroup({m_pauseAllActive});
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
    m_pauseAllActive->setEnabled(!busy && m_coordinator->hasStore() && m_model->hasLoaded());
    Q_EMIT busyChanged(busy);
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
    askAndPause(items, false, [this] { return selectedItems(WorkflowState::Active); });
}

void BulkActionsController::pauseAllActive()
{
    if (!m_model->isListingComplete()) {
        // "All active" must mean all: on a list with workflows missing it would leave
        // some running while the incident says they were paused.
        const QString text =
            tr("“Pause all active” did not run: the workflow list is incomplete (DialNexa did "
               "not send every page), so it could miss active workflows. Nothing was paused. "
               "Pause workflows by selection instead, or try again once the whole list loads.");
        if (m_window)
            m_window->showProblem(text, m_model->incompleteReason(), nullptr, BulkSource);
        return;
    }
    const QList<BulkItem> items = visibleActiveItems();
    if (items.isEmpty()) {
        message(tr("No active workflow matches the current search and filter."));
        return;
    }
    askAndPause(items, true, [this] { return visibleActiveItems(); });
}

void BulkActionsController::askAndPause(const QList<BulkItem> &items, bool reasonRequired,
                                        std::function<QList<BulkItem>()> current)
{
    if (isBusy()) {
        message(tr("Another bulk action is still running."));
        return;
    }
    ask(LifecycleAction::Pause, items, reasonRequired, std::move(current));
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
    ask(LifecycleAction::Resume, items, false,
        [this] { return selectedItems(WorkflowState::Paused); });
}

void BulkActionsController::ask(LifecycleAction action, const QList<BulkItem> &items,
                                bool reasonRequired, std::function<QList<BulkItem>()> current)
{
    if (m_confirm)
        m_confirm->close();
    auto *dialog = new BulkConfirmDialog(action, items, reasonRequired, m_window);
    m_confirm = dialog;
    m_confirmFirst = items;
    m_confirmItems = std::move(current);
    // What the dialog shows at the moment of confirming is what runs.
    connect(dialog, &BulkConfirmDialog::confirmed, this, [this, dialog](const QString &reason) {
        const QList<BulkItem> now = dialog->items();
        m_confirmItems = nullptr;
        if (dialog->action() == LifecycleAction::Pause)
            startIncidentPause(now, reason);
        else
            startResume(now, reason);
    });
    connect(dialog, &QDialog::rejected, this, [this, action] {
        m_confirmItems = nullptr;
        message(action == LifecycleAction::Pause ? tr("Nothing was paused.")
                                                 : tr("Nothing was resumed."));
    });
    dialog->open();
}

void BulkActionsController::refreshConfirm()
{
    if (!m_confirm || !m_confirm->isVisible() || !m_confirmItems)
        return;
    const QList<BulkItem> now = m_confirmItems();
    QSet<QString> nowIds, firstIds;
    for (const BulkItem &item : now)
        nowIds.insert(item.id);
    const QString verb = LifecycleActions::verb(m_confirm->action()).toLower();
    QStringList lines;
    for (const BulkItem &item : std::as_const(m_confirmFirst)) {
        firstIds.insert(item.id);
        if (nowIds.contains(item.id))
            continue;
        const auto w = m_model->workflow(item.id);
        const QString name = item.name.isEmpty() ? item.id : item.name;
        if (!w)
            lines << tr("%1: gone from the list meanwhile — nothing to %2").arg(name, verb);
        else if (w->status.state() == WorkflowState::Completed)
            lines << tr("%1: completed meanwhile — nothing to %2").arg(name, verb);
        else
            lines << tr("%1: now %2 — nothing to %3")
                         .arg(name, StatusStyle::text(w->status).toLower(), verb);
    }
    for (const BulkItem &item : now) {
        if (!firstIds.contains(item.id))
            lines << tr("%1: joined since this opened")
                         .arg(item.name.isEmpty() ? item.id : item.name);
    }
    m_confirm->setItems(now);
    m_confirm->setChanges(lines);
}

void BulkActionsController::showProgress()
{
    if (!m_progress) {
        m_progress = new BulkProgressWindow(m_window);
        connect(m_progress, &BulkProgressWindow::cancelRequested, this,
                &BulkActionsController::cancelRun);
        connect(m_progress, &BulkProgressWindow::retryFailedRequested, this,
                &BulkActionsController::retryFailed);
    }
    m_showProgress->setEnabled(true);
    m_progress->show();
    m_progress->raise();
}

BulkProgressWindow *BulkActionsController::beginProgress(LifecycleAction action,
                                                         const QList<BulkItem> &items,
                                                         const QString &incidentId,
                                                         const QString &heading)
{
    showProgress();
    m_completedMeanwhile = 0;
    m_progress->begin(action, items, incidentId, heading);
    return m_progress;
}

void BulkActionsController::startIncidentPause(const QList<BulkItem> &items, const QString &reason)
{
    if (isBusy())
        return;
    m_coordinator->setConcurrency(BulkProgressWindow::savedConcurrency());
    beginProgress(LifecycleAction::Pause, items, QString(), QString());
    const QString id = m_coordinator->startPauseIncident(reason, items, m_profile, m_apiHost);
    if (id.isEmpty()) {
        m_progress->setRunning(false);
        m_progress->setSummary(tr("Nothing was sent: the incident could not be recorded (%1).")
                                   .arg(m_coordinator->storeError()));
        updateActions();
        return;
    }
    const QString what = tr("%n workflow(s)", nullptr, int(items.size()));
    m_progress->begin(LifecycleAction::Pause, items, id,
                      reason.isEmpty() ? tr("Pausing %1").arg(what)
                                       : tr("Pausing %1: “%2”").arg(what, reason));
    m_progress->setWindowTitle(tr("%1 — pause").arg(id));
    message(tr("Incident %1 opened: pausing %2.").arg(id, what));
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
    beginProgress(LifecycleAction::Resume, items, QString(),
                  tr("Resuming %n workflow(s)", nullptr, int(items.size())));
    if (!m_runner->run(LifecycleAction::Resume, items, options)) {
        m_progress->setRunning(false);
        m_progress->setSummary(tr("Nothing was sent."));
    }
    updateActions();
}

// ---------------------------------------------------------------------------------------
// Following runs

void BulkActionsController::onItemStarted(const BulkItem &item, LifecycleAction action)
{
    if (m_tracker)
        m_tracker->expectChange(item.id, action);
    m_model->setPendingAction(item.id, action);
    if (m_progress)
        m_progress->markStarted(item.id);
}

void BulkActionsController::onItemFinished(const BulkItemOutcome &o, bool showInProgress)
{
    if (o.kind == BulkItemOutcome::Kind::Conflict && o.currentStatus &&
        o.currentStatus->state() == WorkflowState::Completed)
        ++m_completedMeanwhile;
    m_model->setPendingAction(o.workflowId, std::nullopt);
    showServerAnswer(o.workflowId, o.currentStatus, o.kind == BulkItemOutcome::Kind::NotFound);
    // An incident resume reports per workflow through resumeItemFinished instead.
    if (m_progress && showInProgress)
        m_progress->setOutcome(o);
}

void BulkActionsController::onResumeReport(const ResumeItemReport &r)
{
    showServerAnswer(r.workflowId, r.currentStatus,
                     r.outcome == ResumeItemReport::Outcome::SkippedNotFound);
}

void BulkActionsController::showServerAnswer(const QString &workflowId,
                                             const std::optional<WorkflowStatus> &status, bool gone)
{
    // The row shows the status the server gave (the action's answer or its re-read).
    if (gone) {
        m_model->removeWorkflow(workflowId);
    } else if (status) {
        Workflow w;
        w.id = workflowId;
        w.status = *status;
        m_model->updateWorkflow(w);
    }
}

void BulkActionsController::onRunFinished(const BulkSummary &summary, const QString &incidentId)
{
    if (m_progress) {
        QString text = summaryText(summary, m_completedMeanwhile);
        if (!incidentId.isEmpty())
            text = tr("Incident %1: %2. “Resume incident…” gives these back later.")
                       .arg(incidentId, text);
        m_progress->setRunning(false);
        m_progress->setRetryAvailable(summary.failed > 0);
        m_progress->setSummary(text);
    }
    message(summaryText(summary, m_completedMeanwhile));
    updateActions();
    Q_EMIT refreshRequested();
}

void BulkActionsController::cancelRun()
{
    if (m_runner->isRunning())
        m_runner->cancel();
    else
        m_coordinator->cancel();
}

void BulkActionsController::retryFailed()
{
    if (isBusy() || !m_progress)
        return;
    const bool incident = !m_progress->incidentId().isEmpty();
    if (incident && m_progress->action() == LifecycleAction::Resume) {
        // A resume is retried as a new resume of the incident, with its own report.
        Q_EMIT incidentResumeRequested(m_progress->incidentId());
        return;
    }
    m_progress->setRunning(true);
    m_progress->setRetryAvailable(false);
    m_progress->setSummary(tr("Retrying the failed ones…"));
    // An incident's retry is the coordinator's (it records what it pauses or resumes).
    const bool started = incident ? m_coordinator->retryFailed() : m_runner->retryFailed();
    if (!started) {
        m_progress->setRunning(false);
        // An incident of another server is refused: say so rather than "nothing to retry".
        const QString otherServer =
            incident ? m_coordinator->wrongServerReason(m_progress->incidentId()) : QString();
        m_progress->setSummary(otherServer.isEmpty() ? tr("Nothing to retry.") : otherServer);
    }
    updateActions();
}

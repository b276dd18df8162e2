#include "incidents/IncidentsController.h"

#include "bulk/BulkActionsController.h"
#include "bulk/BulkProgressWindow.h"
#include "incidents/IncidentCoordinator.h"
#include "incidents/IncidentResumeDialog.h"
#include "incidents/IncidentStore.h"
#include "incidents/IncidentsDialog.h"
#include "shell/MainWindow.h"
#include "storage/TeamStore.h"
#include "style/StatusStyle.h"

#include <QAction>
#include <QMenu>

IncidentsController::IncidentsController(MainWindow *window, IncidentCoordinator *coordinator,
                                         IncidentStore *store, BulkActionsController *bulk,
                                         QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_coordinator(coordinator)
    , m_store(store)
    , m_bulk(bulk)
{
    m_resumeIncident = new QAction(tr("Resume incident…"), this);
    m_resumeIncident->setObjectName(QStringLiteral("resumeIncidentAction"));
    m_resumeIncident->setToolTip(tr("Give back exactly the workflows an incident paused"));
    m_resumeIncident->setIcon(StatusStyle::actionIcon(LifecycleAction::Resume, window->palette()));
    m_resumeIncident->setEnabled(m_store && m_store->isOpen());
    connect(m_resumeIncident, &QAction::triggered, this, &IncidentsController::openIncidents);
    window->workflowMenu()->addSeparator();
    window->workflowMenu()->addAction(m_resumeIncident);
    window->addToolBarGroup({m_resumeIncident});

    connect(bulk, &BulkActionsController::busyChanged, this, [this](bool busy) {
        if (m_dialog)
            m_dialog->setBusy(busy);
    });
    // "Retry failed" of a resume the supervisor already confirmed: no second question.
    connect(bulk, &BulkActionsController::incidentResumeRequested, this,
            [this](const QString &id) { startIncidentResume(id); });
    connect(coordinator, &IncidentCoordinator::resumeItemFinished, this,
            [this](const QString &, const ResumeItemReport &r) { onResumeReport(r); });
    connect(coordinator, &IncidentCoordinator::resumeFinished, this,
            &IncidentsController::onResumeFinished);
}

void IncidentsController::addDialogTab(const QString &title,
                                       std::function<QWidget *(QWidget *)> make)
{
    m_tabs.append({title, std::move(make)});
}

void IncidentsController::setTeamStore(TeamStore *team)
{
    m_team = team;
    if (m_dialog)
        m_dialog->setTeamStore(team);
}

bool IncidentsController::ensureLocal(const QString &incidentId) const
{
    if (!m_store)
        return false;
    if (m_team && m_team->isOpen())
        m_team->importIncident(incidentId, m_store->database());
    return m_store->incident(incidentId).has_value();
}

void IncidentsController::openIncidents()
{
    if (!m_dialog) {
        m_dialog = new IncidentsDialog(m_store, m_window);
        m_dialog->setTeamStore(m_team);
        m_dialog->setServerCheck([self = QPointer<IncidentsController>(this)](const QString &id) {
            if (!self)
                return QString();
            self->ensureLocal(id);
            return self->m_coordinator->wrongServerReason(id);
        });
        connect(m_dialog, &IncidentsDialog::resumeRequested, this,
                &IncidentsController::askIncidentResume);
        for (const auto &[title, make] : std::as_const(m_tabs))
            m_dialog->addTab(make(m_dialog), title);
    } else {
        m_dialog->reload();
    }
    m_dialog->setBusy(m_bulk->isBusy());
    m_dialog->show();
    m_dialog->raise();
}

QString IncidentsController::resumeRefusal(const QString &incidentId) const
{
    if (m_bulk->isBusy())
        return tr("Another bulk action is still running.");
    if (!ensureLocal(incidentId))
        return tr("Incident %1 is not known here.").arg(incidentId);
    // Never against another server: every workflow would be "not found" there.
    return m_coordinator->wrongServerReason(incidentId);
}

void IncidentsController::askIncidentResume(const QString &incidentId)
{
    if (const QString refusal = resumeRefusal(incidentId); !refusal.isEmpty()) {
        m_bulk->message(refusal);
        if (m_dialog)
            m_dialog->reload();
        return;
    }
    const Incident incident = *m_store->incident(incidentId);
    auto *ask = new IncidentResumeDialog(incident, m_store->workflows(incidentId),
                                         m_dialog ? static_cast<QWidget *>(m_dialog.data())
                                                  : m_window.data());
    connect(ask, &IncidentResumeDialog::confirmed, this,
            [this, incidentId](const QString &note) { startIncidentResume(incidentId, note); });
    connect(ask, &QDialog::rejected, this, [this] { m_bulk->message(tr("Nothing was resumed.")); });
    ask->open();
}

void IncidentsController::startIncidentResume(const QString &incidentId, const QString &note)
{
    if (const QString refusal = resumeRefusal(incidentId); !refusal.isEmpty()) {
        m_bulk->message(refusal);
        if (m_dialog)
            m_dialog->reload();
        return;
    }
    const std::optional<Incident> incident = m_store->incident(incidentId);
    if (!incident->isOpen()) {
        showClosedMeanwhile(*incident);
        return;
    }
    QList<BulkItem> rows;
    for (const IncidentWorkflow &w : m_store->workflows(incidentId)) {
        if (!w.resumed)
            rows.append(BulkItem{w.workflowId, w.workflowName, std::nullopt});
    }
    m_coordinator->setConcurrency(BulkProgressWindow::savedConcurrency());
    m_resuming = incidentId;
    m_resumeTotal = int(rows.size());
    m_resumeDone = 0;
    BulkProgressWindow *progress = beginResumeReport(*incident, rows);
    if (!m_coordinator->resumeIncident(incidentId, note)) {
        m_resuming.clear();
        progress->setRunning(false);
        progress->setSummary(
            tr("Nothing was sent: the incident is not open or another run is busy."));
    }
}

// The report window of an incident's resume, one waiting row per workflow.
BulkProgressWindow *IncidentsController::beginResumeReport(const Incident &incident,
                                                           const QList<BulkItem> &rows)
{
    BulkProgressWindow *progress = m_bulk->beginProgress(
        LifecycleAction::Resume, rows, incident.id,
        incident.reason.isEmpty()
            ? tr("Resuming what incident %1 paused").arg(incident.id)
            : tr("Resuming what incident %1 paused (“%2”)").arg(incident.id, incident.reason));
    progress->setWindowTitle(tr("%1 — resume").arg(incident.id));
    return progress;
}

// The incident was closed between the supervisor's look and her Resume: a teammate's
// resume (team mode) gave everything back. Nothing is sent; the report says who resumed
// each workflow, as when the two resumes overlap.
void IncidentsController::showClosedMeanwhile(const Incident &incident)
{
    const QList<ResumeItemReport> reports = m_coordinator->closedIncidentReports(incident.id);
    if (reports.isEmpty()) {
        m_bulk->message(tr("Incident %1 is already closed; nothing was sent.").arg(incident.id));
        if (m_dialog)
            m_dialog->reload();
        return;
    }
    QList<BulkItem> rows;
    for (const ResumeItemReport &r : reports)
        rows.append(BulkItem{r.workflowId, r.workflowName, std::nullopt});
    BulkProgressWindow *progress = beginResumeReport(incident, rows);
    for (const ResumeItemReport &r : reports)
        progress->setResumeReport(r);
    progress->setProgress(int(reports.size()), int(reports.size()));
    progress->setRunning(false);
    progress->setRetryAvailable(false);
    const QString text =
        tr("Incident %1 was already closed by a teammate's resume; nothing was sent.")
            .arg(incident.id);
    progress->setSummary(text);
    m_bulk->message(text);
    if (m_dialog)
        m_dialog->reload();
    Q_EMIT refreshRequested();
}

void IncidentsController::onResumeReport(const ResumeItemReport &report)
{
    BulkProgressWindow *progress = m_bulk->progressWindow();
    if (!progress || m_resuming.isEmpty())
        return;
    progress->setResumeReport(report);
    progress->setProgress(++m_resumeDone, m_resumeTotal);
}

void IncidentsController::onResumeFinished(const QString &incidentId,
                                           const QList<ResumeItemReport> &reports, bool closed)
{
    if (incidentId != m_resuming)
        return;
    m_resuming.clear();
    int resumed = 0;
    int failed = 0;
    for (const ResumeItemReport &r : reports) {
        using O = ResumeItemReport::Outcome;
        resumed += r.outcome == O::Resumed ? 1 : 0;
        // Not found needs attention too (deleted, or not this server): the incident stays open.
        failed += r.outcome == O::Failed || r.outcome == O::Cancelled ||
                          r.outcome == O::SkippedNotFound || r.outcome == O::ResumingElsewhere
                      ? 1
                      : 0;
    }
    const QString head = tr("%n workflow(s) resumed, %1 left alone", nullptr, resumed)
                             .arg(int(reports.size()) - resumed - failed);
    const QString text =
        closed ? tr("Incident %1 closed: %2.").arg(incidentId, head)
               : tr("Incident %1 stays open: %2, %n not done. “Retry failed” tries those again.",
                    nullptr, failed)
                     .arg(incidentId, head);
    if (BulkProgressWindow *progress = m_bulk->progressWindow()) {
        // One left to a teammate may have been resumed by them meanwhile: each row ends
        // with its workflow's final report.
        for (const ResumeItemReport &r : reports)
            progress->setResumeReport(r);
        progress->setProgress(m_resumeTotal, m_resumeTotal);
        progress->setRunning(false);
        progress->setRetryAvailable(!closed);
        progress->setSummary(text);
    }
    m_bulk->message(text);
    Q_EMIT refreshRequested();
}

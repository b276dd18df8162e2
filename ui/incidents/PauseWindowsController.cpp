#include "incidents/PauseWindowsController.h"

#include "account/OperatorIdentity.h"
#include "incidents/IncidentStore.h"
#include "incidents/PauseWindowRunner.h"
#include "incidents/PauseWindowStore.h"
#include "incidents/PauseWindowsDialog.h"
#include "shell/MainWindow.h"
#include "storage/Settings.h"
#include "workflows/WorkflowListModel.h"

#include <QAction>
#include <QHostInfo>
#include <QLabel>
#include <QMenu>
#include <QTimer>

PauseWindowsController::PauseWindowsController(MainWindow *window, WorkflowApi *api,
                                               PauseWindowStore *windows, IncidentStore *incidents,
                                               AuditLog *audit, WorkflowListModel *model,
                                               QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_windows(windows)
    , m_incidents(incidents)
    , m_model(model)
    , m_runner(new PauseWindowRunner(api, windows, incidents, audit, &m_systemClock, QString(),
                                     QString(), this))
    , m_timer(new QTimer(this))
    , m_open(new QAction(tr("Pause windows…"), this))
    , m_status(new QLabel)
{
    m_open->setObjectName(QStringLiteral("pauseWindowsAction"));
    m_open->setToolTip(tr("Plan quiet hours and holidays: pause at the start, resume at the end"));
    window->workflowMenu()->addSeparator();
    window->workflowMenu()->addAction(m_open);
    connect(m_open, &QAction::triggered, this, &PauseWindowsController::openDialog);

    m_status->setObjectName(QStringLiteral("pauseWindowStatus"));
    m_status->setTextFormat(Qt::PlainText); // the reason is typed by a colleague
    m_status->hide();
    window->addStatusBarWidget(m_status);

    m_timer->setInterval(20000);
    connect(m_timer, &QTimer::timeout, this, &PauseWindowsController::tick);
    connect(m_runner, &PauseWindowRunner::windowStarted, this,
            &PauseWindowsController::refreshRequested);
    connect(m_runner, &PauseWindowRunner::windowEnded, this,
            &PauseWindowsController::refreshRequested);
    connect(m_runner, &PauseWindowRunner::problem, this,
            [this](const QString &, const QString &text) {
                if (m_window)
                    m_window->showNotice(text, QStringLiteral("pause-window"));
            });
    connect(m_runner, &PauseWindowRunner::passFinished, this,
            &PauseWindowsController::updateStatus);
    if (m_windows)
        connect(m_windows, &PauseWindowStore::windowsChanged, this,
                &PauseWindowsController::updateStatus);
}

PauseWindowsController::~PauseWindowsController() = default;

void PauseWindowsController::setContext(const QString &profile, const QString &apiHost,
                                        bool signedIn)
{
    m_profile = profile;
    m_apiHost = apiHost;
    m_signedIn = signedIn;
    m_runner->setServer(profile, apiHost);
    m_panels.removeAll(nullptr);
    for (const QPointer<PauseWindowsPanel> &panel : std::as_const(m_panels))
        panel->setContext(panelContext());
    if (signedIn) {
        m_timer->start();
        QTimer::singleShot(0, this, &PauseWindowsController::tick);
    } else {
        m_timer->stop();
    }
    updateStatus();
}

void PauseWindowsController::setClock(const Clock *clock)
{
    m_clock = clock ? clock : &m_systemClock;
    m_runner->setClock(m_clock);
}

void PauseWindowsController::setIntervalMs(int ms)
{
    m_timer->setInterval(qMax(10, ms));
}

void PauseWindowsController::setTeamMode(ResumeClaims *claims,
                                         std::function<void(const QString &)> importIncident)
{
    m_runner->setResumeClaims(claims);
    m_runner->setIncidentImporter(std::move(importIncident));
}

void PauseWindowsController::tick()
{
    if (!m_signedIn || !m_windows || !m_windows->isOpen())
        return;
    m_runner->runDue();
    remind();
    updateStatus();
    Q_EMIT checked();
}

QString PauseWindowsController::statusText() const
{
    if (!m_windows)
        return QString();
    QStringList parts;
    for (const PauseWindow &w : m_windows->windows()) {
        if (!w.isRunning() || w.apiHost != m_apiHost)
            continue;
        const int paused = m_windows->pausedCount(w.incidentId);
        parts.append(tr("%1 until %2 — %3 paused")
                         .arg(w.reason, w.endUtc.toLocalTime().toString(QStringLiteral("HH:mm")))
                         .arg(paused));
    }
    return parts.join(QStringLiteral("; "));
}

void PauseWindowsController::updateStatus()
{
    const QString text = statusText();
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
    if (text != m_lastStatus) {
        m_lastStatus = text;
        Q_EMIT statusChanged(text);
    }
    // Paused counts change with the incident, and other consoles change the windows.
    m_panels.removeAll(nullptr);
    for (const QPointer<PauseWindowsPanel> &panel : std::as_const(m_panels))
        panel->reload();
}

void PauseWindowsController::remind()
{
    if (!m_window || !m_windows)
        return;
    const QDateTime now = m_clock->nowUtc();
    for (const PauseWindow &w : m_windows->windows()) {
        if (w.state != PauseWindow::State::Planned || w.apiHost != m_apiHost)
            continue;
        const qint64 until = now.secsTo(w.startUtc);
        const QString key =
            QStringLiteral("start:%1@%2").arg(w.id, w.startUtc.toString(Qt::ISODate));
        if (until <= 0 || until > 10 * 60 || m_reminded.contains(key))
            continue;
        m_reminded.insert(key);
        int matching = 0;
        if (m_model) {
            for (const Workflow &wf : m_model->workflows())
                matching += wf.status.state() == WorkflowState::Active && w.covers(wf) ? 1 : 0;
        }
        m_window->showNotice(
            tr("Pause window “%1” starts at %2: it will pause %3 active "
               "workflow(s) (%4).")
                .arg(w.reason, w.startUtc.toLocalTime().toString(QStringLiteral("HH:mm")))
                .arg(matching)
                .arg(w.scopeText()),
            QStringLiteral("pause-window-reminder"));
    }
    if (!m_incidents)
        return;
    const qint64 longPauseSecs = qint64(Settings().longPauseReminderHours(m_profile)) * 3600;
    for (const Incident &inc : m_incidents->openIncidents()) {
        const QString key = QStringLiteral("incident:") + inc.id;
        if (m_reminded.contains(key) || inc.startedAtUtc.secsTo(now) < longPauseSecs)
            continue;
        int paused = 0;
        for (const IncidentWorkflow &row : m_incidents->workflows(inc.id))
            paused += row.pausedByIncident && !row.resumed ? 1 : 0;
        if (paused == 0)
            continue;
        m_reminded.insert(key);
        m_window->showNotice(tr("%1 %2 has kept %3 workflow(s) paused for %4 h.")
                                 .arg(inc.id, inc.reason)
                                 .arg(paused)
                                 .arg(inc.startedAtUtc.secsTo(now) / 3600),
                             QStringLiteral("incident-reminder"));
    }
}

PauseWindowsPanel::Context PauseWindowsController::panelContext() const
{
    PauseWindowsPanel::Context context;
    context.plannedBy =
        OperatorIdentity::userName() + QLatin1Char('@') + QHostInfo::localHostName();
    context.profile = m_profile;
    context.apiHost = m_apiHost;
    context.workflows = [model = QPointer<WorkflowListModel>(m_model)] {
        return model ? model->workflows() : QList<Workflow>();
    };
    return context;
}

void PauseWindowsController::attach(PauseWindowsPanel *panel)
{
    connect(panel, &PauseWindowsPanel::passRequested, this, &PauseWindowsController::tick);
    m_panels.append(panel);
    panel->setContext(panelContext());
}

PauseWindowsPanel *PauseWindowsController::createPanel(QWidget *parent)
{
    auto *panel = new PauseWindowsPanel(m_windows, m_incidents, m_clock, parent);
    attach(panel);
    return panel;
}

void PauseWindowsController::openDialog()
{
    if (!m_dialog) {
        m_dialog = new PauseWindowsDialog(m_windows, m_incidents, m_clock, m_window);
        m_dialog->setAttribute(Qt::WA_DeleteOnClose);
        attach(m_dialog->panel());
    }
    // The server (and the list for the preview) may have changed since it was opened.
    m_dialog->panel()->setContext(panelContext());
    m_dialog->show();
    m_dialog->raise();
    m_dialog->activateWindow();
}

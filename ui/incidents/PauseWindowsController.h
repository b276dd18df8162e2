#pragma once

#include "incidents/PauseWindowsDialog.h"
#include "incidents/SystemClock.h"

#include <QObject>
#include <QPointer>
#include <QSet>

#include <functional>

class AuditLog;
class Clock;
class IncidentStore;
class MainWindow;
class PauseWindowRunner;
class PauseWindowStore;
class QAction;
class QLabel;
class QTimer;
class ResumeClaims;
class WorkflowApi;
class WorkflowListModel;

// The console's side of pause windows: its timer runs a PauseWindowRunner pass (the clock
// seam decides what is due), "Pause windows…" in the Workflow menu opens the dialog, a
// running window is shown in the status bar ("Quiet hours until 08:00 — 37 paused"), and
// reminders come 10 minutes before a start and for an incident paused longer than the
// profile's threshold (File → Settings…, default 2 h; read at every pass, so a change
// applies at once).
class PauseWindowsController : public QObject
{
    Q_OBJECT
public:
    PauseWindowsController(MainWindow *window, WorkflowApi *api, PauseWindowStore *windows,
                           IncidentStore *incidents, AuditLog *audit, WorkflowListModel *model,
                           QObject *parent = nullptr);
    ~PauseWindowsController() override;

    // The server the console is on; passes run only while signed in.
    void setContext(const QString &profile, const QString &apiHost, bool signedIn);
    void setClock(const Clock *clock); // tests: a ManualClock
    void setIntervalMs(int ms);        // default 20 s
    // Team mode (the store is the team's): a teammate's incident is copied here before its
    // window ends, and its resumes are claimed per workflow.
    void setTeamMode(ResumeClaims *claims, std::function<void(const QString &)> importIncident);

    QAction *openAction() const { return m_open; }
    PauseWindowsDialog *dialog() const { return m_dialog; }
    // The windows list and planner as a widget for another dialog (the Incidents dialog's
    // "Pause windows" tab); kept up to date like the dialog's.
    PauseWindowsPanel *createPanel(QWidget *parent);
    // "Quiet hours until 08:00 — 37 paused", empty when no window runs.
    QString statusText() const;

Q_SIGNALS:
    // A pass paused or resumed workflows: the list should be read again.
    void refreshRequested();
    // statusText() changed (the wallboard shows it too).
    void statusChanged(const QString &text);
    // A timer pass looked at what is due and what to remind of (the clock's "now").
    void checked();

private:
    void tick();
    void openDialog();
    void updateStatus();
    void remind();
    void attach(PauseWindowsPanel *panel);
    PauseWindowsPanel::Context panelContext() const;

    QPointer<MainWindow> m_window;
    QPointer<PauseWindowStore> m_windows;
    QPointer<IncidentStore> m_incidents;
    QPointer<WorkflowListModel> m_model;
    SystemClock m_systemClock;
    const Clock *m_clock = &m_systemClock;
    PauseWindowRunner *m_runner;
    QTimer *m_timer;
    QAction *m_open;
    QLabel *m_status;
    QPointer<PauseWindowsDialog> m_dialog;
    QList<QPointer<PauseWindowsPanel>> m_panels; // the dialog's and the tabs'
    QString m_profile;
    QString m_apiHost;
    bool m_signedIn = false;
    QString m_lastStatus;
    QSet<QString> m_reminded; // "start:<id>@<start>", "incident:<id>"
};

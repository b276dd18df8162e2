#pragma once

#include "incidents/PauseWindowsDialog.h"
#include "incidents/SystemClock.h"

#include <QObject>
#include <QPointer>
#include <QSet>

class AuditLog;
class Clock;
class IncidentStore;
class MainWindow;
class PauseWindowRunner;
class PauseWindowStore;
class QAction;
class QLabel;
class QTimer;
class WorkflowApi;
class WorkflowListModel;

// The console's side of pause windows: its timer runs a PauseWindowRunner pass (the clock
// seam decides what is due), "Pause windows…" in the Workflow menu opens the dialog, a
// running window is shown in the status bar ("Quiet hours until 08:00 — 37 paused"), and
// reminders come 10 minutes before a start and for an incident paused longer than a
// threshold (default 2 h).
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
    void setClock(const Clock *clock);           // tests: a ManualClock
    void setIntervalMs(int ms);                  // default 20 s
    void setLongPauseThresholdSecs(qint64 secs); // per profile; default 2 h

    QAction *openAction() const { return m_open; }
    PauseWindowsDialog *dialog() const { return m_dialog; }
    // "Quiet hours until 08:00 — 37 paused", empty when no window runs.
    QString statusText() const;

Q_SIGNALS:
    // A pass paused or resumed workflows: the list should be read again.
    void refreshRequested();

private:
    void tick();
    void openDialog();
    void updateStatus();
    void remind();

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
    QString m_profile;
    QString m_apiHost;
    bool m_signedIn = false;
    qint64 m_longPauseSecs = 2 * 3600;
    QSet<QString> m_reminded; // "start:<id>@<start>", "incident:<id>"
};

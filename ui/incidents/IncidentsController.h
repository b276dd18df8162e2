#pragma once

#include "incidents/IncidentsDialog.h"
#include "incidents/ResumeItemReport.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

class BulkActionsController;
class BulkProgressWindow;
class IncidentCoordinator;
class IncidentStore;
class MainWindow;
class QAction;
class TeamStore;
struct BulkItem;
struct Incident;

// Incidents in the console: "Resume incident…" (Workflow menu and toolbar) opens the
// Incidents dialog; resuming one asks first (IncidentResumeDialog: count, names, what is
// left alone and why, an optional note), then gives back exactly what it paused and is
// still paused, reported per workflow in the bulk progress window.
class IncidentsController : public QObject
{
    Q_OBJECT
public:
    IncidentsController(MainWindow *window, IncidentCoordinator *coordinator, IncidentStore *store,
                        BulkActionsController *bulk, QObject *parent = nullptr);

    QAction *resumeIncidentAction() const { return m_resumeIncident; }
    IncidentsDialog *incidentsDialog() const { return m_dialog; }

    // Team mode: the dialog lists the team's incidents; a teammate's incident is copied into
    // this computer's file before it is checked or resumed (claims keep the resume safe).
    // Not owned.
    void setTeamStore(TeamStore *team);

    void openIncidents();
    // A tab the Incidents dialog shows beside its list (the console: "Pause windows"),
    // made by `make` with the dialog as parent when the dialog is built.
    void addDialogTab(const QString &title, std::function<QWidget *(QWidget *parent)> make);
    // Asks (IncidentResumeDialog) and resumes once confirmed.
    void askIncidentResume(const QString &incidentId);
    // Resumes without asking (a "Retry failed" of a resume the supervisor confirmed).
    void startIncidentResume(const QString &incidentId, const QString &note = QString());

Q_SIGNALS:
    // A resume finished: the list should be re-read from the server.
    void refreshRequested();

private:
    // Empty when the incident may be resumed now, else why not (said in the status bar).
    QString resumeRefusal(const QString &incidentId) const;
    BulkProgressWindow *beginResumeReport(const Incident &incident, const QList<BulkItem> &rows);
    void showClosedMeanwhile(const Incident &incident);
    // Copies a teammate's incident into the local store (up to date); false when unknown.
    bool ensureLocal(const QString &incidentId) const;
    void onResumeReport(const ResumeItemReport &report);
    void onResumeFinished(const QString &incidentId, const QList<ResumeItemReport> &reports,
                          bool closed);

    QPointer<MainWindow> m_window;
    IncidentCoordinator *m_coordinator;
    QPointer<IncidentStore> m_store;
    QPointer<TeamStore> m_team;
    BulkActionsController *m_bulk;
    QList<QPair<QString, std::function<QWidget *(QWidget *)>>> m_tabs;
    QAction *m_resumeIncident = nullptr;
    QPointer<IncidentsDialog> m_dialog;
    QString m_resuming; // the incident whose resume this controller started
    int m_resumeTotal = 0;
    int m_resumeDone = 0;
};

#pragma once

#include <QDialog>
#include <QPointer>

#include <functional>

class IncidentStore;
class QCheckBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableWidget;
class TeamStore;

// "Resume incident…": every incident (newest first; closed ones only with "Show closed")
// with id, reason, start time, operator, API host, status and how many workflows it paused. Resume
// emits resumeRequested(id) for the selected open incident; the owner runs it. An incident
// the server check refuses (opened on another server) cannot be resumed here: a note names
// its profile and host instead. Non-modal.
class IncidentsDialog : public QDialog
{
    Q_OBJECT
public:
    enum Column {
        IdColumn,
        ReasonColumn,
        StartedColumn,
        OperatorColumn,
        ApiHostColumn,
        StatusColumn,
        PausedColumn,
        ColumnCount
    };

    explicit IncidentsDialog(IncidentStore *store, QWidget *parent = nullptr);

    // Team mode: the team's incidents (who opened them, on which API host) while the store
    // is reachable, live; this computer's own until they reach it. Not owned.
    void setTeamStore(TeamStore *team);
    void reload();
    QString selectedIncidentId() const;
    bool selectIncident(const QString &id);
    void setBusy(bool busy);
    // Empty when the incident may be resumed over the current connection, else why not.
    void setServerCheck(std::function<QString(const QString &incidentId)> check);
    QLabel *serverNote() const { return m_serverNote; }
    // Another tab beside "Incidents" (the console's "Pause windows"); the dialog owns it.
    void addTab(QWidget *page, const QString &title);
    QTabWidget *tabs() const { return m_tabs; }

    QTableWidget *table() const { return m_table; }
    QPushButton *resumeButton() const { return m_resume; }
    QCheckBox *showClosedCheck() const { return m_showClosed; }

Q_SIGNALS:
    void resumeRequested(const QString &incidentId);

private:
    void updateButtons();

    QPointer<IncidentStore> m_store;
    QTabWidget *m_tabs = nullptr;
    QPointer<TeamStore> m_team;
    QTableWidget *m_table = nullptr;
    QCheckBox *m_showClosed = nullptr;
    QLabel *m_hint = nullptr;
    QLabel *m_serverNote = nullptr;
    std::function<QString(const QString &)> m_serverCheck;
    QPushButton *m_resume = nullptr;
    bool m_busy = false;
};

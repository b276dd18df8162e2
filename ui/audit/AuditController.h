#pragma once

#include <QObject>
#include <QPointer>

class AuditLog;
class AuditPanel;
class IncidentStore;
class MainWindow;
class QAction;
class QDockWidget;
class TeamReplicator;
class TeamStore;

// The audit log in the console: a bottom dock with AuditPanel (filters, CSV export),
// opened from View > Audit log (Ctrl+Shift+L); its incident filter offers the incidents the
// store knows, kept current as incidents open and close.
class AuditController : public QObject
{
    Q_OBJECT
public:
    AuditController(MainWindow *window, AuditLog *audit, IncidentStore *store,
                    QObject *parent = nullptr);

    QAction *auditLogAction() const;
    QDockWidget *auditDock() const { return m_dock; }
    AuditPanel *auditPanel() const { return m_panel; }
    void showAuditLog();
    // Team mode: the dock shows every operator's rows while the store is reachable, live,
    // and offers the team's incidents in its filter. Neither is owned.
    void setTeam(TeamStore *team, TeamReplicator *replicator);

private:
    void updateIncidentIds();

    QPointer<IncidentStore> m_store;
    QPointer<TeamStore> m_team;
    AuditPanel *m_panel;
    QDockWidget *m_dock;
};

#pragma once

#include <QObject>
#include <QPointer>

class AuditLog;
class AuditPanel;
class IncidentStore;
class MainWindow;
class QAction;
class QDockWidget;

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

private:
    void updateIncidentIds();

    QPointer<IncidentStore> m_store;
    AuditPanel *m_panel;
    QDockWidget *m_dock;
};

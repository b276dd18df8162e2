#include "audit/AuditController.h"

#include "audit/AuditPanel.h"
#include "incidents/IncidentStore.h"
#include "shell/MainWindow.h"

#include <QAction>
#include <QDockWidget>
#include <QMenu>

AuditController::AuditController(MainWindow *window, AuditLog *audit, IncidentStore *store,
                                 QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_panel(new AuditPanel(audit))
    , m_dock(new QDockWidget(tr("Audit log"), window))
{
    m_dock->setObjectName(QStringLiteral("auditDock"));
    m_dock->setWidget(m_panel);
    window->addBottomDock(m_dock);
    QAction *toggle = m_dock->toggleViewAction();
    toggle->setObjectName(QStringLiteral("auditLogAction"));
    toggle->setText(tr("&Audit log"));
    toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    window->viewMenu()->addAction(toggle);

    if (m_store)
        connect(m_store, &IncidentStore::incidentsChanged, this,
                &AuditController::updateIncidentIds);
    updateIncidentIds();
}

QAction *AuditController::auditLogAction() const
{
    return m_dock->toggleViewAction();
}

void AuditController::updateIncidentIds()
{
    if (!m_store)
        return;
    QStringList ids;
    for (const Incident &i : m_store->allIncidents())
        ids.append(i.id);
    m_panel->setIncidentIds(ids);
}

void AuditController::showAuditLog()
{
    m_dock->show();
    m_dock->raise();
    m_panel->refresh();
}

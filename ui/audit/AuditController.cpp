#include "audit/AuditController.h"

#include "audit/AuditPanel.h"
#include "incidents/IncidentStore.h"
#include "shell/MainWindow.h"
#include "storage/TeamReplicator.h"
#include "storage/TeamStore.h"

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

void AuditController::setTeam(TeamStore *team, TeamReplicator *replicator)
{
    m_team = team;
    m_panel->setTeamStore(team);
    connect(team, &TeamStore::teamChanged, this, [this](const QString &table) {
        if (table == QLatin1String("incidents"))
            updateIncidentIds();
    });
    // Online again or gone: the rows come from the other source.
    connect(replicator, &TeamReplicator::stateChanged, this, [this] {
        m_panel->refresh();
        updateIncidentIds();
    });
    updateIncidentIds();
}

void AuditController::updateIncidentIds()
{
    QStringList ids;
    if (m_team && m_team->isOpen()) {
        for (const Incident &i : m_team->incidents())
            ids.append(i.id);
    }
    if (m_store) {
        for (const Incident &i : m_store->allIncidents()) {
            if (!ids.contains(i.id))
                ids.append(i.id);
        }
    }
    m_panel->setIncidentIds(ids);
}

void AuditController::showAuditLog()
{
    m_dock->show();
    m_dock->raise();
    m_panel->refresh();
}

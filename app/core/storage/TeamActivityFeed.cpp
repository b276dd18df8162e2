#include "storage/TeamActivityFeed.h"

#include "audit/AuditEntry.h"
#include "storage/TeamStore.h"

#include <QCoreApplication>
#include <QHash>
#include <QTimer>

namespace {

QString sentence(const AuditEntry &e, int count)
{
    const QString who = e.osUser;
    if (e.incidentId.isEmpty()) {
        if (e.action == QLatin1String("pause"))
            return QCoreApplication::translate("TeamActivityFeed", "%1 paused it").arg(who);
        if (e.action == QLatin1String("resume"))
            return QCoreApplication::translate("TeamActivityFeed", "%1 resumed it").arg(who);
        if (e.action == QLatin1String("cancel"))
            return QCoreApplication::translate("TeamActivityFeed", "%1 cancelled it").arg(who);
        return QCoreApplication::translate("TeamActivityFeed", "%1 activated it").arg(who);
    }
    if (e.action == QLatin1String("resume"))
        return QCoreApplication::translate(
                   "TeamActivityFeed", "%1 resumed %n workflow(s) — incident %2 %3", nullptr, count)
            .arg(who, e.incidentId, e.reason);
    return QCoreApplication::translate("TeamActivityFeed",
                                       "%1 paused %n workflow(s) — incident %2 %3", nullptr, count)
        .arg(who, e.incidentId, e.reason);
}

WorkflowState targetOf(const QString &action)
{
    if (action == QLatin1String("pause"))
        return WorkflowState::Paused;
    if (action == QLatin1String("cancel"))
        return WorkflowState::Cancelled;
    return WorkflowState::Active; // resume, activate
}

} // namespace

TeamActivityFeed::TeamActivityFeed(TeamStore *team, QObject *parent)
    : QObject(parent)
    , m_team(team)
    , m_soon(new QTimer(this))
{
    // One read per burst: a 1,000-workflow pause is 1,000 notifications.
    m_soon->setSingleShot(true);
    m_soon->setInterval(50);
    connect(m_soon, &QTimer::timeout, this, &TeamActivityFeed::readNewRows);
    connect(team, &TeamStore::teamChanged, this, [this](const QString &table) {
        if (table == QLatin1String("audit_log") && !m_soon->isActive())
            m_soon->start();
    });
    // Rows from before this console was connected are not news, also when it connects late.
    connect(team, &TeamStore::connectAttemptFinished, this, [this](bool opened) {
        if (opened && m_lastSeq < 0)
            m_lastSeq = m_team->lastAuditSeq();
    });
    team->subscribe();
    if (team->isOpen())
        m_lastSeq = team->lastAuditSeq();
}

void TeamActivityFeed::readNewRows()
{
    if (!m_team || !m_team->isOpen())
        return;
    if (m_lastSeq < 0) {
        m_lastSeq = m_team->lastAuditSeq(); // first contact: the past is not news
        return;
    }
    const QList<AuditEntry> rows = m_team->teammateEntriesAfter(m_lastSeq);
    // How many of an incident's workflows each teammate moved, for the sentence.
    QHash<QString, int> counts;
    const auto key = [](const AuditEntry &e) {
        return e.osUser + QLatin1Char('\n') + e.incidentId + QLatin1Char('\n') + e.action;
    };
    for (const AuditEntry &e : rows)
        ++counts[key(e)];
    QHash<QString, int> pausedByIncident; // a burst may hold only part of a long pause
    for (const AuditEntry &e : rows) {
        m_lastSeq = qMax(m_lastSeq, e.id);
        int count = counts.value(key(e));
        if (!e.incidentId.isEmpty() && e.action == QLatin1String("pause")) {
            if (!pausedByIncident.contains(e.incidentId))
                pausedByIncident.insert(e.incidentId, m_team->pausedCount(e.incidentId));
            count = qMax(count, pausedByIncident.value(e.incidentId));
        }
        Q_EMIT teammateAction(e.workflowId, targetOf(e.action), sentence(e, count));
    }
}

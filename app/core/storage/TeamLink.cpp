#include "storage/TeamLink.h"

#include "audit/AuditLog.h"
#include "incidents/IncidentStore.h"
#include "storage/TeamReplicator.h"
#include "storage/TeamStore.h"

TeamLink::TeamLink(ConsoleDatabase *local, QObject *parent)
    : QObject(parent)
    , m_store(new TeamStore(this))
    , m_replicator(new TeamReplicator(local, m_store, this))
{ }

TeamLink::~TeamLink() = default;

bool TeamLink::connectTo(const TeamStoreConfig &config)
{
    m_configured = true;
    const bool opened = m_store->open(config);
    m_replicator->pushNow();
    return opened && m_store->isWritable();
}

void TeamLink::connectInBackground(const TeamStoreConfig &config)
{
    m_configured = true;
    m_store->setConfig(config);
    m_store->setConnectsInBackground(true);
    m_store->reopenInBackground();
}

void TeamLink::watch(AuditLog *audit, IncidentStore *incidents)
{
    if (audit) {
        connect(audit, &AuditLog::entryRecorded, m_replicator, &TeamReplicator::schedule);
        connect(audit, &AuditLog::outcomeRecorded, m_replicator, &TeamReplicator::schedule);
    }
    if (incidents)
        connect(incidents, &IncidentStore::incidentsChanged, m_replicator,
                &TeamReplicator::schedule);
}

void TeamLink::startRetrying(int intervalMs)
{
    m_replicator->setRetryIntervalMs(intervalMs);
    m_replicator->start();
}

QString TeamLink::lastError() const
{
    return m_store->lastError();
}

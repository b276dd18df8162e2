#pragma once

#include "storage/TeamStoreConfig.h"

#include <QObject>

class AuditLog;
class ConsoleDatabase;
class IncidentStore;
class TeamReplicator;
class TeamStore;

// Team mode for one process (console or dialnexa-ctl): the connection to the team store,
// the replicator that empties the local outbox into it, and the wiring that nudges the
// replicator whenever the audit log or the incident store writes a row. A store that is
// down at start is no error for the process: rows wait, the replicator keeps trying.
class TeamLink : public QObject
{
    Q_OBJECT
public:
    explicit TeamLink(ConsoleDatabase *local, QObject *parent = nullptr);
    ~TeamLink() override;

    // Connects (and pushes what waits). False when the store cannot be used now:
    // lastError() says why; the link still retries with this configuration.
    bool connectTo(const TeamStoreConfig &config);
    // The console's way: connects on another thread (the window never waits for a host
    // that does not answer), then pushes what waits; lastError() fills in when it failed.
    void connectInBackground(const TeamStoreConfig &config);
    // Every row these write is pushed soon after (coalesced).
    void watch(AuditLog *audit, IncidentStore *incidents);
    // Periodic retries (the console); a ctl command pushes before it exits instead.
    void startRetrying(int intervalMs = 5000);

    bool isConfigured() const { return m_configured; }
    QString lastError() const;
    TeamStore *store() const { return m_store; }
    TeamReplicator *replicator() const { return m_replicator; }

private:
    TeamStore *m_store;
    TeamReplicator *m_replicator;
    bool m_configured = false;
};

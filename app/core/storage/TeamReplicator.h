#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

class ConsoleDatabase;
class QTimer;
class TeamStore;

// Pushes the local file's new and changed rows (the outbox, see ReplicatedTable) to the team
// store, idempotently (row UUIDs, INSERT … ON CONFLICT), in batches. Never on the critical
// path of an action: rows are written locally first; while the store is down they wait,
// the replicator tries again every retry interval (reconnecting), and statusText() says
// "Team store offline — N rows waiting".
class TeamReplicator : public QObject
{
    Q_OBJECT
public:
    TeamReplicator(ConsoleDatabase *local, TeamStore *team, QObject *parent = nullptr);
    ~TeamReplicator() override;

    // Default 5000; while the store cannot be reached the interval doubles up to 12 times it.
    void setRetryIntervalMs(int ms);
    // Periodic attempts from now on (the console); a ctl command calls pushNow() instead.
    void start();
    // A push within 100 ms (coalesced): connect row-written signals here.
    void schedule();
    // Pushes everything waiting; reconnects first when the store is closed. True when no row
    // is left waiting.
    bool pushNow();

    int pendingRows() const; // rows waiting for the team store
    int legacyRows() const;  // rows from before team mode, not offered yet
    // Offers the rows from before team mode for upload; returns how many.
    int offerLegacyRows();
    bool isOnline() const { return m_online; }
    QString statusText() const;

Q_SIGNALS:
    void stateChanged(bool online, int pendingRows);

private:
    bool pushBatch(int tableIndex, int *pushed);
    void setState(bool online);

    QPointer<ConsoleDatabase> m_local;
    QPointer<TeamStore> m_team;
    QTimer *m_retry = nullptr;
    QTimer *m_soon = nullptr;
    int m_baseInterval = 5000;
    bool m_online = false;
    int m_lastPending = -1;
};

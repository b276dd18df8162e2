#pragma once

#include "audit/AuditEntry.h"
#include "audit/AuditFilter.h"
#include "incidents/Incident.h"
#include "incidents/IncidentWorkflow.h"
#include "incidents/ResumeClaims.h"
#include "storage/OwnedSqlConnection.h"
#include "storage/TeamStoreConfig.h"

#include <QList>
#include <QObject>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <memory>

class ConsoleDatabase;
class QThread;
class TeamConnectionProbe;
class TeamStatementWatchdog;

// The team's shared store on PostgreSQL (Qt's QPSQL driver): incidents, their workflows
// and the audit trail of every console of a call centre. One connection per instance,
// brought up to date on connect by numbered migrations (table dialnexa_schema, serialised
// across consoles by an advisory lock). A store whose schema is newer than this console
// knows is opened read-only: nothing is written there, and lastError() says so.
// Writes arrive through TeamReplicator (from the local outbox) and the resume claims; a
// change by any console is announced on channel dialnexa_team (LISTEN/NOTIFY).
class TeamStore : public QObject, public ResumeClaims
{
    Q_OBJECT
public:
    struct Migration
    {
        int version = 0;
        QString description;
        QStringList statements;
    };
    static const QList<Migration> &schemaMigrations();
    static int latestSchemaVersion();
    static constexpr const char *NotifyChannel = "dialnexa_team";
    static constexpr int ClaimExpirySeconds = 120;
    // The longest one call into the store may keep the calling thread waiting once
    // connected; then the connection is cut and the store is offline (TeamStatementWatchdog).
    // The console's window may not freeze longer; a script may wait for a long audit read.
    static constexpr int WindowStatementDeadlineMs = 2000;
    static constexpr int ScriptStatementDeadlineMs = 30000;

    // While one lives, statements on this store's connection are bounded by the deadline
    // (calls nest: the outermost one counts). Every read and write of the store runs under
    // one; so must other code that runs SQL on database(). A null store: nothing to bound.
    class Call
    {
    public:
        explicit Call(const TeamStore *store);
        ~Call();
        Call(const Call &) = delete;
        Call &operator=(const Call &) = delete;

    private:
        TeamStore *m_store;
    };

    explicit TeamStore(QObject *parent = nullptr);
    // Tests hand in an older list of steps to build the previous schema.
    explicit TeamStore(const QList<Migration> &migrations, QObject *parent = nullptr);
    ~TeamStore() override;

    // Connects, creates/upgrades the schema, checks its version. On failure nothing stays
    // open and lastError() says why in a sentence (never with the password).
    bool open(const TeamStoreConfig &config);
    // Connects again with the last configuration (after the server came back).
    bool reopen();
    // The console's way: connecting is tried on another thread first (a host that drops
    // packets costs that thread the connect timeout, not the window), and only a server
    // that answered is connected to here. connectAttemptFinished() tells the outcome. Such
    // a store serves a window: its statements get WindowStatementDeadlineMs, not the
    // script's ScriptStatementDeadlineMs.
    void setConfig(const TeamStoreConfig &config) { m_config = config; }
    void setConnectsInBackground(bool background) { m_connectsInBackground = background; }
    bool connectsInBackground() const { return m_connectsInBackground; }
    void reopenInBackground();
    void close();
    bool isOpen() const;
    bool isWritable() const { return isOpen() && m_writable; }
    QString lastError() const { return m_lastError; }
    const TeamStoreConfig &config() const { return m_config; }
    int schemaVersion() const;
    int knownSchemaVersion() const;
    QSqlDatabase database() const;
    // Marks the connection broken after a failed statement whose cause was the link (it is
    // closed for good by the next reopen()).
    bool noteFailure(const QString &what, const QString &error);

    // This console as the team sees it: "user@host".
    static QString operatorName();

    // LISTEN dialnexa_team: teamChanged() follows every row another console writes. Kept
    // across reconnects.
    bool subscribe();

    // Reads (empty when closed).
    QList<Incident> incidents() const; // newest first; operatorName is "user@host"
    int pausedCount(const QString &incidentId) const;
    // The audit reads set *complete to false when the store is closed or the read failed or
    // was cut short: what they return then is not the whole audit.
    QList<AuditEntry> auditEntries(const QString &operatorFilter = QString(),
                                   bool *complete = nullptr) const;
    // The Audit dock's rows: AuditFilter as AuditLog::entries reads it (operatorText matches
    // "user@host"), ordered by seq (AuditEntry::id), so new rows come last.
    QList<AuditEntry> auditEntries(const AuditFilter &filter, bool *complete = nullptr) const;
    // Rows after seq `afterSeq` written by others than this console's operator (oldest first).
    QList<AuditEntry> teammateEntriesAfter(qint64 afterSeq) const;
    qint64 lastAuditSeq() const; // 0 when empty or closed
    QList<IncidentWorkflow> workflows(const QString &incidentId) const;
    // Copies a teammate's incident (and its workflows) into the local file, so the
    // IncidentCoordinator can resume it; marked as already in the team store. A copy made
    // earlier is brought up to date (pause outcomes, resumes, closed). The operator is kept
    // as "user@host".
    bool importIncident(const QString &incidentId, ConsoleDatabase *local);

    // ResumeClaims, atomic in the database: at most one live claim per workflow (this
    // store's token); a claim older than ClaimExpirySeconds (its console died) may be taken
    // over, and the caller re-reads the workflow before anything is sent.
    QString claimantName() const override { return operatorName(); }
    Result claim(const QString &incidentId, const QString &workflowId,
                 QString *by = nullptr) override;
    void finishClaim(const QString &incidentId, const QString &workflowId, bool resumed,
                     const QString &outcome) override;
    bool resumedElsewhere(const QString &incidentId, const QString &workflowId,
                          QString *by = nullptr) override;

Q_SIGNALS:
    // Another console (or this one) wrote a row: table "audit_log" or "incidents"; who is
    // "user@host"; summary says what, in a sentence.
    void teamChanged(const QString &table, const QString &who, const QString &summary);
    void connectAttemptFinished(bool opened);

private:
    bool fail(const QString &sentence);
    bool failToConnect(const QString &libpqError);
    void onProbed(bool connected, const QString &error);
    void beginCall();
    void endCall();
    int statementDeadlineMs() const;
    bool migrate();
    bool readAuditRows(const QString &sql, const QVariantList &binds,
                       QList<AuditEntry> *rows) const;
    void onNotification(const QString &name, QSqlDriver::NotificationSource source,
                        const QVariant &payload);

    QList<Migration> m_migrations;
    TeamStoreConfig m_config;
    OwnedSqlConnection m_connection;
    QString m_lastError;
    bool m_open = false;
    bool m_writable = false;
    bool m_listening = false; // subscribe() was asked for: again after a reconnect
    int m_version = -1;
    QString m_claimToken; // one per store: two consoles of one user differ
    bool m_connectsInBackground = false;
    bool m_connecting = false;
    QThread *m_probeThread = nullptr;
    TeamConnectionProbe *m_probe = nullptr;
    std::unique_ptr<TeamStatementWatchdog> m_watchdog;
    int m_socket = -1; // the open connection's, for the watchdog
    int m_callDepth = 0;
};

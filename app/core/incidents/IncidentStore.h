#pragma once

#include "incidents/Incident.h"
#include "incidents/IncidentWorkflow.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <optional>

class ConsoleDatabase;
class QTimer;

// Durable incident sessions (tables incidents + incident_workflows) in the console's data
// file, beside the audit log, on the connection ConsoleDatabase owns (which also creates
// the tables). Every change is committed at once, so an incident survives a crash and is
// still resumable after restart.
class IncidentStore : public QObject
{
    Q_OBJECT
public:
    // Stores and finds nothing while database is null or closed.
    explicit IncidentStore(ConsoleDatabase *database = nullptr, QObject *parent = nullptr);
    ~IncidentStore() override;

    ConsoleDatabase *database() const;
    bool isOpen() const; // the database is open (and migrated)
    // Why the database is closed, else the last failed write here.
    QString lastError() const;
    QString journalMode() const;

    // "INC-yyyyMMdd-HHmm-xxxxxxxxxx" (10 hex digits of a random UUID): unique across the
    // consoles of a team. Ids made before (3 hex digits) stay valid: ids are compared whole.
    static QString generateId(const QDateTime &nowUtc);

    // Opens a new incident (status open, started now). nullopt on a storage failure.
    std::optional<Incident> createIncident(const QString &reason, const QString &operatorName,
                                           const QString &profile, const QString &apiHost);
    bool closeIncident(const QString &incidentId);
    std::optional<Incident> incident(const QString &incidentId) const;
    QList<Incident> openIncidents() const; // newest first
    QList<Incident> allIncidents() const;  // newest first

    // Adds (or keeps) the workflow row for an incident.
    bool addWorkflow(const QString &incidentId, const QString &workflowId,
                     const QString &workflowName);
    bool markPauseRequested(const QString &incidentId, const QString &workflowId);
    // Records the pause outcome; pausedByIncident only for a confirmed active -> paused move.
    bool recordPauseOutcome(const QString &incidentId, const QString &workflowId,
                            const QString &outcome, bool pausedByIncident);
    bool recordResumeOutcome(const QString &incidentId, const QString &workflowId, bool resumed,
                             const QString &outcome);
    QList<IncidentWorkflow> workflows(const QString &incidentId) const;
    std::optional<IncidentWorkflow> workflow(const QString &incidentId,
                                             const QString &workflowId) const;

    // Writes the file refused (disk full, read-only) are kept, in order, and tried again
    // every retry interval and before the next write, so an incident is never blocked by
    // its record and its rows arrive once the file can be written. Reads see them then.
    int pendingWrites() const { return int(m_pending.size()); }
    void setRetryIntervalMs(int ms);

Q_SIGNALS:
    void incidentsChanged();
    // A row could not be written (disk full, read-only file): say so where it stays seen.
    void writeFailed(const QString &error);

private:
    bool execUpdate(const QString &sql, const QVariantList &binds);
    bool tryWrite(const QString &sql, const QVariantList &binds);
    void flushPending();
    QTimer *retryTimer(); // created on first need

    struct PendingWrite
    {
        QString sql;
        QVariantList binds;
    };
    QList<PendingWrite> m_pending;
    QTimer *m_retry = nullptr;
    QPointer<ConsoleDatabase> m_db;
    QString m_lastError;
};

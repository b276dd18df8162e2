#pragma once

#include "incidents/Incident.h"
#include "incidents/IncidentWorkflow.h"

#include <QList>
#include <QObject>

#include <memory>
#include <optional>

class SqliteConnection;

// Durable incident sessions (tables incidents + incident_workflows) in a SQLite file in
// WAL mode on its own named connection; by default the audit file. Every change is
// committed at once, so an incident survives a crash and is still resumable after restart.
class IncidentStore : public QObject
{
    Q_OBJECT
public:
    explicit IncidentStore(QObject *parent = nullptr);
    ~IncidentStore() override;

    static QString defaultPath(); // same file as AuditLog::defaultPath()
    bool open(const QString &path = QString());
    void close();
    bool isOpen() const;
    QString lastError() const;
    QString journalMode() const;

    // "INC-yyyyMMdd-HHmm-xxx" (xxx: 3 random hex digits), unique in this store.
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

Q_SIGNALS:
    void incidentsChanged();

private:
    bool execUpdate(const QString &sql, const QVariantList &binds);
    std::unique_ptr<SqliteConnection> m_db;
};

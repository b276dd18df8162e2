#include "incidents/IncidentStore.h"

#include "audit/AuditLog.h"
#include "incidents/TeamUniqueId.h"
#include "storage/ConsoleDatabase.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>
#include <QVariant>

namespace {

QDateTime parseTimestamp(const QVariant &value)
{
    if (value.isNull())
        return QDateTime();
    QDateTime dt = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return dt.isValid() ? dt.toUTC() : dt;
}

const char *const kIncidentColumns =
    "id, reason, started_at_utc, operator, profile, api_host, status, closed_at_utc";

Incident readIncident(const QSqlQuery &q)
{
    Incident inc;
    inc.id = q.value(0).toString();
    inc.reason = q.value(1).toString();
    inc.startedAtUtc = parseTimestamp(q.value(2));
    inc.operatorName = q.value(3).toString();
    inc.profile = q.value(4).toString();
    inc.apiHost = q.value(5).toString();
    inc.status = q.value(6).toString() == QLatin1String("closed") ? Incident::Status::Closed
                                                                  : Incident::Status::Open;
    inc.closedAtUtc = parseTimestamp(q.value(7));
    return inc;
}

} // namespace

IncidentStore::IncidentStore(ConsoleDatabase *database, QObject *parent)
    : QObject(parent)
    , m_db(database)
{ }

IncidentStore::~IncidentStore() = default;

ConsoleDatabase *IncidentStore::database() const
{
    return m_db;
}

bool IncidentStore::isOpen() const
{
    return m_db && m_db->isOpen();
}

QString IncidentStore::lastError() const
{
    if (!m_db)
        return tr("No data file is attached to the incident store");
    return !m_db->isOpen() || m_lastError.isEmpty() ? m_db->lastError() : m_lastError;
}

QString IncidentStore::journalMode() const
{
    return isOpen() ? m_db->journalMode() : QString();
}

QString IncidentStore::generateId(const QDateTime &nowUtc)
{
    return TeamUniqueId::make(QStringLiteral("INC"), nowUtc);
}

bool IncidentStore::execUpdate(const QString &sql, const QVariantList &binds)
{
    if (!isOpen())
        return false;
    flushPending();
    // Order matters (a row before its outcome): behind a queued write, queue this one too.
    if (m_pending.isEmpty() && tryWrite(sql, binds))
        return true;
    constexpr int MaxPendingWrites = 100000; // bounded memory on a disk that never recovers
    if (m_pending.size() >= MaxPendingWrites)
        return false;
    m_pending.append({sql, binds});
    retryTimer()->start();
    return true; // kept: written as soon as the file takes it
}

QTimer *IncidentStore::retryTimer()
{
    if (!m_retry) {
        m_retry = new QTimer(this);
        m_retry->setInterval(5000);
        connect(m_retry, &QTimer::timeout, this, &IncidentStore::flushPending);
    }
    return m_retry;
}

void IncidentStore::setRetryIntervalMs(int ms)
{
    retryTimer()->setInterval(qMax(1, ms));
}

void IncidentStore::flushPending()
{
    if (m_pending.isEmpty())
        return;
    while (!m_pending.isEmpty() && isOpen()) {
        if (!tryWrite(m_pending.constFirst().sql, m_pending.constFirst().binds))
            return; // still refused: the timer tries again
        m_pending.removeFirst();
    }
    if (m_retry)
        m_retry->stop();
    Q_EMIT incidentsChanged(); // rows that were only in memory are in the file now
}

bool IncidentStore::tryWrite(const QString &sql, const QVariantList &binds)
{
    QSqlQuery q(m_db->database());
    q.prepare(sql);
    for (const QVariant &b : binds) {
        // Qt binds a null QString as SQL NULL; the NOT NULL text columns get "" instead.
        if (b.typeId() == QMetaType::QString && b.toString().isNull())
            q.addBindValue(QStringLiteral(""));
        else
            q.addBindValue(b);
    }
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        Q_EMIT writeFailed(m_lastError);
        return false;
    }
    return true;
}

std::optional<Incident> IncidentStore::createIncident(const QString &reason,
                                                      const QString &operatorName,
                                                      const QString &profile,
                                                      const QString &apiHost)
{
    if (!isOpen())
        return std::nullopt;
    Incident inc;
    inc.startedAtUtc = QDateTime::currentDateTimeUtc();
    inc.reason = reason;
    inc.operatorName = operatorName;
    inc.profile = profile;
    inc.apiHost = apiHost;
    for (int attempt = 0; attempt < 20; ++attempt) {
        inc.id = generateId(inc.startedAtUtc);
        if (!incident(inc.id))
            break;
    }
    if (!execUpdate(
            QStringLiteral("INSERT INTO incidents (%1) VALUES (?, ?, ?, ?, ?, ?, 'open', NULL)")
                .arg(QLatin1String(kIncidentColumns)),
            {inc.id, inc.reason, AuditLog::formatTimestamp(inc.startedAtUtc), inc.operatorName,
             inc.profile, inc.apiHost}))
        return std::nullopt;
    Q_EMIT incidentsChanged();
    return inc;
}

bool IncidentStore::closeIncident(const QString &incidentId)
{
    const bool ok =
        execUpdate(QStringLiteral("UPDATE incidents SET status = 'closed', closed_at_utc = ? "
                                  "WHERE id = ? AND status = 'open'"),
                   {AuditLog::formatTimestamp(QDateTime::currentDateTimeUtc()), incidentId});
    if (ok)
        Q_EMIT incidentsChanged();
    return ok;
}

std::optional<Incident> IncidentStore::incident(const QString &incidentId) const
{
    if (!isOpen())
        return std::nullopt;
    QSqlQuery q(m_db->database());
    q.prepare(QStringLiteral("SELECT %1 FROM incidents WHERE id = ?")
                  .arg(QLatin1String(kIncidentColumns)));
    q.addBindValue(incidentId);
    if (q.exec() && q.next())
        return readIncident(q);
    return std::nullopt;
}

QList<Incident> IncidentStore::openIncidents() const
{
    QList<Incident> result;
    for (const Incident &inc : allIncidents())
        if (inc.isOpen())
            result.append(inc);
    return result;
}

QList<Incident> IncidentStore::allIncidents() const
{
    QList<Incident> result;
    if (!isOpen())
        return result;
    QSqlQuery q(m_db->database());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1 FROM incidents ORDER BY started_at_utc DESC, rowid DESC")
                    .arg(QLatin1String(kIncidentColumns))))
        return result;
    while (q.next())
        result.append(readIncident(q));
    return result;
}

bool IncidentStore::addWorkflow(const QString &incidentId, const QString &workflowId,
                                const QString &workflowName)
{
    return execUpdate(QStringLiteral("INSERT OR IGNORE INTO incident_workflows "
                                     "(incident_id, workflow_id, workflow_name) VALUES (?, ?, ?)"),
                      {incidentId, workflowId, workflowName});
}

bool IncidentStore::markPauseRequested(const QString &incidentId, const QString &workflowId)
{
    return execUpdate(QStringLiteral("UPDATE incident_workflows SET pause_requested = 1 "
                                     "WHERE incident_id = ? AND workflow_id = ?"),
                      {incidentId, workflowId});
}

bool IncidentStore::recordPauseOutcome(const QString &incidentId, const QString &workflowId,
                                       const QString &outcome, bool pausedByIncident)
{
    return execUpdate(
        QStringLiteral("UPDATE incident_workflows SET pause_outcome = ?, paused_by_incident = ? "
                       "WHERE incident_id = ? AND workflow_id = ?"),
        {outcome, pausedByIncident ? 1 : 0, incidentId, workflowId});
}

bool IncidentStore::recordResumeOutcome(const QString &incidentId, const QString &workflowId,
                                        bool resumed, const QString &outcome)
{
    return execUpdate(
        QStringLiteral("UPDATE incident_workflows SET resumed = ?, resume_outcome = ? "
                       "WHERE incident_id = ? AND workflow_id = ?"),
        {resumed ? 1 : 0, outcome, incidentId, workflowId});
}

QList<IncidentWorkflow> IncidentStore::workflows(const QString &incidentId) const
{
    QList<IncidentWorkflow> result;
    if (!isOpen())
        return result;
    QSqlQuery q(m_db->database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT incident_id, workflow_id, workflow_name, pause_requested, "
                             "pause_outcome, paused_by_incident, resumed, resume_outcome "
                             "FROM incident_workflows WHERE incident_id = ? ORDER BY rowid"));
    q.addBindValue(incidentId);
    if (!q.exec())
        return result;
    while (q.next()) {
        IncidentWorkflow w;
        w.incidentId = q.value(0).toString();
        w.workflowId = q.value(1).toString();
        w.workflowName = q.value(2).toString();
        w.pauseRequested = q.value(3).toInt() != 0;
        w.pauseOutcome = q.value(4).toString();
        w.pausedByIncident = q.value(5).toInt() != 0;
        w.resumed = q.value(6).toInt() != 0;
        w.resumeOutcome = q.value(7).toString();
        result.append(w);
    }
    return result;
}

std::optional<IncidentWorkflow> IncidentStore::workflow(const QString &incidentId,
                                                        const QString &workflowId) const
{
    for (const IncidentWorkflow &w : workflows(incidentId)) {
        if (w.workflowId == workflowId)
            return w;
    }
    return std::nullopt;
}

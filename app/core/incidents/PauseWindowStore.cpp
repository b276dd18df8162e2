#include "incidents/PauseWindowStore.h"

#include "incidents/PauseWindowSchedule.h"
#include "incidents/TeamUniqueId.h"
#include "storage/ConsoleDatabase.h"
#include "storage/TeamStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace {

const char *const kColumns =
    "id, reason, first_start_utc, first_end_utc, time_zone, scope_search, scope_status, "
    "scope_ids, repeat_rule, planned_by, planned_at_utc, profile, api_host, state, start_utc, "
    "end_utc, started_by, started_at_utc, started_late, ended_by, ended_at_utc, incident_id, "
    "last_incident_id, occurrences_run";

QDateTime parseTimestamp(const QVariant &value)
{
    if (value.isNull() || value.toString().isEmpty())
        return QDateTime();
    const QDateTime dt = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return dt.isValid() ? dt.toUTC() : dt;
}

// SQL NULL; exec() binds every null QString as '' for the NOT NULL text columns.
QVariant nullable(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

QString idsToText(const QStringList &ids)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(ids)).toJson(QJsonDocument::Compact));
}

QStringList idsFromText(const QString &text)
{
    QStringList ids;
    for (const QJsonValue &v : QJsonDocument::fromJson(text.toUtf8()).array())
        ids.append(v.toString());
    return ids;
}

PauseWindow readWindow(const QSqlQuery &q)
{
    PauseWindow w;
    w.id = q.value(0).toString();
    w.reason = q.value(1).toString();
    w.firstStartUtc = parseTimestamp(q.value(2));
    w.firstEndUtc = parseTimestamp(q.value(3));
    w.timeZoneId = q.value(4).toString();
    w.search = q.value(5).toString();
    w.statusFilter = q.value(6).toString();
    w.workflowIds = idsFromText(q.value(7).toString());
    w.repeat = PauseWindowRepeat::parse(q.value(8).toString()).value_or(PauseWindowRepeat());
    w.plannedBy = q.value(9).toString();
    w.plannedAtUtc = parseTimestamp(q.value(10));
    w.profile = q.value(11).toString();
    w.apiHost = q.value(12).toString();
    w.state = PauseWindow::stateFromName(q.value(13).toString());
    w.startUtc = parseTimestamp(q.value(14));
    w.endUtc = parseTimestamp(q.value(15));
    w.startedBy = q.value(16).toString();
    w.startedAtUtc = parseTimestamp(q.value(17));
    w.startedLate = q.value(18).toInt() != 0;
    w.endedBy = q.value(19).toString();
    w.endedAtUtc = parseTimestamp(q.value(20));
    w.incidentId = q.value(21).toString();
    w.lastIncidentId = q.value(22).toString();
    w.occurrencesRun = q.value(23).toInt();
    return w;
}

} // namespace

PauseWindowStore::PauseWindowStore(ConsoleDatabase *database, QObject *parent)
    : QObject(parent)
    , m_db(database)
{ }

PauseWindowStore::~PauseWindowStore() = default;

void PauseWindowStore::setTeamStore(TeamStore *team)
{
    m_team = team;
    Q_EMIT windowsChanged();
}

bool PauseWindowStore::isOpen() const
{
    if (m_team)
        return m_team->isWritable();
    return m_db && m_db->isOpen();
}

QString PauseWindowStore::lastError() const
{
    if (m_team) {
        if (m_team->isWritable())
            return m_lastError;
        return m_team->lastError().isEmpty()
                   ? tr("the team store is not connected; pause windows are kept there only")
                   : m_team->lastError();
    }
    if (!m_db)
        return tr("No data file is attached to the pause window store");
    return !m_db->isOpen() ? m_db->lastError() : m_lastError;
}

QSqlDatabase PauseWindowStore::connection() const
{
    return m_team ? m_team->database() : m_db->database();
}

QString PauseWindowStore::generateId(const QDateTime &nowUtc)
{
    return TeamUniqueId::make(QStringLiteral("WIN"), nowUtc);
}

QString PauseWindowStore::formatTimestamp(const QDateTime &utc)
{
    return utc.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz'Z'"));
}

int PauseWindowStore::exec(const QString &sql, const QVariantList &binds)
{
    if (!isOpen()) {
        m_lastError = lastError();
        return -1;
    }
    const TeamStore::Call call(m_team); // a team store that stops answering is cut off
    QSqlQuery q(connection());
    q.prepare(sql);
    for (const QVariant &b : binds) {
        if (b.typeId() == QMetaType::QString && b.toString().isNull())
            q.addBindValue(QStringLiteral(""));
        else
            q.addBindValue(b);
    }
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        if (m_team) // a lost link closes the store: no window runs until it is back
            m_team->noteFailure(tr("saving a pause window"), m_lastError);
        return -1;
    }
    m_lastError.clear();
    return q.numRowsAffected();
}

QList<PauseWindow> PauseWindowStore::select(const QString &where, const QVariantList &binds) const
{
    QList<PauseWindow> out;
    if (!isOpen())
        return out;
    const TeamStore::Call call(m_team); // a team store that stops answering is cut off
    QSqlQuery q(connection());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT %1 FROM pause_windows %2").arg(QLatin1String(kColumns), where));
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return out;
    }
    while (q.next())
        out.append(readWindow(q));
    return out;
}

std::optional<PauseWindow> PauseWindowStore::add(const PauseWindow &planned)
{
    if (!isOpen())
        return std::nullopt;
    PauseWindow w = planned;
    w.state = PauseWindow::State::Planned;
    w.startUtc = w.firstStartUtc.toUTC();
    w.endUtc = w.firstEndUtc.toUTC();
    // A weekday rule whose first day is not one of its days starts on the next one.
    if (w.repeat.isRepeating()) {
        const PauseWindowSchedule::Occurrence first =
            PauseWindowSchedule::nextAfter(w, w.firstStartUtc.addMSecs(-1), w.firstStartUtc);
        if (!first.isValid())
            return std::nullopt;
        w.startUtc = first.startUtc;
        w.endUtc = first.endUtc;
    }
    for (int attempt = 0; attempt < 20; ++attempt) {
        w.id =
            generateId(w.plannedAtUtc.isValid() ? w.plannedAtUtc : QDateTime::currentDateTimeUtc());
        if (!window(w.id))
            break;
    }
    const int rows = exec(
        QStringLiteral("INSERT INTO pause_windows (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                       "?, ?, 'planned', ?, ?, NULL, NULL, 0, NULL, NULL, NULL, NULL, 0)")
            .arg(QLatin1String(kColumns)),
        {w.id, w.reason, formatTimestamp(w.firstStartUtc), formatTimestamp(w.firstEndUtc),
         w.timeZoneId, w.search, w.statusFilter, idsToText(w.workflowIds), w.repeat.toString(),
         w.plannedBy, formatTimestamp(w.plannedAtUtc), w.profile, w.apiHost,
         formatTimestamp(w.startUtc), formatTimestamp(w.endUtc)});
    if (rows != 1)
        return std::nullopt;
    Q_EMIT windowsChanged();
    return w;
}

std::optional<PauseWindow> PauseWindowStore::window(const QString &id) const
{
    const QList<PauseWindow> rows = select(QStringLiteral("WHERE id = ?"), {id});
    if (rows.isEmpty())
        return std::nullopt;
    return rows.first();
}

QList<PauseWindow> PauseWindowStore::windows() const
{
    QList<PauseWindow> rows = select(QStringLiteral("ORDER BY start_utc, id"), {});
    std::stable_partition(rows.begin(), rows.end(),
                          [](const PauseWindow &w) { return !w.isFinal(); });
    return rows;
}

std::optional<PauseWindow> PauseWindowStore::windowOfIncident(const QString &incidentId) const
{
    const QList<PauseWindow> rows = select(QStringLiteral("WHERE incident_id = ?"), {incidentId});
    if (rows.isEmpty())
        return std::nullopt;
    return rows.first();
}

int PauseWindowStore::pausedCount(const QString &incidentId) const
{
    if (incidentId.isEmpty() || !isOpen())
        return 0;
    const TeamStore::Call call(m_team); // a team store that stops answering is cut off
    QSqlQuery q(connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM incident_workflows WHERE incident_id = ? "
                             "AND paused_by_incident = 1 AND resumed = 0"));
    q.addBindValue(incidentId);
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

QList<PauseWindowStore::Due> PauseWindowStore::due(const QString &apiHost,
                                                   const QDateTime &nowUtc) const
{
    const QString now = formatTimestamp(nowUtc);
    QList<Due> out;
    for (const PauseWindow &w :
         select(QStringLiteral("WHERE api_host = ? AND state = 'planned' AND started_by IS NULL "
                               "AND start_utc <= ? ORDER BY start_utc, id"),
                {apiHost, now})) {
        out.append({w.endUtc <= nowUtc ? Due::Kind::Skip : Due::Kind::Start, w});
    }
    for (const PauseWindow &w :
         select(QStringLiteral("WHERE api_host = ? AND state = 'running' AND ended_by IS NULL "
                               "AND end_utc <= ? ORDER BY end_utc, id"),
                {apiHost, now})) {
        out.append({Due::Kind::End, w});
    }
    return out;
}

bool PauseWindowStore::claimStart(const PauseWindow &w, const QString &runner,
                                  const QDateTime &nowUtc, bool late)
{
    const int rows = exec(
        QStringLiteral("UPDATE pause_windows SET state = 'running', started_by = ?, "
                       "started_at_utc = ?, started_late = ? WHERE id = ? AND state = 'planned' "
                       "AND start_utc = ? AND started_by IS NULL"),
        {runner, formatTimestamp(nowUtc), late ? 1 : 0, w.id, formatTimestamp(w.startUtc)});
    if (rows == 1)
        Q_EMIT windowsChanged();
    return rows == 1;
}

bool PauseWindowStore::claimEnd(const PauseWindow &w, const QString &runner,
                                const QDateTime &nowUtc)
{
    const QString now = formatTimestamp(nowUtc);
    // end_utc <= now again: an extension saved since the runner read the row wins.
    const int rows = exec(QStringLiteral("UPDATE pause_windows SET ended_by = ?, ended_at_utc = ? "
                                         "WHERE id = ? AND state = 'running' AND start_utc = ? "
                                         "AND ended_by IS NULL AND end_utc <= ?"),
                          {runner, now, w.id, formatTimestamp(w.startUtc), now});
    if (rows == 1)
        Q_EMIT windowsChanged();
    return rows == 1;
}

bool PauseWindowStore::releaseStart(const QString &id, const QString &runner)
{
    const int rows = exec(QStringLiteral("UPDATE pause_windows SET state = 'planned', "
                                         "started_by = NULL, started_at_utc = NULL, "
                                         "started_late = 0 WHERE id = ? AND started_by = ? "
                                         "AND state = 'running' AND incident_id IS NULL"),
                          {id, runner});
    if (rows == 1)
        Q_EMIT windowsChanged();
    return rows == 1;
}

bool PauseWindowStore::setIncident(const QString &id, const QString &runner,
                                   const QString &incidentId)
{
    const int rows = exec(
        QStringLiteral("UPDATE pause_windows SET incident_id = ? WHERE id = ? AND started_by = ?"),
        {incidentId, id, runner});
    if (rows == 1)
        Q_EMIT windowsChanged();
    return rows == 1;
}

bool PauseWindowStore::finishOccurrence(const PauseWindow &w, const QString &endedBy,
                                        const QDateTime &nowUtc, bool skipped)
{
    const PauseWindowSchedule::Occurrence next =
        PauseWindowSchedule::nextAfter(w, w.startUtc, nowUtc);
    // A skip claims the occurrence itself; an end was claimed by claimEnd().
    const QString guard = skipped ? QStringLiteral("state = 'planned' AND started_by IS NULL")
                                  : QStringLiteral("state = 'running' AND ended_by = ?");
    QVariantList binds;
    QString set;
    if (next.isValid()) {
        set = QStringLiteral(
            "state = 'planned', start_utc = ?, end_utc = ?, started_by = NULL, "
            "started_at_utc = NULL, started_late = 0, ended_by = NULL, ended_at_utc = NULL, "
            "incident_id = NULL, last_incident_id = ?, occurrences_run = occurrences_run + ?");
        binds = {formatTimestamp(next.startUtc), formatTimestamp(next.endUtc),
                 nullable(skipped ? w.lastIncidentId : w.incidentId), skipped ? 0 : 1};
    } else {
        set = QStringLiteral("state = 'ended', ended_by = ?, ended_at_utc = ?, "
                             "last_incident_id = ?, occurrences_run = occurrences_run + ?");
        binds = {endedBy, formatTimestamp(nowUtc),
                 nullable(skipped ? w.lastIncidentId : w.incidentId), skipped ? 0 : 1};
    }
    binds << w.id << formatTimestamp(w.startUtc);
    if (!skipped)
        binds << endedBy;
    const int rows = exec(QStringLiteral("UPDATE pause_windows SET %1 WHERE id = ? AND "
                                         "start_utc = ? AND %2")
                              .arg(set, guard),
                          binds);
    if (rows == 1)
        Q_EMIT windowsChanged();
    return rows == 1;
}

bool PauseWindowStore::cancel(const QString &id)
{
    const int rows =
        exec(QStringLiteral("UPDATE pause_windows SET state = 'cancelled' WHERE id = ? AND "
                            "state = 'planned' AND started_by IS NULL"),
             {id});
    if (rows == 1) {
        Q_EMIT windowsChanged();
        return true;
    }
    if (rows == 0)
        m_lastError = tr("Window %1 is not planned any more (started, ended or cancelled "
                         "already); only a planned window can be cancelled.")
                          .arg(id);
    return false;
}

bool PauseWindowStore::endNow(const QString &id, const QDateTime &nowUtc)
{
    const int rows = exec(QStringLiteral("UPDATE pause_windows SET end_utc = ? WHERE id = ? AND "
                                         "state = 'running' AND ended_by IS NULL"),
                          {formatTimestamp(nowUtc), id});
    if (rows == 1) {
        Q_EMIT windowsChanged();
        return true;
    }
    if (rows == 0)
        m_lastError = tr("Window %1 is not running (or is ending already); only a running "
                         "window can be ended early.")
                          .arg(id);
    return false;
}

bool PauseWindowStore::extend(const QString &id, const QDateTime &newEndUtc,
                              const QDateTime &nowUtc)
{
    if (newEndUtc <= nowUtc) {
        m_lastError = tr("The new end must be later than now.");
        return false;
    }
    const int rows = exec(QStringLiteral("UPDATE pause_windows SET end_utc = ? WHERE id = ? AND "
                                         "state = 'running' AND ended_by IS NULL"),
                          {formatTimestamp(newEndUtc), id});
    if (rows == 1) {
        Q_EMIT windowsChanged();
        return true;
    }
    if (rows == 0)
        m_lastError = tr("Window %1 is not running (or is ending already); only a running "
                         "window can be extended.")
                          .arg(id);
    return false;
}

#include "audit/AuditLog.h"

#include "audit/AuditFilterSql.h"
#include "storage/ConsoleDatabase.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {

const char *const kColumns =
    "id, requested_at_utc, completed_at_utc, os_user, profile, api_host, workflow_id, "
    "workflow_name, action, outcome, http_status, server_message, reason, incident_id";

// Qt binds a null QString as SQL NULL; NOT NULL text columns get "" instead.
QString notNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

QVariant textOrNull(const QString &text)
{
    return text.isNull() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

QDateTime parseTimestamp(const QVariant &value)
{
    if (value.isNull())
        return QDateTime();
    QDateTime dt = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (dt.isValid())
        dt = dt.toUTC();
    return dt;
}

AuditEntry readEntry(const QSqlQuery &q)
{
    AuditEntry e;
    e.id = q.value(0).toLongLong();
    e.requestedAtUtc = parseTimestamp(q.value(1));
    e.completedAtUtc = parseTimestamp(q.value(2));
    e.osUser = q.value(3).toString();
    e.profile = q.value(4).toString();
    e.apiHost = q.value(5).toString();
    e.workflowId = q.value(6).toString();
    e.workflowName = q.value(7).toString();
    e.action = q.value(8).toString();
    e.outcome = q.value(9).isNull() ? QString() : q.value(9).toString();
    e.httpStatus = q.value(10).isNull() ? 0 : q.value(10).toInt();
    e.serverMessage = q.value(11).toString();
    e.reason = q.value(12).toString();
    e.incidentId = q.value(13).toString();
    return e;
}

QString csvField(QString field)
{
    // A spreadsheet would run a cell that starts like a formula (OWASP CSV injection):
    // a leading ' makes it text. Names, reasons and server messages are anyone's words.
    static const QString formulaStarts = QStringLiteral("=+-@\t\r");
    if (!field.isEmpty() && formulaStarts.contains(field.at(0)))
        field.prepend(QLatin1Char('\''));
    if (field.contains(QLatin1Char(',')) || field.contains(QLatin1Char('"')) ||
        field.contains(QLatin1Char('\n')) || field.contains(QLatin1Char('\r'))) {
        QString quoted = field;
        quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
        return QLatin1Char('"') + quoted + QLatin1Char('"');
    }
    return field;
}

} // namespace

AuditLog::AuditLog(ConsoleDatabase *database, QObject *parent)
    : QObject(parent)
    , m_db(database)
{ }

AuditLog::~AuditLog() = default;

ConsoleDatabase *AuditLog::database() const
{
    return m_db;
}

bool AuditLog::isOpen() const
{
    return m_db && m_db->isOpen();
}

QString AuditLog::path() const
{
    return m_db ? m_db->path() : QString();
}

QString AuditLog::lastError() const
{
    if (!m_db)
        return tr("No data file is attached to the audit log");
    return !m_db->isOpen() || m_lastError.isEmpty() ? m_db->lastError() : m_lastError;
}

QString AuditLog::journalMode() const
{
    return isOpen() ? m_db->journalMode() : QString();
}

QString AuditLog::formatTimestamp(const QDateTime &utc)
{
    if (!utc.isValid())
        return QString();
    return utc.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

qint64 AuditLog::recordRequest(const AuditEntry &entry)
{
    if (!isOpen())
        return -1;
    QSqlQuery q(m_db->database());
    q.prepare(QStringLiteral(
        "INSERT INTO audit_log (requested_at_utc, os_user, profile, api_host, workflow_id, "
        "workflow_name, action, reason, incident_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const QDateTime at =
        entry.requestedAtUtc.isValid() ? entry.requestedAtUtc : QDateTime::currentDateTimeUtc();
    q.addBindValue(formatTimestamp(at));
    q.addBindValue(notNull(entry.osUser));
    q.addBindValue(notNull(entry.profile));
    q.addBindValue(notNull(entry.apiHost));
    q.addBindValue(notNull(entry.workflowId));
    q.addBindValue(notNull(entry.workflowName));
    q.addBindValue(notNull(entry.action));
    q.addBindValue(notNull(entry.reason));
    q.addBindValue(entry.incidentId.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                              : QVariant(entry.incidentId));
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        Q_EMIT writeFailed(m_lastError);
        return -1;
    }
    const qint64 id = q.lastInsertId().toLongLong();
    Q_EMIT entryRecorded(id);
    return id;
}

bool AuditLog::recordOutcome(qint64 id, const QString &outcome, int httpStatus,
                             const QString &serverMessage)
{
    if (!isOpen() || id < 0)
        return false;
    QSqlQuery q(m_db->database());
    q.prepare(QStringLiteral("UPDATE audit_log SET completed_at_utc = ?, outcome = ?, "
                             "http_status = ?, server_message = ? WHERE id = ?"));
    q.addBindValue(formatTimestamp(QDateTime::currentDateTimeUtc()));
    q.addBindValue(outcome.isEmpty() ? QStringLiteral("unknown") : outcome);
    q.addBindValue(httpStatus > 0 ? QVariant(httpStatus) : QVariant(QMetaType::fromType<int>()));
    q.addBindValue(textOrNull(serverMessage));
    q.addBindValue(id);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        Q_EMIT writeFailed(m_lastError);
        return false;
    }
    if (q.numRowsAffected() != 1)
        return false;
    Q_EMIT outcomeRecorded(id);
    return true;
}

QList<AuditEntry> AuditLog::entries(const AuditFilter &filter) const
{
    QList<AuditEntry> result;
    if (!isOpen())
        return result;
    const AuditFilterSql where(filter, AuditFilterSql::Dialect::Sqlite, QStringLiteral("os_user"));
    QString sql = QStringLiteral("SELECT %1 FROM audit_log").arg(QLatin1String(kColumns)) +
                  where.whereClause();
    if (filter.limit > 0)
        sql = QStringLiteral("SELECT * FROM (%1 ORDER BY id DESC LIMIT %2)")
                  .arg(sql)
                  .arg(filter.limit);
    sql += QStringLiteral(" ORDER BY id ASC");
    QSqlQuery q(m_db->database());
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &b : where.binds())
        q.addBindValue(b);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return result;
    }
    while (q.next())
        result.append(readEntry(q));
    return result;
}

QList<AuditEntry> AuditLog::pendingWithoutOutcome() const
{
    AuditFilter filter;
    filter.outcome = QStringLiteral("pending");
    return entries(filter);
}

QString AuditLog::toCsv(const QList<AuditEntry> &entries)
{
    static const QStringList header = {QStringLiteral("id"),
                                       QStringLiteral("requested_at_utc"),
                                       QStringLiteral("completed_at_utc"),
                                       QStringLiteral("os_user"),
                                       QStringLiteral("profile"),
                                       QStringLiteral("api_host"),
                                       QStringLiteral("workflow_id"),
                                       QStringLiteral("workflow_name"),
                                       QStringLiteral("action"),
                                       QStringLiteral("outcome"),
                                       QStringLiteral("http_status"),
                                       QStringLiteral("server_message"),
                                       QStringLiteral("reason"),
                                       QStringLiteral("incident_id")};
    QString out = header.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    for (const AuditEntry &e : entries) {
        const QStringList fields = {QString::number(e.id),
                                    formatTimestamp(e.requestedAtUtc),
                                    formatTimestamp(e.completedAtUtc),
                                    e.osUser,
                                    e.profile,
                                    e.apiHost,
                                    e.workflowId,
                                    e.workflowName,
                                    e.action,
                                    e.outcome,
                                    e.httpStatus > 0 ? QString::number(e.httpStatus) : QString(),
                                    e.serverMessage,
                                    e.reason,
                                    e.incidentId};
        QStringList quoted;
        quoted.reserve(fields.size());
        for (const QString &f : fields)
            quoted << csvField(f);
        out += quoted.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return out;
}

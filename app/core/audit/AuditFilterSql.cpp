#include "audit/AuditFilterSql.h"

#include "audit/AuditLog.h"

AuditFilterSql::AuditFilterSql(const AuditFilter &filter, Dialect dialect,
                               const QString &operatorExpression)
    : m_dialect(dialect)
{
    // Timestamps are ISO text in UTC in both stores: text order is time order.
    if (filter.since.isValid()) {
        m_conditions << QStringLiteral("requested_at_utc >= ?");
        m_binds << AuditLog::formatTimestamp(filter.since);
    }
    if (!filter.workflowText.isEmpty()) {
        m_conditions << QStringLiteral("(%1 OR %2)")
                            .arg(contains(QStringLiteral("workflow_id")),
                                 contains(QStringLiteral("workflow_name")));
        m_binds << filter.workflowText << filter.workflowText;
    }
    if (!filter.action.isEmpty()) {
        m_conditions << QStringLiteral("action = ?");
        m_binds << filter.action;
    }
    if (filter.outcome == QLatin1String("pending")) {
        m_conditions << QStringLiteral("outcome IS NULL");
    } else if (!filter.outcome.isEmpty()) {
        m_conditions << QStringLiteral("outcome = ?");
        m_binds << filter.outcome;
    }
    if (!filter.incidentId.isEmpty()) {
        m_conditions << QStringLiteral("incident_id = ?");
        m_binds << filter.incidentId;
    }
    if (!filter.operatorText.isEmpty()) {
        m_conditions << contains(operatorExpression);
        m_binds << filter.operatorText;
    }
}

QString AuditFilterSql::whereClause() const
{
    return m_conditions.isEmpty()
               ? QString()
               : QStringLiteral(" WHERE ") + m_conditions.join(QStringLiteral(" AND "));
}

QString AuditFilterSql::contains(const QString &expression) const
{
    return m_dialect == Dialect::Sqlite
               ? QStringLiteral("instr(lower(%1), lower(?)) > 0").arg(expression)
               : QStringLiteral("position(lower(?) in lower(%1)) > 0").arg(expression);
}

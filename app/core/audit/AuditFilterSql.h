#pragma once

#include "audit/AuditFilter.h"

#include <QString>
#include <QVariantList>

// The WHERE clause of an AuditFilter over an audit_log table, with its bind values: one
// list of conditions for this computer's file (SQLite) and the team store (PostgreSQL).
// The dialects differ only in how "contains, ignoring case" is spelt; the caller names
// the expression the operator filter searches (the OS user here, user@host in a team).
class AuditFilterSql
{
public:
    enum class Dialect { Sqlite, Postgres };

    AuditFilterSql(const AuditFilter &filter, Dialect dialect, const QString &operatorExpression);

    QString whereClause() const; // " WHERE …", or empty when the filter keeps every row
    const QVariantList &binds() const { return m_binds; }

private:
    QString contains(const QString &expression) const;

    Dialect m_dialect;
    QStringList m_conditions;
    QVariantList m_binds;
};

#pragma once

#include <QSqlDatabase>
#include <QString>

// One uniquely named QSQLITE connection in WAL mode (synchronous=NORMAL, busy timeout),
// removed again on destruction. Shared by AuditLog and IncidentStore; each instance owns
// its own connection so neither disturbs Qt's default connection.
class SqliteConnection
{
public:
    explicit SqliteConnection(const QString &prefix);
    ~SqliteConnection();
    SqliteConnection(const SqliteConnection &) = delete;
    SqliteConnection &operator=(const SqliteConnection &) = delete;

    // Creates the parent directory, opens the file and applies the pragmas.
    bool open(const QString &path);
    void close();
    bool isOpen() const;
    QSqlDatabase database() const;
    QString connectionName() const { return m_name; }
    QString path() const { return m_path; }
    QString lastError() const { return m_lastError; }
    // Runs one statement without bound values; records the error text on failure.
    bool exec(const QString &sql);
    QString journalMode() const;
    void setLastError(const QString &text) { m_lastError = text; }

private:
    QString m_name;
    QString m_path;
    QString m_lastError;
};

#pragma once

#include "storage/OwnedSqlConnection.h"

#include <QList>
#include <QObject>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

// The one owner of the console's SQLite data file (audit log and incident sessions, shared
// with dialnexa-ctl): a uniquely named QSQLITE connection in WAL mode (synchronous=NORMAL,
// 5 s busy timeout) whose schema is brought up to date by numbered migrations tracked in
// PRAGMA user_version. AuditLog and IncidentStore borrow the connection; none of them
// opens the file itself.
class ConsoleDatabase : public QObject
{
    Q_OBJECT
public:
    // One schema step. Versions count up from 1 without gaps; a step runs once, in its own
    // transaction, which also sets user_version to its version.
    struct Migration
    {
        int version = 0;
        QString description;
        QStringList statements;
    };

    // The product's schema, oldest first. Adding a table is one more entry here.
    static const QList<Migration> &schemaMigrations();
    static int latestSchemaVersion();

    explicit ConsoleDatabase(QObject *parent = nullptr);
    // Tests hand in their own steps to watch the order in which they run.
    explicit ConsoleDatabase(const QList<Migration> &migrations, QObject *parent = nullptr);
    ~ConsoleDatabase() override;

    static QString defaultPath(); // ConsoleDataPaths::auditDatabasePath()

    // Creates the folder and file when needed, applies the pragmas and every migration the
    // file lacks. A file from a newer schema is refused before anything is written to it.
    // On failure nothing stays open and lastError() says why in a sentence.
    bool open(const QString &path = QString());
    void close();
    bool isOpen() const;
    QString path() const { return m_path; }
    QString lastError() const { return m_lastError; }
    QString connectionName() const { return m_connection.name(); }
    QSqlDatabase database() const;

    QString journalMode() const; // "wal" once open
    int schemaVersion() const;   // user_version, -1 when closed
    int knownSchemaVersion() const;

private:
    bool fail(const QString &sentence);
    bool exec(const QString &sql, QString *error = nullptr);
    int readUserVersion(QString *error) const;
    bool probeWritable();
    bool migrate(int fromVersion);
    bool apply(const Migration &migration);

    QList<Migration> m_migrations;
    OwnedSqlConnection m_connection;
    QString m_path;
    QString m_lastError;
    bool m_open = false;
};

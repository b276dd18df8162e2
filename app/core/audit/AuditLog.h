#pragma once

#include "audit/AuditEntry.h"
#include "audit/AuditFilter.h"

#include <QList>
#include <QObject>
#include <QString>

#include <memory>

class SqliteConnection;

// The durable record of every lifecycle request the console sends: a SQLite file in WAL
// mode (synchronous=NORMAL) on its own named connection. A row is written before the
// request leaves (outcome NULL) and completed afterwards, so a crash leaves "requested"
// rows that pendingWithoutOutcome() finds. Every write is its own committed transaction.
// There is no column for the API key.
class AuditLog : public QObject
{
    Q_OBJECT
public:
    explicit AuditLog(QObject *parent = nullptr);
    ~AuditLog() override;

    // QStandardPaths::AppDataLocation/audit.sqlite
    static QString defaultPath();
    // Opens (creating when needed) the file; an empty path means defaultPath().
    bool open(const QString &path = QString());
    void close();
    bool isOpen() const;
    QString path() const;
    QString lastError() const;
    QString journalMode() const; // "wal" once open

    // Inserts the row before the request is sent; requestedAtUtc defaults to now and
    // outcome/completedAt are ignored. Returns the row id, or -1 on failure.
    qint64 recordRequest(const AuditEntry &entry);
    // Completes a row once the outcome is known (completed_at = now).
    bool recordOutcome(qint64 id, const QString &outcome, int httpStatus,
                       const QString &serverMessage);

    // Matching rows, oldest first (by id).
    QList<AuditEntry> entries(const AuditFilter &filter = AuditFilter()) const;
    // Rows whose request was recorded but whose outcome never was (crash, kill, hang).
    QList<AuditEntry> pendingWithoutOutcome() const;

    // RFC 4180: header row, CRLF line ends, fields with comma/quote/CR/LF quoted,
    // quotes doubled. Times as ISO 8601 UTC with milliseconds.
    static QString toCsv(const QList<AuditEntry> &entries);
    static QString formatTimestamp(const QDateTime &utc); // 2026-11-29T04:12:00.123Z

Q_SIGNALS:
    void entryRecorded(qint64 id);
    void outcomeRecorded(qint64 id);

private:
    std::unique_ptr<SqliteConnection> m_db;
};

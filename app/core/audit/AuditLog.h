#pragma once

#include "audit/AuditEntry.h"
#include "audit/AuditFilter.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

class ConsoleDatabase;

// The durable record of every lifecycle request the console sends: table audit_log in the
// console's data file, on the connection ConsoleDatabase owns (which also creates the
// table). A row is written before the request leaves (outcome NULL) and completed
// afterwards, so a crash leaves "requested" rows that pendingWithoutOutcome() finds. Every
// write is its own committed transaction. There is no column for the API key.
class AuditLog : public QObject
{
    Q_OBJECT
public:
    // Writes nothing and reads no rows while database is null or closed.
    explicit AuditLog(ConsoleDatabase *database = nullptr, QObject *parent = nullptr);
    ~AuditLog() override;

    ConsoleDatabase *database() const;
    bool isOpen() const; // the database is open (and migrated)
    QString path() const;
    // Why the database is closed, else the last failed write or read here.
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
    // A row could not be written (disk full, read-only file). The action itself still goes
    // out: a pause is never blocked by its record.
    void writeFailed(const QString &error);

private:
    QPointer<ConsoleDatabase> m_db;
    mutable QString m_lastError;
};

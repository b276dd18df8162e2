#pragma once

#include <QSqlDatabase>
#include <QString>

// One QSqlDatabase connection that its owner alone uses, under a name no other owner has
// (Qt keeps connections in a process-wide table by name). Closing it also takes it out of
// that table, so a reconnect starts clean and nothing is left behind at exit.
class OwnedSqlConnection
{
public:
    // The name is `prefix` with a process-wide number: two owners never share one.
    explicit OwnedSqlConnection(const QString &prefix);
    ~OwnedSqlConnection();
    OwnedSqlConnection(const OwnedSqlConnection &) = delete;
    OwnedSqlConnection &operator=(const OwnedSqlConnection &) = delete;

    QString name() const { return m_name; }
    // A new, not yet open connection with `driver` ("QSQLITE", "QPSQL"); any earlier one
    // is closed first.
    QSqlDatabase add(const QString &driver);
    QSqlDatabase database() const;
    bool isOpen() const;
    void close();

private:
    const QString m_name;
};

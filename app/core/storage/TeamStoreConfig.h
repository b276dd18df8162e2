#pragma once

#include <QProcessEnvironment>
#include <QString>

class QSqlDatabase;
class QSqlError;

#include <optional>

// Where a team's shared store lives: postgresql://USER@HOST[:PORT]/DB[?sslmode=…&sslrootcert=…]
// plus a password that comes from the keychain or DIALNEXA_TEAM_STORE_PASSWORD, never from
// the URL (a URL ends up in settings files and shell history).
struct TeamStoreConfig
{
    QString host;
    int port = 5432;
    QString database;
    QString user;
    QString password;
    QString sslMode;     // empty: libpq's default (prefer)
    QString sslRootCert; // CA file for sslmode verify-ca / verify-full

    // "alice@db.example:5432/dialnexa": for messages; no password.
    QString displayName() const;
    // QPSQL connect options (connect_timeout, keepalives, sslmode, sslrootcert).
    QString connectOptions() const;
    // Host, port, database, user, password and options set on a QPSQL connection; false
    // when the driver is missing (db's lastError() then says so).
    bool configure(QSqlDatabase &db) const;
    // libpq's error as one line (its texts run over several: "\n\tIs the server running…").
    static QString errorLine(const QSqlError &error);

    // The keychain entry of a profile's team store password.
    static QString secretAccount(const QString &profileName)
    {
        return QStringLiteral("team-store:%1").arg(profileName);
    }

    // nullopt and a sentence in *error for anything but a postgresql:// or postgres:// URL
    // with a user, a host and a database, or one that carries a password.
    static std::optional<TeamStoreConfig> parse(const QString &url, QString *error);
    // DIALNEXA_TEAM_STORE (+ DIALNEXA_TEAM_STORE_PASSWORD); nullopt when unset (no error)
    // or unusable (error set).
    static std::optional<TeamStoreConfig> fromEnvironment(const QProcessEnvironment &environment,
                                                          QString *error);
};

#pragma once

// The throwaway PostgreSQL that tests/support/team-postgres.sh starts for the CTest fixture
// "team_postgres": where it listens and its generated password come from the state folder
// named by DIALNEXA_TEST_PG_STATE. Each test gets a fresh database of its own; a test may
// stop and start the server (the fixture's tests hold a resource lock). Test code only.

#include "storage/TeamStoreConfig.h"

#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QtGlobal>

class TeamPostgres
{
public:
    // Empty when the fixture did not run (then every team test fails with this sentence).
    static QString unavailableReason()
    {
        if (qEnvironmentVariableIsEmpty("DIALNEXA_TEST_PG_STATE"))
            return QStringLiteral("DIALNEXA_TEST_PG_STATE is not set: run through ctest "
                                  "(fixture team_postgres)");
        if (!QFile::exists(stateFile("url")))
            return QStringLiteral("the team_postgres fixture did not start a server");
        return QString();
    }

    // The server's own database: a connection that creates and drops test databases.
    static TeamStoreConfig adminConfig()
    {
        QString error;
        TeamStoreConfig config = *TeamStoreConfig::parse(read("url"), &error);
        config.password = read("password");
        return config;
    }

    static QString password() { return read("password"); }
    static QString url(const QString &database)
    {
        const TeamStoreConfig admin = adminConfig();
        return QStringLiteral("postgresql://%1@%2:%3/%4")
            .arg(admin.user, admin.host)
            .arg(admin.port)
            .arg(database);
    }

    // A new, empty database (dropped first when an earlier run left it). Its config.
    static TeamStoreConfig freshDatabase(const QString &name)
    {
        const bool ok =
            admin(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name)) &&
            admin(QStringLiteral("CREATE DATABASE %1").arg(name));
        if (!ok)
            qWarning("TeamPostgres: cannot create database %s", qPrintable(name));
        TeamStoreConfig config = adminConfig();
        config.database = name;
        return config;
    }

    // Runs one statement in `database` as the server's superuser; false on error.
    static bool exec(const QString &database, const QString &sql, QString *error = nullptr)
    {
        bool ok = false;
        const QString name = QStringLiteral("team_postgres_admin");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
            const TeamStoreConfig config = adminConfig();
            db.setHostName(config.host);
            db.setPort(config.port);
            db.setUserName(config.user);
            db.setPassword(config.password);
            db.setDatabaseName(database);
            if (db.open()) {
                QSqlQuery q(db);
                q.exec(QStringLiteral("SET client_min_messages = warning"));
                ok = q.exec(sql);
                if (!ok && error)
                    *error = q.lastError().text();
            } else if (error) {
                *error = db.lastError().text();
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return ok;
    }

    // Stops / starts the one server (same port, same data).
    static bool stopServer() { return script(QStringLiteral("stop")); }
    static bool startServer() { return script(QStringLiteral("start")); }

private:
    static QString stateFile(const char *name)
    {
        return qEnvironmentVariable("DIALNEXA_TEST_PG_STATE") + QLatin1Char('/') +
               QLatin1String(name);
    }
    static QString read(const char *name)
    {
        QFile file(stateFile(name));
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()).trimmed()
                                              : QString();
    }
    static bool admin(const QString &sql) { return exec(QStringLiteral("postgres"), sql); }
    static bool script(const QString &command)
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::ForwardedChannels);
        p.start(qEnvironmentVariable("DIALNEXA_TEST_PG_SCRIPT"),
                {command, qEnvironmentVariable("DIALNEXA_TEST_PG_STATE")});
        return p.waitForFinished(60000) && p.exitStatus() == QProcess::NormalExit &&
               p.exitCode() == 0;
    }
};

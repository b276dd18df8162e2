#include "storage/TeamStoreConfig.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QUrl>
#include <QUrlQuery>

QString TeamStoreConfig::displayName() const
{
    return QStringLiteral("%1@%2:%3/%4").arg(user, host).arg(port).arg(database);
}

QString TeamStoreConfig::connectOptions() const
{
    // A store that does not answer must not hold up a connection attempt for long, and a
    // connection that only listens (LISTEN) must notice a dead link by itself.
    QStringList options = {QStringLiteral("connect_timeout=3"), QStringLiteral("keepalives=1"),
                           QStringLiteral("keepalives_idle=30"),
                           QStringLiteral("keepalives_interval=10"),
                           QStringLiteral("keepalives_count=3")};
    if (!sslMode.isEmpty())
        options << QStringLiteral("sslmode=%1").arg(sslMode);
    if (!sslRootCert.isEmpty())
        options << QStringLiteral("sslrootcert=%1").arg(sslRootCert);
    return options.join(QLatin1Char(';'));
}

bool TeamStoreConfig::configure(QSqlDatabase &db) const
{
    if (!db.isValid())
        return false;
    db.setHostName(host);
    db.setPort(port);
    db.setDatabaseName(database);
    db.setUserName(user);
    db.setPassword(password);
    db.setConnectOptions(connectOptions());
    return true;
}

QString TeamStoreConfig::errorLine(const QSqlError &error)
{
    const QString text = error.databaseText().simplified();
    return text.isEmpty() ? error.text().simplified() : text;
}

std::optional<TeamStoreConfig> TeamStoreConfig::parse(const QString &text, QString *error)
{
    auto refuse = [error](const QString &sentence) -> std::optional<TeamStoreConfig> {
        if (error)
            *error = sentence;
        return std::nullopt;
    };
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (!url.isValid() ||
        (url.scheme() != QLatin1String("postgresql") && url.scheme() != QLatin1String("postgres")))
        return refuse(QCoreApplication::translate(
            "TeamStoreConfig",
            "The team store must be a postgresql://USER@HOST:PORT/DATABASE URL"));
    if (!url.password().isEmpty())
        return refuse(QCoreApplication::translate(
            "TeamStoreConfig", "The team store URL must not carry the password: set it in the "
                               "keychain or in DIALNEXA_TEAM_STORE_PASSWORD"));
    TeamStoreConfig config;
    config.host = url.host();
    config.port = url.port(5432);
    config.user = url.userName();
    config.database = url.path().mid(1);
    if (config.host.isEmpty() || config.user.isEmpty() || config.database.isEmpty() ||
        config.database.contains(QLatin1Char('/')))
        return refuse(QCoreApplication::translate(
            "TeamStoreConfig", "The team store URL needs a user, a host and a database: "
                               "postgresql://USER@HOST:PORT/DATABASE"));
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("sslmode")) {
            static const QStringList modes = {
                QStringLiteral("disable"),   QStringLiteral("allow"),
                QStringLiteral("prefer"),    QStringLiteral("require"),
                QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
            if (!modes.contains(value))
                return refuse(QCoreApplication::translate(
                                  "TeamStoreConfig", "Unknown sslmode in the team store URL: %1")
                                  .arg(value));
            config.sslMode = value;
        } else if (key == QLatin1String("sslrootcert")) {
            if (value.contains(QLatin1Char(';')) || value.contains(QLatin1Char(' ')))
                return refuse(QCoreApplication::translate(
                    "TeamStoreConfig", "The CA file path of the team store must not contain spaces "
                                       "or semicolons"));
            config.sslRootCert = value;
        } else {
            return refuse(QCoreApplication::translate("TeamStoreConfig",
                                                      "Unknown option in the team store URL: %1")
                              .arg(key));
        }
    }
    return config;
}

std::optional<TeamStoreConfig> TeamStoreConfig::fromEnvironment(
    const QProcessEnvironment &environment, QString *error)
{
    const QString url = environment.value(QStringLiteral("DIALNEXA_TEAM_STORE"));
    if (url.trimmed().isEmpty())
        return std::nullopt;
    std::optional<TeamStoreConfig> config = parse(url, error);
    if (config)
        config->password = environment.value(QStringLiteral("DIALNEXA_TEAM_STORE_PASSWORD"));
    return config;
}

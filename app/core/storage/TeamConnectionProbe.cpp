#include "storage/TeamConnectionProbe.h"

#include "storage/OwnedSqlConnection.h"

#include <QSqlError>

void TeamConnectionProbe::probe(const TeamStoreConfig &config)
{
    OwnedSqlConnection connection(QStringLiteral("dialnexa_team_probe"));
    bool connected = false;
    QString error;
    {
        QSqlDatabase db = connection.add(QStringLiteral("QPSQL"));
        connected = config.configure(db) && db.open();
        if (!connected)
            error = TeamStoreConfig::errorLine(db.lastError());
    }
    connection.close();
    Q_EMIT finished(connected, error);
}

#include "storage/TeamConnectionProbe.h"

#include <QAtomicInt>
#include <QSqlDatabase>
#include <QSqlError>

namespace {
QAtomicInt s_counter;
}

void TeamConnectionProbe::probe(const TeamStoreConfig &config)
{
    const QString name =
        QStringLiteral("dialnexa_team_probe_%1").arg(s_counter.fetchAndAddRelaxed(1));
    bool connected = false;
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        connected = config.configure(db) && db.open();
        if (!connected)
            error = TeamStoreConfig::errorLine(db.lastError());
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    Q_EMIT finished(connected, error);
}

#include "storage/ConsoleDataPaths.h"

#include <QDir>
#include <QStandardPaths>

namespace ConsoleDataPaths {

QString dataDir()
{
    const QString overridden = qEnvironmentVariable("DIALNEXA_DATA_DIR");
    if (!overridden.isEmpty())
        return QDir::cleanPath(overridden);
    // Not AppDataLocation: dialnexa-ctl has another application name and must share the file.
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
        .filePath(QStringLiteral("DialNexa/DialNexa Console"));
}

QString auditDatabasePath()
{
    return QDir(dataDir()).filePath(QStringLiteral("audit.sqlite"));
}

QString sandboxDatabasePath()
{
    return QDir(dataDir()).filePath(QStringLiteral("sandbox/audit.sqlite"));
}

} // namespace ConsoleDataPaths

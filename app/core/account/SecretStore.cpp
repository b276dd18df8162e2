#include "account/SecretStore.h"

QString SecretStore::accountFor(const QString &profileName, const QString &host)
{
    return profileName + QLatin1Char('@') + host.toLower();
}

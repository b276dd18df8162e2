#include "account/OperatorIdentity.h"

#if defined(Q_OS_UNIX)
#include <pwd.h>
#include <unistd.h>
#endif

QString OperatorIdentity::userName()
{
    return userName(QProcessEnvironment::systemEnvironment());
}

QString OperatorIdentity::userName(const QProcessEnvironment &environment)
{
    for (const char *name : {"USER", "LOGNAME", "USERNAME"}) {
        const QString value = environment.value(QString::fromLatin1(name)).trimmed();
        if (!value.isEmpty())
            return value;
    }
#if defined(Q_OS_UNIX)
    // Services, cron and some CI runners start without USER/LOGNAME: ask the account
    // database so the audit trail still names who acted.
    if (const passwd *entry = getpwuid(geteuid()); entry && entry->pw_name && *entry->pw_name)
        return QString::fromLocal8Bit(entry->pw_name);
#endif
    return QStringLiteral("unknown");
}

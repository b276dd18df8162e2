#include "OperatorIdentity.h"

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
    return QStringLiteral("unknown");
}

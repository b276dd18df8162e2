#pragma once

#include "http/HttpReply.h"

#include <QJsonValue>
#include <QString>

// Every error the sandbox sends uses the documented {statusCode, message, error} body,
// so clients are never confronted with HTML or an empty error.
class JsonErrors
{
public:
    static QByteArray reasonPhrase(int status);
    static QJsonObject body(int status, const QJsonValue &message);
    static HttpReply reply(int status, const QJsonValue &message);
    static HttpReply reply(int status)
    {
        return reply(status, QString::fromLatin1(reasonPhrase(status)));
    }
};

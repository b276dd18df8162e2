#include "http/JsonErrors.h"

QByteArray JsonErrors::reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 409:
        return "Conflict";
    case 413:
        return "Payload Too Large";
    case 415:
        return "Unsupported Media Type";
    case 422:
        return "Unprocessable Entity";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        break;
    }
    if (status >= 500)
        return "Server Error";
    if (status >= 400)
        return "Client Error";
    return "OK";
}

QJsonObject JsonErrors::body(int status, const QJsonValue &message)
{
    return QJsonObject{{QStringLiteral("statusCode"), status},
                       {QStringLiteral("message"), message},
                       {QStringLiteral("error"), QString::fromLatin1(reasonPhrase(status))}};
}

HttpReply JsonErrors::reply(int status, const QJsonValue &message)
{
    return HttpReply::json(status, body(status, message));
}

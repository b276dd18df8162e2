#include "api/ApiError.h"

#include <QCoreApplication>

namespace {

QString reasonPhrase(int status)
{
    switch (status) {
    case 300:
        return QStringLiteral("Multiple Choices");
    case 301:
        return QStringLiteral("Moved Permanently");
    case 302:
        return QStringLiteral("Found");
    case 303:
        return QStringLiteral("See Other");
    case 307:
        return QStringLiteral("Temporary Redirect");
    case 308:
        return QStringLiteral("Permanent Redirect");
    case 400:
        return QStringLiteral("Bad Request");
    case 401:
        return QStringLiteral("Unauthorized");
    case 403:
        return QStringLiteral("Forbidden");
    case 404:
        return QStringLiteral("Not Found");
    case 405:
        return QStringLiteral("Method Not Allowed");
    case 408:
        return QStringLiteral("Request Timeout");
    case 409:
        return QStringLiteral("Conflict");
    case 410:
        return QStringLiteral("Gone");
    case 422:
        return QStringLiteral("Unprocessable Entity");
    case 429:
        return QStringLiteral("Too Many Requests");
    case 500:
        return QStringLiteral("Internal Server Error");
    case 501:
        return QStringLiteral("Not Implemented");
    case 502:
        return QStringLiteral("Bad Gateway");
    case 503:
        return QStringLiteral("Service Unavailable");
    case 504:
        return QStringLiteral("Gateway Timeout");
    default:
        break;
    }
    if (status >= 200 && status < 300)
        return QStringLiteral("OK");
    return QString();
}

// The host (and port when not the default) a supervisor recognises; never userinfo.
QString hostText(const QUrl &url)
{
    if (url.host().isEmpty())
        return QCoreApplication::translate("ApiError", "the configured server");
    QString host = url.host();
    if (host.contains(QLatin1Char(':')))
        host = QLatin1Char('[') + host + QLatin1Char(']');
    if (url.port() > 0)
        host += QLatin1Char(':') + QString::number(url.port());
    return host;
}

QString withPeriod(QString text)
{
    text = text.trimmed();
    if (!text.isEmpty() && !text.endsWith(QLatin1Char('.')) && !text.endsWith(QLatin1Char('!')) &&
        !text.endsWith(QLatin1Char('?')))
        text += QLatin1Char('.');
    return text;
}

// Qt's low-level text, lower-cased at the start so it reads inside a sentence.
QString lowFirst(QString text)
{
    text = text.trimmed();
    if (text.size() > 1 && text.at(0).isUpper() && !text.at(1).isUpper())
        text[0] = text.at(0).toLower();
    while (text.endsWith(QLatin1Char('.')))
        text.chop(1);
    return text;
}

QString timeoutSecondsText(int ms)
{
    if (ms <= 0)
        return QStringLiteral("15");
    if (ms % 1000 == 0)
        return QString::number(ms / 1000);
    return QString::number(ms / 1000.0, 'f', 1);
}

} // namespace

ApiError::ApiError(Kind kind, int httpStatus, const QString &serverMessage)
    : m_kind(kind)
    , m_httpStatus(httpStatus)
    , m_serverMessage(serverMessage)
{ }

void ApiError::setRequest(const QString &method, const QUrl &url)
{
    m_method = method;
    QUrl clean = url;
    clean.setUserInfo(QString());
    m_url = clean;
}

bool ApiError::isTransient() const
{
    switch (m_kind) {
    case Kind::Network:
    case Kind::Timeout:
    case Kind::RateLimited:
        return true;
    case Kind::Server:
        return m_httpStatus == 502 || m_httpStatus == 503 || m_httpStatus == 504;
    default:
        return false;
    }
}

QString ApiError::userMessage() const
{
    const QString host = hostText(m_url);
    const QString server = m_serverMessage.trimmed();
    switch (m_kind) {
    case Kind::None:
        return QString();
    case Kind::Network: {
        if (m_httpStatus >= 300 && m_httpStatus < 400)
            // An action answered with a redirect (ApiClient follows none for a POST).
            return QCoreApplication::translate(
                       "ApiError",
                       "DialNexa answered with a redirect (HTTP %1) instead of a result; the "
                       "console did not follow it. The action may or may not have taken effect.")
                .arg(m_httpStatus);
        QString why = m_diagnostic.isEmpty()
                          ? QCoreApplication::translate("ApiError", "the connection failed")
                          : lowFirst(m_diagnostic);
        return QCoreApplication::translate(
                   "ApiError",
                   "Could not reach DialNexa at %1: %2. Check the network or the base URL.")
            .arg(host, why);
    }
    case Kind::Timeout:
        return QCoreApplication::translate(
                   "ApiError",
                   "DialNexa did not answer within %1 seconds. The action may or may not have "
                   "taken effect.")
            .arg(timeoutSecondsText(m_timeoutMs));
    case Kind::Tls: {
        if (!m_tlsProblem.isNull())
            return m_tlsProblem.paragraph();
        const QString first = !m_tlsErrors.isEmpty() ? m_tlsErrors.constFirst()
                              : !m_diagnostic.isEmpty()
                                  ? m_diagnostic
                                  : QCoreApplication::translate("ApiError", "handshake failed");
        return QCoreApplication::translate(
                   "ApiError",
                   "The secure connection to %1 failed: %2. The console did not send the "
                   "request; check the base URL and the server's certificate.")
            .arg(host, lowFirst(first));
    }
    case Kind::InvalidRequest:
        return withPeriod(m_diagnostic);
    case Kind::InsecureUrl:
        return m_diagnostic.isEmpty()
                   ? QCoreApplication::translate("ApiError",
                                                 "The console refused to send the API key over an "
                                                 "insecure connection to %1.")
                         .arg(host)
                   : withPeriod(m_diagnostic);
    case Kind::Unauthorized:
        return QCoreApplication::translate(
            "ApiError", "DialNexa rejected the API key (401). Sign in again with a valid key.");
    case Kind::Forbidden:
        return server.isEmpty()
                   ? QCoreApplication::translate("ApiError",
                                                 "This API key is not allowed to do that (403).")
                   : QCoreApplication::translate("ApiError",
                                                 "This API key is not allowed to do that (403): %1")
                         .arg(withPeriod(server));
    case Kind::NotFound:
        return server.isEmpty()
                   ? QCoreApplication::translate(
                         "ApiError",
                         "DialNexa could not find that workflow (404); it may have been deleted.")
                   : QCoreApplication::translate("ApiError",
                                                 "DialNexa could not find that (404): %1")
                         .arg(withPeriod(server));
    case Kind::Conflict:
        return server.isEmpty()
                   ? QCoreApplication::translate(
                         "ApiError",
                         "DialNexa refused the action because the workflow is not in a state that "
                         "allows it (409).")
                   : QCoreApplication::translate("ApiError",
                                                 "DialNexa refused the action (409): %1")
                         .arg(withPeriod(server));
    case Kind::RateLimited:
        return m_retryAfterSeconds >= 0
                   ? QCoreApplication::translate(
                         "ApiError", "DialNexa is rate-limiting requests; retrying in %1 s.")
                         .arg(m_retryAfterSeconds)
                   : QCoreApplication::translate(
                         "ApiError", "DialNexa is rate-limiting requests; try again in a moment.");
    case Kind::Server: {
        // 502/503/504: DialNexa (or its gateway) is struggling, not broken by this request.
        if (m_httpStatus == 502 || m_httpStatus == 503 || m_httpStatus == 504)
            return QCoreApplication::translate(
                       "ApiError",
                       "DialNexa is having problems (HTTP %1). It is usually temporary; try again "
                       "shortly.")
                .arg(m_httpStatus);
        return QCoreApplication::translate(
                   "ApiError",
                   "DialNexa had an internal error (HTTP %1). Try again; contact DialNexa support "
                   "if it persists.")
            .arg(m_httpStatus);
    }
    case Kind::Client:
        return server.isEmpty()
                   ? QCoreApplication::translate("ApiError",
                                                 "DialNexa rejected the request (HTTP %1).")
                         .arg(m_httpStatus)
                   : QCoreApplication::translate("ApiError",
                                                 "DialNexa rejected the request (HTTP %1): %2")
                         .arg(m_httpStatus)
                         .arg(withPeriod(server));
    case Kind::BadResponse:
        if (m_diagnostic.startsWith(QLatin1String("DialNexa "))) // already a whole sentence
            return withPeriod(m_diagnostic);
        return QCoreApplication::translate(
                   "ApiError", "DialNexa sent a response the console could not read (%1).")
            .arg(m_diagnostic.isEmpty()
                     ? QCoreApplication::translate("ApiError", "unexpected content")
                     : lowFirst(m_diagnostic));
    case Kind::Cancelled:
        return QCoreApplication::translate("ApiError", "The request was cancelled.");
    }
    return QString();
}

QString ApiError::details() const
{
    QStringList lines;
    if (!m_method.isEmpty() || !m_url.isEmpty()) {
        lines << QStringLiteral("Request: %1 %2")
                     .arg(m_method, m_url.toString(QUrl::RemoveUserInfo | QUrl::FullyEncoded));
    }
    lines << QStringLiteral("Error: %1").arg(kindName(m_kind));
    if (m_httpStatus > 0) {
        const QString phrase = reasonPhrase(m_httpStatus);
        lines << QStringLiteral("HTTP status: %1%2")
                     .arg(m_httpStatus)
                     .arg(phrase.isEmpty() ? QString() : QLatin1Char(' ') + phrase);
    }
    if (!m_serverMessage.isEmpty())
        lines << QStringLiteral("Server message: %1").arg(m_serverMessage);
    if (m_retryAfterSeconds >= 0)
        lines << QStringLiteral("Retry-After: %1 s").arg(m_retryAfterSeconds);
    if (m_kind == Kind::Timeout && m_timeoutMs > 0)
        lines << QStringLiteral("Transfer timeout: %1 ms").arg(m_timeoutMs);
    if (!m_tlsErrors.isEmpty())
        lines << QStringLiteral("TLS errors: %1").arg(m_tlsErrors.join(QStringLiteral("; ")));
    if (!m_diagnostic.isEmpty())
        lines << QStringLiteral("Diagnostic: %1").arg(m_diagnostic);
    return lines.join(QLatin1Char('\n'));
}

QString ApiError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return QStringLiteral("none");
    case Kind::Network:
        return QStringLiteral("network");
    case Kind::Timeout:
        return QStringLiteral("timeout");
    case Kind::Tls:
        return QStringLiteral("tls");
    case Kind::InsecureUrl:
        return QStringLiteral("insecure-url");
    case Kind::InvalidRequest:
        return QStringLiteral("invalid-request");
    case Kind::Unauthorized:
        return QStringLiteral("unauthorized");
    case Kind::Forbidden:
        return QStringLiteral("forbidden");
    case Kind::NotFound:
        return QStringLiteral("not-found");
    case Kind::Conflict:
        return QStringLiteral("conflict");
    case Kind::RateLimited:
        return QStringLiteral("rate-limited");
    case Kind::Server:
        return QStringLiteral("server");
    case Kind::Client:
        return QStringLiteral("client");
    case Kind::BadResponse:
        return QStringLiteral("bad-response");
    case Kind::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QStringLiteral("unknown");
}

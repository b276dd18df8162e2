#pragma once

#include "api/TlsProblem.h"

#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QUrl>

// Every way a DialNexa request can fail, as one value. userMessage() is a sentence a
// supervisor understands; details() is for the "Details" pane (method, URL, HTTP status,
// server message, TLS errors). Neither ever contains the API key.
class ApiError
{
public:
    enum class Kind {
        None,           // success
        Network,        // refused, host not found, connection dropped; also an action (POST)
                        // answered with a 3xx: not followed, outcome unknown like a lost answer
        Timeout,        // transfer timeout elapsed
        Tls,            // certificate or handshake failure
        InsecureUrl,    // http:// to a non-loopback host: refused before sending
        InvalidRequest, // the request itself is unusable (an id that is no path segment):
                        // refused before sending; diagnostic() says why
        Unauthorized,   // 401
        Forbidden,      // 403
        NotFound,       // 404
        Conflict,       // 409
        RateLimited,    // 429 (retryAfterSeconds set when the server said)
        Server,         // 5xx
        Client,         // any other 4xx (400, 405, 422, ...)
        BadResponse,    // invalid JSON or wrong types in a 2xx body
        Cancelled       // aborted by the console (e.g. shutting down)
    };

    ApiError() = default;
    ApiError(Kind kind, int httpStatus = 0, const QString &serverMessage = QString());

    Kind kind() const { return m_kind; }
    bool isError() const { return m_kind != Kind::None; }
    int httpStatus() const { return m_httpStatus; }
    QString serverMessage() const { return m_serverMessage; } // "message" joined with "; "
    QString method() const { return m_method; }
    QUrl url() const { return m_url; }
    int retryAfterSeconds() const { return m_retryAfterSeconds; } // -1 when not given
    QStringList tlsErrors() const { return m_tlsErrors; }
    QString diagnostic() const { return m_diagnostic; } // low-level text (Qt's errorString)
    // A certificate that failed verification (Kind::Tls), described for a person.
    TlsProblem tlsProblem() const { return m_tlsProblem; }
    void setTlsProblem(const TlsProblem &problem) { m_tlsProblem = problem; }

    void setRequest(const QString &method, const QUrl &url); // strips userinfo
    void setRetryAfterSeconds(int seconds) { m_retryAfterSeconds = seconds; }
    void setTlsErrors(const QStringList &errors) { m_tlsErrors = errors; }
    void setDiagnostic(const QString &text) { m_diagnostic = text; }
    void setServerMessage(const QString &text) { m_serverMessage = text; }
    // The transfer timeout that elapsed (Kind::Timeout), so the message can say "within N seconds".
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    int timeoutMs() const { return m_timeoutMs; }

    // True for failures worth retrying on an idempotent request.
    bool isTransient() const;

    QString userMessage() const;
    QString details() const;
    static QString kindName(Kind kind); // "conflict", "timeout", ... (for logs and CLI)

private:
    Kind m_kind = Kind::None;
    int m_httpStatus = 0;
    QString m_serverMessage;
    QString m_method;
    QUrl m_url;
    int m_retryAfterSeconds = -1;
    QStringList m_tlsErrors;
    TlsProblem m_tlsProblem;
    QString m_diagnostic;
    int m_timeoutMs = 0;
};

Q_DECLARE_METATYPE(ApiError)

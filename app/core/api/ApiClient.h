#pragma once

#include "api/ApiResponse.h"
#include "api/ProxySettings.h"
#include "api/RateLimitBudget.h"
#include "api/RetryPolicy.h"

#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QUrl>
#include <QUrlQuery>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;
class QSslCertificate;

// The one owner of the QNetworkAccessManager. It adds the Bearer key, Accept and
// User-Agent headers, applies the inactivity timeout and an overall deadline per request,
// keeps redirects on the same origin (the key never travels elsewhere), follows no
// redirect for a POST (a 3xx to an action is an unknown outcome, ApiError::Network with the
// 3xx status), refuses plain http to non-loopback hosts, retries GETs per RetryPolicy
// (honouring Retry-After in seconds or as an HTTP-date, never past the deadline) and
// classifies every failure into ApiError.
class ApiClient : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const ApiResponse &)>;
    // Schedules `fn` after `delayMs` (QTimer by default); replaceable so tests need not wait.
    using Scheduler = std::function<void(int delayMs, QObject *context, std::function<void()> fn)>;
    // The time now (UTC); replaceable so tests can pin it (Retry-After as an HTTP-date).
    using Clock = std::function<QDateTime()>;

    static constexpr const char *DefaultBaseUrl = "https://api.dialnexa.com/v1";
    static constexpr const char *LegacyBaseUrl = "https://api.dialnexa.com";

    explicit ApiClient(QObject *parent = nullptr);
    ~ApiClient() override;

    void setBaseUrl(const QUrl &baseUrl);
    QUrl baseUrl() const;
    void setApiKey(const QString &apiKey);
    bool hasApiKey() const;
    // Inactivity timeout: no byte for this long fails the attempt (Qt's transfer timeout).
    void setTransferTimeoutMs(int ms); // default 15000
    int transferTimeoutMs() const;
    // Overall deadline of a request, from get()/post() to its callback, retries and their
    // waits included: a server trickling one byte at a time cannot keep it alive past this.
    void setRequestDeadlineMs(int ms); // default 30000
    int requestDeadlineMs() const;
    void setRetryPolicy(const RetryPolicy &policy);
    RetryPolicy retryPolicy() const;
    void setScheduler(Scheduler scheduler);
    void setClock(Clock clock); // null: QDateTime::currentDateTimeUtc
    static QString userAgent(); // "DialNexaConsole/<version> (Qt <ver>)"

    // Certificates trusted in addition to the system's roots (a company CA); verification
    // always stays on. Empty: the system's roots only.
    void setExtraCaCertificates(const QList<QSslCertificate> &certificates);
    // The proxy of every request (default: the system configuration); loopback hosts
    // always go direct. `password` is the Manual proxy's, from the SecretStore.
    void setProxySettings(const ProxySettings &settings, const QString &password = QString());
    ProxySettings proxySettings() const;

    // Empty when usable; otherwise a sentence saying why (not http(s), http to a
    // non-loopback host, no host).
    static QString validateBaseUrl(const QUrl &url);

    // `path` is relative to the base URL ("workflows/wf_1/pause"). The callback runs once,
    // on this thread, unless `context` is destroyed first.
    // Replies are never read beyond a cap: a list page may be large, anything else is small.
    // A larger reply (by Content-Length or by the bytes that came) is aborted and reported.
    static constexpr qint64 ListPageMaxReplyBytes = 16 * 1024 * 1024;
    static constexpr qint64 DefaultMaxReplyBytes = 1024 * 1024;
    void get(const QString &path, const QUrlQuery &query, QObject *context, Callback callback,
             qint64 maxReplyBytes = DefaultMaxReplyBytes);
    // A GET with more to say (list pages): validators, raw body, low priority.
    struct GetOptions
    {
        qint64 maxReplyBytes = DefaultMaxReplyBytes;
        // Sent as they are (If-None-Match, If-Modified-Since); with any of them a 304 is
        // an answer (httpStatus 304, empty body, no error): "unchanged".
        QList<QPair<QByteArray, QByteArray>> headers;
        // False: a 2xx body is left in rawBody unparsed (the caller decodes it off the GUI
        // thread); json stays null.
        bool parseJson = true;
        // Background traffic (polling): queued behind actions, which go at high priority.
        bool background = false;
    };
    void get(const QString &path, const QUrlQuery &query, QObject *context, Callback callback,
             const GetOptions &options);
    void post(const QString &path, const QJsonObject &body, QObject *context, Callback callback);

    // Aborts every request in flight (their callbacks get ApiError::Cancelled).
    void abortAll();
    int requestsInFlight() const;

    // The URL a request for `path` + `query` goes to (base URL joined with one '/'), without
    // userinfo. Lets typed layers name the request in an error they build themselves.
    QUrl requestUrl(const QString &path, const QUrlQuery &query = QUrlQuery()) const;

    QNetworkAccessManager *networkAccessManager() const;

    // The key's request budget as the server's X-RateLimit-* headers last described it,
    // updated from every answer; shared by the poller, actions and the bulk runner.
    RateLimitBudget *budget() const;

Q_SIGNALS:
    // Every finished request (after retries): lets the status bar track connection health.
    void requestFinished(const ApiError &error);
    // The proxy refused the request for want of (valid) credentials: ask the user, then
    // setProxySettings() again with the password.
    void proxyCredentialsRequired(const ProxySettings &proxy);

private:
    struct Private;
    Private *d;
};

#include "api/ApiClient.h"

#include "DialNexaVersion.h"
#include "api/OneShotBody.h"
#include "api/ProxyFactory.h"
#include "api/RetryAfter.h"

#include "api/WorkflowDecoder.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QTimer>
#if QT_CONFIG(ssl)
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>
#endif

#include <memory>

namespace {

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QString originText(const QUrl &url)
{
    QString host = url.host();
    if (host.contains(QLatin1Char(':')))
        host = QLatin1Char('[') + host + QLatin1Char(']');
    const int port = url.port();
    return port > 0 ? host + QLatin1Char(':') + QString::number(port) : host;
}

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    const QString schemeA = a.scheme().toLower();
    const QString schemeB = b.scheme().toLower();
    const int defaultA = schemeA == QLatin1String("https") ? 443 : 80;
    const int defaultB = schemeB == QLatin1String("https") ? 443 : 80;
    return schemeA == schemeB && a.host().compare(b.host(), Qt::CaseInsensitive) == 0 &&
           a.port(defaultA) == b.port(defaultB);
}

QString bodySnippet(const QByteArray &body)
{
    // From the first bytes only: a huge body is never turned into one huge string.
    QString text = QString::fromUtf8(body.left(800)).simplified();
    if (text.size() > 200)
        text = text.left(199) + QChar(0x2026);
    return text;
}

ApiError::Kind kindForStatus(int status)
{
    switch (status) {
    case 401:
        return ApiError::Kind::Unauthorized;
    case 403:
        return ApiError::Kind::Forbidden;
    case 404:
        return ApiError::Kind::NotFound;
    case 409:
        return ApiError::Kind::Conflict;
    case 429:
        return ApiError::Kind::RateLimited;
    default:
        break;
    }
    if (status >= 500)
        return ApiError::Kind::Server;
    if (status >= 400)
        return ApiError::Kind::Client;
    return ApiError::Kind::BadResponse; // an unexpected 1xx/3xx
}

} // namespace

struct PendingRequest
{
    QByteArray method;
    QString path;
    QUrlQuery query;
    QByteArray body;
    bool hasBody = false;
    QPointer<QObject> context;
    bool hasContext = false;
    ApiClient::Callback callback;

    QUrl url;
    int attempts = 0;
    QPointer<QNetworkReply> reply;
    bool cancelled = false; // abortAll
    bool done = false;
    QString refusedRedirect; // cross-origin Location we refused to follow
    QStringList tlsErrors;
    TlsProblem tlsProblem;
    // A POST answered with a redirect: not followed (Qt would turn it into a GET and that
    // GET's body would pass for the action's answer). The outcome is unknown.
    int postRedirectStatus = 0;
    QString postRedirectTarget;
    // The overall deadline (ApiClient::setRequestDeadlineMs), armed in submit().
    QPointer<QTimer> deadline;
    bool deadlineExpired = false;
    // The reply body cap (ApiClient::get), and what the server announced or sent when it
    // went over it (-1: not exceeded).
    qint64 maxReplyBytes = ApiClient::DefaultMaxReplyBytes;
    qint64 oversizeBytes = -1;
    QList<QPair<QByteArray, QByteArray>> extraHeaders; // validators (ApiClient::GetOptions)
    bool parseJson = true;
    bool background = false;
};

struct ApiClient::Private
{
    ApiClient *q = nullptr;
    QNetworkAccessManager *nam = nullptr;
    QUrl baseUrl = QUrl(QString::fromLatin1(ApiClient::DefaultBaseUrl));
    QString apiKey;
    int timeoutMs = 15000;
    int deadlineMs = 30000;
    Clock clock;
    RetryPolicy policy;
    Scheduler scheduler;
    QList<std::shared_ptr<PendingRequest>> pending;
    ProxySettings proxy;
#if QT_CONFIG(ssl)
    QSslConfiguration ssl; // system roots + extra CAs; null: Qt's default
    bool customSsl = false;
#endif
    RateLimitBudget budget;

    QUrl urlFor(const QString &path, const QUrlQuery &query) const;
    void submit(const std::shared_ptr<PendingRequest> &req);
    void send(const std::shared_ptr<PendingRequest> &req);
    void onFinished(const std::shared_ptr<PendingRequest> &req, QNetworkReply *reply);
    ApiResponse classify(const std::shared_ptr<PendingRequest> &req, QNetworkReply *reply) const;
    void finish(const std::shared_ptr<PendingRequest> &req, ApiResponse response);
    void onDeadline(const std::shared_ptr<PendingRequest> &req);
    ApiError deadlineError() const;
    QDateTime now() const
    {
        return clock ? clock() : QDateTime::currentDateTimeUtc();
    }
    // Seconds to wait per the response's Retry-After, -1 when none. An HTTP-date is measured
    // from the response's Date header when it has one (the server's own clock, so a skewed
    // desktop clock does not stretch or cancel the wait), else from now().
    int retryAfterSeconds(const ApiResponse &response) const;
};

int ApiClient::Private::retryAfterSeconds(const ApiResponse &response) const
{
    const QByteArray value = response.header("Retry-After");
    if (value.trimmed().isEmpty())
        return -1;
    const QDateTime local = now();
    const QDateTime serverNow = RetryAfter::httpDate(response.header("Date"), local);
    return RetryAfter::seconds(value, serverNow.isValid() ? serverNow : local);
}

ApiError ApiClient::Private::deadlineError() const
{
    ApiError e(ApiError::Kind::Timeout);
    e.setTimeoutMs(deadlineMs);
    e.setDiagnostic(tr("no complete answer within the overall deadline of %1 ms (the server "
                       "may keep the connection alive without finishing its answer)")
                        .arg(deadlineMs));
    return e;
}

void ApiClient::Private::onDeadline(const std::shared_ptr<PendingRequest> &req)
{
    if (req->done)
        return;
    req->deadlineExpired = true;
    if (req->reply) {
        req->reply->abort(); // finished -> onFinished -> classify: the deadline error
        if (req->done)
            return;
        // abort() did not finish synchronously: answer now, ignore the late finish.
        req->reply->disconnect(q);
        req->reply = nullptr;
    }
    // Waiting for a retry (or the abort was not synchronous): the deadline is the answer.
    ApiResponse response;
    response.error = deadlineError();
    response.error.setRequest(QString::fromLatin1(req->method), req->url);
    finish(req, response);
}

QUrl ApiClient::Private::urlFor(const QString &path, const QUrlQuery &query) const
{
    QUrl url = baseUrl;
    QString basePath = baseUrl.path(QUrl::FullyEncoded);
    while (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    QString rel = path;
    while (rel.startsWith(QLatin1Char('/')))
        rel.remove(0, 1);
    url.setPath(basePath + QLatin1Char('/') + rel, QUrl::TolerantMode);
    url.setUserInfo(QString());
    url.setFragment(QString());
    if (!query.isEmpty())
        url.setQuery(query);
    else
        url.setQuery(QString());
    return url;
}

void ApiClient::Private::submit(const std::shared_ptr<PendingRequest> &req)
{
    req->url = urlFor(req->path, req->query);
    pending.append(req);
    const QString problem = ApiClient::validateBaseUrl(baseUrl);
    if (!problem.isEmpty()) {
        // Refused before anything (least of all the key) leaves the machine. Answered
        // asynchronously like every other outcome.
        QMetaObject::invokeMethod(
            q,
            [this, req, problem] {
                if (req->done)
                    return;
                ApiResponse response;
                response.attempts = 0;
                response.error = ApiError(ApiError::Kind::InsecureUrl);
                response.error.setRequest(QString::fromLatin1(req->method), req->url);
                response.error.setDiagnostic(problem);
                finish(req, response);
            },
            Qt::QueuedConnection);
        return;
    }
    auto *deadline = new QTimer(q);
    deadline->setSingleShot(true);
    std::weak_ptr<PendingRequest> weak = req;
    QObject::connect(deadline, &QTimer::timeout, q, [this, weak] {
        if (auto r = weak.lock())
            onDeadline(r);
    });
    deadline->start(deadlineMs);
    req->deadline = deadline;
    send(req);
}

void ApiClient::Private::send(const std::shared_ptr<PendingRequest> &req)
{
    ++req->attempts;
    req->refusedRedirect.clear();
    req->postRedirectStatus = 0;
    req->postRedirectTarget.clear();
    req->tlsErrors.clear();
    req->tlsProblem = TlsProblem();

    QNetworkRequest request(req->url);
#if QT_CONFIG(ssl)
    if (customSsl)
        request.setSslConfiguration(ssl);
#endif
    if (!apiKey.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + apiKey.toUtf8());
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader, ApiClient::userAgent());
    request.setTransferTimeout(timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::UserVerifiedRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    for (const auto &h : req->extraHeaders)
        request.setRawHeader(h.first, h.second);
    // A pause must not wait in Qt's queue behind page fetches for a free connection.
    request.setPriority(req->method != "GET" ? QNetworkRequest::HighPriority
                        : req->background    ? QNetworkRequest::LowPriority
                                             : QNetworkRequest::NormalPriority);

    QNetworkReply *reply = nullptr;
    if (req->method == "GET") {
        reply = nam->get(request);
    } else {
        if (req->hasBody)
            request.setHeader(QNetworkRequest::ContentTypeHeader,
                              QByteArrayLiteral("application/json"));
        request.setHeader(QNetworkRequest::ContentLengthHeader,
                          req->hasBody ? req->body.size() : 0);
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        auto *body = new OneShotBody(req->hasBody ? req->body : QByteArray(), nullptr);
        reply = nam->post(request, body);
        body->setParent(reply);
    }
    req->reply = reply;
    // The network thread stops reading once twice the cap is buffered (the abort below needs
    // to see more than the cap arrive), so a runaway server cannot fill memory, or keep
    // sending, before that abort runs on this thread; under load it had sent 100 MB once.
    reply->setReadBufferSize(2 * req->maxReplyBytes);

    std::weak_ptr<PendingRequest> weak = req;
    QObject::connect(reply, &QNetworkReply::redirected, reply,
                     [this, weak, reply](const QUrl &target) {
                         auto r = weak.lock();
                         if (!r)
                             return;
                         const QUrl resolved = reply->url().resolved(target);
                         if (r->method != "GET") {
                             // A lifecycle POST follows no redirect, same origin or not.
                             r->postRedirectStatus =
                                 reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                             r->postRedirectTarget = resolved.toString(QUrl::RemoveUserInfo);
                             reply->abort();
                             return;
                         }
                         if (sameOrigin(resolved, baseUrl)) {
                             Q_EMIT reply->redirectAllowed();
                             return;
                         }
                         r->refusedRedirect = resolved.toString(QUrl::RemoveUserInfo);
                         reply->abort();
                     });
#if QT_CONFIG(ssl)
    QObject::connect(
        reply, &QNetworkReply::sslErrors, reply, [weak, reply](const QList<QSslError> &errors) {
            auto r = weak.lock();
            if (!r)
                return;
            for (const QSslError &e : errors)
                r->tlsErrors << e.errorString();
            r->tlsProblem = TlsProblem::fromErrors(reply->url().host(), errors,
                                                   reply->sslConfiguration().peerCertificate());
            // Deliberately not ignored: the handshake fails and the key is never sent.
        });
#endif
    // Never read beyond the cap: by the announced length, then by what actually arrives.
    auto overCap = [weak, reply](qint64 bytes) {
        auto r = weak.lock();
        if (!r || bytes <= r->maxReplyBytes || r->oversizeBytes >= 0)
            return;
        r->oversizeBytes = bytes;
        reply->abort();
    };
    QObject::connect(reply, &QNetworkReply::metaDataChanged, reply, [reply, overCap] {
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid())
            overCap(length.toLongLong());
    });
    QObject::connect(reply, &QNetworkReply::downloadProgress, reply,
                     [overCap](qint64 received, qint64) { overCap(received); });
    QObject::connect(reply, &QNetworkReply::finished, q, [this, weak, reply] {
        auto r = weak.lock();
        if (r)
            onFinished(r, reply);
        reply->deleteLater();
    });
}

ApiResponse ApiClient::Private::classify(const std::shared_ptr<PendingRequest> &req,
                                         QNetworkReply *reply) const
{
    ApiResponse response;
    response.attempts = req->attempts;
    if (reply->isOpen())
        response.rawBody = reply->readAll();
    response.headers = reply->rawHeaderPairs();
    const QVariant statusAttr = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    response.httpStatus = statusAttr.isValid() ? statusAttr.toInt() : 0;
    const QNetworkReply::NetworkError netError = reply->error();
    const QString method = QString::fromLatin1(req->method);

    auto fail = [&](ApiError error) {
        error.setRequest(method, req->url);
        // A misbehaving server or proxy could echo the Authorization header back: the key
        // must still never reach a message, the Details pane or a log.
        if (!apiKey.isEmpty()) {
            const QString redacted = QStringLiteral("[redacted]");
            error.setServerMessage(error.serverMessage().replace(apiKey, redacted));
            error.setDiagnostic(error.diagnostic().replace(apiKey, redacted));
            QStringList tls = error.tlsErrors();
            for (QString &t : tls)
                t.replace(apiKey, redacted);
            error.setTlsErrors(tls);
        }
        response.error = error;
        return response;
    };

    if (req->cancelled)
        return fail(ApiError(ApiError::Kind::Cancelled));

    if (req->deadlineExpired)
        return fail(deadlineError());

    if (req->oversizeBytes >= 0) {
        // Cut off at the cap: what came is not a reply worth reading. For a GET nothing was
        // changed; for an action the server may have acted, so it is an unknown outcome.
        response.rawBody.clear();
        const QString size = QString::number(double(req->oversizeBytes) / (1024 * 1024), 'f', 1);
        const bool page = req->maxReplyBytes > ApiClient::DefaultMaxReplyBytes;
        ApiError e(req->method == "GET" ? ApiError::Kind::BadResponse : ApiError::Kind::Network,
                   response.httpStatus);
        e.setDiagnostic(req->method == "GET"
                            ? (page ? tr("DialNexa sent a reply too large to be a workflow page "
                                         "(%1 MB); nothing was changed")
                                    : tr("DialNexa sent a reply too large to be read (%1 MB); "
                                         "nothing was changed"))
                                  .arg(size)
                            : tr("DialNexa answered the %1 with a reply too large to read "
                                 "(%2 MB); whether it took effect is unknown")
                                  .arg(method, size));
        return fail(e);
    }

    const bool redirectedPost =
        req->method != "GET" &&
        (req->postRedirectStatus > 0 || (response.httpStatus >= 300 && response.httpStatus < 400));
    if (redirectedPost) {
        // Whatever the redirect leads to is not the action's answer, and whether the server
        // acted before redirecting is unknown: the same kind of error as a lost answer
        // (Network), so callers re-read the workflow instead of trusting anything.
        const int status =
            req->postRedirectStatus > 0 ? req->postRedirectStatus : response.httpStatus;
        response.httpStatus = status;
        response.rawBody.clear();
        ApiError e(ApiError::Kind::Network, status);
        e.setDiagnostic(
            req->postRedirectTarget.isEmpty()
                ? tr("DialNexa answered the %1 with HTTP %2 instead of a result")
                      .arg(method)
                      .arg(status)
                : tr("DialNexa answered the %1 with a redirect (HTTP %2) to %3; redirects are "
                     "not followed for actions")
                      .arg(method)
                      .arg(status)
                      .arg(req->postRedirectTarget));
        return fail(e);
    }

    if (!req->refusedRedirect.isEmpty()) {
        ApiError e(ApiError::Kind::InsecureUrl, response.httpStatus);
        e.setDiagnostic(tr("DialNexa redirected the request to %1, a different server than the "
                           "base URL (%2); the console did not follow it so the API key is not "
                           "sent there. Check the base URL")
                            .arg(req->refusedRedirect, originText(baseUrl)));
        return fail(e);
    }

    const int status = response.httpStatus;
    if (status == 304 && !req->extraHeaders.isEmpty() && netError == QNetworkReply::NoError) {
        response.rawBody.clear(); // "unchanged since the validator we sent"
        return response;
    }
    if (status >= 300 || (status > 0 && status < 200)) {
        ApiError e(kindForStatus(status), status);
        const QJsonDocument doc = QJsonDocument::fromJson(response.rawBody);
        QString message = WorkflowDecoder::decodeErrorMessage(doc.object());
        if (message.isEmpty() && doc.isNull())
            message = bodySnippet(response.rawBody);
        e.setServerMessage(message);
        e.setRetryAfterSeconds(retryAfterSeconds(response));
        if (netError != QNetworkReply::NoError)
            e.setDiagnostic(reply->errorString());
        if (status < 400)
            e.setDiagnostic(tr("unexpected HTTP %1 reply").arg(status));
        return fail(e);
    }

    if (netError != QNetworkReply::NoError) {
        ApiError e;
        switch (netError) {
        case QNetworkReply::OperationCanceledError:
        case QNetworkReply::TimeoutError:
            // We only abort for abortAll (handled above) and refused redirects (above), so a
            // cancel here is QNetworkRequest's transfer timeout firing.
            e = ApiError(ApiError::Kind::Timeout);
            e.setTimeoutMs(timeoutMs);
            break;
        case QNetworkReply::SslHandshakeFailedError:
            e = ApiError(ApiError::Kind::Tls);
            e.setTlsErrors(req->tlsErrors.isEmpty() ? QStringList{reply->errorString()}
                                                    : req->tlsErrors);
            e.setTlsProblem(req->tlsProblem);
            break;
        default:
            if (!req->tlsErrors.isEmpty()) {
                e = ApiError(ApiError::Kind::Tls);
                e.setTlsErrors(req->tlsErrors);
                e.setTlsProblem(req->tlsProblem);
            } else {
                e = ApiError(ApiError::Kind::Network, status);
            }
            break;
        }
        if (netError == QNetworkReply::ProxyAuthenticationRequiredError) {
            e.setDiagnostic(
                tr("the proxy %1 wants a valid user name and password")
                    .arg(proxy.mode == ProxySettings::Mode::Manual
                             ? proxy.host + QLatin1Char(':') + QString::number(proxy.port)
                             : tr("of this computer")));
            const ProxySettings asked = proxy;
            QMetaObject::invokeMethod(
                q, [client = q, asked] { Q_EMIT client->proxyCredentialsRequired(asked); },
                Qt::QueuedConnection);
            return fail(e);
        }
        if (netError == QNetworkReply::ContentReSendError)
            e.setDiagnostic(tr("the connection closed before DialNexa answered, and the request "
                               "was not sent a second time (%1)")
                                .arg(reply->errorString()));
        else
            e.setDiagnostic(reply->errorString());
        return fail(e);
    }

    // 2xx
    if (response.rawBody.trimmed().isEmpty() || !req->parseJson)
        return response;
    QJsonParseError parseError{};
    response.json = QJsonDocument::fromJson(response.rawBody, &parseError);
    if (parseError.error != QJsonParseError::NoError || response.json.isNull()) {
        ApiError e(ApiError::Kind::BadResponse, status);
        e.setDiagnostic(tr("invalid JSON at offset %1: %2")
                            .arg(parseError.offset)
                            .arg(parseError.errorString()));
        response.json = QJsonDocument();
        return fail(e);
    }
    return response;
}

void ApiClient::Private::onFinished(const std::shared_ptr<PendingRequest> &req,
                                    QNetworkReply *reply)
{
    if (req->done || req->reply != reply)
        return;
    req->reply = nullptr;
    ApiResponse response = classify(req, reply);
    if (!response.ok() && req->method == "GET" && !req->cancelled && !req->deadlineExpired &&
        policy.shouldRetry(response.error, req->attempts)) {
        const int delay = policy.delayMs(response.error, req->attempts);
        // No retry whose wait would run past the overall deadline: the caller gets the
        // server's own answer now rather than a timeout later.
        if (req->deadline && req->deadline->remainingTime() <= delay) {
            finish(req, std::move(response));
            return;
        }
        std::weak_ptr<PendingRequest> weak = req;
        scheduler(delay, q, [this, weak] {
            auto r = weak.lock();
            if (!r || r->done || r->cancelled)
                return;
            send(r);
        });
        return;
    }
    finish(req, std::move(response));
}

void ApiClient::Private::finish(const std::shared_ptr<PendingRequest> &req, ApiResponse response)
{
    if (req->done)
        return;
    req->done = true;
    pending.removeAll(req);
    if (req->deadline) {
        req->deadline->stop();
        req->deadline->deleteLater();
        req->deadline = nullptr;
    }
    response.attempts = req->attempts;
    budget.observe(response.headers,
                   QDateTime::currentMSecsSinceEpoch()); // real time, as the poller reads it
    const ApiError error = response.error;
    QPointer<ApiClient> alive(q); // a callback may delete the client (e.g. on sign-out)
    ApiClient *client = q;
    // The caller's object may be gone (a closed dialog): then nobody wants the answer.
    if (req->callback && (!req->hasContext || req->context))
        req->callback(response);
    if (alive)
        Q_EMIT client->requestFinished(error);
}

ApiClient::ApiClient(QObject *parent)
    : QObject(parent)
    , d(new Private)
{
    d->q = this;
    d->nam = new QNetworkAccessManager(this);
    d->nam->setRedirectPolicy(QNetworkRequest::UserVerifiedRedirectPolicy);
    d->nam->setProxyFactory(new ProxyFactory(d->proxy));
    d->scheduler = [](int delayMs, QObject *context, std::function<void()> fn) {
        QTimer::singleShot(delayMs, context, std::move(fn));
    };
}

ApiClient::~ApiClient()
{
    // No callback runs after this: mark everything done, then drop the QNAM (and with it
    // every reply) before the private data goes.
    for (const auto &req : std::as_const(d->pending))
        req->done = true;
    d->pending.clear();
    delete d->nam;
    d->nam = nullptr;
    delete d;
}

QUrl ApiClient::requestUrl(const QString &path, const QUrlQuery &query) const
{
    return d->urlFor(path, query);
}

void ApiClient::setBaseUrl(const QUrl &baseUrl)
{
    d->baseUrl = baseUrl;
}

QUrl ApiClient::baseUrl() const
{
    return d->baseUrl;
}

void ApiClient::setApiKey(const QString &apiKey)
{
    d->apiKey = apiKey; // exactly as entered (gap 24): no format check, no trimming
}

bool ApiClient::hasApiKey() const
{
    return !d->apiKey.isEmpty();
}

void ApiClient::setTransferTimeoutMs(int ms)
{
    d->timeoutMs = qMax(1, ms);
}

int ApiClient::transferTimeoutMs() const
{
    return d->timeoutMs;
}

void ApiClient::setRequestDeadlineMs(int ms)
{
    d->deadlineMs = qMax(1, ms);
}

int ApiClient::requestDeadlineMs() const
{
    return d->deadlineMs;
}

void ApiClient::setClock(Clock clock)
{
    d->clock = std::move(clock);
}

void ApiClient::setRetryPolicy(const RetryPolicy &policy)
{
    d->policy = policy;
}

RetryPolicy ApiClient::retryPolicy() const
{
    return d->policy;
}

void ApiClient::setScheduler(Scheduler scheduler)
{
    if (scheduler) {
        d->scheduler = std::move(scheduler);
    } else {
        d->scheduler = [](int delayMs, QObject *context, std::function<void()> fn) {
            QTimer::singleShot(delayMs, context, std::move(fn));
        };
    }
}

QString ApiClient::userAgent()
{
    return QStringLiteral("DialNexaConsole/%1 (Qt %2)")
        .arg(QString::fromLatin1(DIALNEXA_VERSION), QString::fromLatin1(qVersion()));
}

void ApiClient::setExtraCaCertificates(const QList<QSslCertificate> &certificates)
{
#if QT_CONFIG(ssl)
    d->customSsl = !certificates.isEmpty();
    d->ssl = QSslConfiguration::defaultConfiguration();
    if (d->customSsl) // added to the system's roots, never replacing them
        d->ssl.setCaCertificates(QSslConfiguration::systemCaCertificates() + certificates);
    d->nam->clearConnectionCache();
#else
    Q_UNUSED(certificates);
#endif
}

void ApiClient::setProxySettings(const ProxySettings &settings, const QString &password)
{
    d->proxy = settings;
    d->nam->setProxyFactory(new ProxyFactory(settings, password));
    d->nam->clearConnectionCache(); // no request keeps riding the old route
}

ProxySettings ApiClient::proxySettings() const
{
    return d->proxy;
}

QString ApiClient::validateBaseUrl(const QUrl &url)
{
    if (url.isEmpty() || !url.isValid())
        return tr("The base URL is not a valid address. Use something like %1.")
            .arg(QString::fromLatin1(DefaultBaseUrl));
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http"))
        return tr("The base URL must start with https:// (it starts with %1://).")
            .arg(scheme.isEmpty() ? tr("nothing") : scheme);
    if (url.host().isEmpty())
        return tr("The base URL has no host name. Use something like %1.")
            .arg(QString::fromLatin1(DefaultBaseUrl));
    if (scheme == QLatin1String("http") && !isLoopbackHost(url.host()))
        return tr("Plain http:// would send the API key unencrypted to %1. Use https://; "
                  "http:// is only allowed for this computer (localhost, 127.0.0.1, ::1).")
            .arg(originText(url));
    return QString();
}

void ApiClient::get(const QString &path, const QUrlQuery &query, QObject *context,
                    Callback callback, qint64 maxReplyBytes)
{
    auto req = std::make_shared<PendingRequest>();
    req->method = "GET";
    req->maxReplyBytes = qMax<qint64>(1, maxReplyBytes);
    req->path = path;
    req->query = query;
    req->context = context;
    req->hasContext = context != nullptr;
    req->callback = std::move(callback);
    d->submit(req);
}

void ApiClient::get(const QString &path, const QUrlQuery &query, QObject *context,
                    Callback callback, const GetOptions &options)
{
    auto req = std::make_shared<PendingRequest>();
    req->method = "GET";
    req->maxReplyBytes = qMax<qint64>(1, options.maxReplyBytes);
    req->extraHeaders = options.headers;
    req->parseJson = options.parseJson;
    req->background = options.background;
    req->path = path;
    req->query = query;
    req->context = context;
    req->hasContext = context != nullptr;
    req->callback = std::move(callback);
    d->submit(req);
}

void ApiClient::post(const QString &path, const QJsonObject &body, QObject *context,
                     Callback callback)
{
    auto req = std::make_shared<PendingRequest>();
    req->method = "POST";
    req->path = path;
    req->hasBody = !body.isEmpty();
    if (req->hasBody)
        req->body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    req->context = context;
    req->hasContext = context != nullptr;
    req->callback = std::move(callback);
    d->submit(req);
}

void ApiClient::abortAll()
{
    const auto snapshot = d->pending;
    for (const auto &req : snapshot) {
        if (req->done)
            continue;
        req->cancelled = true;
        if (req->reply) {
            req->reply->abort(); // finished -> onFinished -> Cancelled
        }
        if (!req->done) {
            // Waiting for a retry, refused before sending, or abort did not finish synchronously.
            if (req->reply)
                req->reply->disconnect(this);
            req->reply = nullptr;
            ApiResponse response;
            response.error = ApiError(ApiError::Kind::Cancelled);
            response.error.setRequest(QString::fromLatin1(req->method), req->url);
            d->finish(req, response);
        }
    }
}

int ApiClient::requestsInFlight() const
{
    return int(d->pending.size());
}

QNetworkAccessManager *ApiClient::networkAccessManager() const
{
    return d->nam;
}

RateLimitBudget *ApiClient::budget() const
{
    return &d->budget;
}

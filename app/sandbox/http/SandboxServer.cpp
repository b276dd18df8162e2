#include "http/SandboxServer.h"

#include "http/JsonErrors.h"
#include "simulation/SeedGenerator.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QPointer>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace {

QString methodName(QHttpServerRequest::Method m)
{
    switch (m) {
    case QHttpServerRequest::Method::Get:
        return QStringLiteral("GET");
    case QHttpServerRequest::Method::Put:
        return QStringLiteral("PUT");
    case QHttpServerRequest::Method::Delete:
        return QStringLiteral("DELETE");
    case QHttpServerRequest::Method::Post:
        return QStringLiteral("POST");
    case QHttpServerRequest::Method::Head:
        return QStringLiteral("HEAD");
    case QHttpServerRequest::Method::Options:
        return QStringLiteral("OPTIONS");
    case QHttpServerRequest::Method::Patch:
        return QStringLiteral("PATCH");
    case QHttpServerRequest::Method::Connect:
        return QStringLiteral("CONNECT");
    case QHttpServerRequest::Method::Trace:
        return QStringLiteral("TRACE");
    default:
        return QStringLiteral("UNKNOWN");
    }
}

void writeReply(QHttpServerResponder &responder, const HttpReply &reply)
{
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(reply.status));
    responder.writeHeader("Content-Type", reply.contentType);
    for (const auto &h : reply.headers)
        responder.writeHeader(h.first, h.second);
    responder.writeHeader("Content-Length", QByteArray::number(reply.body.size()));
    responder.writeBody(reply.body);
}

// A GET answered 200 carries a strong ETag of its body (so each list page has its own); a
// request whose If-None-Match names it gets 304 with no body. The real API documents no
// ETag: clients must work without one, and this lets them be tested with one.
void applyEntityTag(HttpReply &reply, const QByteArray &ifNoneMatch)
{
    const QByteArray tag =
        '"' + QCryptographicHash::hash(reply.body, QCryptographicHash::Md5).toHex().left(20) + '"';
    reply.headers.append({"ETag", tag});
    for (const QByteArray &candidate : ifNoneMatch.split(',')) {
        const QByteArray c = candidate.trimmed();
        if (c == tag || c == "W/" + tag || c == "*") {
            reply.status = 304;
            reply.body.clear();
            return;
        }
    }
}

QByteArray header(const QHttpServerRequest &request, const char *name)
{
    const auto headers = request.headers();
    for (const auto &h : headers) {
        if (qstricmp(h.first.constData(), name) == 0)
            return h.second;
    }
    return QByteArray();
}

} // namespace

SandboxServer::SandboxServer(QObject *parent)
    : QAbstractHttpServer(parent)
    , m_clock(this)
    , m_routes(m_store, m_listQuirks)
    , m_control(*this)
{
    connect(&m_clock, &SimulationClock::ticked, this, [this] { advance(1); });
}

SandboxServer::~SandboxServer() = default;

bool SandboxServer::start(const SandboxOptions &options, QString *error)
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (m_tcpServer)
        return fail(QStringLiteral("already started"));
    if (options.shape != QLatin1String("a") && options.shape != QLatin1String("b") &&
        options.shape != QLatin1String("mixed"))
        return false;
    if (options.workflowCount < 0 || options.tickMs < 0 || options.rateLimitPerSecond < 0 ||
        options.latencyMs < 0 || options.jitterMs < 0 || options.failRate < 0.0 ||
        options.failRate > 1.0)
        return fail(QStringLiteral("invalid options"));
    if (options.tlsCertFile.isEmpty() != options.tlsKeyFile.isEmpty())
        return fail(QStringLiteral("--tls-cert and --tls-key go together"));
    if (!options.tlsCertFile.isEmpty()) {
        QFile certFile(options.tlsCertFile);
        QFile keyFile(options.tlsKeyFile);
        if (!certFile.open(QIODevice::ReadOnly))
            return fail(QStringLiteral("cannot read %1: %2")
                            .arg(options.tlsCertFile, certFile.errorString()));
        if (!keyFile.open(QIODevice::ReadOnly))
            return fail(QStringLiteral("cannot read %1: %2")
                            .arg(options.tlsKeyFile, keyFile.errorString()));
        const QList<QSslCertificate> chain = QSslCertificate::fromDevice(&certFile, QSsl::Pem);
        QSslKey key(&keyFile, QSsl::Rsa, QSsl::Pem);
        if (key.isNull()) {
            keyFile.seek(0);
            key = QSslKey(&keyFile, QSsl::Ec, QSsl::Pem);
        }
        if (chain.isEmpty())
            return fail(QStringLiteral("%1 holds no PEM certificate").arg(options.tlsCertFile));
        if (key.isNull())
            return fail(
                QStringLiteral("%1 holds no PEM RSA or EC private key").arg(options.tlsKeyFile));
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setLocalCertificateChain(chain);
        config.setPrivateKey(key);
        config.setPeerVerifyMode(QSslSocket::VerifyNone); // clients present no certificate
        m_tlsConfiguration = config;
        m_tls = true;
    }

    m_options = options;
    m_keys.clear();
    for (const QString &key : options.apiKeys)
        m_keys.insert(key);
    if (m_keys.isEmpty())
        m_keys.insert(SandboxOptions::demoKey());
    m_faults = FaultInjector(options.seed, options.failRate, options.latencyMs, options.jitterMs);
    m_rateLimiter = RateLimiter(options.rateLimitPerSecond);
    reset();

    // Qt 6.4's sslSetup() only reaches servers made by listen(); a QSslServer handed to
    // bind() hands over sockets once their handshake is done.
    QTcpServer *tcp = nullptr;
    if (m_tls) {
        auto *ssl = new QSslServer(this);
        ssl->setSslConfiguration(m_tlsConfiguration);
        tcp = ssl;
    } else {
        tcp = new QTcpServer(this);
    }
    tcp->setListenBacklogSize(1024); // 200+ simultaneous connects must not overflow the SYN queue
    if (!tcp->listen(QHostAddress::LocalHost, options.port)) {
        const QString why = tcp->errorString();
        delete tcp;
        return fail(QStringLiteral("cannot listen on 127.0.0.1:%1: %2").arg(options.port).arg(why));
    }
    bind(tcp);
    m_tcpServer = tcp;
    m_port = tcp->serverPort();
    m_clock.start(options.tickMs);
    return true;
}

QUrl SandboxServer::baseUrl() const
{
    return QUrl(QStringLiteral("%1://127.0.0.1:%2/v1")
                    .arg(m_tls ? QStringLiteral("https") : QStringLiteral("http"))
                    .arg(m_port));
}

QUrl SandboxServer::controlUrl() const
{
    return QUrl(QStringLiteral("%1://127.0.0.1:%2/__sandbox")
                    .arg(m_tls ? QStringLiteral("https") : QStringLiteral("http"))
                    .arg(m_port));
}

void SandboxServer::advance(int ticks)
{
    for (int i = 0; i < ticks; ++i)
        m_simulator.tick(m_store, QDateTime::currentMSecsSinceEpoch());
}

void SandboxServer::reset()
{
    m_store.setTickMs(m_options.tickMs);
    SeedGenerator::populate(m_store, m_simulator, m_options, QDateTime::currentMSecsSinceEpoch());
    m_faults.clear();
    m_listQuirks = ListQuirks();
    m_log.clear();
    m_rateLimiter.clear();
}

bool SandboxServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QString method = methodName(request.method());
    const QString path = request.url().path();

    if (path == QLatin1String("/__sandbox") || path.startsWith(QLatin1String("/__sandbox/"))) {
        if (!request.remoteAddress().isLoopback()) {
            send(request, socket,
                 JsonErrors::reply(
                     403, QStringLiteral("The control API only answers loopback clients.")),
                 0);
            return true;
        }
        const QStringList segments = path.mid(10).split(QLatin1Char('/'), Qt::SkipEmptyParts);
        send(request, socket, m_control.handle(method, path, segments, request.body(), now), 0);
        return true;
    }
    if (path == QLatin1String("/v1") || path.startsWith(QLatin1String("/v1/"))) {
        handleApi(request, socket, method, path, now);
        return true;
    }
    send(request, socket, JsonErrors::reply(404, QStringLiteral("Cannot %1 %2").arg(method, path)),
         0);
    return true;
}

void SandboxServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    send(request, socket, JsonErrors::reply(404, QStringLiteral("Not Found")), 0);
}

void SandboxServer::handleApi(const QHttpServerRequest &request, QTcpSocket *socket,
                              const QString &method, const QString &path, qint64 nowMs)
{
    // Keys are opaque: only an exact match of the whole Bearer token counts.
    const QByteArray authorization = header(request, "authorization");
    QString key;
    if (authorization.size() > 7 && qstrnicmp(authorization.constData(), "Bearer ", 7) == 0)
        key = QString::fromUtf8(authorization.mid(7)).trimmed();
    const bool authorized = !key.isEmpty() && m_keys.contains(key);

    m_log.append(RequestLog::Entry{method, path, request.url().query(QUrl::FullyDecoded),
                                   QString::fromUtf8(header(request, "user-agent")),
                                   QString::fromUtf8(header(request, "accept")), authorized,
                                   nowMs});
    if (!authorized) {
        send(request, socket, JsonErrors::reply(401, QStringLiteral("Unauthorized")), 0);
        return;
    }

    QList<QPair<QByteArray, QByteArray>> rateHeaders;
    if (m_rateLimiter.enabled()) {
        const RateLimiter::Decision d = m_rateLimiter.check(key, nowMs);
        rateHeaders = {{"X-RateLimit-Limit", QByteArray::number(d.limit)},
                       {"X-RateLimit-Remaining", QByteArray::number(d.remaining)},
                       {"X-RateLimit-Reset", QByteArray::number(d.resetEpochSeconds)}};
        if (!d.allowed) {
            HttpReply r = JsonErrors::reply(
                429,
                QStringLiteral("Too many requests. Please slow down and retry after a moment."));
            r.headers = rateHeaders;
            r.headers.append({"Retry-After", QByteArray::number(d.retryAfterSeconds)});
            send(request, socket, r, 0);
            return;
        }
    }

    const QStringList segments = path.mid(3).split(QLatin1Char('/'), Qt::SkipEmptyParts);
    const auto normal = [&] {
        return m_routes.handle(method, path, segments, request.query(), request.body(), nowMs);
    };
    int delayMs = m_faults.randomLatencyMs();
    HttpReply reply;
    if (const std::optional<FaultRule> fault = m_faults.take(method, path)) {
        delayMs += fault->delayMs;
        const bool replaces = fault->status != 0 || fault->hang || fault->drop || fault->malformed;
        if (fault->apply || !replaces)
            reply = normal();
        if (fault->hang)
            return; // never answered; the client's timeout has to cope
        if (fault->drop) {
            // Always deferred: aborting inside handleRequest would free the request under Qt's feet.
            QPointer<QTcpSocket> guard(socket);
            QTimer::singleShot(qMax(0, delayMs), socket, [guard] {
                if (guard)
                    guard->abort();
            });
            return;
        }
        if (fault->malformed) {
            reply = HttpReply();
            reply.status = 200;
            reply.body = QByteArrayLiteral("{\"data\": [ {\"id\": \"wf_");
        } else if (fault->status != 0) {
            if (fault->hasBody) {
                reply = HttpReply();
                reply.status = fault->status;
                reply.body = fault->body;
                reply.contentType = fault->bodyIsJson
                                        ? QByteArrayLiteral("application/json")
                                        : QByteArrayLiteral("text/plain; charset=utf-8");
            } else {
                reply = JsonErrors::reply(fault->status);
            }
        }
        reply.headers.append(fault->headers);
    } else if (m_faults.randomFailure()) {
        reply = JsonErrors::reply(
            503, QStringLiteral(
                     "Service temporarily unavailable (simulated fault). Retry with backoff."));
    } else {
        reply = normal();
        if (method == QLatin1String("GET") && reply.status == 200)
            applyEntityTag(reply, header(request, "if-none-match"));
    }
    reply.headers.append(rateHeaders);
    send(request, socket, reply, delayMs);
}

void SandboxServer::send(const QHttpServerRequest &request, QTcpSocket *socket,
                         const HttpReply &reply, int delayMs)
{
    if (delayMs <= 0) {
        QHttpServerResponder responder = makeResponder(request, socket);
        writeReply(responder, reply);
        return;
    }
    // Qt keeps the request object alive for as long as its connection is open, so it
    // is still valid when the timer fires on a connected socket.
    const QHttpServerRequest *req = &request;
    QPointer<QTcpSocket> guard(socket);
    QTimer::singleShot(delayMs, socket, [req, guard, reply] {
        if (!guard || guard->state() != QAbstractSocket::ConnectedState)
            return;
        QHttpServerResponder responder = makeResponder(*req, guard.data());
        writeReply(responder, reply);
    });
}

#pragma once

#include "SandboxOptions.h"
#include "http/ControlRoutes.h"
#include "http/FaultInjector.h"
#include "http/ListQuirks.h"
#include "http/RateLimiter.h"
#include "http/RequestLog.h"
#include "http/WorkflowRoutes.h"
#include "simulation/SimulationClock.h"
#include "simulation/WorkflowSimulator.h"
#include "simulation/WorkflowStore.h"

#include <QAbstractHttpServer>
#include <QSet>
#include <QSslConfiguration>
#include <QUrl>

class QTcpServer;

// The simulated DialNexa API. Subclasses QAbstractHttpServer (not QHttpServer) to route
// itself and to keep full control of each answer: delay it, never send it, abort the
// socket or send garbage. Lives and runs on the thread it was created on (or moved to).
class SandboxServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    explicit SandboxServer(QObject *parent = nullptr);
    ~SandboxServer() override;

    // Seeds data, listens on 127.0.0.1 (HTTPS when the options name a certificate and key).
    // False with *error set when it cannot.
    bool start(const SandboxOptions &options, QString *error = nullptr);
    bool isTls() const { return m_tls; }
    quint16 port() const { return m_port; }
    QUrl baseUrl() const;    // http(s)://127.0.0.1:PORT/v1
    QUrl controlUrl() const; // http(s)://127.0.0.1:PORT/__sandbox
    const SandboxOptions &options() const { return m_options; }

    // Used by ControlRoutes (and handy for in-process tests on the server's thread).
    WorkflowStore &store() { return m_store; }
    FaultInjector &faults() { return m_faults; }
    ListQuirks &listQuirks() { return m_listQuirks; }
    RequestLog &requestLog() { return m_log; }
    WorkflowSimulator &simulator() { return m_simulator; }
    void advance(int ticks);
    quint64 tickCount() const { return m_simulator.ticks(); }
    void reset();

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    void handleApi(const QHttpServerRequest &request, QTcpSocket *socket, const QString &method,
                   const QString &path, qint64 nowMs);
    void send(const QHttpServerRequest &request, QTcpSocket *socket, const HttpReply &reply,
              int delayMs);

    SandboxOptions m_options;
    QSet<QString> m_keys;
    WorkflowStore m_store;
    WorkflowSimulator m_simulator;
    FaultInjector m_faults;
    RateLimiter m_rateLimiter;
    RequestLog m_log;
    SimulationClock m_clock;
    ListQuirks m_listQuirks;
    WorkflowRoutes m_routes;
    ControlRoutes m_control;
    QTcpServer *m_tcpServer = nullptr;
    quint16 m_port = 0;
    bool m_tls = false;
    QSslConfiguration m_tlsConfiguration;
};

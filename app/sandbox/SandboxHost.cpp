#include "SandboxHost.h"

#include "http/SandboxServer.h"

#include <QThread>

SandboxHost::SandboxHost(QObject *parent)
    : QObject(parent)
{ }

SandboxHost::~SandboxHost()
{
    stop();
}

bool SandboxHost::start(const SandboxOptions &options)
{
    if (m_thread)
        return false;
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("dialnexa-sandbox"));
    m_thread->start();
    m_server = new SandboxServer;
    m_server->moveToThread(m_thread);
    bool ok = false;
    // The one allowed startup wait: the server seeds and listens on its own thread.
    QMetaObject::invokeMethod(
        m_server,
        [this, &ok, &options] {
            ok = m_server->start(options);
            m_port = m_server->port();
            m_baseUrl = m_server->baseUrl(); // https:// when it serves TLS
            m_controlUrl = m_server->controlUrl();
        },
        Qt::BlockingQueuedConnection);
    if (!ok) {
        stop();
        return false;
    }
    m_apiKey = options.apiKeys.isEmpty() ? SandboxOptions::demoKey() : options.apiKeys.first();
    return true;
}

void SandboxHost::stop()
{
    if (!m_thread)
        return;
    if (m_server) {
        SandboxServer *server = m_server;
        QMetaObject::invokeMethod(
            server, [server] { delete server; }, Qt::BlockingQueuedConnection);
        m_server = nullptr;
    }
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_port = 0;
}

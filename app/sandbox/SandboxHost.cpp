#include "SandboxHost.h"

#include "http/SandboxServer.h"

#include <QCoreApplication>
#include <QEventLoop>

#include <future>

#include <pthread.h>

SandboxHost::SandboxHost(QObject *parent)
    : QObject(parent)
{ }

SandboxHost::~SandboxHost()
{
    stop();
}

bool SandboxHost::start(const SandboxOptions &options)
{
    if (m_thread.joinable())
        return false;
    std::promise<bool> listening;
    std::future<bool> started = listening.get_future();
    m_thread = std::thread([this, &options, &listening] {
        pthread_setname_np(pthread_self(), "dialnexa-sandbo"); // 15 characters at most
        QEventLoop loop; // Qt adopts this thread and gives it an event dispatcher
        auto *server = new SandboxServer;
        const bool ok = server->start(options);
        m_port = server->port();
        m_baseUrl = server->baseUrl(); // https:// when it serves TLS
        m_controlUrl = server->controlUrl();
        m_loop = ok ? &loop : nullptr;
        listening.set_value(ok); // `options` and `listening` end with start() after this
        if (ok)
            loop.exec();
        delete server;
        // As QThread does when its thread ends: what was deleteLater()'d goes now.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    });
    // The one allowed startup wait: the server seeds and listens on its own thread.
    if (!started.get()) {
        stop();
        return false;
    }
    m_apiKey = options.apiKeys.isEmpty() ? SandboxOptions::demoKey() : options.apiKeys.first();
    return true;
}

void SandboxHost::stop()
{
    if (!m_thread.joinable())
        return;
    // Posted, not exit(): the loop may not have begun to run yet, and exec() would forget
    // an exit() that came before it. Without a loop (start failed) the thread ends alone.
    if (m_loop)
        QMetaObject::invokeMethod(m_loop, &QEventLoop::quit, Qt::QueuedConnection);
    m_thread.join();
    m_loop = nullptr;
    m_port = 0;
}

#pragma once

#include "SandboxOptions.h"

#include <QObject>
#include <QUrl>

#include <thread>

class QEventLoop;
class SandboxServer;

// Runs a SandboxServer on a thread of its own so an in-process client (the console, client
// tests) can use blocking-free networking on its own thread without serving requests.
// A joinable std::thread (Qt adopts it, with an event loop) rather than a QThread:
// QThread::wait() returns before the thread's thread-local cleanup has run, and a process
// exiting meanwhile raced that cleanup.
class SandboxHost : public QObject
{
    Q_OBJECT
public:
    explicit SandboxHost(QObject *parent = nullptr);
    ~SandboxHost() override;

    bool start(const SandboxOptions &options); // blocks until listening; false on failure
    QUrl baseUrl() const { return m_baseUrl; }
    QUrl controlUrl() const { return m_controlUrl; }
    QString apiKey() const { return m_apiKey; } // first accepted key
    quint16 port() const { return m_port; }
    // Returns once the server is deleted and its thread has ended.
    void stop();

private:
    std::thread m_thread;
    QEventLoop *m_loop = nullptr; // the server thread's, while it runs
    QUrl m_baseUrl;
    QUrl m_controlUrl;
    QString m_apiKey;
    quint16 m_port = 0;
};

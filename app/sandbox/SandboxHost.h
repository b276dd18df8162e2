#pragma once

#include "SandboxOptions.h"

#include <QObject>
#include <QUrl>

class QThread;
class SandboxServer;

// Runs a SandboxServer on its own QThread so an in-process client (the console, client
// tests) can use blocking-free networking on its own thread without serving requests.
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
    void stop();

private:
    QThread *m_thread = nullptr;
    SandboxServer *m_server = nullptr;
    QUrl m_baseUrl;
    QUrl m_controlUrl;
    QString m_apiKey;
    quint16 m_port = 0;
};

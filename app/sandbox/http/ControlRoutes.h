#pragma once

#include "http/HttpReply.h"

#include <QStringList>

class SandboxServer;

// /__sandbox/*: lets tests and demos act "as another supervisor" and script faults.
// No Bearer auth; the server refuses non-loopback peers before getting here.
class ControlRoutes
{
public:
    explicit ControlRoutes(SandboxServer &server)
        : m_server(server)
    { }

    // segments: the path after /__sandbox
    HttpReply handle(const QString &method, const QString &path, const QStringList &segments,
                     const QByteArray &body, qint64 nowMs);

private:
    SandboxServer &m_server;
};

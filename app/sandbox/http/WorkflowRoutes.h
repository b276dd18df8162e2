#pragma once

#include "http/HttpReply.h"
#include "http/ListQuirks.h"

#include <QStringList>
#include <QUrlQuery>

class WorkflowStore;

// The documented /v1 workflow routes. Pure request -> reply; auth, rate limits and faults
// are applied around it by SandboxServer.
class WorkflowRoutes
{
public:
    // `listQuirks` (owned by the server) bends GET /workflows when a test asks for it.
    WorkflowRoutes(WorkflowStore &store, const ListQuirks &listQuirks)
        : m_store(store)
        , m_listQuirks(listQuirks)
    { }

    // segments: the path after /v1, split on '/'
    HttpReply handle(const QString &method, const QString &path, const QStringList &segments,
                     const QUrlQuery &query, const QByteArray &body, qint64 nowMs);

private:
    HttpReply list(const QUrlQuery &query);
    HttpReply create(const QByteArray &body, qint64 nowMs);
    HttpReply get(const QString &id);
    HttpReply patch(const QString &id, const QByteArray &body, qint64 nowMs);
    HttpReply remove(const QString &id);
    HttpReply action(const QString &id, const QString &action, qint64 nowMs);
    HttpReply nodes(const QString &id);
    HttpReply edges(const QString &id);
    HttpReply leads(const QString &id, const QUrlQuery &query);
    HttpReply history(const QString &id, const QString &leadId, qint64 nowMs);

    WorkflowStore &m_store;
    const ListQuirks &m_listQuirks;
};

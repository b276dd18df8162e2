#include "http/ControlRoutes.h"

#include "http/FaultInjector.h"
#include "http/JsonErrors.h"
#include "http/RequestLog.h"
#include "http/SandboxServer.h"
#include "simulation/SeedGenerator.h"
#include "simulation/WorkflowStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace {

std::optional<HttpReply> parseObject(const QByteArray &body, QJsonObject *out, bool allowEmpty)
{
    if (allowEmpty && body.trimmed().isEmpty()) {
        *out = QJsonObject();
        return std::nullopt;
    }
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return JsonErrors::reply(400, QStringLiteral("Malformed JSON body: %1 at offset %2.")
                                          .arg(error.errorString())
                                          .arg(error.offset));
    if (!doc.isObject())
        return JsonErrors::reply(400, QStringLiteral("Request body must be a JSON object."));
    *out = doc.object();
    return std::nullopt;
}

HttpReply methodNotAllowed(const QString &method, const QString &path, const QByteArray &allow)
{
    HttpReply r =
        JsonErrors::reply(405, QStringLiteral("Method %1 is not allowed on %2.").arg(method, path));
    r.headers.append({"Allow", allow});
    return r;
}

} // namespace

HttpReply ControlRoutes::handle(const QString &method, const QString &path, const QStringList &s,
                                const QByteArray &body, qint64 nowMs)
{
    WorkflowStore &store = m_server.store();
    const int n = int(s.size());
    const QString first = n > 0 ? s.at(0) : QString();

    if (n == 1 && first == QLatin1String("health")) {
        // Cheapest possible route: the benchmark's same-process baseline.
        if (method != QLatin1String("GET"))
            return methodNotAllowed(method, path, "GET");
        return HttpReply::json(200, QJsonObject{{QStringLiteral("ok"), true}});
    }
    if (n == 1 && first == QLatin1String("tick")) {
        if (method != QLatin1String("POST"))
            return methodNotAllowed(method, path, "POST");
        QJsonObject in;
        if (auto error = parseObject(body, &in, true))
            return *error;
        const QJsonValue c = in.value(QStringLiteral("count"));
        int count = 1;
        if (!c.isUndefined()) {
            if (!c.isDouble() || c.toDouble() != double(c.toInt()) || c.toInt() < 0 ||
                c.toInt() > 100000)
                return JsonErrors::reply(
                    400, QStringLiteral("count must be an integer between 0 and 100000"));
            count = c.toInt();
        }
        m_server.advance(count);
        return HttpReply::json(
            200, QJsonObject{{QStringLiteral("ticks"), qint64(m_server.tickCount())}});
    }
    if (n == 1 && first == QLatin1String("reset")) {
        if (method != QLatin1String("POST"))
            return methodNotAllowed(method, path, "POST");
        m_server.reset();
        return HttpReply::json(
            200, QJsonObject{{QStringLiteral("message"), QStringLiteral("Sandbox reset.")},
                             {QStringLiteral("workflows"), int(store.all().size())}});
    }
    if (n == 1 && first == QLatin1String("requests")) {
        if (method == QLatin1String("GET"))
            return HttpReply::json(
                200, QJsonObject{{QStringLiteral("data"), m_server.requestLog().toJson()}});
        if (method == QLatin1String("DELETE")) {
            m_server.requestLog().clear();
            return HttpReply::json(200, QJsonObject{{QStringLiteral("message"),
                                                     QStringLiteral("Request log cleared.")}});
        }
        return methodNotAllowed(method, path, "GET, DELETE");
    }
    if (n == 1 && first == QLatin1String("faults")) {
        if (method == QLatin1String("GET"))
            return HttpReply::json(
                200, QJsonObject{{QStringLiteral("data"), m_server.faults().pending()}});
        if (method == QLatin1String("DELETE")) {
            m_server.faults().clear();
            return HttpReply::json(
                200, QJsonObject{{QStringLiteral("message"), QStringLiteral("Faults cleared.")}});
        }
        if (method == QLatin1String("POST")) {
            QJsonObject in;
            if (auto error = parseObject(body, &in, false))
                return *error;
            FaultRule rule;
            const QString error = FaultInjector::parse(in, &rule);
            if (!error.isEmpty())
                return JsonErrors::reply(400, error);
            m_server.faults().add(rule);
            return HttpReply::json(
                201, QJsonObject{{QStringLiteral("data"), m_server.faults().pending()}});
        }
        return methodNotAllowed(method, path, "GET, POST, DELETE");
    }
    if (n == 1 && first == QLatin1String("list")) {
        // How GET /v1/workflows departs from the documented contract (see ListQuirks).
        if (method == QLatin1String("GET"))
            return HttpReply::json(200, m_server.listQuirks().toJson());
        if (method == QLatin1String("DELETE")) {
            m_server.listQuirks() = ListQuirks();
            return HttpReply::json(200, m_server.listQuirks().toJson());
        }
        if (method == QLatin1String("PUT")) {
            QJsonObject in;
            if (auto error = parseObject(body, &in, true))
                return *error;
            const QString error = ListQuirks::parse(in, &m_server.listQuirks());
            if (!error.isEmpty())
                return JsonErrors::reply(400, error);
            return HttpReply::json(200, m_server.listQuirks().toJson());
        }
        return methodNotAllowed(method, path, "GET, PUT, DELETE");
    }
    if (first == QLatin1String("workflows")) {
        if (n == 1) {
            if (method != QLatin1String("POST"))
                return methodNotAllowed(method, path, "POST");
            QJsonObject in;
            if (auto error = parseObject(body, &in, false))
                return *error;
            // Stored verbatim so tests can create odd records (wrong types, missing fields).
            auto wf = std::make_unique<SandboxWorkflow>();
            wf->raw = true;
            wf->rawObject = in;
            const QJsonValue id = in.value(QStringLiteral("id"));
            wf->id = id.isString() && !id.toString().isEmpty()
                         ? id.toString()
                         : store.ids().next(QStringLiteral("wf_raw_"), 8);
            wf->status = in.value(QStringLiteral("status")).toString();
            wf->name = WorkflowStore::displayName(*wf);
            wf->createdMs = wf->updatedMs = nowMs;
            const SandboxWorkflow *added = store.add(std::move(wf));
            return HttpReply::json(201,
                                   QJsonObject{{QStringLiteral("id"), added->id},
                                               {QStringLiteral("workflow"), added->rawObject}});
        }
        const QString &id = s.at(1);
        SandboxWorkflow *wf = store.find(id);
        if (n == 2) {
            if (method != QLatin1String("DELETE"))
                return methodNotAllowed(method, path, "DELETE");
            if (!wf)
                return JsonErrors::reply(404, QStringLiteral("Workflow %1 not found.").arg(id));
            store.remove(id);
            return HttpReply::json(
                200, QJsonObject{{QStringLiteral("message"), QStringLiteral("Workflow deleted.")}});
        }
        if (n == 3 && s.at(2) == QLatin1String("status")) {
            if (method != QLatin1String("POST"))
                return methodNotAllowed(method, path, "POST");
            if (!wf)
                return JsonErrors::reply(404, QStringLiteral("Workflow %1 not found.").arg(id));
            QJsonObject in;
            if (auto error = parseObject(body, &in, false))
                return *error;
            if (!in.value(QStringLiteral("status")).isString())
                return JsonErrors::reply(400, QStringLiteral("status must be a string"));
            WorkflowStore::setStatus(*wf, in.value(QStringLiteral("status")).toString(), nowMs);
            return HttpReply::json(200, QJsonObject{{QStringLiteral("id"), wf->id},
                                                    {QStringLiteral("status"), wf->status},
                                                    {QStringLiteral("updated_at"),
                                                     WorkflowStore::isoTime(wf->updatedMs)}});
        }
        if (n == 3 && s.at(2) == QLatin1String("leads")) {
            // Enrols leads as if an import had added them: the tests' own data instead of
            // hoping the seed happens to have it (there is no /v1 route for this).
            if (method != QLatin1String("POST"))
                return methodNotAllowed(method, path, "POST");
            if (!wf)
                return JsonErrors::reply(404, QStringLiteral("Workflow %1 not found.").arg(id));
            QJsonObject in;
            if (auto error = parseObject(body, &in, true))
                return *error;
            const QJsonValue c = in.value(QStringLiteral("count"));
            int count = 1;
            if (!c.isUndefined()) {
                if (!c.isDouble() || c.toDouble() != double(c.toInt()) || c.toInt() < 1 ||
                    c.toInt() > 10000)
                    return JsonErrors::reply(
                        400, QStringLiteral("count must be an integer between 1 and 10000"));
                count = c.toInt();
            }
            int nodeIndex = -1;
            const QJsonValue node = in.value(QStringLiteral("node_id"));
            if (!node.isUndefined()) {
                for (int i = 0; i < wf->nodes.size(); ++i) {
                    if (node.isString() && wf->nodes.at(i).id == node.toString()) {
                        nodeIndex = i;
                        break;
                    }
                }
                if (nodeIndex < 0)
                    return JsonErrors::reply(
                        400, QStringLiteral("node_id must name a node of workflow %1").arg(id));
            }
            QJsonArray added;
            for (int i = 0; i < count; ++i) {
                SandboxLead lead = SeedGenerator::makeLead(*wf, store.ids(), nowMs);
                if (nodeIndex >= 0)
                    m_server.simulator().enter(*wf, lead, nodeIndex, nowMs);
                wf->leads.append(lead);
                added.append(WorkflowStore::leadJson(*wf, wf->leads.last()));
            }
            ++wf->revision; // enrolled_leads (shape B) changed
            return HttpReply::json(
                201, QJsonObject{{QStringLiteral("id"), wf->id},
                                 {QStringLiteral("leads"), added},
                                 {QStringLiteral("enrolled_leads"), int(wf->leads.size())}});
        }
        if (n == 3 && s.at(2) == QLatin1String("state")) {
            if (method != QLatin1String("GET"))
                return methodNotAllowed(method, path, "GET");
            if (!wf)
                return JsonErrors::reply(404, QStringLiteral("Workflow %1 not found.").arg(id));
            QJsonObject state = WorkflowStore::stateJson(*wf);
            state.insert(QStringLiteral("tick"), qint64(m_server.tickCount()));
            return HttpReply::json(200, state);
        }
    }
    return JsonErrors::reply(404, QStringLiteral("Cannot %1 %2").arg(method, path));
}

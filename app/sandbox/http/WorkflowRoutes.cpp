#include "http/WorkflowRoutes.h"

#include "http/JsonErrors.h"
#include "simulation/WorkflowSimulator.h"
#include "simulation/WorkflowStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSet>
#include <cmath>

namespace {

HttpReply notFound(const QString &id)
{
    return JsonErrors::reply(404, QStringLiteral("Workflow %1 not found.").arg(id));
}

HttpReply methodNotAllowed(const QString &method, const QString &path, const QByteArray &allow)
{
    HttpReply r =
        JsonErrors::reply(405, QStringLiteral("Method %1 is not allowed on %2.").arg(method, path));
    r.headers.append({"Allow", allow});
    return r;
}

// Returns an error reply when the body is present but not a JSON object.
std::optional<HttpReply> parseObject(const QByteArray &body, QJsonObject *out)
{
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

// Strict integer parse for page/limit: "abc", "1.5", "" and out-of-range values fail.
bool parseBounded(const QUrlQuery &query, const QString &name, int def, int min, int max, int *out)
{
    if (!query.hasQueryItem(name)) {
        *out = def;
        return true;
    }
    bool ok = false;
    const int v = query.queryItemValue(name, QUrl::FullyDecoded).trimmed().toInt(&ok);
    if (!ok || v < min || v > max)
        return false;
    *out = v;
    return true;
}

struct Paging
{
    int page = 1;
    int limit = 20;
};

std::optional<HttpReply> parsePaging(const QUrlQuery &query, Paging *paging)
{
    QJsonArray errors;
    if (!parseBounded(query, QStringLiteral("page"), 1, 1, 1000000000, &paging->page))
        errors.append(QStringLiteral("page must be an integer not less than 1"));
    if (!parseBounded(query, QStringLiteral("limit"), 20, 1, 100, &paging->limit))
        errors.append(QStringLiteral("limit must be an integer between 1 and 100"));
    if (errors.isEmpty())
        return std::nullopt;
    // One failing field -> string message; several -> array (as the errors page shows).
    return JsonErrors::reply(400, errors.size() == 1 ? errors.first() : QJsonValue(errors));
}

QJsonObject paged(const QJsonArray &all, const Paging &p)
{
    const qint64 total = all.size();
    QJsonArray data;
    const qint64 start = qint64(p.page - 1) * p.limit;
    for (qint64 i = start; i < total && i < start + p.limit; ++i)
        data.append(all.at(i));
    const qint64 totalPages = total == 0 ? 0 : (total + p.limit - 1) / p.limit;
    return QJsonObject{
        {QStringLiteral("data"), data},
        {QStringLiteral("meta"), QJsonObject{{QStringLiteral("page"), p.page},
                                             {QStringLiteral("limit"), p.limit},
                                             {QStringLiteral("total"), total},
                                             {QStringLiteral("totalPages"), totalPages}}}};
}

} // namespace

HttpReply WorkflowRoutes::handle(const QString &method, const QString &path, const QStringList &s,
                                 const QUrlQuery &query, const QByteArray &body, qint64 nowMs)
{
    const int n = int(s.size());
    if (n >= 1 && s.at(0) == QLatin1String("workflows")) {
        if (n == 1) {
            if (method == QLatin1String("GET"))
                return list(query);
            if (method == QLatin1String("POST"))
                return create(body, nowMs);
            return methodNotAllowed(method, path, "GET, POST");
        }
        const QString &id = s.at(1);
        if (n == 2) {
            if (method == QLatin1String("GET"))
                return get(id);
            if (method == QLatin1String("PATCH"))
                return patch(id, body, nowMs);
            if (method == QLatin1String("DELETE"))
                return remove(id);
            return methodNotAllowed(method, path, "GET, PATCH, DELETE");
        }
        static const QSet<QString> actions = {QStringLiteral("activate"), QStringLiteral("pause"),
                                              QStringLiteral("resume"), QStringLiteral("cancel"),
                                              QStringLiteral("duplicate")};
        if (n == 3 && actions.contains(s.at(2))) {
            if (method == QLatin1String("POST"))
                return action(id, s.at(2), nowMs);
            return methodNotAllowed(method, path, "POST");
        }
        if (n == 3 && (s.at(2) == QLatin1String("nodes") || s.at(2) == QLatin1String("edges"))) {
            if (method == QLatin1String("GET"))
                return s.at(2) == QLatin1String("nodes") ? nodes(id) : edges(id);
            return methodNotAllowed(method, path, "GET");
        }
        if (n == 3 && s.at(2) == QLatin1String("leads")) {
            if (method == QLatin1String("GET"))
                return leads(id, query);
            return methodNotAllowed(method, path, "GET");
        }
        if (n == 5 && s.at(2) == QLatin1String("leads") && s.at(4) == QLatin1String("history")) {
            if (method == QLatin1String("GET"))
                return history(id, s.at(3), nowMs);
            return methodNotAllowed(method, path, "GET");
        }
    }
    return JsonErrors::reply(404, QStringLiteral("Cannot %1 %2").arg(method, path));
}

HttpReply WorkflowRoutes::list(const QUrlQuery &query)
{
    Paging p;
    if (auto error = parsePaging(query, &p))
        return *error;
    const bool hasStatus = query.hasQueryItem(QStringLiteral("status"));
    const QString status = query.queryItemValue(QStringLiteral("status"), QUrl::FullyDecoded);
    const QString search =
        query.queryItemValue(QStringLiteral("search"), QUrl::FullyDecoded).trimmed();
    std::vector<const SandboxWorkflow *> matches;
    matches.reserve(m_store.all().size());
    for (const auto &wf : m_store.all()) {
        if (hasStatus && !status.isEmpty()) {
            // status=active also matches the legacy "running" records.
            const bool match = wf->status == status || (status == QLatin1String("active") &&
                                                        wf->status == QLatin1String("running"));
            if (!match)
                continue;
        }
        if (!search.isEmpty() &&
            !WorkflowStore::displayName(*wf).contains(search, Qt::CaseInsensitive) &&
            !wf->id.contains(search, Qt::CaseInsensitive))
            continue;
        matches.push_back(wf.get());
    }
    // A server that ignores `page` serves page 1 whatever was asked (PUT /__sandbox/list).
    if (m_listQuirks.ignorePage)
        p.page = 1;
    // Hot path: splice cached per-workflow JSON instead of building a document per request.
    const qint64 total = qint64(matches.size());
    const qint64 first = qint64(p.page - 1) * p.limit;
    QByteArray body;
    body.reserve(64 + int(qMin<qint64>(p.limit, qMax<qint64>(0, total - first))) * 320);
    body.append("{\"data\":[");
    for (qint64 i = first; i < total && i < first + p.limit; ++i) {
        if (i > first)
            body.append(',');
        body.append(WorkflowStore::workflowBytes(*matches[size_t(i)]));
    }
    const qint64 totalPages = m_listQuirks.totalPages >= 0 ? m_listQuirks.totalPages
                              : total == 0                 ? 0
                                                           : (total + p.limit - 1) / p.limit;
    HttpReply reply;
    if (m_listQuirks.omitMeta) {
        body.append("]}");
        reply.body = std::move(body);
        return reply;
    }
    body.append("],\"meta\":{\"page\":")
        .append(QByteArray::number(p.page))
        .append(",\"limit\":")
        .append(QByteArray::number(p.limit))
        .append(",\"total\":")
        .append(QByteArray::number(total))
        .append(",\"totalPages\":")
        .append(QByteArray::number(totalPages))
        .append("}}");
    reply.body = std::move(body);
    return reply;
}

HttpReply WorkflowRoutes::create(const QByteArray &body, qint64 nowMs)
{
    QJsonObject in;
    if (auto error = parseObject(body, &in))
        return *error;
    QJsonArray errors;
    const QJsonValue title = in.contains(QStringLiteral("title"))
                                 ? in.value(QStringLiteral("title"))
                                 : in.value(QStringLiteral("name"));
    if (!title.isString() || title.toString().trimmed().isEmpty())
        errors.append(QStringLiteral("title must be a non-empty string"));
    const QJsonValue description = in.value(QStringLiteral("description"));
    if (!description.isUndefined() && !description.isNull() && !description.isString())
        errors.append(QStringLiteral("description must be a string"));
    const QJsonValue status = in.value(QStringLiteral("status"));
    if (!status.isUndefined() && !status.isNull() && !status.isString())
        errors.append(QStringLiteral("status must be a string"));
    if (!errors.isEmpty())
        return JsonErrors::reply(400, errors.size() == 1 ? errors.first() : QJsonValue(errors));

    auto wf = std::make_unique<SandboxWorkflow>();
    wf->id = m_store.ids().next(QStringLiteral("wf_"), 10);
    wf->organizationId = m_store.all().empty() ? QStringLiteral("org_sandbox")
                                               : m_store.all().front()->organizationId;
    if (wf->organizationId.isEmpty())
        wf->organizationId = QStringLiteral("org_sandbox");
    wf->name = title.toString();
    wf->description = description.toString();
    wf->status = QStringLiteral("draft"); // whatever the body asks for (Gap 4)
    wf->createdMs = wf->updatedMs = nowMs;
    const SandboxWorkflow *added = m_store.add(std::move(wf));
    return HttpReply::json(201, WorkflowStore::workflowJson(*added));
}

HttpReply WorkflowRoutes::get(const QString &id)
{
    const SandboxWorkflow *wf = m_store.find(id);
    if (!wf)
        return notFound(id);
    return HttpReply::json(200, WorkflowStore::workflowJson(*wf));
}

HttpReply WorkflowRoutes::patch(const QString &id, const QByteArray &body, qint64 nowMs)
{
    SandboxWorkflow *wf = m_store.find(id);
    if (!wf)
        return notFound(id);
    QJsonObject in;
    if (auto error = parseObject(body, &in))
        return *error;
    if (in.contains(QStringLiteral("status")))
        return JsonErrors::reply(409,
                                 QStringLiteral("Status cannot be changed with PATCH; use the "
                                                "activate, pause, resume or cancel endpoints."));
    QJsonArray errors;
    bool any = false;
    for (const char *key : {"title", "name", "description"}) {
        const QJsonValue v = in.value(QLatin1String(key));
        if (v.isUndefined())
            continue;
        any = true;
        if (!v.isString())
            errors.append(QStringLiteral("%1 must be a string").arg(QLatin1String(key)));
        else if (qstrcmp(key, "description") != 0 && v.toString().trimmed().isEmpty())
            errors.append(QStringLiteral("%1 should not be empty").arg(QLatin1String(key)));
    }
    if (!any)
        return JsonErrors::reply(
            400,
            QStringLiteral("The body contains no editable field (title, name or description)."));
    if (!errors.isEmpty())
        return JsonErrors::reply(400, errors.size() == 1 ? errors.first() : QJsonValue(errors));
    for (const char *key : {"title", "name"}) {
        if (in.contains(QLatin1String(key))) {
            wf->name = in.value(QLatin1String(key)).toString();
            if (wf->raw)
                wf->rawObject.insert(QLatin1String(key), wf->name);
        }
    }
    if (in.contains(QStringLiteral("description"))) {
        wf->description = in.value(QStringLiteral("description")).toString();
        if (wf->raw)
            wf->rawObject.insert(QStringLiteral("description"), wf->description);
    }
    WorkflowStore::touch(*wf, nowMs);
    return HttpReply::json(200, WorkflowStore::workflowJson(*wf));
}

HttpReply WorkflowRoutes::remove(const QString &id)
{
    const SandboxWorkflow *wf = m_store.find(id);
    if (!wf)
        return notFound(id);
    if (WorkflowSimulator::isMoving(wf->status))
        return JsonErrors::reply(
            409,
            QStringLiteral("Workflow %1 is %2; cancel it before deleting it.").arg(id, wf->status));
    if (WorkflowStore::hasLeadInTransit(*wf))
        return JsonErrors::reply(
            409,
            QStringLiteral(
                "Workflow %1 still has leads in transit; wait for the steps in flight to finish.")
                .arg(id));
    m_store.remove(id);
    return HttpReply::json(
        200, QJsonObject{{QStringLiteral("message"), QStringLiteral("Workflow deleted.")}});
}

HttpReply WorkflowRoutes::action(const QString &id, const QString &action, qint64 nowMs)
{
    SandboxWorkflow *wf = m_store.find(id);
    if (!wf)
        return notFound(id);
    const QString status = wf->status.isEmpty() ? QStringLiteral("unknown") : wf->status;
    const bool active = WorkflowSimulator::isMoving(status);
    const auto conflict = [&](const QString &message) { return JsonErrors::reply(409, message); };

    if (action == QLatin1String("duplicate")) {
        auto copy = std::make_unique<SandboxWorkflow>();
        copy->id = m_store.ids().next(QStringLiteral("wf_"), 10);
        copy->organizationId =
            wf->organizationId.isEmpty() ? QStringLiteral("org_sandbox") : wf->organizationId;
        copy->name = WorkflowStore::displayName(*wf) + QStringLiteral(" (Copy)");
        copy->description = wf->raw ? wf->rawObject.value(QStringLiteral("description")).toString()
                                    : wf->description;
        copy->status = QStringLiteral("draft");
        copy->createdMs = copy->updatedMs = nowMs;
        QHash<QString, QString> nodeIds;
        for (const SandboxNode &node : wf->nodes) {
            SandboxNode n = node;
            n.id = m_store.ids().next(QStringLiteral("node_"));
            nodeIds.insert(node.id, n.id);
            copy->nodes.append(n);
        }
        for (const SandboxEdge &edge : wf->edges)
            copy->edges.append(SandboxEdge{m_store.ids().next(QStringLiteral("edge_")),
                                           nodeIds.value(edge.from), nodeIds.value(edge.to),
                                           edge.label});
        const SandboxWorkflow *added = m_store.add(std::move(copy));
        return HttpReply::json(201, WorkflowStore::workflowJson(*added));
    }

    QString target;
    if (action == QLatin1String("activate")) {
        if (status != QLatin1String("draft")) {
            if (status == QLatin1String("paused"))
                return conflict(
                    QStringLiteral(
                        "Workflow %1 is paused; use resume, only draft workflows can be activated.")
                        .arg(id));
            if (active)
                return conflict(
                    QStringLiteral(
                        "Workflow %1 is already %2; only draft workflows can be activated.")
                        .arg(id, status));
            return conflict(
                QStringLiteral("Workflow %1 is %2; only draft workflows can be activated.")
                    .arg(id, status));
        }
        target = QStringLiteral("active");
    } else if (action == QLatin1String("pause")) {
        if (!active) {
            if (status == QLatin1String("paused"))
                return conflict(
                    QStringLiteral(
                        "Workflow %1 is already paused; only active workflows can be paused.")
                        .arg(id));
            return conflict(
                QStringLiteral("Workflow %1 is %2; only active workflows can be paused.")
                    .arg(id, status));
        }
        target = QStringLiteral("paused");
    } else if (action == QLatin1String("resume")) {
        if (status != QLatin1String("paused")) {
            if (active)
                return conflict(
                    QStringLiteral(
                        "Workflow %1 is already %2; only paused workflows can be resumed.")
                        .arg(id, status));
            return conflict(
                QStringLiteral("Workflow %1 is %2; only paused workflows can be resumed.")
                    .arg(id, status));
        }
        target = QStringLiteral("active");
    } else { // cancel
        if (status == QLatin1String("completed") || status == QLatin1String("cancelled"))
            return conflict(
                QStringLiteral(
                    "Workflow %1 is already %2, which is terminal; it cannot be cancelled.")
                    .arg(id, status));
        if (!active && status != QLatin1String("draft") && status != QLatin1String("paused"))
            return conflict(
                QStringLiteral("Workflow %1 has status '%2', which cannot be cancelled.")
                    .arg(id, status));
        target = QStringLiteral("cancelled");
    }
    WorkflowStore::setStatus(*wf, target, nowMs);
    return HttpReply::json(200, WorkflowStore::actionJson(*wf));
}

HttpReply WorkflowRoutes::nodes(const QString &id)
{
    const SandboxWorkflow *wf = m_store.find(id);
    if (!wf)
        return notFound(id);
    QJsonArray data;
    for (const SandboxNode &node : wf->nodes)
        data.append(WorkflowStore::nodeJson(*wf, node));
    return HttpReply::json(200,
                           QJsonObject{{QStringLiteral("data"), data}}); // no meta, as documented
}

HttpReply WorkflowRoutes::edges(const QString &id)
{
    const SandboxWorkflow *wf = m_store.find(id);
    if (!wf)
        return notFound(id);
    QJsonArray data;
    for (const SandboxEdge &edge : wf->edges)
        data.append(WorkflowStore::edgeJson(*wf, edge));
    return HttpReply::json(200, QJsonObject{{QStringLiteral("data"), data}});
}

HttpReply WorkflowRoutes::leads(const QString &id, const QUrlQuery &query)
{
    const SandboxWorkflow *wf = m_store.find(id);
    if (!wf)
        return notFound(id);
    Paging p;
    if (auto error = parsePaging(query, &p))
        return *error;
    const QString status = query.queryItemValue(QStringLiteral("status"), QUrl::FullyDecoded);
    QJsonArray all;
    for (const SandboxLead &lead : wf->leads) {
        if (!status.isEmpty() && lead.status != status)
            continue;
        all.append(WorkflowStore::leadJson(*wf, lead));
    }
    return HttpReply::json(200, paged(all, p));
}

HttpReply WorkflowRoutes::history(const QString &id, const QString &leadId, qint64 nowMs)
{
    const SandboxWorkflow *wf = m_store.find(id);
    if (!wf)
        return notFound(id);
    for (const SandboxLead &lead : wf->leads) {
        if (lead.id == leadId)
            return HttpReply::json(200, m_store.historyJson(*wf, lead, nowMs));
    }
    return JsonErrors::reply(
        404, QStringLiteral("Lead %1 is not enrolled in workflow %2.").arg(leadId, id));
}

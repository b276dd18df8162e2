#include "simulation/WorkflowStore.h"

#include <QDateTime>
#include <QJsonDocument>
#include <algorithm>

WorkflowStore::WorkflowStore(quint32 seed)
    : m_ids(seed)
{ }

void WorkflowStore::clear(quint32 seed)
{
    m_workflows.clear();
    m_index.clear();
    m_ids.reseed(seed);
}

SandboxWorkflow *WorkflowStore::add(std::unique_ptr<SandboxWorkflow> workflow)
{
    SandboxWorkflow *raw = workflow.get();
    if (m_index.contains(raw->id))
        remove(raw->id); // a verbatim insert with an existing id replaces the record
    m_index.insert(raw->id, raw);
    m_workflows.push_back(std::move(workflow));
    return raw;
}

bool WorkflowStore::remove(const QString &id)
{
    if (!m_index.remove(id))
        return false;
    m_workflows.erase(std::remove_if(m_workflows.begin(), m_workflows.end(),
                                     [&](const auto &wf) { return wf->id == id; }),
                      m_workflows.end());
    return true;
}

void WorkflowStore::touch(SandboxWorkflow &wf, qint64 nowMs)
{
    // Strictly increasing so a client can always see that something changed.
    wf.updatedMs = std::max(nowMs, wf.updatedMs + 1);
    ++wf.revision;
    if (wf.raw && wf.rawObject.contains(QStringLiteral("updated_at")))
        wf.rawObject.insert(QStringLiteral("updated_at"), isoTime(wf.updatedMs));
}

void WorkflowStore::setStatus(SandboxWorkflow &wf, const QString &status, qint64 nowMs)
{
    wf.status = status;
    if (wf.raw)
        wf.rawObject.insert(QStringLiteral("status"), status);
    touch(wf, nowMs);
}

QString WorkflowStore::displayName(const SandboxWorkflow &wf)
{
    if (!wf.raw)
        return wf.name;
    const QJsonValue title = wf.rawObject.value(QStringLiteral("title"));
    if (title.isString())
        return title.toString();
    return wf.rawObject.value(QStringLiteral("name")).toString();
}

bool WorkflowStore::hasLeadInTransit(const SandboxWorkflow &wf)
{
    // "In transit" = a step under way (a live call); parked leads do not block delete.
    return std::any_of(wf.leads.cbegin(), wf.leads.cend(),
                       [](const SandboxLead &l) { return l.callInFlight; });
}

QString WorkflowStore::isoTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

QJsonObject WorkflowStore::workflowJson(const SandboxWorkflow &wf)
{
    if (wf.raw)
        return wf.rawObject;
    if (wf.shapeB) {
        return QJsonObject{{QStringLiteral("id"), wf.id},
                           {QStringLiteral("name"), wf.name},
                           {QStringLiteral("status"), wf.status},
                           {QStringLiteral("node_count"), int(wf.nodes.size())},
                           {QStringLiteral("edge_count"), int(wf.edges.size())},
                           {QStringLiteral("enrolled_leads"), int(wf.leads.size())},
                           {QStringLiteral("created_at"), isoTime(wf.createdMs)}};
    }
    return QJsonObject{{QStringLiteral("id"), wf.id},
                       {QStringLiteral("organization_id"), wf.organizationId},
                       {QStringLiteral("title"), wf.name},
                       {QStringLiteral("description"), wf.description},
                       {QStringLiteral("status"), wf.status},
                       {QStringLiteral("created_at"), isoTime(wf.createdMs)},
                       {QStringLiteral("updated_at"), isoTime(wf.updatedMs)}};
}

const QByteArray &WorkflowStore::workflowBytes(const SandboxWorkflow &wf)
{
    if (wf.cachedRevision != wf.revision) {
        wf.cachedJson = QJsonDocument(workflowJson(wf)).toJson(QJsonDocument::Compact);
        wf.cachedRevision = wf.revision;
    }
    return wf.cachedJson;
}

QJsonObject WorkflowStore::actionJson(const SandboxWorkflow &wf)
{
    // The playground shows {id, status}; the resume prose shows a full shape-B object.
    if (wf.shapeB && !wf.raw)
        return workflowJson(wf);
    return QJsonObject{{QStringLiteral("id"), wf.id}, {QStringLiteral("status"), wf.status}};
}

QJsonObject WorkflowStore::nodeJson(const SandboxWorkflow &wf, const SandboxNode &node)
{
    return QJsonObject{
        {QStringLiteral("id"), node.id},          {QStringLiteral("workflow_id"), wf.id},
        {QStringLiteral("node_type"), node.type}, {QStringLiteral("label"), node.label},
        {QStringLiteral("position_x"), node.x},   {QStringLiteral("position_y"), node.y},
        {QStringLiteral("config"), node.config}};
}

QJsonObject WorkflowStore::edgeJson(const SandboxWorkflow &wf, const SandboxEdge &edge)
{
    return QJsonObject{
        {QStringLiteral("id"), edge.id},
        {QStringLiteral("workflow_id"), wf.id},
        {QStringLiteral("from_node_id"), edge.from},
        {QStringLiteral("to_node_id"), edge.to},
        {QStringLiteral("label"), edge.label.isEmpty() ? QJsonValue() : QJsonValue(edge.label)}};
}

static QJsonValue currentNodeId(const SandboxWorkflow &wf, const SandboxLead &lead)
{
    if (lead.nodeIndex < 0 || lead.nodeIndex >= wf.nodes.size())
        return QJsonValue();
    return wf.nodes.at(lead.nodeIndex).id;
}

QJsonObject WorkflowStore::leadJson(const SandboxWorkflow &wf, const SandboxLead &lead)
{
    if (wf.shapeB) {
        return QJsonObject{
            {QStringLiteral("id"), lead.id},
            {QStringLiteral("workflow_id"), wf.id},
            {QStringLiteral("phone_number"), lead.phone},
            {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("name"), lead.contactName},
                                                     {QStringLiteral("city"), lead.city}}},
            {QStringLiteral("current_node_id"), currentNodeId(wf, lead)},
            {QStringLiteral("status"), lead.status},
            {QStringLiteral("enrolled_at"), isoTime(lead.createdMs)}};
    }
    return QJsonObject{{QStringLiteral("id"), lead.id},
                       {QStringLiteral("workflow_id"), wf.id},
                       {QStringLiteral("phone_number"), lead.phone},
                       {QStringLiteral("current_node_id"), currentNodeId(wf, lead)},
                       {QStringLiteral("status"), lead.status},
                       {QStringLiteral("created_at"), isoTime(lead.createdMs)}};
}

QJsonObject WorkflowStore::historyJson(const SandboxWorkflow &wf, const SandboxLead &lead,
                                       qint64 nowMs) const
{
    QJsonArray entries;
    const int tick = m_tickMs > 0 ? m_tickMs : 1000;
    for (const SandboxHistoryEntry &e : lead.history) {
        const QJsonValue callId = e.callId.isEmpty() ? QJsonValue() : QJsonValue(e.callId);
        if (wf.shapeB) {
            QJsonObject o{{QStringLiteral("node_id"), e.nodeId},
                          {QStringLiteral("node_type"), e.nodeType},
                          {QStringLiteral("label"), e.nodeLabel},
                          {QStringLiteral("status"), e.status},
                          {QStringLiteral("call_id"), callId},
                          {QStringLiteral("started_at"), isoTime(e.enteredMs)}};
            if (e.exitedMs >= 0)
                o.insert(QStringLiteral("ended_at"), isoTime(e.exitedMs));
            else // planned release of the node the lead is still waiting on
                o.insert(QStringLiteral("ends_at"),
                         isoTime(nowMs + qint64(lead.remainingTicks) * tick));
            entries.append(o);
        } else {
            entries.append(
                QJsonObject{{QStringLiteral("node_id"), e.nodeId},
                            {QStringLiteral("node_label"), e.nodeLabel},
                            {QStringLiteral("node_type"), e.nodeType},
                            {QStringLiteral("status"), e.status},
                            {QStringLiteral("call_id"), callId},
                            {QStringLiteral("entered_at"), isoTime(e.enteredMs)},
                            {QStringLiteral("exited_at"),
                             e.exitedMs >= 0 ? QJsonValue(isoTime(e.exitedMs)) : QJsonValue()}});
        }
    }
    return QJsonObject{{QStringLiteral("id"), lead.id},
                       {QStringLiteral("workflow_id"), wf.id},
                       {QStringLiteral("history"), entries}};
}

QJsonObject WorkflowStore::stateJson(const SandboxWorkflow &wf)
{
    QJsonArray leads;
    for (const SandboxLead &lead : wf.leads) {
        const bool placed = lead.nodeIndex >= 0 && lead.nodeIndex < wf.nodes.size();
        leads.append(QJsonObject{
            {QStringLiteral("id"), lead.id},
            {QStringLiteral("status"), lead.status},
            {QStringLiteral("current_node_id"),
             placed ? QJsonValue(wf.nodes.at(lead.nodeIndex).id) : QJsonValue()},
            {QStringLiteral("node_type"),
             placed ? QJsonValue(wf.nodes.at(lead.nodeIndex).type) : QJsonValue()},
            {QStringLiteral("remaining_ticks"), lead.remainingTicks},
            {QStringLiteral("call_in_flight"), lead.callInFlight},
            {QStringLiteral("waiting_outcome"),
             lead.waitingOutcome.isEmpty() ? QJsonValue() : QJsonValue(lead.waitingOutcome)},
            {QStringLiteral("terminal"), lead.terminal}});
    }
    return QJsonObject{
        {QStringLiteral("id"), wf.id},
        {QStringLiteral("status"), wf.status},
        {QStringLiteral("shape"),
         wf.raw ? QStringLiteral("raw") : (wf.shapeB ? QStringLiteral("b") : QStringLiteral("a"))},
        {QStringLiteral("updated_at"), isoTime(wf.updatedMs)},
        {QStringLiteral("lead_in_transit"), hasLeadInTransit(wf)},
        {QStringLiteral("leads"), leads}};
}

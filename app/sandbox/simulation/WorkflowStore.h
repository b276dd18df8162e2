#pragma once

#include "simulation/IdGenerator.h"
#include "simulation/WorkflowModel.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <memory>
#include <vector>

// Owns every workflow (creation order kept for stable pagination) and renders the
// documented JSON shapes, including the two shapes the docs disagree on.
class WorkflowStore
{
public:
    explicit WorkflowStore(quint32 seed = 42);

    void clear(quint32 seed);
    IdGenerator &ids() { return m_ids; }

    const std::vector<std::unique_ptr<SandboxWorkflow>> &all() const { return m_workflows; }
    SandboxWorkflow *find(const QString &id) const { return m_index.value(id, nullptr); }
    SandboxWorkflow *add(std::unique_ptr<SandboxWorkflow> workflow);
    bool remove(const QString &id);

    // Changes the status and bumps updated_at (also in a raw record that has one).
    static void setStatus(SandboxWorkflow &wf, const QString &status, qint64 nowMs);
    static void touch(SandboxWorkflow &wf, qint64 nowMs);
    static QString statusOf(const SandboxWorkflow &wf) { return wf.status; }
    static QString displayName(const SandboxWorkflow &wf);
    static bool hasLeadInTransit(const SandboxWorkflow &wf);

    // Rendering
    static QString isoTime(qint64 ms);
    static QJsonObject workflowJson(const SandboxWorkflow &wf);
    static const QByteArray &workflowBytes(const SandboxWorkflow &wf); // cached compact JSON
    static QJsonObject actionJson(const SandboxWorkflow &wf);
    static QJsonObject nodeJson(const SandboxWorkflow &wf, const SandboxNode &node);
    static QJsonObject edgeJson(const SandboxWorkflow &wf, const SandboxEdge &edge);
    static QJsonObject leadJson(const SandboxWorkflow &wf, const SandboxLead &lead);
    QJsonObject historyJson(const SandboxWorkflow &wf, const SandboxLead &lead, qint64 nowMs) const;
    static QJsonObject stateJson(const SandboxWorkflow &wf);

    void setTickMs(int tickMs) { m_tickMs = tickMs; }

private:
    std::vector<std::unique_ptr<SandboxWorkflow>> m_workflows;
    QHash<QString, SandboxWorkflow *> m_index;
    IdGenerator m_ids;
    int m_tickMs = 1000;
};

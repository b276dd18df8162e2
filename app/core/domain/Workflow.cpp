#include "domain/Workflow.h"

#include <QHashFunctions>

#include <limits>

bool Workflow::operator==(const Workflow &other) const
{
    // Raw status text matters here: "running" -> "active" is a change worth repainting.
    return id == other.id && name == other.name && description == other.description &&
           organizationId == other.organizationId && status.raw() == other.status.raw() &&
           nodeCount == other.nodeCount && edgeCount == other.edgeCount &&
           enrolledLeads == other.enrolledLeads && createdAt == other.createdAt &&
           updatedAt == other.updatedAt;
}

namespace {

// Equal instants hash alike (== compares instants); invalid maps to a value no valid
// time has in practice.
qint64 timeKey(const QDateTime &when)
{
    return when.isValid() ? when.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min();
}

qint64 countKey(const std::optional<int> &value)
{
    return value ? qint64(*value) : std::numeric_limits<qint64>::min();
}

} // namespace

quint64 Workflow::computeFingerprint() const
{
    // A fixed seed: fingerprints from the pool's threads and the GUI thread must agree.
    size_t h = qHashMulti(size_t(0x9e3779b97f4a7c15ULL), id, name, description, organizationId,
                          status.raw(), countKey(nodeCount), countKey(edgeCount),
                          countKey(enrolledLeads), timeKey(createdAt), timeKey(updatedAt));
    return h ? quint64(h) : 1;
}

void Workflow::mergeFrom(const Workflow &newer)
{
    if (!newer.name.isEmpty()) {
        name = newer.name;
        nameSortKey = newer.nameSortKey; // never a key of the name it replaces
    }
    if (!newer.description.isEmpty())
        description = newer.description;
    if (!newer.organizationId.isEmpty())
        organizationId = newer.organizationId;
    if (newer.status.isValid())
        status = newer.status;
    if (newer.nodeCount)
        nodeCount = newer.nodeCount;
    if (newer.edgeCount)
        edgeCount = newer.edgeCount;
    if (newer.enrolledLeads)
        enrolledLeads = newer.enrolledLeads;
    if (newer.createdAt.isValid())
        createdAt = newer.createdAt;
    if (newer.updatedAt.isValid())
        updatedAt = newer.updatedAt;
    if (fingerprint)
        refreshFingerprint();
}

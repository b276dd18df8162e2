#include "domain/Workflow.h"

bool Workflow::operator==(const Workflow &other) const
{
    // Raw status text matters here: "running" -> "active" is a change worth repainting.
    return id == other.id && name == other.name && description == other.description &&
           organizationId == other.organizationId && status.raw() == other.status.raw() &&
           nodeCount == other.nodeCount && edgeCount == other.edgeCount &&
           enrolledLeads == other.enrolledLeads && createdAt == other.createdAt &&
           updatedAt == other.updatedAt;
}

void Workflow::mergeFrom(const Workflow &newer)
{
    if (!newer.name.isEmpty())
        name = newer.name;
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
}

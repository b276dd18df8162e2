#pragma once

#include <QString>

#include <optional>

// One workflow a bulk action targets, as the supervisor selected it.
struct BulkItem
{
    QString id;
    QString name;
    std::optional<int> enrolledLeads;
};

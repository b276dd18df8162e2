#pragma once

#include "domain/Workflow.h"

#include <QList>
#include <QString>

namespace MonitoringFixtures {

inline Workflow workflow(const QString &id, const QString &status, const QString &name = QString())
{
    Workflow w;
    w.id = id;
    w.name = name.isEmpty() ? QStringLiteral("Workflow %1").arg(id) : name;
    w.status = WorkflowStatus::fromApi(status);
    return w;
}

} // namespace MonitoringFixtures

#pragma once

#include "domain/Workflow.h"

#include <QDateTime>
#include <QList>

namespace Fixtures {

inline Workflow workflow(const QString &id, const QString &name, const QString &status,
                         std::optional<int> leads = std::nullopt,
                         std::optional<int> nodes = std::nullopt,
                         std::optional<int> edges = std::nullopt, QDateTime created = QDateTime(),
                         QDateTime updated = QDateTime())
{
    Workflow w;
    w.id = id;
    w.name = name;
    w.status = WorkflowStatus::fromApi(status);
    w.enrolledLeads = leads;
    w.nodeCount = nodes;
    w.edgeCount = edges;
    w.createdAt = created;
    w.updatedAt = updated;
    return w;
}

inline QDateTime utc(int y, int mo, int d, int h = 0, int mi = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), Qt::UTC);
}

// wf_0000 .. wf_{n-1}: statuses cycle through the documented ones and two oddities.
inline QList<Workflow> many(int n)
{
    static const char *statuses[] = {"active",    "paused",    "draft",   "running",
                                     "completed", "cancelled", "inactive"};
    QList<Workflow> list;
    list.reserve(n);
    for (int i = 0; i < n; ++i) {
        list.append(workflow(QStringLiteral("wf_%1").arg(i, 4, 10, QLatin1Char('0')),
                             QStringLiteral("Workflow %1").arg(i),
                             QString::fromLatin1(statuses[i % 7]), i * 3,
                             i % 5 == 0 ? std::nullopt : std::optional<int>(i % 9),
                             i % 5 == 0 ? std::nullopt : std::optional<int>(i % 11),
                             utc(2024, 1, 1).addSecs(qint64(i) * 3600)));
    }
    return list;
}

} // namespace Fixtures

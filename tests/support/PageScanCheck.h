#pragma once

// WorkflowPageScanner against the decoding it stands in for (the QJsonDocument way,
// WorkflowDecoder::decodeWorkflowPageJson): shared by its unit test and its fuzz harness.

#include "api/WorkflowDecoder.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace PageScanCheck {

// The page as the QJsonDocument way reads it (nullopt: it refuses the body).
inline std::optional<WorkflowDecoder::ListPage> viaJsonDocument(const QByteArray &body)
{
    QString why;
    return WorkflowDecoder::decodeWorkflowPageJson(body, &why);
}

inline QString describe(const Workflow &w)
{
    return QStringLiteral("{%1|%2|%3|%4|%5|%6|%7|%8|%9|%10}")
        .arg(w.id, w.name, w.description, w.organizationId, w.status.raw(),
             w.nodeCount ? QString::number(*w.nodeCount) : QStringLiteral("-"),
             w.edgeCount ? QString::number(*w.edgeCount) : QStringLiteral("-"),
             w.enrolledLeads ? QString::number(*w.enrolledLeads) : QStringLiteral("-"),
             w.createdAt.toString(Qt::ISODateWithMs), w.updatedAt.toString(Qt::ISODateWithMs));
}

// Empty when the two pages are the same to every reader: rows, problems, meta, and each
// workflow's fields, fingerprint and name key.
inline QString difference(const WorkflowDecoder::ListPage &scanned,
                          const WorkflowDecoder::ListPage &expected)
{
    if (scanned.rows != expected.rows || scanned.unreadableRows != expected.unreadableRows)
        return QStringLiteral("rows %1/%2 unreadable, expected %3/%4")
            .arg(scanned.rows)
            .arg(scanned.unreadableRows)
            .arg(expected.rows)
            .arg(expected.unreadableRows);
    if (scanned.problems != expected.problems)
        return QStringLiteral("problems [%1], expected [%2]")
            .arg(scanned.problems.join(QLatin1Char(';')), expected.problems.join(QLatin1Char(';')));
    if (scanned.page != expected.page || scanned.limit != expected.limit ||
        scanned.total != expected.total || scanned.totalPages != expected.totalPages)
        return QStringLiteral("meta %1 %2 %3 %4, expected %5 %6 %7 %8")
            .arg(scanned.page)
            .arg(scanned.limit)
            .arg(scanned.total)
            .arg(scanned.totalPages)
            .arg(expected.page)
            .arg(expected.limit)
            .arg(expected.total)
            .arg(expected.totalPages);
    if (scanned.workflows.size() != expected.workflows.size())
        return QStringLiteral("%1 workflows, expected %2")
            .arg(scanned.workflows.size())
            .arg(expected.workflows.size());
    for (qsizetype i = 0; i < scanned.workflows.size(); ++i) {
        const Workflow &a = scanned.workflows.at(i);
        const Workflow &b = expected.workflows.at(i);
        // == does not tell a null text from an empty one; the table shows them alike.
        if (a != b || a.status.state() != b.status.state() || a.fingerprint != b.fingerprint ||
            a.nameSortKey.isKeyOf(a.name) != b.nameSortKey.isKeyOf(b.name) ||
            !a.nameSortKey.canCompareWith(b.nameSortKey) ||
            a.nameSortKey.compare(b.nameSortKey) != 0)
            return QStringLiteral("workflow %1: %2, expected %3")
                .arg(i)
                .arg(describe(a), describe(b));
    }
    return QString();
}

} // namespace PageScanCheck

#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

// One lead enrolled in a workflow. Its status is an open vocabulary (the docs disagree:
// pending/active/in_progress/completed/dropped/removed/failed), so it stays a string.
struct Lead
{
    QString id; // wflead_… or wlead_…
    QString workflowId;
    QString phoneNumber;
    QString currentNodeId;
    QString status;
    QDateTime enrolledAt; // enrolled_at ?? created_at
    QJsonObject metadata;

    static bool isTerminalStatus(const QString &status);
};

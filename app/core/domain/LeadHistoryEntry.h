#pragma once

#include <QDateTime>
#include <QString>

// One step of a lead's history, read from either documented form
// (node_label/entered_at/exited_at or label/started_at/ended_at|ends_at).
struct LeadHistoryEntry
{
    QString nodeId;
    QString nodeLabel;
    QString nodeType;
    QString status;
    QString callId;
    QDateTime enteredAt;
    QDateTime exitedAt; // invalid while the lead is still on the node
    QDateTime endsAt;   // planned release for a node the lead is waiting on
};

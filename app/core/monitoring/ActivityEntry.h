#pragma once

#include "domain/WorkflowStatus.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QMetaType>
#include <QString>

// One observed workflow status change, for the activity log.
struct ActivityEntry
{
    enum class Origin {
        ThisConsole, // an action this console started (or expected) produced it
        External     // seen by polling; someone or something else did it
    };

    QDateTime at; // when the console saw the change (UTC)
    QString workflowId;
    QString workflowName; // may be empty when the server sent none
    WorkflowStatus previous;
    WorkflowStatus current;
    Origin origin = Origin::External;
    // Team mode: who did an external change, as the team store says
    // ("bob@host paused 3 workflows — incident INC-… carrier outage"); empty when unknown.
    QString teammate;

    // "Summer outreach (wf_123)", or just the id when the name is empty.
    QString workflowText() const
    {
        return workflowName.isEmpty() ? workflowId
                                      : QStringLiteral("%1 (%2)").arg(workflowName, workflowId);
    }
    // "Active → Paused"
    QString changeText() const
    {
        return QStringLiteral("%1 → %2").arg(previous.displayText(), current.displayText());
    }
    // "this console" / "not by this console"
    static QString originText(Origin origin)
    {
        return origin == Origin::ThisConsole
                   ? QCoreApplication::translate("ActivityEntry", "this console")
                   : QCoreApplication::translate("ActivityEntry", "not by this console");
    }
    QString originText() const { return teammate.isEmpty() ? originText(origin) : teammate; }
};

Q_DECLARE_METATYPE(ActivityEntry)

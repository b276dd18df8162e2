#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

// Plain records behind the simulated API (one header for the data shapes; behaviour
// lives in WorkflowStore and WorkflowSimulator).

struct SandboxNode
{
    QString id;
    QString type; // VOICE_CALL, TIME, CONVERTED, DROPPED (open string)
    QString label;
    double x = 0;
    double y = 0;
    QJsonObject config;
};

struct SandboxEdge
{
    QString id;
    QString from;
    QString to;
    QString label; // empty = unlabelled, always matches
};

struct SandboxHistoryEntry
{
    QString nodeId;
    QString nodeLabel;
    QString nodeType;
    QString status; // in_progress, waiting, no_answer, completed, failed, dropped
    QString callId; // VOICE_CALL only
    qint64 enteredMs = 0;
    qint64 exitedMs = -1; // -1 while the lead is still on this node
};

struct SandboxLead
{
    QString id;
    QString phone;
    QString contactName;
    QString city;
    QString status;
    int nodeIndex = -1;     // -1: not started yet (pending)
    int remainingTicks = 0; // call duration or TIME countdown left
    bool callInFlight = false;
    bool terminal = false;
    QString waitingOutcome; // outcome reached but not yet followed (call ended while paused)
    qint64 createdMs = 0;
    QList<SandboxHistoryEntry> history;
};

struct SandboxWorkflow
{
    QString id;
    bool shapeB = false; // wfl_ object with name/node_count/... instead of shape A
    bool raw = false;    // inserted verbatim through the control API
    QJsonObject rawObject;
    QString organizationId;
    QString name;
    QString description;
    QString status;
    qint64 createdMs = 0;
    qint64 updatedMs = 0;
    QList<SandboxNode> nodes;
    QList<SandboxEdge> edges;
    QList<SandboxLead> leads;
    // Open to new leads: while moving, WorkflowSimulator::tick enrols more as they finish
    // (a living workspace), until the workflow closes and then completes.
    bool enrolling = false;

    // Render cache for the list hot path: bumped on every change of the public object.
    quint64 revision = 0;
    mutable quint64 cachedRevision = ~quint64(0);
    mutable QByteArray cachedJson;
};

#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

// One audited lifecycle request: written (without outcome) before the POST is sent,
// completed with the outcome afterwards. There is deliberately no field for the API key.
struct AuditEntry
{
    qint64 id = -1;
    QDateTime requestedAtUtc; // set by AuditLog::recordRequest when invalid
    QDateTime completedAtUtc; // invalid until the outcome is known
    QString osUser;
    QString profile;
    QString apiHost;
    QString workflowId;
    QString workflowName;
    QString action;     // "pause", "resume", "cancel", ...
    QString outcome;    // empty (NULL in the file) until known
    int httpStatus = 0; // 0 = none (network error, not sent yet)
    QString serverMessage;
    QString reason;
    QString incidentId;

    bool hasOutcome() const { return !outcome.isEmpty(); }
};

Q_DECLARE_METATYPE(AuditEntry)

#pragma once

#include "domain/Workflow.h"
#include "incidents/PauseWindowRepeat.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QStringList>

// A planned pause: quiet hours, a holiday. At its start everything active that its scope
// matches is paused as one incident (reason = the window's); at its end exactly what that
// incident paused and is still paused is resumed. Times are stored in UTC; a repeating
// window keeps its wall-clock times in timeZoneId across daylight-saving changes.
struct PauseWindow
{
    enum class State {
        Planned,  // waiting for startUtc (also between the occurrences of a repeating one)
        Running,  // started: its incident holds the workflows it paused
        Ended,    // the last occurrence is over
        Cancelled // cancelled before it started
    };

    QString id; // "WIN-yyyyMMdd-HHmm-xxx"
    QString reason;
    // The first occurrence as planned, and the zone its wall-clock times belong to.
    QDateTime firstStartUtc;
    QDateTime firstEndUtc;
    QString timeZoneId; // IANA id; empty: the system zone
    // Scope: a search text and/or a status filter, as "Pause all active" uses them, or an
    // explicit list of workflow ids (then search and status narrow it further).
    QString search;
    QString statusFilter; // API word ("active"); empty: any
    QStringList workflowIds;
    PauseWindowRepeat repeat;
    QString plannedBy; // user@host
    QDateTime plannedAtUtc;
    QString profile;
    QString apiHost; // host[:port] of the server its workflows live on (ServerName)
    State state = State::Planned;
    // The current (or next) occurrence.
    QDateTime startUtc;
    QDateTime endUtc;
    QString startedBy; // the runner that claimed this occurrence's start
    QDateTime startedAtUtc;
    bool startedLate = false;
    QString endedBy; // the runner that claimed its end
    QDateTime endedAtUtc;
    QString incidentId;     // this occurrence's incident (empty: not started, or nothing matched)
    QString lastIncidentId; // the previous occurrence's incident
    int occurrencesRun = 0;

    bool isRunning() const { return state == State::Running; }
    bool isFinal() const { return state == State::Ended || state == State::Cancelled; }
    // Whether the scope covers this workflow (any status; only active ones are paused):
    // the search as the console's (case-insensitive part of name or id), the status filter
    // by normalised state ("running" is active), the id list exactly.
    bool covers(const Workflow &workflow) const;
    // "search “night”, status active", "3 selected workflows", "every active workflow".
    QString scopeText() const;
    static QString stateName(State state);
    static State stateFromName(const QString &name);
};

Q_DECLARE_METATYPE(PauseWindow)

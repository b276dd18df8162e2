#pragma once

#include "incidents/PauseWindow.h"

#include <QDate>
#include <QDateTime>
#include <QTimeZone>

// When a pause window's occurrences fall. A repeating window keeps the wall-clock start
// and end of its first occurrence in its own time zone (quiet hours 21:00–08:00 stay
// 21:00–08:00 local after a daylight-saving change, so their UTC instants move).
class PauseWindowSchedule
{
public:
    struct Occurrence
    {
        QDateTime startUtc;
        QDateTime endUtc;
        bool isValid() const { return startUtc.isValid() && endUtc.isValid(); }
    };

    // The zone a window's times are read in (its own, else the system's).
    static QTimeZone zoneOf(const PauseWindow &window);
    // The occurrence starting on this local date (invalid when the repeat skips that day).
    static Occurrence occurrenceOn(const PauseWindow &window, const QDate &localDate);
    // The first occurrence that starts after `afterStartUtc` and ends after `endsAfterUtc`
    // (a console closed for days does not replay the nights it missed). Invalid when the
    // window does not repeat, or has no such occurrence within a year.
    static Occurrence nextAfter(const PauseWindow &window, const QDateTime &afterStartUtc,
                                const QDateTime &endsAfterUtc);
};

#pragma once

#include <QList>
#include <QString>

#include <optional>

// How a pause window comes back: never, every day, or on given weekdays (of its start, in
// the planner's local time zone). Written "none", "daily" or "weekdays:mon,tue,…".
struct PauseWindowRepeat
{
    enum class Kind { None, Daily, Weekdays };

    Kind kind = Kind::None;
    QList<int> days; // Qt::DayOfWeek (1 = Monday … 7 = Sunday), sorted; Weekdays only

    bool isRepeating() const { return kind != Kind::None; }
    // Whether an occurrence may start on this local weekday.
    bool includes(int dayOfWeek) const;
    QString toString() const;
    // "", "none", "daily", "weekdays:mon,fri" (case-insensitive); nullopt when unreadable.
    static std::optional<PauseWindowRepeat> parse(const QString &text);
    // "daily", "Mon, Tue", "once": for lists and dialogs.
    QString displayText() const;

    friend bool operator==(const PauseWindowRepeat &, const PauseWindowRepeat &) = default;
};

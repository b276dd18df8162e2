#include "incidents/PauseWindowSchedule.h"

QTimeZone PauseWindowSchedule::zoneOf(const PauseWindow &window)
{
    if (!window.timeZoneId.isEmpty()) {
        const QTimeZone zone(window.timeZoneId.toUtf8());
        if (zone.isValid())
            return zone;
    }
    return QTimeZone::systemTimeZone();
}

PauseWindowSchedule::Occurrence PauseWindowSchedule::occurrenceOn(const PauseWindow &window,
                                                                  const QDate &localDate)
{
    const QTimeZone zone = zoneOf(window);
    const QDateTime firstStart = window.firstStartUtc.toTimeZone(zone);
    const QDateTime firstEnd = window.firstEndUtc.toTimeZone(zone);
    if (!firstStart.isValid() || !firstEnd.isValid() || localDate < firstStart.date() ||
        !window.repeat.includes(localDate.dayOfWeek()))
        return {};
    if (!window.repeat.isRepeating() && localDate != firstStart.date())
        return {};
    const qint64 endDayOffset = firstStart.date().daysTo(firstEnd.date());
    Occurrence o;
    // A wall time inside a spring-forward gap is moved forward by Qt; the end keeps its own
    // wall time, so a 21:00–08:00 window is 10 h or 12 h long on the nights of a change.
    o.startUtc = QDateTime(localDate, firstStart.time(), zone).toUTC();
    o.endUtc = QDateTime(localDate.addDays(endDayOffset), firstEnd.time(), zone).toUTC();
    if (o.endUtc <= o.startUtc)
        o.endUtc = o.startUtc.addSecs(window.firstStartUtc.secsTo(window.firstEndUtc));
    return o;
}

PauseWindowSchedule::Occurrence PauseWindowSchedule::nextAfter(const PauseWindow &window,
                                                               const QDateTime &afterStartUtc,
                                                               const QDateTime &endsAfterUtc)
{
    if (!window.repeat.isRepeating())
        return {};
    const QTimeZone zone = zoneOf(window);
    const QDate first = window.firstStartUtc.toTimeZone(zone).date();
    // A week before the later bound: an occurrence that began days ago may still run.
    const QDateTime from = qMax(afterStartUtc, endsAfterUtc);
    QDate day = qMax(first, from.toTimeZone(zone).date().addDays(-8));
    for (int i = 0; i < 370; ++i, day = day.addDays(1)) {
        const Occurrence o = occurrenceOn(window, day);
        if (o.isValid() && o.startUtc > afterStartUtc && o.endUtc > endsAfterUtc)
            return o;
    }
    return {};
}

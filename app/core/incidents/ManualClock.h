#pragma once

#include "incidents/Clock.h"

// A clock that only moves when told to: tests set it to a moment and step it forward.
class ManualClock : public Clock
{
public:
    explicit ManualClock(const QDateTime &nowUtc = QDateTime::currentDateTimeUtc());

    QDateTime nowUtc() const override { return m_now; }
    void setNowUtc(const QDateTime &nowUtc);
    void advanceSecs(qint64 seconds);

private:
    QDateTime m_now;
};

#include "incidents/ManualClock.h"

ManualClock::ManualClock(const QDateTime &nowUtc)
    : m_now(nowUtc.toUTC())
{ }

void ManualClock::setNowUtc(const QDateTime &nowUtc)
{
    m_now = nowUtc.toUTC();
}

void ManualClock::advanceSecs(qint64 seconds)
{
    m_now = m_now.addSecs(seconds);
}

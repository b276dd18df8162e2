#include "simulation/SimulationClock.h"

SimulationClock::SimulationClock(QObject *parent)
    : QObject(parent)
    , m_timer(this) // child, so it follows moveToThread
{
    m_timer.setTimerType(Qt::CoarseTimer);
    connect(&m_timer, &QTimer::timeout, this, &SimulationClock::ticked);
}

void SimulationClock::start(int tickMs)
{
    m_tickMs = tickMs;
    m_timer.stop();
    if (tickMs > 0)
        m_timer.start(tickMs);
}

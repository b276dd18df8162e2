#pragma once

#include <QObject>
#include <QTimer>

// Drives the simulation in real time; with tickMs == 0 only the control API advances it,
// which keeps tests deterministic.
class SimulationClock : public QObject
{
    Q_OBJECT
public:
    explicit SimulationClock(QObject *parent = nullptr);
    void start(int tickMs);
    void stop() { m_timer.stop(); }
    int tickMs() const { return m_tickMs; }

signals:
    void ticked();

private:
    QTimer m_timer;
    int m_tickMs = 0;
};

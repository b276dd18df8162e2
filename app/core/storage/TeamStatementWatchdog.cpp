#include "storage/TeamStatementWatchdog.h"

#include <sys/socket.h>

TeamStatementWatchdog::TeamStatementWatchdog()
    : m_thread([this] { run(); })
{ }

TeamStatementWatchdog::~TeamStatementWatchdog()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_one();
    m_thread.join();
}

void TeamStatementWatchdog::arm(int socket, std::chrono::milliseconds deadline)
{
    {
        std::lock_guard lock(m_mutex);
        m_socket = socket;
        m_tripped = false;
        m_expires = std::chrono::steady_clock::now() + deadline;
    }
    m_wake.notify_one();
}

bool TeamStatementWatchdog::disarm()
{
    std::lock_guard lock(m_mutex);
    m_socket = -1;
    return m_tripped;
}

void TeamStatementWatchdog::run()
{
    std::unique_lock lock(m_mutex);
    while (!m_stop) {
        if (m_socket < 0) {
            m_wake.wait(lock);
            continue;
        }
        if (m_wake.wait_until(lock, m_expires) == std::cv_status::timeout && m_socket >= 0 &&
            std::chrono::steady_clock::now() >= m_expires) {
            // Under the lock: disarm() cannot return, so the socket cannot be closed, meanwhile.
            ::shutdown(m_socket, SHUT_RDWR);
            m_tripped = true;
            m_socket = -1;
        }
    }
}

#pragma once

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

// Bounds how long one call into the team store may keep its thread (the console's GUI
// thread) waiting. Once connected, libpq waits for an answer as long as TCP keeps the
// connection, which for a frozen server or a link that silently drops packets is forever.
// While armed with the connection's socket, the watchdog's own thread shuts that socket
// down when the deadline passes: libpq's wait returns at once ("server closed the
// connection"), the statement fails and the store goes offline. Never touches libpq itself.
class TeamStatementWatchdog
{
public:
    TeamStatementWatchdog();
    ~TeamStatementWatchdog();
    TeamStatementWatchdog(const TeamStatementWatchdog &) = delete;
    TeamStatementWatchdog &operator=(const TeamStatementWatchdog &) = delete;

    void arm(int socket, std::chrono::milliseconds deadline);
    // True when the deadline passed since arm() (the socket is shut down by now). The
    // socket must stay open until disarm() returns.
    bool disarm();

private:
    void run();

    std::mutex m_mutex;
    std::condition_variable m_wake;
    int m_socket = -1; // -1: not armed
    bool m_tripped = false;
    bool m_stop = false;
    std::chrono::steady_clock::time_point m_expires;
    std::thread m_thread;
};

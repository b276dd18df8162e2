#pragma once

// A TCP relay on 127.0.0.1 for tests, on its own thread (so it keeps working while the
// test's thread is blocked): every connection to port() is forwarded to a target port. It
// can be frozen, as a server that hangs mid-query looks from the client: connections stay
// open and nothing comes back. Or it can point nowhere, as a host that drops packets looks:
// connections are taken and never answered. Test code only.

#include <QtGlobal>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <thread>
#include <vector>

class FreezableRelay
{
public:
    // target 0: a black hole (accepts, never answers, never connects anywhere).
    explicit FreezableRelay(quint16 target)
        : m_target(target)
    {
        m_listener = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in address = loopback(0);
        const int one = 1;
        ::setsockopt(m_listener, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
        if (::bind(m_listener, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0 &&
            ::listen(m_listener, 16) == 0) {
            socklen_t length = sizeof address;
            ::getsockname(m_listener, reinterpret_cast<sockaddr *>(&address), &length);
            m_port = ntohs(address.sin_port);
        }
        m_thread = std::thread([this] { run(); });
    }

    ~FreezableRelay()
    {
        m_stop = true;
        m_thread.join();
        for (const Pair &p : m_pairs) {
            ::close(p.client);
            if (p.server >= 0)
                ::close(p.server);
        }
        ::close(m_listener);
    }

    quint16 port() const { return m_port; }
    // Frozen: bytes stay where they are, both ways, until thaw() or `safetyMs` have passed
    // (so a test of a client that would otherwise wait forever still ends, and fails).
    void freeze(int safetyMs = 20000)
    {
        m_thawAt = now() + safetyMs;
        m_frozen = true;
    }
    void thaw() { m_frozen = false; }
    int connectionsTaken() const { return m_taken; }

private:
    struct Pair
    {
        int client = -1;
        int server = -1;
        bool done = false; // one side closed: nothing more to forward
    };

    static sockaddr_in loopback(quint16 port)
    {
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_port = htons(port);
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        return address;
    }
    static qint64 now()
    {
        return std::chrono::duration_cast<std::chrono::milliseconds>(
                   std::chrono::steady_clock::now().time_since_epoch())
            .count();
    }

    void run()
    {
        while (!m_stop) {
            if (m_frozen && now() >= m_thawAt)
                m_frozen = false;
            std::vector<pollfd> fds{{m_listener, POLLIN, 0}};
            std::vector<size_t> pairOf;
            const bool flowing = !m_frozen && m_target != 0;
            for (size_t i = 0; flowing && i < m_pairs.size(); ++i) {
                if (m_pairs[i].done)
                    continue;
                fds.push_back({m_pairs[i].client, POLLIN, 0});
                fds.push_back({m_pairs[i].server, POLLIN, 0});
                pairOf.push_back(i);
            }
            if (::poll(fds.data(), fds.size(), 20) <= 0)
                continue;
            if (fds[0].revents & POLLIN)
                take();
            if (!flowing)
                continue;
            for (size_t i = 1; i < fds.size(); ++i) {
                if (!(fds[i].revents & (POLLIN | POLLHUP | POLLERR)))
                    continue;
                Pair &p = m_pairs[pairOf[(i - 1) / 2]];
                const bool fromClient = (i % 2) == 1;
                if (!p.done &&
                    !forward(fromClient ? p.client : p.server, fromClient ? p.server : p.client))
                    p.done = true;
            }
        }
    }

    void take()
    {
        const int client = ::accept(m_listener, nullptr, nullptr);
        if (client < 0)
            return;
        ++m_taken;
        Pair pair{client, -1};
        if (m_target != 0) {
            pair.server = ::socket(AF_INET, SOCK_STREAM, 0);
            sockaddr_in address = loopback(m_target);
            if (::connect(pair.server, reinterpret_cast<sockaddr *>(&address), sizeof address) !=
                0) {
                ::close(pair.server);
                ::close(client);
                return;
            }
        }
        m_pairs.push_back(pair);
    }

    // False once either side is closed.
    static bool forward(int from, int to)
    {
        char buffer[16384];
        const ssize_t n = ::recv(from, buffer, sizeof buffer, 0);
        if (n <= 0) {
            ::shutdown(to, SHUT_RDWR);
            return false;
        }
        for (ssize_t sent = 0; sent < n;) {
            const ssize_t k = ::send(to, buffer + sent, size_t(n - sent), MSG_NOSIGNAL);
            if (k <= 0)
                return false;
            sent += k;
        }
        return true;
    }

    quint16 m_target;
    quint16 m_port = 0;
    int m_listener = -1;
    std::vector<Pair> m_pairs;
    std::atomic<bool> m_stop{false};
    std::atomic<bool> m_frozen{false};
    std::atomic<qint64> m_thawAt{0};
    std::atomic<int> m_taken{0};
    std::thread m_thread;
};

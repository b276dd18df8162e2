#pragma once

// A small HTTP CONNECT proxy on 127.0.0.1 for tests: it tunnels TLS to a host it resolves
// from its own table (a made-up name such as dialnexa.test -> 127.0.0.1), records every
// host it tunnelled ("dialnexa.test:8443"), and can demand Basic proxy credentials (407).
// Runs on the test's event loop; test code only.

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QPointer>
#include <QStringList>
#include <QTcpServer>
#include <QTcpSocket>

#include <memory>

class ConnectProxy
{
public:
    ConnectProxy()
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
            while (QTcpSocket *client = m_server.nextPendingConnection())
                accept(client);
        });
    }

    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    quint16 port() const { return m_server.serverPort(); }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(port()); }

    // Where a CONNECT to `name` goes (unknown names are refused with 502).
    void mapHost(const QString &name, const QHostAddress &address)
    {
        m_hosts.insert(name.toLower(), address);
    }
    // Empty user: no credentials needed.
    void requireCredentials(const QString &user, const QString &password)
    {
        m_expectedAuth = user.isEmpty()
                             ? QByteArray()
                             : "Basic " + (user + QLatin1Char(':') + password).toUtf8().toBase64();
    }

    QStringList tunnelled() const { return m_tunnelled; } // "host:port", in order
    int refusedForCredentials() const { return m_refused407; }
    void clear()
    {
        m_tunnelled.clear();
        m_refused407 = 0;
    }

private:
    void accept(QTcpSocket *client)
    {
        auto buffer = std::make_shared<QByteArray>();
        QObject::connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
        QObject::connect(client, &QTcpSocket::readyRead, client, [this, client, buffer] {
            if (client->property("tunnel").toBool())
                return; // the tunnel's own handler forwards
            buffer->append(client->readAll());
            const int end = buffer->indexOf("\r\n\r\n");
            if (end < 0)
                return;
            handleRequest(client, buffer->left(end), buffer->mid(end + 4));
        });
    }

    void reply(QTcpSocket *client, const QByteArray &statusLine, const QByteArray &headers = {})
    {
        client->write("HTTP/1.1 " + statusLine + "\r\n" + headers +
                      "Content-Length: 0\r\nConnection: close\r\n\r\n");
        client->disconnectFromHost();
    }

    void handleRequest(QTcpSocket *client, const QByteArray &head, const QByteArray &rest)
    {
        const QList<QByteArray> lines = head.split('\n');
        const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
        if (first.size() < 2 || first.at(0) != "CONNECT")
            return reply(client, "405 Method Not Allowed");
        if (!m_expectedAuth.isEmpty()) {
            QByteArray given;
            for (const QByteArray &line : lines) {
                const int colon = line.indexOf(':');
                if (colon > 0 && line.left(colon).trimmed().toLower() == "proxy-authorization")
                    given = line.mid(colon + 1).trimmed();
            }
            if (given != m_expectedAuth) {
                ++m_refused407;
                return reply(client, "407 Proxy Authentication Required",
                             "Proxy-Authenticate: Basic realm=\"test proxy\"\r\n");
            }
        }
        const QByteArray target = first.at(1);
        const int colon = target.lastIndexOf(':');
        const QString host = QString::fromLatin1(target.left(colon)).toLower();
        const quint16 port = quint16(target.mid(colon + 1).toUInt());
        if (colon <= 0 || !m_hosts.contains(host))
            return reply(client, "502 Bad Gateway");
        m_tunnelled.append(QString::fromLatin1(target));
        client->setProperty("tunnel", true);
        auto *upstream = new QTcpSocket(client);
        const QByteArray early = rest;
        QObject::connect(upstream, &QTcpSocket::connected, client, [client, upstream, early] {
            client->write("HTTP/1.1 200 Connection established\r\n\r\n");
            if (!early.isEmpty())
                upstream->write(early);
            if (client->bytesAvailable() > 0)
                upstream->write(client->readAll());
        });
        QObject::connect(client, &QTcpSocket::readyRead, upstream, [client, upstream] {
            if (upstream->state() == QAbstractSocket::ConnectedState)
                upstream->write(client->readAll());
        });
        QObject::connect(upstream, &QTcpSocket::readyRead, client,
                         [client, upstream] { client->write(upstream->readAll()); });
        QObject::connect(upstream, &QTcpSocket::disconnected, client,
                         [client] { client->disconnectFromHost(); });
        QObject::connect(upstream, &QTcpSocket::errorOccurred, client,
                         [client](QAbstractSocket::SocketError) { client->disconnectFromHost(); });
        QObject::connect(client, &QTcpSocket::disconnected, upstream,
                         [upstream] { upstream->disconnectFromHost(); });
        upstream->connectToHost(m_hosts.value(host), port);
    }

    QTcpServer m_server;
    QHash<QString, QHostAddress> m_hosts;
    QByteArray m_expectedAuth;
    QStringList m_tunnelled;
    int m_refused407 = 0;
};

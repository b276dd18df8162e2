#pragma once

// A tiny scripted HTTP/1.1 server on loopback for the cases the sandbox cannot play:
// byte-exact request capture, redirects to another origin, garbage instead of TLS, a
// silent peer. Each complete request is handed to `handler`, which writes the answer.
#include <QHostAddress>
#include <QList>
#include <QTcpServer>
#include <QTcpSocket>

#include <functional>

class LocalHttpServer : public QObject
{
public:
    using Handler = std::function<void(QTcpSocket *socket, const QByteArray &rawRequest)>;

    explicit LocalHttpServer(QObject *parent = nullptr)
        : QObject(parent)
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                ++connections;
                socket->setParent(this);
                auto buffer = std::make_shared<QByteArray>();
                connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
                    buffer->append(socket->readAll());
                    if (rawMode) { // answer the first bytes, whatever they are (TLS hello)
                        if (!buffer->isEmpty() && handler) {
                            const QByteArray data = *buffer;
                            buffer->clear();
                            handler(socket, data);
                        }
                        return;
                    }
                    for (;;) {
                        const int end = buffer->indexOf("\r\n\r\n");
                        if (end < 0)
                            return;
                        const QByteArray head = buffer->left(end + 4);
                        qsizetype length = 0;
                        for (const QByteArray &line : head.split('\n')) {
                            if (line.toLower().startsWith("content-length:"))
                                length = line.mid(15).trimmed().toLongLong();
                        }
                        if (buffer->size() < end + 4 + length)
                            return;
                        const QByteArray request = buffer->left(end + 4 + length);
                        buffer->remove(0, end + 4 + length);
                        requests.append(request);
                        if (handler)
                            handler(socket, request);
                    }
                });
            }
        });
    }

    bool listen(const QHostAddress &address = QHostAddress(QHostAddress::LocalHost))
    {
        return m_server.listen(address, 0);
    }
    quint16 port() const { return m_server.serverPort(); }
    QString origin(const char *scheme = "http") const
    {
        return QStringLiteral("%1://%2:%3")
            .arg(QLatin1String(scheme), m_server.serverAddress().toString())
            .arg(port());
    }
    void close() { m_server.close(); }

    static void reply(QTcpSocket *socket, int status, const QByteArray &reason,
                      const QByteArray &body, const QList<QByteArray> &extraHeaders = {})
    {
        QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n";
        if (!body.isEmpty())
            out += "Content-Type: application/json\r\n";
        out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
        for (const QByteArray &h : extraHeaders)
            out += h + "\r\n";
        out += "\r\n" + body;
        socket->write(out);
    }

    // Header value from a captured raw request (case-insensitive name); null when absent.
    static QByteArray header(const QByteArray &raw, const QByteArray &name)
    {
        const QByteArray head = raw.left(raw.indexOf("\r\n\r\n"));
        for (const QByteArray &line : head.split('\n')) {
            const int colon = line.indexOf(':');
            if (colon > 0 && line.left(colon).trimmed().toLower() == name.toLower())
                return line.mid(colon + 1).trimmed();
        }
        return QByteArray();
    }
    static QByteArray requestLine(const QByteArray &raw) { return raw.left(raw.indexOf("\r\n")); }

    Handler handler;
    bool rawMode = false;
    QList<QByteArray> requests;
    int connections = 0;

private:
    QTcpServer m_server;
};

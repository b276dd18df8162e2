#pragma once

// Small synchronous-looking HTTP helper for the sandbox tests: real requests over
// loopback with QNetworkAccessManager, waiting with QSignalSpy (test code only).

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QUrl>

struct TestResponse
{
    int status = 0;
    QByteArray body;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QList<QNetworkReply::RawHeaderPair> headers;
    qint64 elapsedMs = 0;
    bool finished = false;

    QJsonObject object() const { return QJsonDocument::fromJson(body).object(); }
    QJsonArray data() const { return object().value(QStringLiteral("data")).toArray(); }
    QJsonObject meta() const { return object().value(QStringLiteral("meta")).toObject(); }
    bool isJson() const
    {
        QJsonParseError e{};
        QJsonDocument::fromJson(body, &e);
        return e.error == QJsonParseError::NoError;
    }
    QByteArray header(const QByteArray &name) const
    {
        for (const auto &h : headers)
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        return QByteArray();
    }
    bool hasHeader(const QByteArray &name) const
    {
        for (const auto &h : headers)
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return true;
        return false;
    }
};

class SandboxTestClient
{
public:
    SandboxTestClient(const QUrl &base, const QUrl &control, const QString &key)
        : m_base(base.toString())
        , m_control(control.toString())
        , m_key(key)
    { }

    void setKey(const QString &key) { m_key = key; }

    TestResponse send(const QByteArray &verb, const QString &url,
                      const QByteArray &body = QByteArray(),
                      const QList<QPair<QByteArray, QByteArray>> &headers = {}, bool auth = true,
                      int timeoutMs = 10000)
    {
        QNetworkRequest req{QUrl(url)};
        req.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("sandbox-tests/1.0"));
        req.setRawHeader("Accept", "application/json");
        if (!body.isEmpty())
            req.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
        if (auth && !m_key.isEmpty())
            req.setRawHeader("Authorization", "Bearer " + m_key.toUtf8());
        for (const auto &h : headers)
            req.setRawHeader(h.first, h.second);
        req.setTransferTimeout(timeoutMs);
        QElapsedTimer timer;
        timer.start();
        QNetworkReply *reply = m_nam.sendCustomRequest(req, verb, body);
        QSignalSpy spy(reply, &QNetworkReply::finished);
        TestResponse r;
        r.finished = reply->isFinished() || spy.wait(timeoutMs + 5000);
        r.elapsedMs = timer.elapsed();
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.error = reply->error();
        r.body = reply->readAll();
        r.headers = reply->rawHeaderPairs();
        reply->deleteLater();
        return r;
    }

    TestResponse api(const QByteArray &verb, const QString &path,
                     const QByteArray &body = QByteArray())
    {
        return send(verb, m_base + path, body);
    }
    TestResponse control(const QByteArray &verb, const QString &path,
                         const QByteArray &body = QByteArray())
    {
        return send(verb, m_control + path, body, {}, false);
    }
    static QByteArray json(const QJsonObject &o)
    {
        return QJsonDocument(o).toJson(QJsonDocument::Compact);
    }

    // Every workflow, through the public list.
    QJsonArray allWorkflows()
    {
        QJsonArray out;
        for (int page = 1; page < 100; ++page) {
            const TestResponse r =
                api("GET", QStringLiteral("/workflows?limit=100&page=%1").arg(page));
            const QJsonArray data = r.data();
            for (const auto &v : data)
                out.append(v);
            if (page >= r.meta().value(QStringLiteral("totalPages")).toInt())
                break;
        }
        return out;
    }

    QString statusOf(const QString &id)
    {
        return api("GET", QStringLiteral("/workflows/") + id)
            .object()
            .value(QStringLiteral("status"))
            .toString();
    }

    QJsonObject state(const QString &id)
    {
        return control("GET", QStringLiteral("/workflows/%1/state").arg(id)).object();
    }
    void tick(int n)
    {
        control("POST", QStringLiteral("/tick"), json({{QStringLiteral("count"), n}}));
    }

    QNetworkAccessManager &nam() { return m_nam; }

private:
    QNetworkAccessManager m_nam;
    QString m_base;
    QString m_control;
    QString m_key;
};

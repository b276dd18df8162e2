#pragma once

// Test-only helper: blocking calls to the sandbox control API (/__sandbox) with a local
// event loop. Never used by product code.

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QUrl>

class SandboxControl
{
public:
    explicit SandboxControl(const QUrl &controlUrl) : m_control(controlUrl) {}

    struct Reply
    {
        int status = 0;
        QJsonDocument json;
    };

    Reply call(const QByteArray &verb, const QString &path, const QJsonDocument &body = QJsonDocument())
    {
        QUrl url = m_control;
        url.setPath(m_control.path() + path);
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        const QByteArray payload = body.isNull() ? QByteArray() : body.toJson(QJsonDocument::Compact);
        QNetworkReply *reply = m_nam.sendCustomRequest(request, verb, payload);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(10000, &loop, &QEventLoop::quit);
        loop.exec();
        Reply r;
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.json = QJsonDocument::fromJson(reply->readAll());
        reply->deleteLater();
        return r;
    }

    bool insertWorkflow(const QString &id, const QString &name, const QString &status)
    {
        const QJsonObject wf{{QStringLiteral("id"), id}, {QStringLiteral("name"), name},
                             {QStringLiteral("status"), status}, {QStringLiteral("enrolled_leads"), 0}};
        return call("POST", QStringLiteral("/workflows"), QJsonDocument(wf)).status == 201;
    }
    bool setStatus(const QString &id, const QString &status)
    {
        return call("POST", QStringLiteral("/workflows/%1/status").arg(id),
                    QJsonDocument(QJsonObject{{QStringLiteral("status"), status}})).status == 200;
    }
    bool remove(const QString &id)
    {
        return call("DELETE", QStringLiteral("/workflows/%1").arg(id)).status == 200;
    }
    QString status(const QString &id)
    {
        const Reply r = call("GET", QStringLiteral("/workflows/%1/state").arg(id));
        if (r.status != 200)
            return QStringLiteral("<%1>").arg(r.status);
        return r.json.object().value(QStringLiteral("status")).toString();
    }
    bool addFault(const QJsonObject &fault)
    {
        return call("POST", QStringLiteral("/faults"), QJsonDocument(fault)).status == 201;
    }
    bool clearFaults() { return call("DELETE", QStringLiteral("/faults")).status / 100 == 2; }
    bool clearRequests() { return call("DELETE", QStringLiteral("/requests")).status / 100 == 2; }
    QJsonArray requests()
    {
        const Reply r = call("GET", QStringLiteral("/requests"));
        if (r.json.isArray())
            return r.json.array();
        return r.json.object().value(QStringLiteral("data")).toArray();
    }

private:
    QUrl m_control;
    QNetworkAccessManager m_nam;
};

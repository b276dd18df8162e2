#pragma once

// (Copy of tests/integration/api/SandboxControl.h, kept here so each folder owns its helpers.)
// Test-side driver for the sandbox's /__sandbox control API (faults, request log, raw
// records, status overrides). Uses its own QNetworkAccessManager so the client under test
// sees none of this traffic. Waits with QSignalSpy (tests only).
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QUrl>

class SandboxControl
{
public:
    explicit SandboxControl(const QUrl &controlUrl) : m_url(controlUrl) {}

    // Returns the HTTP status (0 on transport failure); the body in *out when given.
    int call(const QByteArray &method, const QString &path, const QJsonValue &body = QJsonValue(),
             QJsonDocument *out = nullptr)
    {
        QUrl url = m_url;
        url.setPath(m_url.path() + QLatin1Char('/') + path);
        QNetworkRequest request(url);
        QByteArray data;
        if (body.isObject())
            data = QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact);
        else if (body.isArray())
            data = QJsonDocument(body.toArray()).toJson(QJsonDocument::Compact);
        if (!data.isEmpty())
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        QNetworkReply *reply = m_nam.sendCustomRequest(request, method, data);
        QSignalSpy spy(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            spy.wait(10000);
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (out)
            *out = QJsonDocument::fromJson(reply->readAll());
        reply->deleteLater();
        return status;
    }

    bool fault(const QJsonObject &rule) { return call("POST", QStringLiteral("faults"), rule) == 201; }
    bool clearRequests() { return call("DELETE", QStringLiteral("requests")) == 200; }
    QJsonArray requests()
    {
        QJsonDocument doc;
        call("GET", QStringLiteral("requests"), QJsonValue(), &doc);
        return doc.object().value(QStringLiteral("data")).toArray();
    }
    // Requests in the log with this method whose path matches exactly (or ends with `suffix`).
    QList<QJsonObject> requestsMatching(const QString &method, const QString &pathSuffix)
    {
        QList<QJsonObject> out;
        for (const QJsonValue &v : requests()) {
            const QJsonObject o = v.toObject();
            if (o.value(QStringLiteral("method")).toString() == method
                && o.value(QStringLiteral("path")).toString().endsWith(pathSuffix))
                out.append(o);
        }
        return out;
    }
    bool setStatus(const QString &id, const QString &status)
    {
        return call("POST", QStringLiteral("workflows/%1/status").arg(id),
                    QJsonObject{{QStringLiteral("status"), status}}) == 200;
    }
    bool insertRaw(const QJsonObject &workflow) { return call("POST", QStringLiteral("workflows"), workflow) == 201; }

private:
    QUrl m_url;
    QNetworkAccessManager m_nam;
};

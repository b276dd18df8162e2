#pragma once

// Test-side driver for the sandbox's /__sandbox control API (faults, request log, raw
// records, status overrides, internal state). It has its own QNetworkAccessManager so the
// client under test sees none of this traffic, and waits with a local event loop — test
// and benchmark code only, never product code. Shared by the integration suites and
// bench_bulk so every test drives the sandbox the same way.

#include <QDebug>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QStringList>
#include <QTimer>
#include <QUrl>

class SandboxControl
{
public:
    explicit SandboxControl(const QUrl &controlUrl)
        : m_url(controlUrl)
    { }

    // A sandbox serving HTTPS with a test CA: trust exactly that CA.
    void setCaCertificates(const QList<QSslCertificate> &certificates)
    {
        m_caCertificates = certificates;
    }

    // `path` is relative to /__sandbox ("faults", "workflows/wf_1/status"). Returns the
    // HTTP status (0 on transport failure or after 10 s); the body in *out when given.
    int call(const QByteArray &method, const QString &path, const QJsonValue &body = QJsonValue(),
             QJsonDocument *out = nullptr)
    {
        QUrl url = m_url;
        QString relative = path;
        while (relative.startsWith(QLatin1Char('/')))
            relative.remove(0, 1);
        url.setPath(m_url.path() + QLatin1Char('/') + relative);
        QNetworkRequest request(url);
        if (!m_caCertificates.isEmpty()) {
            QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
            tls.setCaCertificates(m_caCertificates);
            request.setSslConfiguration(tls);
        }
        QByteArray data;
        if (body.isObject())
            data = QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact);
        else if (body.isArray())
            data = QJsonDocument(body.toArray()).toJson(QJsonDocument::Compact);
        if (!data.isEmpty())
            request.setHeader(QNetworkRequest::ContentTypeHeader,
                              QByteArrayLiteral("application/json"));
        QNetworkReply *reply = m_nam.sendCustomRequest(request, method, data);
        if (!reply->isFinished()) {
            QEventLoop loop;
            QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
            QTimer::singleShot(10000, &loop, &QEventLoop::quit);
            loop.exec();
        }
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (out)
            *out = QJsonDocument::fromJson(reply->readAll());
        reply->deleteLater();
        return status;
    }

    // The JSON object a control route answered (empty on failure, with a warning so a
    // broken fixture is visible in the test log). GET and DELETE send no body; other
    // methods send `body`, "{}" when it is empty.
    QJsonObject json(const QByteArray &method, const QString &path, const QJsonObject &body = {})
    {
        QJsonDocument doc;
        const bool bodyless = method == "GET" || method == "DELETE";
        const int status = call(method, path, bodyless ? QJsonValue() : QJsonValue(body), &doc);
        if (status < 200 || status >= 300)
            qWarning() << "sandbox control" << method << path << "->" << status
                       << doc.toJson(QJsonDocument::Compact);
        return doc.object();
    }

    bool fault(const QJsonObject &rule)
    {
        return call("POST", QStringLiteral("faults"), rule) == 201;
    }
    bool clearFaults() { return call("DELETE", QStringLiteral("faults")) / 100 == 2; }
    bool clearRequests() { return call("DELETE", QStringLiteral("requests")) / 100 == 2; }
    QJsonArray requests()
    {
        QJsonDocument doc;
        call("GET", QStringLiteral("requests"), QJsonValue(), &doc);
        return doc.object().value(QStringLiteral("data")).toArray();
    }
    // Requests in the log with this method whose path ends with `pathSuffix`.
    QList<QJsonObject> requestsMatching(const QString &method, const QString &pathSuffix)
    {
        QList<QJsonObject> out;
        for (const QJsonValue &v : requests()) {
            const QJsonObject o = v.toObject();
            if (o.value(QStringLiteral("method")).toString() == method &&
                o.value(QStringLiteral("path")).toString().endsWith(pathSuffix))
                out.append(o);
        }
        return out;
    }
    // As if another supervisor changed it.
    bool setStatus(const QString &id, const QString &status)
    {
        return call("POST", QStringLiteral("workflows/%1/status").arg(id),
                    QJsonObject{{QStringLiteral("status"), status}}) == 200;
    }
    // As if someone else deleted it.
    bool remove(const QString &id)
    {
        return call("DELETE", QStringLiteral("workflows/%1").arg(id)) == 200;
    }
    // A record stored verbatim (odd shapes, wrong types, legacy statuses).
    bool insertRaw(const QJsonObject &workflow)
    {
        return call("POST", QStringLiteral("workflows"), workflow) == 201;
    }
    bool insertWorkflow(const QString &id, const QString &name, const QString &status,
                        int enrolledLeads = 0)
    {
        return insertRaw({{QStringLiteral("id"), id},
                          {QStringLiteral("name"), name},
                          {QStringLiteral("status"), status},
                          {QStringLiteral("enrolled_leads"), enrolledLeads}});
    }
    // The workflow ids of the logged `POST …/{id}/<action>` requests, sorted.
    QStringList postedIds(const QString &action)
    {
        QStringList ids;
        for (const QJsonObject &request :
             requestsMatching(QStringLiteral("POST"), QLatin1Char('/') + action))
            ids.append(
                request.value(QStringLiteral("path")).toString().section(QLatin1Char('/'), -2, -2));
        ids.sort();
        return ids;
    }
    // Enrols `count` new leads in workflow `id` (pending, or placed on `nodeId` when given)
    // and returns them as /v1 renders them; empty on failure.
    QJsonArray enrolLeads(const QString &id, int count, const QString &nodeId = QString())
    {
        QJsonObject body{{QStringLiteral("count"), count}};
        if (!nodeId.isEmpty())
            body.insert(QStringLiteral("node_id"), nodeId);
        return json("POST", QStringLiteral("workflows/%1/leads").arg(id), body)
            .value(QStringLiteral("leads"))
            .toArray();
    }

    // "Nothing else happened" without a fixed sleep: sends a sentinel request,
    // GET <apiBase>/__sentinel/<n>, through `nam` and waits for the answer. Pass the
    // manager of the client under test, so the sentinel queues behind anything that client
    // sent before; the sandbox logs every /v1 request (even without a key: the sentinel
    // gets a 401) in the order it handles them, so once this returns true every earlier
    // request is in the log and the caller can assert that no unwanted one is.
    bool sentinel(QNetworkAccessManager *nam, const QUrl &apiBase)
    {
        const QString path = apiBase.path() + QStringLiteral("/__sentinel/%1").arg(++m_sentinels);
        QUrl url = apiBase;
        url.setPath(path);
        QNetworkReply *reply = nam->get(QNetworkRequest(url));
        if (!reply->isFinished()) {
            QEventLoop loop;
            QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
            QTimer::singleShot(10000, &loop, &QEventLoop::quit);
            loop.exec();
        }
        const bool answered = reply->isFinished();
        reply->deleteLater();
        if (!answered) {
            qWarning() << "sentinel" << path << "was not answered";
            return false;
        }
        return !requestsMatching(QStringLiteral("GET"), path).isEmpty();
    }

    // The server's current raw status, or "<HTTP status>" when it cannot be read.
    QString status(const QString &id)
    {
        QJsonDocument doc;
        const int code =
            call("GET", QStringLiteral("workflows/%1/state").arg(id), QJsonValue(), &doc);
        if (code != 200)
            return QStringLiteral("<%1>").arg(code);
        return doc.object().value(QStringLiteral("status")).toString();
    }

private:
    QList<QSslCertificate> m_caCertificates;
    QUrl m_url;
    QNetworkAccessManager m_nam;
    int m_sentinels = 0;
};

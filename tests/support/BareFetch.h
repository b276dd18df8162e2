#pragma once

// The floor a workflow list load is measured against (issue 13): the same pages fetched with
// the same concurrency and nothing else — no decoding, no model, no view.

#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QString>
#include <QUrl>

#include <functional>

namespace BareFetch {

// The request for one page of the workflow list, as the console asks for it.
inline QNetworkRequest pageRequest(const QUrl &base, const QString &key, int page)
{
    QNetworkRequest req(
        QUrl(base.toString() + QStringLiteral("/workflows?page=%1&limit=100").arg(page)));
    req.setRawHeader("Authorization", "Bearer " + key.toUtf8());
    req.setRawHeader("Accept", "application/json");
    return req;
}

// Page 1, then the rest at most `concurrency` at a time; each body handed to `body` (page,
// bytes). The wall time in ms.
inline double fetchPages(const QUrl &base, const QString &key, int pages, int concurrency,
                         const std::function<void(int, const QByteArray &)> &body)
{
    QNetworkAccessManager nam;
    QEventLoop loop;
    int next = 2;
    int inFlight = 0;
    QElapsedTimer timer;
    std::function<void(int)> get = [&](int page) {
        ++inFlight;
        QNetworkReply *reply = nam.get(pageRequest(base, key, page));
        QObject::connect(reply, &QNetworkReply::finished, [&, reply, page] {
            body(page, reply->readAll());
            reply->deleteLater();
            --inFlight;
            if (page == 1 || inFlight < concurrency) {
                while (inFlight < concurrency && next <= pages)
                    get(next++);
            }
            if (inFlight == 0 && next > pages)
                loop.quit();
        });
    };
    timer.start();
    get(1);
    loop.exec();
    return double(timer.nsecsElapsed()) / 1e6;
}

// The floor: bodies read and dropped.
inline double pagesMs(const QUrl &base, const QString &key, int pages, int concurrency)
{
    return fetchPages(base, key, pages, concurrency, [](int, const QByteArray &) {});
}

} // namespace BareFetch

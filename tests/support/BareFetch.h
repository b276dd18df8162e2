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

// Page 1, then the rest at most `concurrency` at a time; bodies read and dropped. The wall
// time in ms.
inline double pagesMs(const QUrl &base, const QString &key, int pages, int concurrency)
{
    QNetworkAccessManager nam;
    QEventLoop loop;
    int next = 2;
    int inFlight = 0;
    QElapsedTimer timer;
    std::function<void(int)> get = [&](int page) {
        QUrl url(base.toString() + QStringLiteral("/workflows?page=%1&limit=100").arg(page));
        QNetworkRequest req(url);
        req.setRawHeader("Authorization", "Bearer " + key.toUtf8());
        req.setRawHeader("Accept", "application/json");
        ++inFlight;
        QNetworkReply *reply = nam.get(req);
        QObject::connect(reply, &QNetworkReply::finished, [&, reply, page] {
            reply->readAll();
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

} // namespace BareFetch

#pragma once

#include "api/ApiError.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QList>
#include <QPair>

// What the transport hands to the typed layer: either a 2xx with a parsed JSON body
// (json is null for an empty body) or an ApiError.
struct ApiResponse
{
    int httpStatus = 0;
    QJsonDocument json;
    QByteArray rawBody;
    QList<QPair<QByteArray, QByteArray>> headers;
    ApiError error;
    int attempts = 1; // how many times the request was sent (retries included)

    bool ok() const { return !error.isError(); }
    QByteArray header(const QByteArray &name) const; // case-insensitive
};

#pragma once

#include <QJsonObject>
#include <QString>

// Deliberate departures of GET /v1/workflows from the documented list contract, the way
// real servers misbehave (WORKFLOWS-API.md §3.1 and §10 #17 show lists without meta, or
// with a partial one). Off by default; set with PUT /__sandbox/list, cleared by DELETE or
// a reset. The rows themselves are always the store's.
struct ListQuirks
{
    bool ignorePage = false; // every request gets page 1 (and meta says page 1)
    bool omitMeta = false;   // {"data": [...]} only
    qint64 totalPages = -1;  // >= 0: announced instead of ceil(total/limit), e.g. 1000000000

    QJsonObject toJson() const;
    // Replaces `out` with the quirks in `in` (absent keys are off); an error text (and `out`
    // untouched) when a key is unknown or has the wrong type.
    static QString parse(const QJsonObject &in, ListQuirks *out);
};

#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

// One scripted fault from POST /__sandbox/faults; consumed by the next matching requests.
struct FaultRule
{
    QString method; // empty = any
    QString path;   // glob: '*' = one segment, trailing '**' = any rest
    int count = 1;
    int status = 0; // 0 = normal answer (unless hang/drop/malformed)
    bool hasBody = false;
    QByteArray body;
    bool bodyIsJson = true;
    int delayMs = 0;
    bool hang = false;
    bool drop = false;
    bool malformed = false;
    bool apply = false; // run the real handler first (state changes) then answer with the fault
    QList<QPair<QByteArray, QByteArray>> headers;
    QJsonObject source; // as posted, for GET /__sandbox/faults
};

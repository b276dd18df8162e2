#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

// One incident session: opened by a bulk pause, closed once its workflows are resumed.
struct Incident
{
    enum class Status { Open, Closed };

    QString id; // "INC-20261129-0412-a3f09c21d4" (before team mode: "INC-20261129-0412-a3f")
    QString reason;
    QDateTime startedAtUtc;
    QString operatorName; // OS user who opened it
    QString profile;
    QString apiHost;
    Status status = Status::Open;
    QDateTime closedAtUtc; // invalid while open

    bool isOpen() const { return status == Status::Open; }
    static QString statusName(Status status)
    {
        return status == Status::Open ? QStringLiteral("open") : QStringLiteral("closed");
    }
};

Q_DECLARE_METATYPE(Incident)

#pragma once

#include <QDateTime>
#include <QString>

// Ids that the consoles of a team make without asking each other (incidents, pause
// windows): "<PREFIX>-yyyyMMdd-HHmm-<10 hex digits>". The minute says when; 40 random bits
// of a UUID keep ids made in the same minute apart (10,000 of them collide with odds of
// 1 in 20,000), which no "exists already" check in one computer's file could promise.
namespace TeamUniqueId {
QString make(const QString &prefix, const QDateTime &nowUtc);
} // namespace TeamUniqueId

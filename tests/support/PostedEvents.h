#pragma once

// "Nothing else arrived" for code that answers through queued calls (QMetaObject::
// invokeMethod with Qt::QueuedConnection, queued signals): instead of sleeping, post a
// sentinel call and wait for it. Posted events of one priority are delivered in the order
// they were posted, so when the sentinel runs, every call queued before it has run too.
// Test code only.

#include <QMetaObject>
#include <QObject>
#include <QTest>

namespace PostedEvents {

// True once every event posted to this thread before the call has been delivered.
inline bool flush(int timeoutMs = 5000)
{
    QObject context;
    bool reached = false;
    QMetaObject::invokeMethod(
        &context, [&reached] { reached = true; }, Qt::QueuedConnection);
    return QTest::qWaitFor([&reached] { return reached; }, timeoutMs);
}

} // namespace PostedEvents

#pragma once

#include <QDateTime>

// The clock every piece of scheduling code asks for "now": SystemClock in the product,
// ManualClock in tests, so days of pause windows run in milliseconds.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime nowUtc() const = 0;
};

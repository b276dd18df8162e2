#pragma once

#include "incidents/Clock.h"

// The wall clock, in UTC.
class SystemClock : public Clock
{
public:
    QDateTime nowUtc() const override;
};

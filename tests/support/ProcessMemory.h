#pragma once

// Resident memory of this process, for tests and benchmarks that bound it (Linux).

#include <QByteArray>
#include <QFile>
#include <QIODevice>

namespace ProcessMemory {

// VmRSS in kB; 0 when unknown.
inline qint64 residentKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}

} // namespace ProcessMemory

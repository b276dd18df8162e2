#pragma once

// What the benchmarks under tests/bench share: their one output line, the clocks they
// measure with and the medians they report. Test code only.

#include <QByteArray>
#include <QString>
#include <QtGlobal>

#include <time.h>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace BenchFigures {

// "BENCH <metric> <value> <unit>", the only thing a benchmark prints on stdout.
inline void print(const char *metric, double value, const char *unit)
{
    std::printf("BENCH %s %.3f %s\n", metric, value, unit);
    std::fflush(stdout);
}

// "coldstart_ms" -> "coldstart_ms_10k", or "_1k" for a smoke run's 1,000 workflows.
inline QByteArray atScale(const char *metric, bool smoke)
{
    return QByteArray(metric) + (smoke ? "_1k" : "_10k");
}

// BENCH_SMOKE=1: the short run ctest does.
inline bool smoke()
{
    return qEnvironmentVariable("BENCH_SMOKE") == QLatin1String("1");
}

// Before QApplication: no Qt messages among the BENCH lines, and offscreen widgets unless
// a platform was asked for.
inline void quietOffscreen()
{
    qInstallMessageHandler([](QtMsgType, const QMessageLogContext &, const QString &) {});
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
}

inline double msOf(clockid_t clock)
{
    timespec ts{};
    clock_gettime(clock, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

// This thread's CPU time: unlike wall time it does not count the time other processes
// hold one of the machine's shared cores.
inline double threadCpuMs()
{
    return msOf(CLOCK_THREAD_CPUTIME_ID);
}

// CPU time of all the process's threads.
inline double processCpuMs()
{
    return msOf(CLOCK_PROCESS_CPUTIME_ID);
}

// The middle value (the mean of the two middle ones for an even count).
inline double median(std::vector<double> values)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2.0;
}

} // namespace BenchFigures

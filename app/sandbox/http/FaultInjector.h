#pragma once

#include "http/FaultRule.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <optional>

// Scripted faults (control API) plus the random --fail-rate/--latency-ms/--jitter-ms ones.
class FaultInjector
{
public:
    FaultInjector(quint32 seed = 42, double failRate = 0.0, int latencyMs = 0, int jitterMs = 0);

    // Parses a control-API rule; returns an error message when the JSON is invalid.
    static QString parse(const QJsonObject &json, FaultRule *out);
    void add(const FaultRule &rule) { m_rules.append(rule); }
    void clear() { m_rules.clear(); }
    QJsonArray pending() const;

    // Takes (consumes one count of) the first rule matching this request.
    std::optional<FaultRule> take(const QString &method, const QString &path);
    bool randomFailure();
    int randomLatencyMs();

    static bool globMatches(const QString &pattern, const QString &path);

private:
    QList<FaultRule> m_rules;
    QRandomGenerator m_rng;
    double m_failRate;
    int m_latencyMs;
    int m_jitterMs;
};

#include "http/FaultInjector.h"

#include <QJsonDocument>

FaultInjector::FaultInjector(quint32 seed, double failRate, int latencyMs, int jitterMs)
    : m_rng(seed ^ 0xfa17u)
    , m_failRate(failRate)
    , m_latencyMs(latencyMs)
    , m_jitterMs(jitterMs)
{ }

QString FaultInjector::parse(const QJsonObject &json, FaultRule *out)
{
    FaultRule r;
    QStringList errors;
    const auto str = [&](const char *key, QString *target) {
        const QJsonValue v = json.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return;
        if (!v.isString())
            errors << QStringLiteral("%1 must be a string").arg(QLatin1String(key));
        else
            *target = v.toString();
    };
    const auto integer = [&](const char *key, int *target, int min) {
        const QJsonValue v = json.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return;
        if (!v.isDouble() || v.toDouble() != double(v.toInt()) || v.toInt() < min)
            errors
                << QStringLiteral("%1 must be an integer >= %2").arg(QLatin1String(key)).arg(min);
        else
            *target = v.toInt();
    };
    const auto boolean = [&](const char *key, bool *target) {
        const QJsonValue v = json.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return;
        if (!v.isBool())
            errors << QStringLiteral("%1 must be a boolean").arg(QLatin1String(key));
        else
            *target = v.toBool();
    };
    str("method", &r.method);
    r.method = r.method.toUpper();
    str("path", &r.path);
    if (r.path.isEmpty())
        r.path = QStringLiteral("/v1/**");
    integer("count", &r.count, 1);
    integer("status", &r.status, 0);
    if (r.status != 0 && (r.status < 100 || r.status > 599))
        errors << QStringLiteral("status must be between 100 and 599");
    integer("delay_ms", &r.delayMs, 0);
    boolean("hang", &r.hang);
    boolean("drop", &r.drop);
    boolean("malformed", &r.malformed);
    boolean("apply", &r.apply);
    const QJsonValue body = json.value(QLatin1String("body"));
    if (body.isString()) {
        r.hasBody = true;
        r.bodyIsJson = false;
        r.body = body.toString().toUtf8();
    } else if (body.isObject() || body.isArray()) {
        r.hasBody = true;
        r.body = body.isObject() ? QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact)
                                 : QJsonDocument(body.toArray()).toJson(QJsonDocument::Compact);
    } else if (!body.isUndefined() && !body.isNull()) {
        errors << QStringLiteral("body must be an object, an array or a string");
    }
    const QJsonValue headers = json.value(QLatin1String("headers"));
    if (headers.isObject()) {
        const QJsonObject h = headers.toObject();
        for (auto it = h.begin(); it != h.end(); ++it) {
            const QString value = it.value().isString() ? it.value().toString()
                                                        : QString::number(it.value().toDouble());
            r.headers.append({it.key().toLatin1(), value.toLatin1()});
        }
    } else if (!headers.isUndefined() && !headers.isNull()) {
        errors << QStringLiteral("headers must be an object");
    }
    if (!errors.isEmpty())
        return errors.join(QStringLiteral("; "));
    r.source = json;
    *out = r;
    return QString();
}

QJsonArray FaultInjector::pending() const
{
    QJsonArray out;
    for (const FaultRule &r : m_rules) {
        QJsonObject o = r.source;
        o.insert(QStringLiteral("remaining"), r.count);
        o.insert(QStringLiteral("path"), r.path);
        out.append(o);
    }
    return out;
}

bool FaultInjector::globMatches(const QString &pattern, const QString &path)
{
    const QStringList pat = pattern.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    const QStringList segs = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (int i = 0; i < pat.size(); ++i) {
        if (pat.at(i) == QLatin1String("**") && i == pat.size() - 1)
            return true;
        if (i >= segs.size())
            return false;
        if (pat.at(i) != QLatin1String("*") && pat.at(i) != segs.at(i))
            return false;
    }
    return pat.size() == segs.size();
}

std::optional<FaultRule> FaultInjector::take(const QString &method, const QString &path)
{
    for (int i = 0; i < m_rules.size(); ++i) {
        FaultRule &r = m_rules[i];
        if (!r.method.isEmpty() && r.method != method)
            continue;
        if (!globMatches(r.path, path))
            continue;
        FaultRule copy = r;
        if (--r.count <= 0)
            m_rules.removeAt(i);
        return copy;
    }
    return std::nullopt;
}

bool FaultInjector::randomFailure()
{
    return m_failRate > 0.0 && m_rng.generateDouble() < m_failRate;
}

int FaultInjector::randomLatencyMs()
{
    return m_latencyMs + (m_jitterMs > 0 ? int(m_rng.bounded(m_jitterMs + 1)) : 0);
}

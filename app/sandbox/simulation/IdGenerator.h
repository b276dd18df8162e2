#pragma once

#include <QRandomGenerator>
#include <QString>

// Seeded id factory: the same --seed gives the same ids on every run.
class IdGenerator
{
public:
    explicit IdGenerator(quint32 seed = 42)
        : m_rng(seed)
    { }
    void reseed(quint32 seed) { m_rng.seed(seed); }
    QString next(const QString &prefix, int length = 12);
    QRandomGenerator &rng() { return m_rng; }

private:
    QRandomGenerator m_rng;
};

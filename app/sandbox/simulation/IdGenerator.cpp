#include "simulation/IdGenerator.h"

QString IdGenerator::next(const QString &prefix, int length)
{
    static const char alphabet[] = "0123456789abcdefghijklmnopqrstuvwxyz";
    QString id = prefix;
    id.reserve(prefix.size() + length);
    for (int i = 0; i < length; ++i)
        id.append(QLatin1Char(alphabet[m_rng.bounded(36)]));
    return id;
}

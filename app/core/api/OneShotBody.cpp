#include "api/OneShotBody.h"

#include <cstring>
#include <utility>

OneShotBody::OneShotBody(QByteArray data, QObject *parent)
    : QIODevice(parent)
    , m_data(std::move(data))
{
    open(QIODevice::ReadOnly);
}

qint64 OneShotBody::readData(char *out, qint64 maxSize)
{
    const qint64 n = qMin<qint64>(maxSize, m_data.size() - m_pos);
    if (n <= 0)
        return m_pos >= m_data.size() ? -1 : 0;
    std::memcpy(out, m_data.constData() + m_pos, size_t(n));
    m_pos += n;
    return n;
}

#pragma once

#include <QByteArray>
#include <QIODevice>

// The body of a POST, readable exactly once. Qt's HTTP layer silently re-sends a request
// whose connection closed before any reply byte arrived (QHttpNetworkConnectionChannel's
// reconnectAttempts), whatever the method. For a lifecycle POST that could pause or cancel
// twice (the API has no idempotency key), so the body device refuses reset(): Qt then fails
// the re-send (ContentReSendError) instead of repeating the POST. Needs
// DoNotBufferUploadDataAttribute, otherwise Qt copies the body into a resettable buffer.
class OneShotBody : public QIODevice
{
public:
    OneShotBody(QByteArray data, QObject *parent);
    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    qint64 bytesAvailable() const override
    {
        return (m_data.size() - m_pos) + QIODevice::bytesAvailable();
    }
    bool atEnd() const override
    {
        return m_pos >= m_data.size() && QIODevice::bytesAvailable() == 0;
    }

protected:
    qint64 readData(char *out, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_pos = 0;
};

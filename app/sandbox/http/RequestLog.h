#pragma once

#include <QJsonArray>
#include <QList>
#include <QString>

// What /v1 received, for tests to assert on ("exactly one POST /pause"). Never the key.
class RequestLog
{
public:
    struct Entry
    {
        QString method;
        QString path;
        QString query;
        QString userAgent;
        QString accept;
        bool authorized = false;
        qint64 atMs = 0;
    };

    static constexpr int MaxEntries = 10000; // oldest dropped first, keeps long runs bounded

    void append(Entry entry);
    void clear() { m_entries.clear(); }
    QJsonArray toJson() const;
    int size() const { return int(m_entries.size()); }

private:
    QList<Entry> m_entries;
};

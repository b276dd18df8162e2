#pragma once

#include "monitoring/ActivityEntry.h"

#include <QAbstractTableModel>
#include <QList>

// The session's status-change log, newest first: time, workflow, old → new, who.
// Bounded (oldest entries dropped beyond maxEntries()).
class ActivityLogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TimeColumn, WorkflowColumn, ChangeColumn, OriginColumn, ColumnCount };
    enum Role {
        EntryRole = Qt::UserRole + 1, // QVariant::fromValue(ActivityEntry)
        WorkflowIdRole,               // QString
        OriginRole,                   // int(ActivityEntry::Origin)
        SortRole                      // typed: QDateTime for time, strings otherwise
    };
    static constexpr int DefaultMaxEntries = 1000;

    explicit ActivityLogModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Inserted at row 0.
    void append(const ActivityEntry &entry);
    void clear();
    // Names the teammate behind the newest external change of workflowId to `state` seen at
    // or after `since` that has no name yet. False when there is none.
    bool attribute(const QString &workflowId, WorkflowState state, const QDateTime &since,
                   const QString &teammate);
    const ActivityEntry &entryAt(int row) const { return m_entries.at(row); }
    const QList<ActivityEntry> &entries() const { return m_entries; } // newest first
    void setMaxEntries(int max);
    int maxEntries() const { return m_maxEntries; }

private:
    QList<ActivityEntry> m_entries;
    int m_maxEntries = DefaultMaxEntries;
};

#pragma once

#include "domain/WorkflowState.h"
#include "workflows/WorkflowListModel.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <array>

// Workflow counts per status bucket (Active, Paused, Draft, Completed, Cancelled, Other)
// over a WorkflowListModel, kept up to date incrementally from rowsInserted,
// rowsAboutToBeRemoved, dataChanged (and rebuilt on reset/layout/move).
// countsChanged() fires only when a number actually changed.
class StatusSummary : public QObject
{
    Q_OBJECT
public:
    enum Bucket { Active, Paused, Draft, Completed, Cancelled, Other, BucketCount };
    Q_ENUM(Bucket)

    explicit StatusSummary(WorkflowListModel *model = nullptr, QObject *parent = nullptr);

    void setModel(WorkflowListModel *model);
    WorkflowListModel *model() const { return m_model; }

    int count(Bucket bucket) const;
    int count(WorkflowState state) const { return count(bucketOf(state)); }
    int activeCount() const { return count(Active); }
    int pausedCount() const { return count(Paused); }
    int draftCount() const { return count(Draft); }
    int completedCount() const { return count(Completed); }
    int cancelledCount() const { return count(Cancelled); }
    int otherCount() const { return count(Other); }
    int total() const;

    static Bucket bucketOf(WorkflowState state);
    static QString bucketName(Bucket bucket); // "Active", ..., "Other"
    // "12 active · 3 paused · 1 draft"  (zero buckets omitted; "No workflows" when empty)
    QString summaryText() const;

Q_SIGNALS:
    void countsChanged();

private:
    using Counts = std::array<int, BucketCount>;

    quint8 bucketAtRow(int row) const;
    void rebuild();
    void onRowsInserted(const QModelIndex &parent, int first, int last);
    void onRowsAboutToBeRemoved(const QModelIndex &parent, int first, int last);
    void onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight);
    void emitIfChanged(const Counts &before);

    QPointer<WorkflowListModel> m_model;
    QList<QMetaObject::Connection> m_connections;
    QList<quint8> m_rowBuckets; // mirrors the model's rows
    Counts m_counts{};
};

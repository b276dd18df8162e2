#include "monitoring/StatusSummary.h"

#include "workflows/WorkflowListModel.h"

#include <QCoreApplication>
#include <QStringList>

#include <numeric>

StatusSummary::StatusSummary(WorkflowListModel *model, QObject *parent)
    : QObject(parent)
{
    setModel(model);
}

void StatusSummary::setModel(WorkflowListModel *model)
{
    for (const auto &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    m_model = model;
    if (model) {
        m_connections
            << connect(model, &QAbstractItemModel::rowsInserted, this,
                       &StatusSummary::onRowsInserted)
            << connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this,
                       &StatusSummary::onRowsAboutToBeRemoved)
            << connect(model, &QAbstractItemModel::dataChanged, this, &StatusSummary::onDataChanged)
            << connect(model, &QAbstractItemModel::modelReset, this, &StatusSummary::rebuild)
            << connect(model, &QAbstractItemModel::layoutChanged, this, &StatusSummary::rebuild)
            << connect(model, &QAbstractItemModel::rowsMoved, this, &StatusSummary::rebuild)
            << connect(model, &QObject::destroyed, this, [this] {
                   const Counts before = m_counts;
                   m_rowBuckets.clear();
                   m_counts.fill(0);
                   emitIfChanged(before);
               });
    }
    rebuild();
}

int StatusSummary::count(Bucket bucket) const
{
    return bucket >= 0 && bucket < BucketCount ? m_counts[bucket] : 0;
}

int StatusSummary::total() const
{
    return std::accumulate(m_counts.begin(), m_counts.end(), 0);
}

StatusSummary::Bucket StatusSummary::bucketOf(WorkflowState state)
{
    switch (state) {
    case WorkflowState::Active:
        return Active;
    case WorkflowState::Paused:
        return Paused;
    case WorkflowState::Draft:
        return Draft;
    case WorkflowState::Completed:
        return Completed;
    case WorkflowState::Cancelled:
        return Cancelled;
    case WorkflowState::Unknown:
        break;
    }
    return Other;
}

QString StatusSummary::bucketName(Bucket bucket)
{
    switch (bucket) {
    case Active:
        return QCoreApplication::translate("StatusSummary", "Active");
    case Paused:
        return QCoreApplication::translate("StatusSummary", "Paused");
    case Draft:
        return QCoreApplication::translate("StatusSummary", "Draft");
    case Completed:
        return QCoreApplication::translate("StatusSummary", "Completed");
    case Cancelled:
        return QCoreApplication::translate("StatusSummary", "Cancelled");
    case Other:
    case BucketCount:
        break;
    }
    return QCoreApplication::translate("StatusSummary", "Other");
}

QString StatusSummary::summaryText() const
{
    QStringList parts;
    for (int b = 0; b < BucketCount; ++b) {
        if (m_counts[b] > 0)
            parts << QStringLiteral("%1 %2").arg(m_counts[b]).arg(bucketName(Bucket(b)).toLower());
    }
    if (parts.isEmpty())
        return QCoreApplication::translate("StatusSummary", "No workflows");
    return parts.join(QStringLiteral(" · "));
}

quint8 StatusSummary::bucketAtRow(int row) const
{
    return quint8(bucketOf(m_model->workflowAt(row).status.state()));
}

void StatusSummary::rebuild()
{
    const Counts before = m_counts;
    m_rowBuckets.clear();
    m_counts.fill(0);
    if (m_model) {
        const int rows = m_model->rowCount();
        m_rowBuckets.reserve(rows);
        for (int row = 0; row < rows; ++row) {
            const quint8 b = bucketAtRow(row);
            m_rowBuckets.append(b);
            ++m_counts[b];
        }
    }
    emitIfChanged(before);
}

void StatusSummary::onRowsInserted(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    const Counts before = m_counts;
    for (int row = first; row <= last; ++row) {
        const quint8 b = bucketAtRow(row);
        m_rowBuckets.insert(row, b);
        ++m_counts[b];
    }
    emitIfChanged(before);
}

void StatusSummary::onRowsAboutToBeRemoved(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    const Counts before = m_counts;
    for (int row = first; row <= last && row < m_rowBuckets.size(); ++row)
        --m_counts[m_rowBuckets.at(row)];
    if (first < m_rowBuckets.size())
        m_rowBuckets.remove(first, std::min<qsizetype>(last, m_rowBuckets.size() - 1) - first + 1);
    emitIfChanged(before);
}

void StatusSummary::onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight)
{
    if (!topLeft.isValid() || topLeft.parent().isValid())
        return;
    const Counts before = m_counts;
    for (int row = topLeft.row(); row <= bottomRight.row() && row < m_rowBuckets.size(); ++row) {
        const quint8 b = bucketAtRow(row);
        if (b != m_rowBuckets.at(row)) {
            --m_counts[m_rowBuckets.at(row)];
            ++m_counts[b];
            m_rowBuckets[row] = b;
        }
    }
    emitIfChanged(before);
}

void StatusSummary::emitIfChanged(const Counts &before)
{
    if (before != m_counts)
        Q_EMIT countsChanged();
}

#include "workflows/WorkflowFilterProxy.h"

#include "workflows/WorkflowListModel.h"

#include "domain/NameSortKey.h"

#include <QDateTime>

#include <utility>

namespace {

// -1, 0, 1 for two present values of the same column.
int compareValues(const QVariant &l, const QVariant &r)
{
    const int type = l.metaType().id();
    if (type == QMetaType::QDateTime && r.metaType().id() == QMetaType::QDateTime) {
        const qint64 a = l.toDateTime().toMSecsSinceEpoch();
        const qint64 b = r.toDateTime().toMSecsSinceEpoch();
        return a < b ? -1 : (a > b ? 1 : 0);
    }
    if (type == QMetaType::QString || r.metaType().id() == QMetaType::QString)
        return NameSortKey::compare(l.toString(), r.toString());
    if (l.canConvert<qlonglong>() && r.canConvert<qlonglong>()) {
        const qlonglong a = l.toLongLong();
        const qlonglong b = r.toLongLong();
        return a < b ? -1 : (a > b ? 1 : 0);
    }
    const QPartialOrdering order = QVariant::compare(l, r);
    if (order == QPartialOrdering::Less)
        return -1;
    if (order == QPartialOrdering::Greater)
        return 1;
    return 0;
}

} // namespace

WorkflowFilterProxy::WorkflowFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
    setSortRole(WorkflowListModel::SortRole);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
}

void WorkflowFilterProxy::setSearchText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_search)
        return;
    m_search = trimmed;
    invalidateFilter();
}

void WorkflowFilterProxy::setStatusFilter(std::optional<WorkflowState> state)
{
    if (state == m_status)
        return;
    m_status = state;
    invalidateFilter();
}

bool WorkflowFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *model = sourceModel();
    if (!model)
        return false;
    if (m_status) {
        const QModelIndex statusIndex =
            model->index(sourceRow, WorkflowListModel::StatusColumn, sourceParent);
        const QVariant state = statusIndex.data(WorkflowListModel::StatusStateRole);
        if (!state.isValid() || state.toInt() != int(*m_status))
            return false;
    }
    if (!m_search.isEmpty()) {
        const QModelIndex nameIndex =
            model->index(sourceRow, WorkflowListModel::NameColumn, sourceParent);
        const QString name = nameIndex.data(WorkflowListModel::SortRole).toString();
        const QString id = nameIndex.data(WorkflowListModel::WorkflowIdRole).toString();
        if (!name.contains(m_search, Qt::CaseInsensitive) &&
            !id.contains(m_search, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

void WorkflowFilterProxy::setSourceModel(QAbstractItemModel *model)
{
    if (m_workflows)
        disconnect(m_workflows, nullptr, this, nullptr);
    m_flatKeys.clear();
    m_workflows = qobject_cast<WorkflowListModel *>(model);
    if (m_workflows) {
        // Connected before the base class connects its own handlers, which may sort (and
        // so compare) the changed rows: the flat keys are gone by then.
        auto drop = [this] { m_flatKeys.clear(); };
        connect(m_workflows, &QAbstractItemModel::dataChanged, this, drop);
        connect(m_workflows, &QAbstractItemModel::rowsAboutToBeInserted, this, drop);
        connect(m_workflows, &QAbstractItemModel::rowsAboutToBeRemoved, this, drop);
        connect(m_workflows, &QAbstractItemModel::rowsAboutToBeMoved, this, drop);
        connect(m_workflows, &QAbstractItemModel::layoutAboutToBeChanged, this, drop);
        connect(m_workflows, &QAbstractItemModel::modelAboutToBeReset, this, drop);
    }
    QSortFilterProxyModel::setSourceModel(model);
    if (!m_workflows)
        return;
    // Placing each inserted row by its sort position costs the proxy a sort of the new rows,
    // an O(rows) mapping update and a signal per span; a batch of many rows spread over a
    // large list (pages of the first load) is cheaper appended in source order and sorted
    // once, with one layout change, when it is done.
    connect(m_workflows, &WorkflowListModel::loadingBatchAboutToStart, this, [this](int rows) {
        if (sortColumn() < 0 || rows < SortOnceFromRows)
            return;
        m_batchSortColumn = sortColumn();
        sort(-1, sortOrder());
    });
    connect(m_workflows, &WorkflowListModel::loadingBatchFinished, this, [this] {
        if (m_batchSortColumn < 0)
            return;
        const int column = std::exchange(m_batchSortColumn, -1);
        sort(column, sortOrder());
    });
}

// Sorting 10,000 rows by name compares some 130,000 pairs; read through each row's record
// and key object, most comparisons missed the cache three times a side (issue 13). The keys
// are laid out flat once, in row order, for this one sort.
void WorkflowFilterProxy::sort(int column, Qt::SortOrder order)
{
    if (m_workflows && column == WorkflowListModel::NameColumn &&
        sortRole() == WorkflowListModel::SortRole) {
        const int rows = m_workflows->rowCount();
        m_flatKeys.resize(size_t(rows));
        for (int row = 0; row < rows; ++row)
            m_flatKeys[size_t(row)] = nameKeyOf(row);
    }
    QSortFilterProxyModel::sort(column, order);
    m_flatKeys.clear();
}

// The row's name key for its current name (a name edited after decoding has none: it is
// compared by collating the text instead); none for a missing name.
std::optional<NameSortKey::Flat> WorkflowFilterProxy::nameKeyOf(int row) const
{
    const Workflow &w = m_workflows->workflowAt(row);
    if (w.name.isEmpty() || !w.nameSortKey.isKeyOf(w.name))
        return std::nullopt;
    return w.nameSortKey.flat();
}

bool WorkflowFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    // By name (the default order): the keys made when the rows were decoded, when both
    // rows have one made alike (laid out flat during sort()); missing names still go last,
    // below.
    if (m_workflows && left.column() == WorkflowListModel::NameColumn &&
        right.column() == WorkflowListModel::NameColumn &&
        sortRole() == WorkflowListModel::SortRole) {
        const auto keyOf = [this](int row) {
            return size_t(row) < m_flatKeys.size() ? m_flatKeys[size_t(row)] : nameKeyOf(row);
        };
        const std::optional<NameSortKey::Flat> l = keyOf(left.row());
        const std::optional<NameSortKey::Flat> r = keyOf(right.row());
        if (l && r && l->isCollated() == r->isCollated())
            return l->compare(*r) < 0;
    }
    const QVariant l = left.data(sortRole());
    const QVariant r = right.data(sortRole());
    const bool lMissing =
        !l.isValid() || (l.metaType().id() == QMetaType::QString && l.toString().isEmpty());
    const bool rMissing =
        !r.isValid() || (r.metaType().id() == QMetaType::QString && r.toString().isEmpty());
    // Missing values sort last in both directions. The base class implements descending
    // order by swapping the arguments, so "last" depends on the current order.
    if (lMissing || rMissing) {
        if (lMissing == rMissing)
            return false;
        const bool missingIsGreater = sortOrder() == Qt::AscendingOrder;
        return missingIsGreater ? rMissing : lMissing;
    }
    return compareValues(l, r) < 0;
}

#pragma once

#include "domain/NameSortKey.h"
#include "domain/WorkflowState.h"

#include <QSortFilterProxyModel>

#include <optional>
#include <vector>

class WorkflowListModel;

// Search (name and id, case-insensitive) and status filter over WorkflowListModel, with
// typed sorting on every column (SortRole). Dynamic sort/filter stays on so polls re-sort.
class WorkflowFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit WorkflowFilterProxy(QObject *parent = nullptr);

    void setSearchText(const QString &text);
    QString searchText() const { return m_search; }
    // nullopt = all statuses. WorkflowState::Unknown matches every status the API doc does
    // not define ("Other").
    void setStatusFilter(std::optional<WorkflowState> state);
    std::optional<WorkflowState> statusFilter() const { return m_status; }

    void setSourceModel(QAbstractItemModel *model) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    // A loading batch of at least this many rows is sorted once, when it ends.
    static constexpr int SortOnceFromRows = 300;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    std::optional<NameSortKey::Flat> nameKeyOf(int row) const;

    WorkflowListModel *m_workflows = nullptr; // the source, when it is one: rows read directly
    int m_batchSortColumn = -1; // the sort column put aside while a loading batch goes in
    // During sort() by name only: each source row's key, flat (nullopt: compare otherwise).
    // Dropped before any change of the source could leave them pointing at freed keys.
    std::vector<std::optional<NameSortKey::Flat>> m_flatKeys;
    QString m_search;
    std::optional<WorkflowState> m_status;
};

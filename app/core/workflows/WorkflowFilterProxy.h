#pragma once

#include "domain/WorkflowState.h"

#include <QSortFilterProxyModel>

#include <optional>

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
    // A loading batch of at least this many rows is sorted once, when it ends.
    static constexpr int SortOnceFromRows = 300;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    WorkflowListModel *m_workflows = nullptr; // the source, when it is one: rows read directly
    int m_batchSortColumn = -1; // the sort column put aside while a loading batch goes in
    QString m_search;
    std::optional<WorkflowState> m_status;
};

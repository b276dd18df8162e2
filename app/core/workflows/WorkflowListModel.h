#pragma once

#include "api/WorkflowListing.h"
#include "domain/LifecycleAction.h"
#include "domain/Workflow.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <optional>
#include <vector>

// The workflow table. Rows are keyed by workflow id. After the first load a refresh is a
// keyed diff (ListDiffer): removals, changes and insertions as contiguous spans, never a
// reset, so selection, current index, sort and scroll survive. A single workflow's update
// emits dataChanged for its row only.
class WorkflowListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        StatusColumn,
        EnrolledLeadsColumn,
        NodesColumn,
        EdgesColumn,
        CreatedColumn,
        UpdatedColumn,
        IdColumn,
        ColumnCount
    };
    enum Role {
        WorkflowIdRole = Qt::UserRole + 1, // QString
        RawStatusRole,                     // QString as the server sent it
        StatusStateRole,                   // int(WorkflowState)
        PendingActionRole,                 // int(LifecycleAction), or invalid QVariant when none
        SortRole,                          // typed value for sorting (numbers, datetimes)
        WorkflowRole                       // QVariant::fromValue(Workflow)
    };

    explicit WorkflowListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // First call (or an empty model) resets; later calls apply a keyed diff. The order of
    // `workflows` becomes the row order. The list counts as complete, with no unreadable rows.
    void setWorkflows(const QList<Workflow> &workflows);
    // The same for a listing from the server, which also says how far the list can be
    // trusted (listingStateChanged when that changes).
    void setListing(const WorkflowListing &listing);
    // While the first listing loads: shows the rows of `pages` (consecutive pages) at `row`
    // (clamped to the rows there are) with a single insertion, leaving out ids already
    // shown, and marks the list incomplete with `reason` ("Loading 3,400 of 10,000…"). An
    // empty model is reset instead, like the first setListing. Returns how many rows it
    // inserted. The complete listing then goes to setListing as usual, a diff with (nearly)
    // nothing to do.
    int insertLoadingPages(int row, const QList<QList<Workflow>> &pages, const QString &reason);
    // Around several insertLoadingPages calls made in one go, announcing about how many rows
    // they bring: a sorting proxy may then sort once at the end instead of placing the
    // rows in hundreds of separate spans (WorkflowFilterProxy does).
    void beginLoadingBatch(int rows) { Q_EMIT loadingBatchAboutToStart(rows); }
    void endLoadingBatch() { Q_EMIT loadingBatchFinished(); }
    // False when the last listing may be missing workflows: a bulk action "by filter"
    // (pause all active) must not run on it.
    bool isListingComplete() const { return m_listingComplete; }
    // Rows of the last listing that had no readable id or status and are not shown.
    int unreadableRows() const { return m_unreadableRows; }
    QString incompleteReason() const { return m_incompleteReason; }
    // Replaces every row with one model reset (selection, current index and scroll are
    // lost): for a full reload such as switching to another workspace/profile, where a
    // diff has nothing to preserve. Pending actions of ids still present are kept.
    void resetWorkflows(const QList<Workflow> &workflows);
    // Merges a (possibly partial) record into its row; no-op for an unknown id.
    void updateWorkflow(const Workflow &workflow);
    void removeWorkflow(const QString &id);
    void setPendingAction(const QString &id, std::optional<LifecycleAction> action);
    std::optional<LifecycleAction> pendingAction(const QString &id) const;

    int rowOf(const QString &id) const; // -1 when absent
    const Workflow &workflowAt(int row) const;
    std::optional<Workflow> workflow(const QString &id) const;
    const QList<Workflow> &workflows() const { return m_rows; }
    bool hasLoaded() const { return m_loaded; }

Q_SIGNALS:
    // A row's server status changed (old -> new) through setWorkflows or updateWorkflow.
    void statusChanged(const Workflow &workflow, const WorkflowStatus &previous);
    // isListingComplete() or unreadableRows() changed.
    void listingStateChanged();
    void loadingBatchAboutToStart(int rows);
    void loadingBatchFinished();

private:
    void applyWorkflows(const QList<Workflow> &workflows);
    void setListingState(bool complete, int unreadableRows, const QString &reason);
    void rebuildIndex(int fromRow = 0);

    QList<Workflow> m_rows;
    // contentFingerprint() of each row, beside the rows: a poll's diff compares these
    // (contiguous, computed off the GUI thread by the decoder) instead of the fields.
    std::vector<quint64> m_fingerprints;
    QHash<QString, int> m_rowById;
    QHash<QString, LifecycleAction> m_pending;
    bool m_loaded = false;
    bool m_listingComplete = true;
    int m_unreadableRows = 0;
    QString m_incompleteReason;
};

#include "workflows/WorkflowListModel.h"

#include "workflows/ListDiffer.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <limits>

namespace {

QString dash()
{
    return QStringLiteral("\u2014"); // "—" for a value the server did not send
}

QString formatCount(const std::optional<int> &value)
{
    return value ? QLocale().toString(*value) : dash();
}

QString formatTime(const QDateTime &when)
{
    return when.isValid() ? when.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                          : dash();
}

QVariant sortCount(const std::optional<int> &value)
{
    return value ? QVariant(*value) : QVariant();
}

QVariant sortTime(const QDateTime &when)
{
    return when.isValid() ? QVariant(when) : QVariant();
}

QString statusToolTip(const WorkflowStatus &status)
{
    if (!status.isValid())
        return QCoreApplication::translate("WorkflowListModel", "The server sent no status");
    const QString raw = status.raw();
    if (status.state() == WorkflowState::Unknown)
        return QCoreApplication::translate(
                   "WorkflowListModel",
                   "Server status: %1 (not a documented status; no actions are offered)")
            .arg(raw);
    const QString canonical = WorkflowStatus::apiName(status.state());
    if (raw != canonical)
        return QCoreApplication::translate("WorkflowListModel", "Server status: %1 (treated as %2)")
            .arg(raw, canonical);
    return QCoreApplication::translate("WorkflowListModel", "Server status: %1").arg(raw);
}

bool isNumberColumn(int column)
{
    return column == WorkflowListModel::EnrolledLeadsColumn ||
           column == WorkflowListModel::NodesColumn || column == WorkflowListModel::EdgesColumn;
}

// Keeps the first occurrence of each id (overlapping pages can repeat a row).
QList<Workflow> withoutDuplicates(const QList<Workflow> &workflows)
{
    QSet<QString> seen;
    seen.reserve(workflows.size());
    qsizetype firstDuplicate = -1;
    for (qsizetype i = 0; i < workflows.size(); ++i) {
        const qsizetype before = seen.size();
        seen.insert(workflows.at(i).id);
        if (seen.size() == before) {
            firstDuplicate = i;
            break;
        }
    }
    if (firstDuplicate < 0)
        return workflows; // the common case: shares the caller's data
    QList<Workflow> unique = workflows.first(firstDuplicate);
    for (qsizetype i = firstDuplicate + 1; i < workflows.size(); ++i) {
        const qsizetype before = seen.size();
        seen.insert(workflows.at(i).id);
        if (seen.size() != before)
            unique.append(workflows.at(i));
    }
    return unique;
}

} // namespace

namespace {

// The first and last column whose shown value differs between two versions of a row.
// Fields without a column of their own (description, organisation) count as the Name
// column: every column carries WorkflowRole, and the row's first cell stands for it.
std::pair<int, int> changedColumns(const Workflow &before, const Workflow &after)
{
    int first = WorkflowListModel::ColumnCount;
    int last = -1;
    const auto mark = [&](bool differs, int column) {
        if (differs) {
            first = std::min(first, column);
            last = std::max(last, column);
        }
    };
    mark(before.name != after.name || before.description != after.description ||
             before.organizationId != after.organizationId,
         WorkflowListModel::NameColumn);
    mark(before.status.raw() != after.status.raw(), WorkflowListModel::StatusColumn);
    mark(before.enrolledLeads != after.enrolledLeads, WorkflowListModel::EnrolledLeadsColumn);
    mark(before.nodeCount != after.nodeCount, WorkflowListModel::NodesColumn);
    mark(before.edgeCount != after.edgeCount, WorkflowListModel::EdgesColumn);
    mark(before.createdAt != after.createdAt, WorkflowListModel::CreatedColumn);
    mark(before.updatedAt != after.updatedAt, WorkflowListModel::UpdatedColumn);
    mark(before.id != after.id, WorkflowListModel::IdColumn);
    return {first, last};
}

} // namespace

WorkflowListModel::WorkflowListModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

int WorkflowListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int WorkflowListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(ColumnCount);
}

QVariant WorkflowListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const Workflow &w = m_rows.at(index.row());
    const int column = index.column();

    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case NameColumn:
            return w.name.isEmpty() ? dash() : w.name;
        case StatusColumn: {
            const auto pending = m_pending.constFind(w.id);
            if (pending != m_pending.cend())
                return LifecycleActions::pendingText(pending.value());
            return w.status.displayText();
        }
        case EnrolledLeadsColumn:
            return formatCount(w.enrolledLeads);
        case NodesColumn:
            return formatCount(w.nodeCount);
        case EdgesColumn:
            return formatCount(w.edgeCount);
        case CreatedColumn:
            return formatTime(w.createdAt);
        case UpdatedColumn:
            return formatTime(w.updatedAt);
        case IdColumn:
            return w.id;
        default:
            break;
        }
        break;
    case Qt::ToolTipRole:
        if (column == StatusColumn) {
            QString tip = statusToolTip(w.status);
            const auto pending = m_pending.constFind(w.id);
            if (pending != m_pending.cend())
                tip = QCoreApplication::translate("WorkflowListModel",
                                                  "%1 — waiting for the server. Last confirmed: %2")
                          .arg(LifecycleActions::pendingText(pending.value()), tip);
            return tip;
        }
        // The whole name (the column may elide it), then the description.
        if (column == NameColumn)
            return w.description.isEmpty() ? w.name
                                           : w.name + QStringLiteral("\n\n") + w.description;
        break;
    case Qt::TextAlignmentRole:
        if (isNumberColumn(column))
            return QVariant::fromValue(int(Qt::AlignRight | Qt::AlignVCenter));
        break;
    case WorkflowIdRole:
        return w.id;
    case RawStatusRole:
        return w.status.raw();
    case StatusStateRole:
        return int(w.status.state());
    case PendingActionRole: {
        const auto pending = m_pending.constFind(w.id);
        return pending != m_pending.cend() ? QVariant(int(pending.value())) : QVariant();
    }
    case SortRole:
        switch (column) {
        case NameColumn:
            return w.name;
        case StatusColumn:
            return w.status.displayText();
        case EnrolledLeadsColumn:
            return sortCount(w.enrolledLeads);
        case NodesColumn:
            return sortCount(w.nodeCount);
        case EdgesColumn:
            return sortCount(w.edgeCount);
        case CreatedColumn:
            return sortTime(w.createdAt);
        case UpdatedColumn:
            return sortTime(w.updatedAt);
        case IdColumn:
            return w.id;
        default:
            break;
        }
        break;
    case WorkflowRole:
        return QVariant::fromValue(w);
    default:
        break;
    }
    return QVariant();
}

QVariant WorkflowListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole && isNumberColumn(section))
        return QVariant::fromValue(int(Qt::AlignRight | Qt::AlignVCenter));
    if (role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case NameColumn:
        return tr("Name");
    case StatusColumn:
        return tr("Status");
    case EnrolledLeadsColumn:
        return tr("Enrolled leads");
    case NodesColumn:
        return tr("Nodes");
    case EdgesColumn:
        return tr("Edges");
    case CreatedColumn:
        return tr("Created");
    case UpdatedColumn:
        return tr("Updated");
    case IdColumn:
        return tr("ID");
    default:
        break;
    }
    return QVariant();
}

void WorkflowListModel::setWorkflows(const QList<Workflow> &workflows)
{
    applyWorkflows(workflows);
    setListingState(true, 0, QString());
}

void WorkflowListModel::setListing(const WorkflowListing &listing)
{
    applyWorkflows(listing.workflows);
    setListingState(listing.complete, listing.unreadableRows, listing.incompleteReason);
}

int WorkflowListModel::insertLoadingPages(int row, const QList<QList<Workflow>> &pages,
                                          const QString &reason)
{
    if (m_rows.isEmpty()) {
        QList<Workflow> rows;
        for (const QList<Workflow> &page : pages)
            rows.append(page);
        resetWorkflows(rows); // nothing to preserve yet, as in applyWorkflows
        setListingState(false, 0, reason);
        return int(m_rows.size());
    }
    // A record that moved between pages while we were paging is shown once: each new id is
    // claimed in the index as it is met (its row is set below). One copy of each row, into
    // the table: at 10,000 workflows the copies were most of a batch's cost.
    qsizetype offered = 0;
    for (const QList<Workflow> &page : pages)
        offered += page.size();
    std::vector<const Workflow *> fresh;
    fresh.reserve(size_t(offered));
    m_rowById.reserve(m_rows.size() + offered);
    for (const QList<Workflow> &page : pages) {
        for (const Workflow &w : page) {
            if (m_rowById.contains(w.id))
                continue;
            m_rowById.insert(w.id, -1);
            fresh.push_back(&w);
        }
    }
    const int count = int(fresh.size());
    if (count > 0) {
        row = std::clamp(row, 0, int(m_rows.size()));
        beginInsertRows(QModelIndex(), row, row + count - 1);
        std::vector<quint64> added;
        added.reserve(size_t(count));
        if (row == m_rows.size()) {
            m_rows.reserve(m_rows.size() + count);
            for (const Workflow *w : fresh)
                m_rows.append(*w);
        } else {
            m_rows.insert(row, count, Workflow());
            auto out = m_rows.begin() + row;
            for (const Workflow *w : fresh)
                *out++ = *w;
        }
        for (const Workflow *w : fresh)
            added.push_back(w->contentFingerprint());
        m_fingerprints.insert(m_fingerprints.begin() + row, added.cbegin(), added.cend());
        rebuildIndex(row); // the rows from here down: the new ones and those they moved
        endInsertRows();
    }
    setListingState(false, 0, reason);
    return count;
}

void WorkflowListModel::setListingState(bool complete, int unreadableRows, const QString &reason)
{
    const QString why = complete ? QString() : reason;
    if (complete == m_listingComplete && unreadableRows == m_unreadableRows &&
        why == m_incompleteReason)
        return;
    m_listingComplete = complete;
    m_unreadableRows = unreadableRows;
    m_incompleteReason = why;
    Q_EMIT listingStateChanged();
}

void WorkflowListModel::applyWorkflows(const QList<Workflow> &incoming)
{
    if (!m_loaded || m_rows.isEmpty()) {
        // Nothing to preserve yet (no selection, no scroll position): one reset.
        resetWorkflows(incoming);
        return;
    }

    // Where each incoming row is now, from the id index we keep anyway (lookups only, no
    // hash build), dropping repeated ids on the way (overlapping pages can repeat a row).
    const qsizetype oldCount = m_rows.size();
    std::vector<qsizetype> newToOld;
    newToOld.reserve(size_t(incoming.size()));
    std::vector<char> oldClaimed(size_t(oldCount), 0);
    QSet<QString> newIds; // ids not in the model yet: usually a handful
    QList<Workflow> deduped;
    bool hasDuplicates = false;
    std::vector<quint64> newFingerprints;
    newFingerprints.reserve(size_t(incoming.size()));
    // The server keeps creation order, so the next row is usually the one after the last
    // match: a check of that row's id saves most hash lookups (ids are unique in m_rows).
    qsizetype guess = 0;
    for (qsizetype j = 0; j < incoming.size(); ++j) {
        const Workflow &w = incoming.at(j);
        int oldRow = -1;
        if (guess < oldCount && m_rows.at(guess).id == w.id)
            oldRow = int(guess);
        else
            oldRow = m_rowById.value(w.id, -1);
        if (oldRow >= 0)
            guess = oldRow + 1;
        bool duplicate = false;
        if (oldRow >= 0) {
            duplicate = oldClaimed[size_t(oldRow)] != 0;
            oldClaimed[size_t(oldRow)] = 1;
        } else {
            const qsizetype before = newIds.size();
            newIds.insert(w.id);
            duplicate = newIds.size() == before;
        }
        if (duplicate && !hasDuplicates) {
            hasDuplicates = true;
            deduped = incoming.first(j);
        }
        if (duplicate)
            continue;
        if (hasDuplicates)
            deduped.append(w);
        newToOld.push_back(oldRow);
        newFingerprints.push_back(w.contentFingerprint());
    }
    const QList<Workflow> &workflows = hasDuplicates ? deduped : incoming;

    // Local class: it has this member function's access to the protected model API.
    struct Sink
    {
        explicit Sink(WorkflowListModel *m)
            : model(m)
        { }
        WorkflowListModel *model;
        int firstTouched = std::numeric_limits<int>::max();
        QList<QPair<Workflow, WorkflowStatus>> statusChanges;

        void removeRows(int first, int last)
        {
            model->beginRemoveRows(QModelIndex(), first, last);
            // Pending actions are pruned after the diff: a moved row is removed and
            // re-inserted, and must keep its "Pausing…".
            for (int row = first; row <= last; ++row)
                model->m_rowById.remove(model->m_rows.at(row).id);
            model->m_rows.remove(first, last - first + 1);
            model->m_fingerprints.erase(model->m_fingerprints.begin() + first,
                                        model->m_fingerprints.begin() + last + 1);
            model->endRemoveRows();
            firstTouched = std::min(firstTouched, first);
        }
        // Column bounds of what changed in the current span: a status or lead-count change
        // then leaves the Name column out of dataChanged, so a proxy sorted by name has no
        // order to re-check (the common poll), while a renamed row is still re-sorted.
        int spanFirstColumn = ColumnCount;
        int spanLastColumn = -1;

        void assignRow(int row, const Workflow &value)
        {
            Workflow &current = model->m_rows[row];
            if (current.status.raw() != value.status.raw())
                statusChanges.append({value, current.status});
            const auto [firstColumn, lastColumn] = changedColumns(current, value);
            spanFirstColumn = std::min(spanFirstColumn, firstColumn);
            spanLastColumn = std::max(spanLastColumn, lastColumn);
            current = value;
            model->m_fingerprints[size_t(row)] = value.contentFingerprint();
        }
        void changeRows(int first, int last)
        {
            if (spanLastColumn < spanFirstColumn) { // equal by column, changed elsewhere
                spanFirstColumn = 0;
                spanLastColumn = ColumnCount - 1;
            }
            Q_EMIT model->dataChanged(model->index(first, spanFirstColumn),
                                      model->index(last, spanLastColumn));
            spanFirstColumn = ColumnCount;
            spanLastColumn = -1;
        }
        void insertRows(int first, std::span<const Workflow> rows)
        {
            const int count = int(rows.size());
            model->beginInsertRows(QModelIndex(), first, first + count - 1);
            model->m_rows.insert(first, count, Workflow());
            std::copy(rows.begin(), rows.end(), model->m_rows.begin() + first);
            std::vector<quint64> added;
            added.reserve(rows.size());
            for (const Workflow &w : rows)
                added.push_back(w.contentFingerprint());
            model->m_fingerprints.insert(model->m_fingerprints.begin() + first, added.begin(),
                                         added.end());
            model->endInsertRows();
            firstTouched = std::min(firstTouched, first);
        }
    };

    Sink sink(this);
    // Equal fingerprints stand for equal rows (a 64-bit hash: a collision is far less
    // likely than a lost packet, and the next change of the row repairs it).
    ListDiffer::applyMappedAt(m_rows, workflows, newToOld, sink, [&](qsizetype i, qsizetype j) {
        return m_fingerprints[size_t(i)] == newFingerprints[size_t(j)];
    });
    if (sink.firstTouched != std::numeric_limits<int>::max()) {
        rebuildIndex(sink.firstTouched);
        for (auto it = m_pending.begin(); it != m_pending.end();) {
            if (!m_rowById.contains(it.key()))
                it = m_pending.erase(it);
            else
                ++it;
        }
    }

    for (const auto &change : std::as_const(sink.statusChanges))
        Q_EMIT statusChanged(change.first, change.second);
}

void WorkflowListModel::resetWorkflows(const QList<Workflow> &incoming)
{
    beginResetModel();
    m_rows = withoutDuplicates(incoming);
    m_fingerprints.clear();
    m_fingerprints.reserve(size_t(m_rows.size()));
    for (const Workflow &w : std::as_const(m_rows))
        m_fingerprints.push_back(w.contentFingerprint());
    rebuildIndex(0);
    for (auto it = m_pending.begin(); it != m_pending.end();) {
        if (!m_rowById.contains(it.key()))
            it = m_pending.erase(it);
        else
            ++it;
    }
    m_loaded = true;
    endResetModel();
}

void WorkflowListModel::updateWorkflow(const Workflow &workflow)
{
    const int row = rowOf(workflow.id);
    if (row < 0)
        return;
    Workflow merged = m_rows.at(row);
    merged.mergeFrom(workflow);
    if (merged == m_rows.at(row))
        return;
    const WorkflowStatus previous = m_rows.at(row).status;
    m_rows[row] = merged;
    m_fingerprints[size_t(row)] = merged.computeFingerprint();
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    if (previous.raw() != merged.status.raw())
        Q_EMIT statusChanged(merged, previous);
}

void WorkflowListModel::removeWorkflow(const QString &id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows(QModelIndex(), row, row);
    m_rows.removeAt(row);
    m_fingerprints.erase(m_fingerprints.begin() + row);
    m_rowById.remove(id);
    m_pending.remove(id);
    rebuildIndex(row);
    endRemoveRows();
}

void WorkflowListModel::setPendingAction(const QString &id, std::optional<LifecycleAction> action)
{
    const auto it = m_pending.constFind(id);
    const std::optional<LifecycleAction> current =
        it != m_pending.cend() ? std::optional<LifecycleAction>(it.value()) : std::nullopt;
    if (current == action)
        return;
    const int row = rowOf(id);
    if (row < 0 && action)
        return; // no row to show it on
    if (action)
        m_pending.insert(id, *action);
    else
        m_pending.remove(id);
    if (row >= 0)
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

std::optional<LifecycleAction> WorkflowListModel::pendingAction(const QString &id) const
{
    const auto it = m_pending.constFind(id);
    if (it == m_pending.cend())
        return std::nullopt;
    return it.value();
}

int WorkflowListModel::rowOf(const QString &id) const
{
    return m_rowById.value(id, -1);
}

const Workflow &WorkflowListModel::workflowAt(int row) const
{
    Q_ASSERT(row >= 0 && row < m_rows.size());
    return m_rows.at(row);
}

std::optional<Workflow> WorkflowListModel::workflow(const QString &id) const
{
    const int row = rowOf(id);
    if (row < 0)
        return std::nullopt;
    return m_rows.at(row);
}

void WorkflowListModel::rebuildIndex(int fromRow)
{
    if (fromRow <= 0) {
        m_rowById.clear();
        m_rowById.reserve(m_rows.size());
        fromRow = 0;
    }
    for (int row = fromRow; row < m_rows.size(); ++row)
        m_rowById.insert(m_rows.at(row).id, row);
}

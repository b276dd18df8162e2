#include "monitoring/ActivityLogModel.h"

#include <QLocale>

#include <algorithm>

ActivityLogModel::ActivityLogModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

int ActivityLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int ActivityLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ActivityLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const ActivityEntry &e = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return QLocale().toString(e.at.toLocalTime().time(), QLocale::LongFormat);
        case WorkflowColumn:
            return e.workflowText();
        case ChangeColumn:
            return e.changeText();
        case OriginColumn:
            return e.originText();
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == TimeColumn)
            return QLocale().toString(e.at.toLocalTime(), QLocale::LongFormat);
        if (index.column() == ChangeColumn)
            return QStringLiteral("%1 → %2").arg(e.previous.raw(), e.current.raw());
        break;
    case EntryRole:
        return QVariant::fromValue(e);
    case WorkflowIdRole:
        return e.workflowId;
    case OriginRole:
        return int(e.origin);
    case SortRole:
        switch (index.column()) {
        case TimeColumn:
            return e.at;
        case WorkflowColumn:
            return e.workflowText();
        case ChangeColumn:
            return e.changeText();
        case OriginColumn:
            return e.originText();
        }
        break;
    default:
        break;
    }
    return QVariant();
}

QVariant ActivityLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case WorkflowColumn:
        return tr("Workflow");
    case ChangeColumn:
        return tr("Change");
    case OriginColumn:
        return tr("Who");
    }
    return QVariant();
}

void ActivityLogModel::append(const ActivityEntry &entry)
{
    beginInsertRows(QModelIndex(), 0, 0);
    m_entries.prepend(entry);
    endInsertRows();
    if (m_entries.size() > m_maxEntries) {
        const int first = m_maxEntries;
        beginRemoveRows(QModelIndex(), first, int(m_entries.size()) - 1);
        m_entries.resize(m_maxEntries);
        endRemoveRows();
    }
}

bool ActivityLogModel::attribute(const QString &workflowId, WorkflowState state,
                                 const QDateTime &since, const QString &teammate)
{
    for (int row = 0; row < m_entries.size(); ++row) {
        ActivityEntry &e = m_entries[row];
        if (e.at < since)
            return false; // newest first: nothing older qualifies
        if (e.workflowId != workflowId || e.origin != ActivityEntry::Origin::External ||
            e.current.state() != state || !e.teammate.isEmpty())
            continue;
        e.teammate = teammate;
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return true;
    }
    return false;
}

void ActivityLogModel::clear()
{
    if (m_entries.isEmpty())
        return;
    beginResetModel();
    m_entries.clear();
    endResetModel();
}

void ActivityLogModel::setMaxEntries(int max)
{
    m_maxEntries = std::max(1, max);
    if (m_entries.size() > m_maxEntries) {
        beginRemoveRows(QModelIndex(), m_maxEntries, int(m_entries.size()) - 1);
        m_entries.resize(m_maxEntries);
        endRemoveRows();
    }
}

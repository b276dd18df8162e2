#include "audit/AuditLogModel.h"

#include "audit/AuditLog.h"
#include "storage/TeamStore.h"

#include <QSet>
#include <QTimer>

AuditLogModel::AuditLogModel(AuditLog *log, QObject *parent)
    : QAbstractTableModel(parent)
    , m_log(log)
{
    if (m_log) {
        connect(m_log, &AuditLog::entryRecorded, this, [this] { scheduleRefresh(); });
        connect(m_log, &AuditLog::outcomeRecorded, this, [this] { scheduleRefresh(); });
    }
    refresh();
}

void AuditLogModel::setFilter(const AuditFilter &filter)
{
    beginResetModel();
    m_filter = filter;
    m_entries = read();
    endResetModel();
}

void AuditLogModel::setTeamStore(TeamStore *team)
{
    m_team = team;
    if (m_team) {
        // A 1,000-workflow pause is 1,000 notifications: one refresh per burst.
        auto *soon = new QTimer(this);
        soon->setSingleShot(true);
        soon->setInterval(100);
        connect(soon, &QTimer::timeout, this, [this] {
            if (m_autoRefresh)
                refresh();
        });
        connect(m_team, &TeamStore::teamChanged, soon, [soon](const QString &table) {
            if (table == QLatin1String("audit_log") && !soon->isActive())
                soon->start();
        });
    }
    setFilter(m_filter);
}

QList<AuditEntry> AuditLogModel::read()
{
    m_showingTeam = false;
    if (m_team && m_team->isOpen()) {
        bool complete = false;
        QList<AuditEntry> team = m_team->auditEntries(m_filter, &complete);
        // A read cut short shows this computer's rows, said so, rather than part of the team's.
        if (complete) {
            m_showingTeam = true;
            return team;
        }
    }
    return m_log ? m_log->entries(m_filter) : QList<AuditEntry>();
}

void AuditLogModel::setAutoRefresh(bool on)
{
    m_autoRefresh = on;
}

void AuditLogModel::scheduleRefresh()
{
    if (!m_autoRefresh || m_refreshScheduled)
        return;
    m_refreshScheduled = true;
    QTimer::singleShot(0, this, [this] {
        m_refreshScheduled = false;
        refresh();
    });
}

bool AuditLogModel::sameEntry(const AuditEntry &a, const AuditEntry &b)
{
    return a.id == b.id && a.completedAtUtc == b.completedAtUtc && a.outcome == b.outcome &&
           a.httpStatus == b.httpStatus && a.serverMessage == b.serverMessage;
}

void AuditLogModel::refresh()
{
    const bool wasTeam = m_showingTeam;
    const QList<AuditEntry> fresh = read();
    if (wasTeam != m_showingTeam) {
        // Local ids and team sequence numbers are different keys: no diff across them.
        beginResetModel();
        m_entries = fresh;
        endResetModel();
        return;
    }
    // Both lists are ordered by id. Remove rows that vanished (in reverse), then walk
    // once: equal ids may change, new ids are inserted in contiguous spans.
    QSet<qint64> freshIds;
    for (const AuditEntry &e : fresh)
        freshIds.insert(e.id);
    for (int row = int(m_entries.size()) - 1; row >= 0; --row) {
        if (freshIds.contains(m_entries.at(row).id))
            continue;
        int first = row;
        while (first > 0 && !freshIds.contains(m_entries.at(first - 1).id))
            --first;
        beginRemoveRows(QModelIndex(), first, row);
        m_entries.remove(first, row - first + 1);
        endRemoveRows();
        row = first;
    }
    int row = 0;
    int changedFirst = -1;
    int changedLast = -1;
    const auto flushChanged = [&] {
        if (changedFirst >= 0)
            Q_EMIT dataChanged(index(changedFirst, 0), index(changedLast, ColumnCount - 1));
        changedFirst = changedLast = -1;
    };
    for (int i = 0; i < fresh.size();) {
        if (row < m_entries.size() && m_entries.at(row).id == fresh.at(i).id) {
            if (!sameEntry(m_entries.at(row), fresh.at(i))) {
                m_entries[row] = fresh.at(i);
                if (changedFirst < 0)
                    changedFirst = row;
                changedLast = row;
            } else {
                flushChanged();
            }
            ++row;
            ++i;
            continue;
        }
        flushChanged();
        // fresh.at(i) is new: insert it together with the following new ids.
        int j = i;
        const qint64 nextExisting = row < m_entries.size() ? m_entries.at(row).id : -1;
        while (j < fresh.size() && fresh.at(j).id != nextExisting)
            ++j;
        beginInsertRows(QModelIndex(), row, row + (j - i) - 1);
        for (int k = i; k < j; ++k)
            m_entries.insert(row + (k - i), fresh.at(k));
        endInsertRows();
        row += j - i;
        i = j;
    }
    flushChanged();
}

QString AuditLogModel::toCsv() const
{
    return AuditLog::toCsv(m_entries);
}

int AuditLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditLogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return QVariant();
    const AuditEntry &e = m_entries.at(index.row());
    if (role == EntryIdRole)
        return e.id;
    if (role == PendingRole)
        return !e.hasOutcome();
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return QVariant();
    switch (index.column()) {
    case RequestedAt:
        return AuditLog::formatTimestamp(e.requestedAtUtc);
    case CompletedAt:
        return AuditLog::formatTimestamp(e.completedAtUtc);
    case Operator:
        return e.osUser;
    case Profile:
        return e.profile;
    case ApiHost:
        return e.apiHost;
    case WorkflowName:
        return e.workflowName;
    case WorkflowId:
        return e.workflowId;
    case Action:
        return e.action;
    case Outcome:
        return e.hasOutcome() ? e.outcome : tr("pending");
    case HttpStatus:
        return e.httpStatus > 0 ? QVariant(e.httpStatus) : QVariant();
    case ServerMessage:
        return e.serverMessage;
    case Reason:
        return e.reason;
    case IncidentId:
        return e.incidentId;
    default:
        return QVariant();
    }
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RequestedAt:
        return tr("Requested (UTC)");
    case CompletedAt:
        return tr("Completed (UTC)");
    case Operator:
        return tr("Operator");
    case Profile:
        return tr("Profile");
    case ApiHost:
        return tr("API host");
    case WorkflowName:
        return tr("Workflow");
    case WorkflowId:
        return tr("Workflow ID");
    case Action:
        return tr("Action");
    case Outcome:
        return tr("Outcome");
    case HttpStatus:
        return tr("HTTP");
    case ServerMessage:
        return tr("Server message");
    case Reason:
        return tr("Reason");
    case IncidentId:
        return tr("Incident");
    default:
        return QVariant();
    }
}

#pragma once

#include "audit/AuditEntry.h"
#include "audit/AuditFilter.h"

#include <QAbstractTableModel>
#include <QList>
#include <QPointer>

class AuditLog;
class TeamStore;

// The Audit panel's table: the log's rows matching a filter, oldest first. refresh()
// applies a keyed diff (new rows inserted, completed rows changed, vanished rows removed)
// so selection and scroll survive; only a filter change resets the model. With
// autoRefresh on, it follows the log's own signals. In team mode (setTeamStore) it shows the
// team's rows (every operator) while the team store is reachable, following its
// notifications, and this computer's log while it is not.
class AuditLogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        RequestedAt,
        CompletedAt,
        Operator,
        Profile,
        ApiHost,
        WorkflowName,
        WorkflowId,
        Action,
        Outcome,
        HttpStatus,
        ServerMessage,
        Reason,
        IncidentId,
        ColumnCount
    };
    enum Role { EntryIdRole = Qt::UserRole + 1, PendingRole };

    explicit AuditLogModel(AuditLog *log, QObject *parent = nullptr);

    void setFilter(const AuditFilter &filter);
    AuditFilter filter() const { return m_filter; }
    void setAutoRefresh(bool on);
    bool autoRefresh() const { return m_autoRefresh; }
    void refresh();
    // Not owned; null: this computer's log only.
    void setTeamStore(TeamStore *team);
    bool showsTeam() const { return m_showingTeam; }

    AuditEntry entry(int row) const { return m_entries.value(row); }
    QList<AuditEntry> entries() const { return m_entries; }
    // CSV (AuditLog::toCsv) of the rows currently shown.
    QString toCsv() const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    static bool sameEntry(const AuditEntry &a, const AuditEntry &b);
    void scheduleRefresh();
    QList<AuditEntry> read();

    QPointer<AuditLog> m_log;
    QPointer<TeamStore> m_team;
    bool m_showingTeam = false; // the rows now shown came from the team store
    AuditFilter m_filter;
    QList<AuditEntry> m_entries;
    bool m_autoRefresh = false;
    bool m_refreshScheduled = false;
};

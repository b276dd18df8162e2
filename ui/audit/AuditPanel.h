#pragma once

#include "audit/AuditFilter.h"

#include <QPointer>
#include <QStringList>
#include <QWidget>

class AuditLog;
class AuditLogModel;
class QCheckBox;
class QComboBox;
class QDateTimeEdit;
#include <QFileDialog>
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class TeamStore;

// "Who paused what, when, and why": the audit log as a table (newest first) with filters
// (since, workflow text, action, outcome, incident, operator) and "Export CSV…" (AuditLog::toCsv of
// the rows shown). Follows the log live. Presentation only.
class AuditPanel : public QWidget
{
    Q_OBJECT
public:
    explicit AuditPanel(AuditLog *log, QWidget *parent = nullptr);

    AuditLogModel *model() const { return m_model; }
    QTableView *tableView() const { return m_table; }
    QCheckBox *sinceCheck() const { return m_sinceOn; }
    QDateTimeEdit *sinceEdit() const { return m_since; }
    QLineEdit *textFilter() const { return m_text; }
    QComboBox *actionFilter() const { return m_action; }
    QComboBox *outcomeFilter() const { return m_outcome; }
    QComboBox *incidentFilter() const { return m_incident; }
    QLineEdit *operatorFilter() const { return m_operator; }
    QPushButton *exportButton() const { return m_export; }
    QFileDialog *exportDialog() const { return m_dialog; }

    AuditFilter currentFilter() const;
    // Offered in the incident filter (newest first).
    void setIncidentIds(const QStringList &ids);
    void refresh();
    // Team mode: the whole team's rows while the store is reachable (not owned).
    void setTeamStore(TeamStore *team);
    // Opens the (non-native, window-modal, non-blocking) save dialog.
    void openExportDialog();
    // Writes the rows shown as CSV; false (with the reason shown) when the file cannot be written.
    bool exportTo(const QString &path);
    QString statusText() const;

private:
    void applyFilter();
    void updateCount();

    QPointer<AuditLog> m_log;
    AuditLogModel *m_model = nullptr;
    QSortFilterProxyModel *m_sorted = nullptr;
    QTableView *m_table = nullptr;
    QCheckBox *m_sinceOn = nullptr;
    QDateTimeEdit *m_since = nullptr;
    QLineEdit *m_text = nullptr;
    QComboBox *m_action = nullptr;
    QComboBox *m_outcome = nullptr;
    QComboBox *m_incident = nullptr;
    QLineEdit *m_operator = nullptr;
    QPushButton *m_export = nullptr;
    QLabel *m_status = nullptr;
    QPointer<QFileDialog> m_dialog;
};

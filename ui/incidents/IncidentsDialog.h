#pragma once

#include <QDialog>
#include <QPointer>

class IncidentStore;
class QCheckBox;
class QLabel;
class QPushButton;
class QTableWidget;

// "Resume incident…": every incident (newest first; closed ones only with "Show closed")
// with id, reason, start time, operator, status and how many workflows it paused. Resume
// emits resumeRequested(id) for the selected open incident; the owner runs it. Non-modal.
class IncidentsDialog : public QDialog
{
    Q_OBJECT
public:
    enum Column {
        IdColumn,
        ReasonColumn,
        StartedColumn,
        OperatorColumn,
        StatusColumn,
        PausedColumn,
        ColumnCount
    };

    explicit IncidentsDialog(IncidentStore *store, QWidget *parent = nullptr);

    void reload();
    QString selectedIncidentId() const;
    bool selectIncident(const QString &id);
    void setBusy(bool busy);

    QTableWidget *table() const { return m_table; }
    QPushButton *resumeButton() const { return m_resume; }
    QCheckBox *showClosedCheck() const { return m_showClosed; }

Q_SIGNALS:
    void resumeRequested(const QString &incidentId);

private:
    void updateButtons();

    QPointer<IncidentStore> m_store;
    QTableWidget *m_table = nullptr;
    QCheckBox *m_showClosed = nullptr;
    QLabel *m_hint = nullptr;
    QPushButton *m_resume = nullptr;
    bool m_busy = false;
};

#pragma once

#include "domain/Workflow.h"
#include "incidents/PauseWindow.h"

#include <QPointer>
#include <QWidget>

#include <functional>

class Clock;
class IncidentStore;
class PauseWindowStore;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

// The pause windows, as a widget shown both in "Pause windows…" and as a tab of the
// Incidents dialog: the upcoming, running and past windows (next start, next end, scope,
// who planned it), a form to plan one (date-time pickers in local time, a preview of what
// its scope matches now), and cancel / end now / extend for the selected one.
class PauseWindowsPanel : public QWidget
{
    Q_OBJECT
public:
    enum Column {
        ReasonColumn,
        StateColumn,
        StartColumn,
        EndColumn,
        RepeatColumn,
        ScopeColumn,
        PlannedByColumn,
        ColumnCount
    };

    struct Context
    {
        QString plannedBy;
        QString profile;
        QString apiHost;
        std::function<QList<Workflow>()> workflows; // the list as the console has it now
    };

    PauseWindowsPanel(PauseWindowStore *windows, IncidentStore *incidents, const Clock *clock,
                      QWidget *parent = nullptr);

    void setContext(const Context &context);
    void reload();
    QString selectedWindowId() const;

Q_SIGNALS:
    // A change that the runner should act on now (a window ended early).
    void passRequested();

private:
    void updatePreview();
    void updateButtons();
    void plan();
    void showError(const QString &text);
    PauseWindow draft() const;
    QString pausedText(const PauseWindow &window) const;

    QPointer<PauseWindowStore> m_windows;
    QPointer<IncidentStore> m_incidents;
    const Clock *m_clock;
    Context m_context;
    QTreeWidget *m_list;
    QLineEdit *m_reason;
    QDateTimeEdit *m_start;
    QDateTimeEdit *m_end;
    QLineEdit *m_search;
    QComboBox *m_repeat;
    QLabel *m_preview;
    QLabel *m_error;
    QPushButton *m_add;
    QPushButton *m_cancel;
    QPushButton *m_endNow;
    QPushButton *m_extend;
};

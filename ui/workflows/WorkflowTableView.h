#pragma once

#include <QSet>
#include <QStringList>
#include <QTableView>

class Settings;
class WorkflowFilterProxy;
class WorkflowListModel;

// The workflow list as a table: rows selected whole (several at once for bulk actions),
// status badges, columns sized to what they hold on the first load, a right-click menu on
// the header to choose columns, and the header state (widths, order, sort) kept in
// Settings. It speaks in workflow ids, so no caller needs to map proxy rows.
class WorkflowTableView : public QTableView
{
    Q_OBJECT
public:
    explicit WorkflowTableView(QWidget *parent = nullptr);

    // Not owned. Restores the saved header state (or sensible defaults) once set.
    void setModels(WorkflowListModel *model, WorkflowFilterProxy *proxy);
    void restoreHeader(const Settings &settings);
    void saveHeader(Settings &settings) const;

    // The current row's id when that row is also selected; empty otherwise.
    QString currentWorkflowId() const;
    // Selected rows in view order.
    QStringList selectedWorkflowIds() const;
    // Makes the row current and selected; false when the proxy does not show it.
    bool selectWorkflow(const QString &id);

Q_SIGNALS:
    // The current row or the selection changed (one signal for both: callers re-read).
    void selectionChangedByUser();

protected:
    void focusInEvent(QFocusEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void autoSizeColumns();
    // Runs the view's pending row layout before the paint a change of rows asked for.
    void layOutBeforePaint();
    void showHeaderMenu(const QPoint &pos);
    // Hides the less important columns (dates, then counts) while the viewport is too
    // narrow for them and the name, status and enrolled leads; shows them again with room.
    void fitColumnsToWidth();
    // A column's width that shows its whole title.
    int titleWidth(int column) const;

    WorkflowListModel *m_model = nullptr;
    WorkflowFilterProxy *m_proxy = nullptr;
    bool m_autoSizePending = false;
    QSet<int> m_hiddenForRoom; // hidden by fitColumnsToWidth, not by the supervisor
    bool m_fitting = false;
    bool m_layoutQueued = false;
    int m_preferredNameWidth = 0;
};

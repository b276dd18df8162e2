#pragma once

#include <QDockWidget>

class ActivityLogModel;
class QLabel;
class QSortFilterProxyModel;
class QTableView;

// The "Activity" dock: every status change this session saw, newest first — time,
// workflow, old → new, and who ("this console" / "not by this console", the latter in
// the warning colour). Double-clicking an entry asks to select that workflow.
class ActivityPanel : public QDockWidget
{
    Q_OBJECT
public:
    explicit ActivityPanel(ActivityLogModel *log, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    ActivityLogModel *log() const { return m_log; }
    QSize sizeHint() const override;

Q_SIGNALS:
    void workflowActivated(const QString &workflowId);

private:
    void updateEmptyState();

    ActivityLogModel *m_log;
    QTableView *m_view;
    QLabel *m_empty;
};

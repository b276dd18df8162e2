#pragma once

#include <QHash>
#include <QPointer>
#include <QWidget>

class LeadBreakdownLoader;
class LeadHistoryDialog;
class LeadListModel;
class QGridLayout;
class ElidedLabel;
class QLabel;
class QPushButton;
class QTableView;
class QTimer;
class WorkflowApi;

// The "Leads" tab beside the details: for the selected workflow, how many leads are in
// each status (LeadBreakdownLoader, one limit=1 request per status) and a paginated
// table of its leads (LeadListModel: phone, status, current node, enrolled at) with
// Previous / Next and "Page 2 of 5". Double-click or "History…" opens a lead's step
// history (LeadHistoryDialog). Loading is lazy: only when the selection has settled
// (a short quiet period) and the tab is on screen, and only for a workflow not already
// shown — a poll never reloads it; "Reload" does.
class LeadsPanel : public QWidget
{
    Q_OBJECT
public:
    static constexpr int SettleMs = 300;

    explicit LeadsPanel(WorkflowApi *api, QWidget *parent = nullptr);

    // The selection moved (empty id = nothing selected). Loads after SettleMs if visible.
    void setWorkflow(const QString &workflowId, const QString &name = QString());
    QString workflowId() const { return m_wantedId; }
    QString loadedWorkflowId() const { return m_loadedId; }
    void reload();

    LeadBreakdownLoader *breakdown() const { return m_loader; }
    LeadListModel *leads() const { return m_leads; }
    QTableView *leadsView() const { return m_view; }
    QPushButton *nextButton() const { return m_next; }
    QPushButton *previousButton() const { return m_previous; }
    QPushButton *historyButton() const { return m_history; }
    QString pageText() const;
    // The count the breakdown shows for a lead status ("12", "—" when unknown).
    QString breakdownText(const QString &status) const;
    QString totalText() const;
    int loadCount() const { return m_loadCount; }
    // The quiet period (SettleMs after a selection change, or after the panel came on
    // screen) is running; when it ends, the panel loads the wanted workflow if it is on
    // screen and not already shown.
    bool isSettling() const;

    // Opens the history of the lead in `row` of the table; returns the dialog (or null).
    LeadHistoryDialog *openHistory(int row);

Q_SIGNALS:
    void historyOpened(LeadHistoryDialog *dialog);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void loadIfDue();
    void updateBreakdown();
    void updatePager();

    WorkflowApi *m_api;
    LeadBreakdownLoader *m_loader;
    LeadListModel *m_leads;
    QTimer *m_settle;
    ElidedLabel *m_title;
    QLabel *m_breakdownState;
    QGridLayout *m_grid;
    QHash<QString, QLabel *> m_counts;
    QLabel *m_total;
    QLabel *m_other;
    QTableView *m_view;
    QLabel *m_listState;
    QPushButton *m_previous;
    QPushButton *m_next;
    QLabel *m_page;
    QPushButton *m_history;
    QString m_wantedId;
    QString m_wantedName;
    QString m_loadedId;
    int m_loadCount = 0;
};

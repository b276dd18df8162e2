#pragma once

#include "domain/LifecycleAction.h"
#include "domain/Workflow.h"
#include "domain/WorkflowState.h"

#include <QMainWindow>
#include <QStringList>

#include <functional>
#include <optional>

class DetailsPane;
class ErrorBanner;
class QAction;
class QComboBox;
class QDockWidget;
class QLabel;
class QLineEdit;
class QMenu;
class QSplitter;
class QTabWidget;
class QToolBar;
class WorkflowFilterProxy;
class WorkflowListModel;
class WorkflowTableView;

// The console's main view: toolbar (Refresh F5, Pause Ctrl+P, Resume Ctrl+R, Cancel…,
// profile switcher, Sign in/Sign out), search (Ctrl+F) and status filter, the workflow
// table, the details pane, a message banner and a status bar. It holds no logic beyond
// presentation: user intent leaves as signals, and the controllers answer through the
// intent-level calls below. Feature controllers extend it only through those calls (a menu
// to add to, a toolbar group, a bottom dock, a strip above the table, a side-pane tab, a
// status-bar widget), never by looking for its child widgets. The single-workflow actions
// follow the current workflow: Pause only for active, Resume only for paused, Cancel for
// draft / active / paused, none while an action is pending for it. With more than one row
// selected, Pause and Resume (toolbar, Ctrl+P/Ctrl+R, details pane, context menu) act on
// the selection instead and say so ("Resume 3 workflows"): selectionActionRequested().
// The rows' context menu: Pause, Resume, Cancel…, Copy ID(s), then the table actions.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Not owned. Restores the saved column layout (or sensible defaults) once set.
    void setModels(WorkflowListModel *model, WorkflowFilterProxy *proxy);

    // --- Extension points for feature controllers (ownership passes to the window) -----
    QMenu *workflowMenu() const { return m_workflowMenu; }
    QMenu *viewMenu() const { return m_viewMenu; }
    // A group of toolbar buttons after the single-workflow actions, in call order.
    void addToolBarGroup(const QList<QAction *> &actions);
    // Offered in the table's right-click menu too (after Pause, Resume, Cancel…, Copy ID).
    void addTableActions(const QList<QAction *> &actions);
    // A dock at the bottom, tabbed with the bottom docks added before it; starts hidden.
    void addBottomDock(QDockWidget *dock);
    // A full-width strip between the search row and the table, in call order.
    void insertAboveTable(QWidget *strip);
    // A tab beside "Details" in the right-hand pane.
    void addSidePaneTab(QWidget *page, const QString &title);
    // Brings a page added with addSidePaneTab() to the front.
    void showSidePaneTab(QWidget *page);
    void addStatusBarWidget(QWidget *widget); // permanent, right-hand side

    // --- Messages -------------------------------------------------------------------------
    // The banner above the table. `source` tags who raised it so it can clear its own.
    void showProblem(const QString &message, const QString &details, std::function<void()> retry,
                     const QString &source);
    void showNotice(const QString &message, const QString &source);
    void dismissMessage(const QString &source);
    void dismissAllMessages();
    // A transient line in the status bar.
    void showStatusMessage(const QString &text, int timeoutMs);
    // A problem that stays in the status bar until cleared (empty text): e.g. actions that
    // cannot be recorded. No banner or status message replaces it.
    void setStorageProblem(const QString &text);

    // --- The list -------------------------------------------------------------------------
    QString currentWorkflowId() const;
    std::optional<Workflow> currentWorkflow() const;
    QStringList selectedWorkflowIds() const; // in view order
    // Makes the workflow current and selected (clearing search/filter if they hide it).
    bool selectWorkflow(const QString &id);
    std::optional<WorkflowState> statusFilter() const;
    void setStatusFilter(std::optional<WorkflowState> state);
    void setListDimmed(bool dimmed); // the data is stale

    // --- Session and state ------------------------------------------------------------------
    void setProfiles(const QStringList &names, const QString &current);
    void setSignedIn(bool signedIn);
    bool isSignedIn() const { return m_signedIn; }
    void setSandboxMode(bool sandbox);
    bool isSandboxMode() const { return m_sandbox; }
    // "Connected to api.dialnexa.com", "Not signed in", or a problem (warning colour).
    void setConnectionStatus(const QString &text, bool problem = false);
    QString connectionStatus() const;
    void setRefreshing(bool refreshing);
    bool isRefreshing() const { return m_refreshing; }
    // "Loading 3,400 of 10,000…" while the first list loads (empty: done).
    void setLoadProgress(const QString &text);
    // Why polling is slower than asked ("Polling every 20 s to stay within DialNexa's rate
    // limit"): the status bar's tooltip. Empty: none.
    void setPollingNote(const QString &note);
    // The title: "3 paused — Production — DialNexa Console" (no count when none is paused).
    void setPausedCount(int paused);

    void saveSettings() const;

    // Asked when the window is closed: a sentence means closing now would leave work half
    // done (a bulk run); the supervisor is asked first, and the window stays unless they
    // confirm.
    void setCloseGuard(std::function<QString()> guard);

Q_SIGNALS:
    void refreshRequested();
    void actionRequested(LifecycleAction action, const QString &workflowId);
    // Pause or Resume with more than one row selected: the bulk path acts on the selection.
    void selectionActionRequested(LifecycleAction action);
    void signInRequested();
    void signOutRequested();
    void profileSelected(const QString &name);
    void statusFilterChanged(std::optional<WorkflowState> state);
    void signedInChanged(bool signedIn);
    // The current workflow or the selection changed.
    void selectionChanged();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildActions();
    void buildMenus();
    void buildToolBar();
    void buildCentral();
    void buildStatusBar();
    void applyIcons();
    void updateActions();
    void updateCount();
    void trigger(LifecycleAction action);
    // Selected rows that can take `action` now (none pending), when more than one row is
    // selected; -1 with one row or none (the action follows the current workflow).
    int selectionCount(LifecycleAction action) const;
    void showTableMenu(const QPoint &pos);
    void updateTitle();
    void fitToScreen();
    void updateSidePane();
    void updateTabOrder();
    void showShortcuts();

    // Narrower than this, the details pane gives its room to the list.
    static constexpr int SidePaneMinWindowWidth = 900;

    WorkflowListModel *m_model = nullptr;
    WorkflowFilterProxy *m_proxy = nullptr;

    QAction *m_refresh = nullptr;
    QAction *m_pause = nullptr;
    QAction *m_resume = nullptr;
    QAction *m_cancel = nullptr;
    QAction *m_signIn = nullptr;
    QAction *m_signOut = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_copyId = nullptr;
    QMenu *m_tableMenu = nullptr;
    QList<QAction *> m_tableActions;
    QAction *m_shortcuts = nullptr;
    QAction *m_settings = nullptr;
    QAction *m_toolBarGroupsEnd = nullptr; // groups go before the spacer
    QToolBar *m_toolBar = nullptr;
    QMenu *m_workflowMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QComboBox *m_profiles = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_statusFilter = nullptr;
    WorkflowTableView *m_table = nullptr;
    QSplitter *m_splitter = nullptr;
    QTabWidget *m_sideTabs = nullptr;
    DetailsPane *m_details = nullptr;
    ErrorBanner *m_banner = nullptr;
    QLabel *m_connection = nullptr;
    QLabel *m_activity = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_sandboxBadge = nullptr;
    QLabel *m_storageWarning = nullptr;
    QList<QDockWidget *> m_bottomDocks;
    QList<QWidget *> m_strips; // above the table, in order
    std::function<QString()> m_closeGuard;
    bool m_closeConfirmed = false;
    int m_pausedCount = 0;
    bool m_refreshing = false;
    QString m_loadProgress;
    bool m_sandbox = false;
    bool m_signedIn = false;
    bool m_fitted = false;
};

#pragma once

#include "domain/LifecycleAction.h"
#include "domain/Workflow.h"
#include "domain/WorkflowState.h"

#include <QDateTime>
#include <QMainWindow>

#include <optional>

class DetailsPane;
class ErrorBanner;
class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QSplitter;
class QTabWidget;
class QTableView;
class QToolBar;
class WorkflowFilterProxy;
class WorkflowListModel;

// The console's main view: toolbar (Refresh F5, Pause Ctrl+P, Resume Ctrl+R, Cancel…,
// profile switcher, Sign in/Sign out), search (Ctrl+F) and status filter, the workflow
// table with status badges, the details pane, the error banner and a status bar with
// connection state and the last refresh time. It holds no logic beyond presentation:
// user intent leaves as signals, and ConsoleController answers. The actions follow the
// current workflow: Pause only for active, Resume only for paused, Cancel for draft /
// active / paused, and none while an action is pending for it. Window geometry, splitter
// and header state (column widths, sort) persist in QSettings group "MainWindow".
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Not owned. Restores the saved header state (or sensible defaults) once set.
    void setModels(WorkflowListModel *model, WorkflowFilterProxy *proxy);
    WorkflowListModel *model() const { return m_model; }
    WorkflowFilterProxy *proxy() const { return m_proxy; }

    QAction *refreshAction() const { return m_refresh; }
    QAction *pauseAction() const { return m_pause; }
    QAction *resumeAction() const { return m_resume; }
    QAction *cancelAction() const { return m_cancel; }
    QAction *signInAction() const { return m_signIn; }
    QAction *signOutAction() const { return m_signOut; }
    QToolBar *mainToolBar() const { return m_toolBar; }
    QTableView *tableView() const { return m_table; }
    QLineEdit *searchField() const { return m_search; }
    QComboBox *statusFilterCombo() const { return m_statusFilter; }
    QComboBox *profileCombo() const { return m_profiles; }
    ErrorBanner *errorBanner() const { return m_banner; }
    DetailsPane *detailsPane() const { return m_details; }
    QSplitter *splitter() const { return m_splitter; }
    QMenu *viewMenu() const { return m_viewMenu; }

    // Extension points for feature panels composed in from outside (presentation only):
    // a full-width strip between the search row and the table (in call order), and an
    // extra tab beside "Details" in the right-hand pane (the pane becomes tabbed on the
    // first call). Ownership passes to the window.
    void insertAboveTable(QWidget *strip);
    void addSidePaneTab(QWidget *page, const QString &title);
    QTabWidget *sidePaneTabs() const { return m_sideTabs; }
    // "DialNexa Console — 3 paused" (0 = no suffix).
    void setPausedCount(int paused);

    QString currentWorkflowId() const;
    std::optional<Workflow> currentWorkflow() const;
    // Makes the workflow current and selected (clearing search/filter if they hide it).
    bool selectWorkflow(const QString &id);

    void setProfiles(const QStringList &names, const QString &current);
    void setSignedIn(bool signedIn);
    void setSandboxMode(bool sandbox);
    bool isSandboxMode() const { return m_sandbox; }
    // "Connected to api.dialnexa.com", "Not signed in", or a problem (shown in warning colour).
    void setConnectionStatus(const QString &text, bool problem = false);
    QString connectionStatus() const;
    void setRefreshing(bool refreshing);
    bool isRefreshing() const { return m_refreshing; }

    void saveSettings() const;

Q_SIGNALS:
    void refreshRequested();
    void actionRequested(LifecycleAction action, const QString &workflowId);
    void signInRequested();
    void signOutRequested();
    void profileSelected(const QString &name);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void buildActions();
    void buildMenus();
    void buildToolBar();
    void buildCentral();
    void buildStatusBar();
    void restoreHeader();
    void autoSizeColumns();
    void showHeaderMenu(const QPoint &pos);
    void applyIcons();
    void updateActions();
    void updateCount();
    void trigger(LifecycleAction action);
    void updateTitle();

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
    QToolBar *m_toolBar = nullptr;
    QComboBox *m_profiles = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_statusFilter = nullptr;
    QTableView *m_table = nullptr;
    QSplitter *m_splitter = nullptr;
    QTabWidget *m_sideTabs = nullptr;
    QMenu *m_viewMenu = nullptr;
    int m_pausedCount = 0;
    DetailsPane *m_details = nullptr;
    ErrorBanner *m_banner = nullptr;
    QLabel *m_connection = nullptr;
    QLabel *m_activity = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_sandboxBadge = nullptr;
    bool m_refreshing = false;
    bool m_sandbox = false;
    bool m_signedIn = false;
    bool m_settingsSaved = false;
    bool m_autoSizePending = false;
};

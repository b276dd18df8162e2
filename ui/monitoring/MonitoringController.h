#pragma once

#include <QObject>
#include <QPointer>

class ActivityLogModel;
class ActivityPanel;
class ChangeHighlightProxy;
class ChangeNotifier;
class ChangeTracker;
class ConnectionHealth;
class ConnectionIndicator;
class LeadsPanel;
class MainWindow;
class QAction;
class StaleDataStrip;
class StatusSummary;
class StatusSummaryBar;
#include "monitoring/WallboardWindow.h"
class WorkflowActionService;
class WorkflowApi;
class WorkflowListModel;

// The "live status monitoring" feature composed into the main window (presentation and
// wiring only; the logic lives in core): the connection indicator and the stale-data
// strip, the status summary chips (which drive the status filter) and the paused count in
// the title, change awareness (row highlight via ChangeHighlightProxy, status-bar
// announcement, Activity dock, desktop notification), the Leads drill-down tab, and the
// wallboard (F11). View menu: Activity, Desktop notifications, Wallboard.
class MonitoringController : public QObject
{
    Q_OBJECT
public:
    MonitoringController(MainWindow *window, WorkflowListModel *model, ChangeHighlightProxy *proxy,
                         WorkflowApi *api, ConnectionHealth *health, WorkflowActionService *actions,
                         QObject *parent = nullptr);
    ~MonitoringController() override;

    ChangeTracker *changeTracker() const { return m_tracker; }
    ActivityLogModel *activityLog() const { return m_log; }
    StatusSummary *summary() const { return m_summary; }
    StatusSummaryBar *summaryBar() const { return m_summaryBar; }
    ConnectionIndicator *connectionIndicator() const { return m_indicator; }
    StaleDataStrip *staleStrip() const { return m_stale; }
    ActivityPanel *activityPanel() const { return m_activity; }
    ChangeNotifier *notifier() const { return m_notifier; }
    LeadsPanel *leadsPanel() const { return m_leads; }
    WallboardWindow *wallboard() const { return m_wallboard; } // null until first opened
    QAction *wallboardAction() const { return m_wallboardAction; }
    QAction *notificationsAction() const { return m_notificationsAction; }

    void showWallboard(bool fullScreen = true);
    void closeWallboard();
    bool isWallboardOpen() const;
    // What the wallboard shows under its title (a running pause window); kept for a
    // wallboard opened later.
    void setWallboardMarker(const QString &text);
    // Renders the wallboard at `size` into a PNG (for --screenshot-wallboard).
    bool saveWallboardScreenshot(const QString &path, const QSize &size);

private:
    void buildActions();
    void onSelectionMaybeChanged();

    MainWindow *m_window;
    WorkflowListModel *m_model;
    ChangeHighlightProxy *m_proxy;
    WorkflowApi *m_api;
    ConnectionHealth *m_health;
    ActivityLogModel *m_log;
    ChangeTracker *m_tracker;
    StatusSummary *m_summary;
    ChangeNotifier *m_notifier;
    ConnectionIndicator *m_indicator;
    StaleDataStrip *m_stale;
    StatusSummaryBar *m_summaryBar;
    ActivityPanel *m_activity;
    LeadsPanel *m_leads;
    QPointer<WallboardWindow> m_wallboard;
    QAction *m_wallboardAction = nullptr;
    QAction *m_notificationsAction = nullptr;
    QString m_wallboardMarker;
};

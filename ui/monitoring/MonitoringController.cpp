#include "monitoring/MonitoringController.h"

#include "leads/LeadsPanel.h"
#include "monitoring/ActivityLogModel.h"
#include "monitoring/ActivityPanel.h"
#include "monitoring/ChangeHighlightProxy.h"
#include "monitoring/ChangeNotifier.h"
#include "monitoring/ChangeTracker.h"
#include "monitoring/ConnectionHealth.h"
#include "monitoring/ConnectionIndicator.h"
#include "monitoring/StaleDataStrip.h"
#include "monitoring/StatusSummary.h"
#include "monitoring/StatusSummaryBar.h"
#include "monitoring/WallboardWindow.h"
#include "shell/MainWindow.h"
#include "workflows/WorkflowListModel.h"

#include <QAction>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QLayout>
#include <QMenu>
#include <QPixmap>

MonitoringController::MonitoringController(MainWindow *window, WorkflowListModel *model,
                                           ChangeHighlightProxy *proxy, WorkflowApi *api,
                                           ConnectionHealth *health, WorkflowActionService *actions,
                                           QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_model(model)
    , m_proxy(proxy)
    , m_api(api)
    , m_health(health)
    , m_log(new ActivityLogModel(this))
    , m_tracker(new ChangeTracker(model, m_log, this))
    , m_summary(new StatusSummary(model, this))
    , m_notifier(new ChangeNotifier(m_tracker, window, this))
    , m_indicator(new ConnectionIndicator(health))
    , m_stale(new StaleDataStrip(health))
    , m_summaryBar(new StatusSummaryBar(m_summary))
    , m_activity(new ActivityPanel(m_log, window))
    , m_leads(new LeadsPanel(api))
{
    m_tracker->setActionService(actions);
    health->setAutoEvaluate(true); // staleness flips on time, not only on poll outcomes
    proxy->setChangeTracker(m_tracker);

    // Above the table: the stale strip (only while stale), then the summary chips.
    window->insertAboveTable(m_stale);
    window->insertAboveTable(m_summaryBar);
    connect(m_stale, &StaleDataStrip::staleChanged, window, &MainWindow::setListDimmed);
    auto hasData = [this] { m_stale->setHasData(m_model->hasLoaded()); };
    connect(model, &QAbstractItemModel::modelReset, this, hasData);
    connect(model, &QAbstractItemModel::rowsInserted, this, hasData);

    // Status bar: state + data age, always visible (permanent widgets survive messages).
    window->addStatusBarWidget(m_indicator);
    connect(window, &MainWindow::signedInChanged, this,
            [this](bool signedIn) { m_indicator->setSignedOut(!signedIn); });
    m_indicator->setSignedOut(!window->isSignedIn());

    // Summary chips <-> the window's status filter (the proxy's filter is the one truth).
    connect(m_summaryBar, &StatusSummaryBar::filterRequested, window, &MainWindow::setStatusFilter);
    connect(window, &MainWindow::statusFilterChanged, m_summaryBar,
            &StatusSummaryBar::setActiveFilter);
    m_summaryBar->setActiveFilter(window->statusFilter());
    connect(m_summary, &StatusSummary::countsChanged, this,
            [this] { m_window->setPausedCount(m_summary->pausedCount()); });
    m_window->setPausedCount(m_summary->pausedCount());

    // Change awareness.
    connect(m_notifier, &ChangeNotifier::announced, this,
            [this](const QString &text) { m_window->showStatusMessage(text, 15000); });
    m_notifier->installTrayIcon();
    window->addBottomDock(m_activity);
    connect(m_activity, &ActivityPanel::workflowActivated, window, &MainWindow::selectWorkflow);

    // Drill-down: a "Leads" tab beside the details, loaded when the selection settles.
    window->addSidePaneTab(m_leads, tr("Leads"));
    connect(window, &MainWindow::selectionChanged, this,
            &MonitoringController::onSelectionMaybeChanged);
    connect(model, &QAbstractItemModel::modelReset, this,
            &MonitoringController::onSelectionMaybeChanged);

    buildActions();
}

MonitoringController::~MonitoringController()
{
    delete m_wallboard.data();
}

void MonitoringController::buildActions()
{
    QMenu *view = m_window->viewMenu();
    view->addSeparator();
    QAction *activity = m_activity->toggleViewAction();
    activity->setText(tr("&Activity"));
    activity->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    activity->setToolTip(tr("Status changes seen this session, and who made them"));
    view->addAction(activity);

    m_notificationsAction = new QAction(tr("Desktop &notifications"), this);
    m_notificationsAction->setObjectName(QStringLiteral("notificationsAction"));
    m_notificationsAction->setCheckable(true);
    m_notificationsAction->setChecked(m_notifier->notificationsEnabled());
    m_notificationsAction->setToolTip(
        tr("Notify on the desktop when a workflow changes status not by this console while the "
           "window is in the background"));
    connect(m_notificationsAction, &QAction::toggled, m_notifier,
            &ChangeNotifier::setNotificationsEnabled);
    view->addAction(m_notificationsAction);

    view->addSeparator();
    m_wallboardAction = new QAction(tr("&Wallboard"), m_window);
    m_wallboardAction->setObjectName(QStringLiteral("wallboardAction"));
    m_wallboardAction->setShortcut(QKeySequence(Qt::Key_F11));
    m_wallboardAction->setToolTip(
        tr("Full-screen status board for a room (F11; Esc or F11 to leave)"));
    connect(m_wallboardAction, &QAction::triggered, this, [this] {
        if (isWallboardOpen())
            closeWallboard();
        else
            showWallboard();
    });
    view->addAction(m_wallboardAction);

    // From a row's context menu straight to its drill-down.
    auto *openLeads = new QAction(tr("Open &leads"), this);
    openLeads->setObjectName(QStringLiteral("openLeadsAction"));
    openLeads->setToolTip(tr("Show the current workflow's leads beside the list"));
    connect(openLeads, &QAction::triggered, this, [this] {
        onSelectionMaybeChanged();
        m_window->showSidePaneTab(m_leads);
    });
    m_window->addTableActions({openLeads});
}

void MonitoringController::onSelectionMaybeChanged()
{
    const QString id = m_window->currentWorkflowId();
    const auto w = id.isEmpty() ? std::nullopt : m_model->workflow(id);
    m_leads->setWorkflow(id, w ? w->name : QString());
}

void MonitoringController::showWallboard(bool fullScreen)
{
    if (!m_wallboard) {
        m_wallboard = new WallboardWindow(m_model, m_summary, m_tracker, m_health);
        connect(m_wallboard, &WallboardWindow::closed, m_window,
                [this] { m_window->activateWindow(); });
        m_wallboard->setMarker(m_wallboardMarker);
    }
    if (fullScreen)
        m_wallboard->showFullScreen();
    else
        m_wallboard->show();
    m_wallboard->raise();
    m_wallboard->activateWindow();
}

void MonitoringController::setWallboardMarker(const QString &text)
{
    m_wallboardMarker = text;
    if (m_wallboard)
        m_wallboard->setMarker(text);
}

void MonitoringController::closeWallboard()
{
    if (m_wallboard)
        m_wallboard->close();
}

bool MonitoringController::isWallboardOpen() const
{
    return m_wallboard && m_wallboard->isVisible();
}

bool MonitoringController::saveWallboardScreenshot(const QString &path, const QSize &size)
{
    showWallboard(false);
    m_wallboard->resize(size);
    m_wallboard->rebuild();
    // Fonts scale with the size: settle the layout now rather than on the next event.
    const auto children = m_wallboard->findChildren<QWidget *>();
    for (QWidget *child : children) {
        if (QLayout *layout = child->layout())
            layout->activate();
    }
    if (QLayout *layout = m_wallboard->layout())
        layout->activate();
    for (QWidget *child : children) {
        if (QLayout *layout = child->layout())
            layout->activate();
    }
    const QPixmap shot = m_wallboard->grab();
    QDir().mkpath(QFileInfo(path).absolutePath());
    const bool ok = !shot.isNull() && shot.save(path, "PNG");
    closeWallboard();
    return ok;
}

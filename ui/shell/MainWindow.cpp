#include "shell/MainWindow.h"

#include "shell/ErrorBanner.h"
#include "shell/SettingsDialog.h"
#include "shell/ShortcutsDialog.h"
#include "storage/Settings.h"
#include "style/PlainText.h"
#include "style/StatusStyle.h"
#include "workflows/DetailsPane.h"
#include "workflows/WorkflowFilterProxy.h"
#include "workflows/WorkflowListModel.h"
#include "workflows/WorkflowTableView.h"

#include <QAbstractButton>
#include <QAction>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QDockWidget>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QSplitter>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QToolBar>
#include <QVBoxLayout>
#include <QWindow>

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("DialNexa Console"));
    setWindowIcon(StatusStyle::appIcon());
    buildActions();
    buildMenus();
    buildToolBar();
    buildCentral();
    buildStatusBar();
    applyIcons();

    const Settings settings;
    const QByteArray geometry = settings.windowGeometry();
    if (geometry.isEmpty() || !restoreGeometry(geometry))
        resize(1280, 760);
    const QByteArray split = settings.splitterState();
    if (split.isEmpty() || !m_splitter->restoreState(split))
        m_splitter->setSizes({930, 350});

    setSignedIn(false);
    updateActions();
    updateTabOrder();
}

MainWindow::~MainWindow()
{
    saveSettings();
}

void MainWindow::buildActions()
{
    m_refresh = new QAction(tr("&Refresh"), this);
    m_refresh->setObjectName(QStringLiteral("refreshAction"));
    m_refresh->setShortcut(QKeySequence::Refresh); // F5
    if (m_refresh->shortcut() != QKeySequence(Qt::Key_F5))
        m_refresh->setShortcuts({QKeySequence(Qt::Key_F5), m_refresh->shortcut()});
    m_refresh->setToolTip(tr("Reload every workflow from DialNexa (F5)"));
    connect(m_refresh, &QAction::triggered, this, &MainWindow::refreshRequested);

    m_pause = new QAction(tr("&Pause"), this);
    m_pause->setObjectName(QStringLiteral("pauseAction"));
    m_pause->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    m_pause->setToolTip(tr("Pause the selected workflow: no new calls start (Ctrl+P)"));
    connect(m_pause, &QAction::triggered, this, [this] { trigger(LifecycleAction::Pause); });

    m_resume = new QAction(tr("&Resume"), this);
    m_resume->setObjectName(QStringLiteral("resumeAction"));
    m_resume->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_resume->setToolTip(tr("Resume the selected paused workflow (Ctrl+R)"));
    connect(m_resume, &QAction::triggered, this, [this] { trigger(LifecycleAction::Resume); });

    m_cancel = new QAction(tr("&Cancel…"), this);
    m_cancel->setObjectName(QStringLiteral("cancelAction"));
    m_cancel->setIconText(tr("Cancel…"));
    m_cancel->setToolTip(tr("Cancel the selected workflow permanently (asks first)"));
    connect(m_cancel, &QAction::triggered, this, [this] { trigger(LifecycleAction::Cancel); });

    // Ids are what support and the CLI ask for; every selected one, one a line.
    m_copyId = new QAction(tr("Copy &ID"), this);
    m_copyId->setObjectName(QStringLiteral("copyIdAction"));
    connect(m_copyId, &QAction::triggered, this, [this] {
        const QStringList ids = selectedWorkflowIds();
        const QString text = ids.isEmpty() ? currentWorkflowId() : ids.join(QLatin1Char('\n'));
        if (!text.isEmpty())
            QGuiApplication::clipboard()->setText(text);
    });

    m_signIn = new QAction(tr("Sign &in…"), this);
    m_signIn->setObjectName(QStringLiteral("signInAction"));
    connect(m_signIn, &QAction::triggered, this, &MainWindow::signInRequested);
    m_signOut = new QAction(tr("Sign &out"), this);
    m_signOut->setObjectName(QStringLiteral("signOutAction"));
    m_signOut->setToolTip(tr("Forget the API key of this profile"));
    connect(m_signOut, &QAction::triggered, this, &MainWindow::signOutRequested);

    m_findAction = new QAction(tr("&Find…"), this);
    m_findAction->setObjectName(QStringLiteral("findAction"));
    m_findAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_F));
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });

    m_quit = new QAction(tr("&Quit"), this);
    m_quit->setObjectName(QStringLiteral("quitAction"));
    m_quit->setShortcut(QKeySequence::Quit);
    connect(m_quit, &QAction::triggered, this, &QWidget::close);

    m_settings = new QAction(tr("Se&ttings…"), this);
    m_settings->setObjectName(QStringLiteral("settingsAction"));
    m_settings->setMenuRole(QAction::PreferencesRole);
    connect(m_settings, &QAction::triggered, this, [this] {
        auto *dialog = new SettingsDialog(m_profiles->currentText(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });

    m_shortcuts = new QAction(tr("&Keyboard shortcuts"), this);
    m_shortcuts->setObjectName(QStringLiteral("keyboardShortcutsAction"));
    m_shortcuts->setShortcut(QKeySequence(Qt::Key_F1));
    connect(m_shortcuts, &QAction::triggered, this, &MainWindow::showShortcuts);
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));
    file->addAction(m_signIn);
    file->addAction(m_signOut);
    file->addSeparator();
    file->addAction(m_settings);
    file->addSeparator();
    file->addAction(m_quit);

    m_workflowMenu = menuBar()->addMenu(tr("&Workflow"));
    m_workflowMenu->setObjectName(QStringLiteral("workflowMenu"));
    m_workflowMenu->addAction(m_refresh);
    m_workflowMenu->addSeparator();
    m_workflowMenu->addAction(m_pause);
    m_workflowMenu->addAction(m_resume);
    m_workflowMenu->addSeparator();
    m_workflowMenu->addAction(m_cancel);

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewMenu->setObjectName(QStringLiteral("viewMenu"));
    m_viewMenu->addAction(m_findAction);

    // Last in the menu bar whatever the controllers add: insertMenu before it.
    m_helpMenu = menuBar()->addMenu(tr("&Help"));
    m_helpMenu->setObjectName(QStringLiteral("helpMenu"));
    m_helpMenu->addAction(m_shortcuts);
}

void MainWindow::buildToolBar()
{
    m_toolBar = addToolBar(tr("Main"));
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setMovable(false);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setIconSize(QSize(20, 20));
    m_toolBar->addAction(m_refresh);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_pause);
    m_toolBar->addAction(m_resume);
    m_toolBar->addAction(m_cancel);

    auto *spacer = new QWidget(m_toolBar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_toolBarGroupsEnd = m_toolBar->addWidget(spacer);

    auto *profileLabel = new QLabel(tr("Profile:"), m_toolBar);
    profileLabel->setContentsMargins(0, 0, 6, 0);
    m_toolBar->addWidget(profileLabel);
    m_profiles = new QComboBox(m_toolBar);
    m_profiles->setObjectName(QStringLiteral("profileCombo"));
    m_profiles->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_profiles->setMinimumWidth(140);
    m_profiles->setToolTip(tr("Which DialNexa workspace this console talks to"));
    m_profiles->setAccessibleName(tr("Profile"));
    profileLabel->setBuddy(m_profiles);
    m_toolBar->addWidget(m_profiles);
    connect(m_profiles, &QComboBox::activated, this,
            [this](int index) { Q_EMIT profileSelected(m_profiles->itemText(index)); });
    connect(m_profiles, &QComboBox::currentTextChanged, this, &MainWindow::updateTitle);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_signIn);
    m_toolBar->addAction(m_signOut);
}

void MainWindow::buildCentral()
{
    auto *central = new QWidget(this);
    auto *v = new QVBoxLayout(central);
    v->setContentsMargins(10, 8, 10, 6);
    v->setSpacing(8);

    m_banner = new ErrorBanner(central);
    v->addWidget(m_banner);

    auto *filters = new QHBoxLayout;
    filters->setSpacing(8);
    m_search = new QLineEdit(central);
    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setPlaceholderText(tr("Search by name or ID  (Ctrl+F)"));
    m_search->setAccessibleName(tr("Search workflows")); // a placeholder is not a name
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(200);
    m_search->setAccessibleName(tr("Search workflows"));
    // Down goes to the list, as in a browser's address bar.
    m_search->installEventFilter(this);
    filters->addWidget(m_search, 2);
    auto *statusLabel = new QLabel(tr("&Status:"), central);
    m_statusFilter = new QComboBox(central);
    m_statusFilter->setObjectName(QStringLiteral("statusFilter"));
    statusLabel->setBuddy(m_statusFilter);
    m_statusFilter->addItem(tr("All"), -1);
    for (WorkflowState s : {WorkflowState::Active, WorkflowState::Paused, WorkflowState::Draft,
                            WorkflowState::Completed, WorkflowState::Cancelled}) {
        m_statusFilter->addItem(WorkflowStatus::displayText(s), int(s));
    }
    m_statusFilter->addItem(tr("Other"), int(WorkflowState::Unknown));
    m_statusFilter->setItemData(
        m_statusFilter->count() - 1,
        tr("Statuses the API does not document (shown with the server's own word)"),
        Qt::ToolTipRole);
    m_statusFilter->setMinimumWidth(140);
    m_statusFilter->setAccessibleName(tr("Show workflows with status"));
    filters->addSpacing(8);
    filters->addWidget(statusLabel);
    filters->addWidget(m_statusFilter);
    filters->addStretch(1);
    m_count = new QLabel(central);
    m_count->setObjectName(QStringLiteral("workflowCount"));
    m_count->setEnabled(false);
    filters->addWidget(m_count);
    v->addLayout(filters);

    m_splitter = new QSplitter(Qt::Horizontal, central);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_table = new WorkflowTableView(m_splitter);
    // A menu shown with popup(), not exec(): no nested event loop.
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, &MainWindow::showTableMenu);
    m_table->setAccessibleName(tr("Workflows"));
    m_details = new DetailsPane(m_splitter);
    m_details->setActions(m_pause, m_resume, m_cancel);
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    v->addWidget(m_splitter, 1);
    setCentralWidget(central);

    // Enter in the search field moves to the table, so keyboard users can act right away.
    connect(m_search, &QLineEdit::returnPressed, this, [this] { m_table->setFocus(); });
    connect(m_table, &WorkflowTableView::selectionChangedByUser, this, [this] {
        updateActions();
        Q_EMIT selectionChanged();
    });
}

void MainWindow::buildStatusBar()
{
    QStatusBar *bar = statusBar();
    bar->setSizeGripEnabled(true);
    m_connection = new QLabel(bar);
    m_connection->setObjectName(QStringLiteral("connectionStatus"));
    m_connection->setTextFormat(Qt::PlainText);
    m_connection->setContentsMargins(6, 0, 6, 0);
    m_activity = new QLabel(bar);
    m_activity->setObjectName(QStringLiteral("activityStatus"));
    m_activity->setContentsMargins(6, 0, 6, 0);
    // Long texts are cut, never widen the window.
    m_connection->setMinimumWidth(1);
    m_activity->setMinimumWidth(1);
    m_sandboxBadge = new QLabel(tr("Sandbox"), bar);
    m_sandboxBadge->setObjectName(QStringLiteral("sandboxIndicator"));
    m_sandboxBadge->setToolTip(
        tr("Connected to the built-in simulated DialNexa API, not a real workspace"));
    m_sandboxBadge->setContentsMargins(8, 1, 8, 1);
    m_sandboxBadge->setAutoFillBackground(true);
    m_sandboxBadge->hide();
    bar->addWidget(m_connection, 0);
    bar->addWidget(m_activity, 1);
    bar->addPermanentWidget(m_sandboxBadge);
    m_storageWarning = new QLabel(bar);
    m_storageWarning->setObjectName(QStringLiteral("storageWarning"));
    m_storageWarning->setTextFormat(Qt::PlainText);
    m_storageWarning->setContentsMargins(6, 0, 6, 0);
    m_storageWarning->setMinimumWidth(1);
    m_storageWarning->hide();
    bar->addPermanentWidget(m_storageWarning);
}

void MainWindow::applyIcons()
{
    const QPalette pal = palette();
    m_refresh->setIcon(StatusStyle::refreshIcon(pal));
    m_pause->setIcon(StatusStyle::actionIcon(LifecycleAction::Pause, pal));
    m_resume->setIcon(StatusStyle::actionIcon(LifecycleAction::Resume, pal));
    m_cancel->setIcon(StatusStyle::actionIcon(LifecycleAction::Cancel, pal));
    if (m_sandboxBadge) {
        QPalette bp = m_sandboxBadge->palette();
        const QColor accent = StatusStyle::color(WorkflowState::Paused, pal);
        bp.setColor(QPalette::Window, StatusStyle::mix(pal.color(QPalette::Base), accent, 0.22));
        bp.setColor(QPalette::WindowText, accent);
        m_sandboxBadge->setPalette(bp);
        QFont f = m_sandboxBadge->font();
        f.setWeight(QFont::DemiBold);
        m_sandboxBadge->setFont(f);
    }
}

void MainWindow::setModels(WorkflowListModel *model, WorkflowFilterProxy *proxy)
{
    m_model = model;
    m_proxy = proxy;
    m_table->setModels(model, proxy);
    m_table->restoreHeader(Settings());

    // Rows come and go or change status: the actions and the count follow.
    auto refreshAll = [this] {
        updateActions();
        updateCount();
    };
    connect(proxy, &QAbstractItemModel::modelReset, this, refreshAll);
    connect(proxy, &QAbstractItemModel::rowsRemoved, this, refreshAll);
    connect(proxy, &QAbstractItemModel::rowsInserted, this, refreshAll);
    connect(proxy, &QAbstractItemModel::layoutChanged, this, refreshAll);
    connect(proxy, &QAbstractItemModel::dataChanged, this, &MainWindow::updateActions);

    connect(m_search, &QLineEdit::textChanged, proxy, &WorkflowFilterProxy::setSearchText);
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, [this] {
        const std::optional<WorkflowState> state = statusFilter();
        m_proxy->setStatusFilter(state);
        updateCount();
        updateActions();
        Q_EMIT statusFilterChanged(state);
    });
    connect(m_search, &QLineEdit::textChanged, this, [this] {
        updateCount();
        updateActions();
    });
    updateCount();
    updateActions();
}

void MainWindow::saveSettings() const
{
    Settings settings;
    settings.setWindowGeometry(saveGeometry());
    settings.setSplitterState(m_splitter->saveState());
    m_table->saveHeader(settings);
}

void MainWindow::setCloseGuard(std::function<QString()> guard)
{
    m_closeGuard = std::move(guard);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    const QString why = m_closeGuard && !m_closeConfirmed ? m_closeGuard() : QString();
    if (!why.isEmpty()) {
        event->ignore();
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Close the console?"), why,
                                    QMessageBox::NoButton, this);
        box->setObjectName(QStringLiteral("closeWhileBusyDialog"));
        box->setTextFormat(Qt::PlainText);
        box->setAttribute(Qt::WA_DeleteOnClose);
        QPushButton *close = box->addButton(tr("Close anyway"), QMessageBox::DestructiveRole);
        QPushButton *keep = box->addButton(tr("Keep the console open"), QMessageBox::RejectRole);
        box->setDefaultButton(keep);
        connect(close, &QPushButton::clicked, this, [this] {
            m_closeConfirmed = true;
            this->close();
        });
        box->open();
        return;
    }
    saveSettings();
    QMainWindow::closeEvent(event);
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_refresh)
        applyIcons();
}

QString MainWindow::currentWorkflowId() const
{
    return m_table->currentWorkflowId();
}

std::optional<Workflow> MainWindow::currentWorkflow() const
{
    const QString id = currentWorkflowId();
    if (id.isEmpty() || !m_model)
        return std::nullopt;
    return m_model->workflow(id);
}

QStringList MainWindow::selectedWorkflowIds() const
{
    return m_table->selectedWorkflowIds();
}

bool MainWindow::selectWorkflow(const QString &id)
{
    if (!m_model || m_model->rowOf(id) < 0)
        return false;
    if (!m_table->selectWorkflow(id)) {
        // Hidden by the search or the filter: show everything, then select it.
        m_search->clear();
        m_statusFilter->setCurrentIndex(0);
        if (!m_table->selectWorkflow(id))
            return false;
    }
    updateActions();
    return true;
}

std::optional<WorkflowState> MainWindow::statusFilter() const
{
    const int v = m_statusFilter->currentData().toInt();
    return v < 0 ? std::nullopt : std::optional<WorkflowState>(static_cast<WorkflowState>(v));
}

void MainWindow::setStatusFilter(std::optional<WorkflowState> state)
{
    const int index = m_statusFilter->findData(state ? int(*state) : -1);
    if (index >= 0)
        m_statusFilter->setCurrentIndex(index);
}

void MainWindow::setListDimmed(bool dimmed)
{
    // Greyed text and base: the stale list stays readable and usable.
    if (!dimmed) {
        m_table->setPalette(QPalette());
        m_table->setToolTip(QString());
        return;
    }
    QPalette p = palette();
    const QColor base = p.color(QPalette::Base);
    const QColor window = p.color(QPalette::Window);
    const QColor text = p.color(QPalette::Text);
    p.setColor(QPalette::Base, StatusStyle::mix(base, window, 0.6));
    p.setColor(QPalette::AlternateBase, StatusStyle::mix(base, window, 0.8));
    p.setColor(QPalette::Text, StatusStyle::mix(base, text, 0.55));
    m_table->setPalette(p);
    m_table->setToolTip(tr("Stale: these statuses are the last ones DialNexa confirmed."));
}

void MainWindow::trigger(LifecycleAction action)
{
    // The action may have been triggered by a shortcut right after a change: re-check.
    updateActions();
    const QAction *a = action == LifecycleAction::Pause    ? m_pause
                       : action == LifecycleAction::Resume ? m_resume
                                                           : m_cancel;
    if (!a->isEnabled())
        return;
    if (selectionCount(action) >= 0) {
        Q_EMIT selectionActionRequested(action);
        return;
    }
    const QString id = currentWorkflowId();
    if (id.isEmpty())
        return;
    Q_EMIT actionRequested(action, id);
}

int MainWindow::selectionCount(LifecycleAction action) const
{
    // Cancel is permanent: it stays a one-workflow action with its own confirmation.
    if (action == LifecycleAction::Cancel || !m_model)
        return -1;
    const QStringList ids = selectedWorkflowIds();
    if (ids.size() < 2)
        return -1;
    int n = 0;
    for (const QString &id : ids) {
        const std::optional<Workflow> w = m_model->workflow(id);
        if (!w || m_model->pendingAction(id))
            continue;
        n += (action == LifecycleAction::Pause ? w->status.canPause() : w->status.canResume()) ? 1
                                                                                               : 0;
    }
    return n;
}

void MainWindow::updateActions()
{
    const std::optional<Workflow> w = currentWorkflow();
    std::optional<LifecycleAction> pending;
    if (w && m_model)
        pending = m_model->pendingAction(w->id);
    const bool free = w && !pending;
    const int pausable = selectionCount(LifecycleAction::Pause);
    const int resumable = selectionCount(LifecycleAction::Resume);
    // "Pause 3 workflows": with several rows selected the buttons say what they act on.
    auto workflows = [](int n) { return n == 1 ? tr("1 workflow") : tr("%1 workflows").arg(n); };
    m_pause->setText(pausable > 0 ? tr("&Pause %1").arg(workflows(pausable)) : tr("&Pause"));
    m_resume->setText(resumable > 0 ? tr("&Resume %1").arg(workflows(resumable)) : tr("&Resume"));
    m_pause->setToolTip(pausable >= 0
                            ? tr("Pause the selected active workflows as one incident (Ctrl+P)")
                            : tr("Pause the selected workflow: no new calls start (Ctrl+P)"));
    m_resume->setToolTip(resumable >= 0 ? tr("Resume the selected paused workflows (Ctrl+R)")
                                        : tr("Resume the selected paused workflow (Ctrl+R)"));
    m_pause->setEnabled(pausable >= 0 ? pausable > 0 : free && w->status.canPause());
    m_resume->setEnabled(resumable >= 0 ? resumable > 0 : free && w->status.canResume());
    m_cancel->setEnabled(free && w->status.canCancel());
    const int selected = int(selectedWorkflowIds().size());
    m_copyId->setText(selected > 1 ? tr("Copy %1 &IDs").arg(selected) : tr("Copy &ID"));
    m_copyId->setEnabled(selected > 0 || w);
    m_details->setWorkflow(w, pending);
}

void MainWindow::showTableMenu(const QPoint &pos)
{
    updateActions();
    if (!m_tableMenu) {
        m_tableMenu = new QMenu(this);
        m_tableMenu->setObjectName(QStringLiteral("workflowContextMenu"));
    }
    m_tableMenu->clear();
    m_tableMenu->addActions({m_pause, m_resume, m_cancel});
    m_tableMenu->addSeparator();
    m_tableMenu->addAction(m_copyId);
    if (!m_tableActions.isEmpty()) {
        m_tableMenu->addSeparator();
        m_tableMenu->addActions(m_tableActions);
    }
    m_tableMenu->popup(m_table->viewport()->mapToGlobal(pos));
}

void MainWindow::updateCount()
{
    if (!m_model || !m_proxy || !m_model->hasLoaded()) {
        m_count->clear();
        return;
    }
    const int total = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    m_count->setText(shown == total ? tr("%n workflow(s)", nullptr, total)
                                    : tr("%1 of %n workflow(s)", nullptr, total).arg(shown));
}

void MainWindow::setProfiles(const QStringList &names, const QString &current)
{
    const QSignalBlocker blocker(m_profiles);
    m_profiles->clear();
    m_profiles->addItems(names);
    m_profiles->setCurrentIndex(qMax(0, names.indexOf(current)));
    updateTitle();
}

void MainWindow::setSignedIn(bool signedIn)
{
    const bool changed = signedIn != m_signedIn;
    m_signedIn = signedIn;
    m_signIn->setVisible(!signedIn);
    m_signOut->setVisible(signedIn);
    m_signOut->setEnabled(signedIn && !m_sandbox);
    m_refresh->setEnabled(signedIn);
    if (changed)
        Q_EMIT signedInChanged(signedIn);
}

void MainWindow::setSandboxMode(bool sandbox)
{
    m_sandbox = sandbox;
    m_sandboxBadge->setVisible(sandbox);
    updateTitle();
    m_signOut->setEnabled(m_signedIn && !sandbox);
    m_signIn->setEnabled(!sandbox);
    m_signOut->setToolTip(
        sandbox ? tr("The sandbox uses its built-in demo key; there is nothing to sign out of")
                : tr("Forget the API key of this profile"));
}

void MainWindow::setConnectionStatus(const QString &text, bool problem)
{
    m_connection->setText(text);
    QPalette p = m_connection->palette();
    p.setColor(QPalette::WindowText, problem
                                         ? StatusStyle::color(WorkflowState::Cancelled, palette())
                                         : palette().color(QPalette::WindowText));
    m_connection->setPalette(p);
}

QString MainWindow::connectionStatus() const
{
    return m_connection->text();
}

void MainWindow::setRefreshing(bool refreshing)
{
    m_refreshing = refreshing;
    m_activity->setText(!m_loadProgress.isEmpty() ? m_loadProgress
                        : refreshing              ? tr("Refreshing…")
                                                  : QString());
    updateCount();
}

void MainWindow::setLoadProgress(const QString &text)
{
    m_loadProgress = text;
    setRefreshing(m_refreshing);
}

void MainWindow::setPollingNote(const QString &note)
{
    m_connection->setToolTip(note);
    m_activity->setToolTip(note);
}

void MainWindow::updateTitle()
{
    // Most specific first, so a task bar that cuts the title keeps what changes:
    // "5 paused — Production — DialNexa Console".
    QStringList parts;
    if (m_pausedCount > 0)
        parts << tr("%1 paused").arg(m_pausedCount);
    QString profile = m_profiles ? m_profiles->currentText() : QString();
    if (profile.isEmpty() && m_sandbox)
        profile = tr("Sandbox");
    if (!profile.isEmpty())
        parts << profile;
    parts << tr("DialNexa Console");
    setWindowTitle(parts.join(QStringLiteral(" — ")));
}

void MainWindow::setPausedCount(int paused)
{
    if (paused == m_pausedCount)
        return;
    m_pausedCount = paused;
    updateTitle();
}

void MainWindow::addToolBarGroup(const QList<QAction *> &actions)
{
    m_toolBar->insertSeparator(m_toolBarGroupsEnd);
    m_toolBar->insertActions(m_toolBarGroupsEnd, actions);
}

void MainWindow::addTableActions(const QList<QAction *> &actions)
{
    m_tableActions += actions;
}

void MainWindow::addBottomDock(QDockWidget *dock)
{
    dock->setAllowedAreas(Qt::BottomDockWidgetArea | Qt::TopDockWidgetArea);
    addDockWidget(Qt::BottomDockWidgetArea, dock);
    if (!m_bottomDocks.isEmpty())
        tabifyDockWidget(m_bottomDocks.constFirst(), dock);
    m_bottomDocks.append(dock);
    dock->hide(); // one View-menu click away; keeps the default window uncluttered
    // A compact strip when it first opens, not half the window.
    auto sized = std::make_shared<bool>(false);
    connect(dock, &QDockWidget::visibilityChanged, this, [this, dock, sized](bool visible) {
        if (!visible || *sized)
            return;
        *sized = true;
        QMetaObject::invokeMethod(
            this, [this, dock] { resizeDocks({dock}, {dock->sizeHint().height()}, Qt::Vertical); },
            Qt::QueuedConnection);
    });
}

void MainWindow::insertAboveTable(QWidget *strip)
{
    auto *v = qobject_cast<QVBoxLayout *>(centralWidget()->layout());
    const int at = v->indexOf(m_splitter);
    v->insertWidget(at, strip);
    m_strips.append(strip);
    updateTabOrder();
}

void MainWindow::addSidePaneTab(QWidget *page, const QString &title)
{
    if (!m_sideTabs) {
        m_sideTabs = new QTabWidget;
        m_sideTabs->setObjectName(QStringLiteral("sidePaneTabs"));
        m_sideTabs->setDocumentMode(true);
        const int at = m_splitter->indexOf(m_details);
        m_splitter->replaceWidget(at, m_sideTabs);
        m_sideTabs->addTab(m_details, tr("Details"));
    }
    m_sideTabs->addTab(page, title);
    updateSidePane();
    updateTabOrder();
}

void MainWindow::showSidePaneTab(QWidget *page)
{
    if (m_sideTabs && m_sideTabs->indexOf(page) >= 0)
        m_sideTabs->setCurrentWidget(page);
}

void MainWindow::addStatusBarWidget(QWidget *widget)
{
    statusBar()->addPermanentWidget(widget);
}

void MainWindow::showProblem(const QString &message, const QString &details,
                             std::function<void()> retry, const QString &source)
{
    m_banner->showProblem(message, details, std::move(retry), source);
}

void MainWindow::showNotice(const QString &message, const QString &source)
{
    m_banner->showNotice(message, source);
}

void MainWindow::dismissMessage(const QString &source)
{
    m_banner->dismissFrom(source);
}

void MainWindow::dismissAllMessages()
{
    m_banner->dismiss();
}

void MainWindow::showStatusMessage(const QString &text, int timeoutMs)
{
    statusBar()->showMessage(text, timeoutMs);
}

void MainWindow::setStorageProblem(const QString &text)
{
    m_storageWarning->setText(text.isEmpty() ? QString() : QStringLiteral("⚠ ") + text);
    m_storageWarning->setToolTip(PlainText::toolTip(text));
    QPalette p = m_storageWarning->palette();
    p.setColor(QPalette::WindowText, StatusStyle::color(WorkflowState::Cancelled, palette()));
    m_storageWarning->setPalette(p);
    m_storageWarning->setVisible(!text.isEmpty());
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (m_fitted)
        return;
    m_fitted = true;
    fitToScreen();
    if (QWindow *handle = windowHandle())
        connect(handle, &QWindow::screenChanged, this, &MainWindow::fitToScreen);
}

void MainWindow::resizeEvent(QResizeEvent *event)
{
    QMainWindow::resizeEvent(event);
    updateSidePane();
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent *>(event)->key() == Qt::Key_Down) {
        m_table->setFocus(Qt::TabFocusReason);
        return true;
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::fitToScreen()
{
    // A geometry saved on a bigger screen (or the default size on a small one) is fitted
    // to the screen the window is on, so nothing opens off-screen.
    const QScreen *s = screen();
    if (!s || isMaximized() || isFullScreen())
        return;
    const QRect available = s->availableGeometry();
    QRect frame = frameGeometry();
    if (available.contains(frame))
        return;
    const QSize decoration = frame.size() - size();
    resize(size().boundedTo(available.size() - decoration).expandedTo(minimumSizeHint()));
    frame = frameGeometry();
    move(qBound(available.left(), frame.left(),
                qMax(available.left(), available.right() - frame.width() + 1)),
         qBound(available.top(), frame.top(),
                qMax(available.top(), available.bottom() - frame.height() + 1)));
}

void MainWindow::updateSidePane()
{
    // Below this width the list needs the room more than the details do; they come back
    // when the window is wide again.
    QWidget *side = m_sideTabs ? static_cast<QWidget *>(m_sideTabs) : m_details;
    if (!side || !m_splitter)
        return;
    const bool room = width() >= SidePaneMinWindowWidth;
    if (side->isVisibleTo(this) != room)
        side->setVisible(room);
}

void MainWindow::updateTabOrder()
{
    // Tab moves between areas: search, status filter, the strips above the table (the
    // status chips), the table, the details, then the toolbar.
    QList<QWidget *> chain{m_search, m_statusFilter};
    auto focusable = [this](QWidget *root) {
        // Widgets that take Tab themselves (a tab widget hands it to its tab bar).
        auto takesTab = [this](QWidget *w) {
            return (w->focusPolicy() & Qt::TabFocus) && !w->focusProxy() && w->window() == this;
        };
        QList<QWidget *> out;
        if (takesTab(root))
            out << root;
        for (QWidget *w : root->findChildren<QWidget *>()) {
            if (takesTab(w))
                out << w;
        }
        return out;
    };
    for (QWidget *strip : std::as_const(m_strips))
        chain << focusable(strip);
    chain << m_table;
    if (m_sideTabs)
        chain << m_sideTabs->tabBar();
    chain << focusable(m_details);
    if (m_sideTabs) {
        for (QWidget *w : focusable(m_sideTabs)) {
            if (!chain.contains(w))
                chain << w;
        }
    }
    chain << focusable(m_toolBar);
    for (qsizetype i = 1; i < chain.size(); ++i)
        setTabOrder(chain.at(i - 1), chain.at(i));
}

void MainWindow::showShortcuts()
{
    // Built from the actions themselves each time, so the list cannot drift from them.
    QList<QAction *> actions;
    std::function<void(const QList<QAction *> &)> collect = [&](const QList<QAction *> &list) {
        for (QAction *a : list) {
            if (a->menu())
                collect(a->menu()->actions());
            else if (!a->isSeparator() && !a->shortcuts().isEmpty() && !actions.contains(a))
                actions << a;
        }
    };
    collect(menuBar()->actions());
    collect(this->actions());
    auto *dialog = new ShortcutsDialog(actions, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

#include "shell/MainWindow.h"

#include "shell/ErrorBanner.h"
#include "style/StatusDelegate.h"
#include "style/StatusStyle.h"
#include "workflows/DetailsPane.h"
#include "workflows/WorkflowFilterProxy.h"
#include "workflows/WorkflowListModel.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QScreen>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace {
const char *const SettingsGroup = "MainWindow";
}

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

    QSettings settings;
    settings.beginGroup(QLatin1String(SettingsGroup));
    const QByteArray geometry = settings.value(QStringLiteral("geometry")).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry))
        resize(1280, 760);
    const QByteArray split = settings.value(QStringLiteral("splitter")).toByteArray();
    if (split.isEmpty() || !m_splitter->restoreState(split))
        m_splitter->setSizes({930, 350});
    settings.endGroup();

    setSignedIn(false);
    updateActions();
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
    m_quit->setShortcut(QKeySequence::Quit);
    connect(m_quit, &QAction::triggered, this, &QWidget::close);
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_signIn);
    file->addAction(m_signOut);
    file->addSeparator();
    file->addAction(m_quit);

    QMenu *workflow = menuBar()->addMenu(tr("&Workflow"));
    workflow->addAction(m_refresh);
    workflow->addSeparator();
    workflow->addAction(m_pause);
    workflow->addAction(m_resume);
    workflow->addSeparator();
    workflow->addAction(m_cancel);

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewMenu->addAction(m_findAction);
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
    m_toolBar->addWidget(spacer);

    auto *profileLabel = new QLabel(tr("Profile:"), m_toolBar);
    profileLabel->setContentsMargins(0, 0, 6, 0);
    m_toolBar->addWidget(profileLabel);
    m_profiles = new QComboBox(m_toolBar);
    m_profiles->setObjectName(QStringLiteral("profileCombo"));
    m_profiles->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_profiles->setMinimumWidth(140);
    m_profiles->setToolTip(tr("Which DialNexa workspace this console talks to"));
    profileLabel->setBuddy(m_profiles);
    m_toolBar->addWidget(m_profiles);
    connect(m_profiles, &QComboBox::activated, this,
            [this](int index) { Q_EMIT profileSelected(m_profiles->itemText(index)); });
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
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(320);
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
    m_table = new QTableView(m_splitter);
    m_table->setObjectName(QStringLiteral("workflowTable"));
    m_table->setSortingEnabled(true);
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setShowGrid(false);
    // Breathing room between a right-aligned number and the next left-aligned column.
    m_table->setStyleSheet(
        QStringLiteral("QTableView::item { padding-left: 6px; padding-right: 6px; }"));
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_table->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(qMax(30, fontMetrics().height() + 14));
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->setItemDelegateForColumn(WorkflowListModel::StatusColumn, new StatusDelegate(m_table));
    m_table->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->horizontalHeader()->setToolTip(tr("Right-click to choose the columns"));
    connect(m_table->horizontalHeader(), &QHeaderView::customContextMenuRequested, this,
            &MainWindow::showHeaderMenu);
    m_details = new DetailsPane(m_splitter);
    m_details->setActions(m_pause, m_resume, m_cancel);
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    v->addWidget(m_splitter, 1);
    setCentralWidget(central);

    // Focus the table with Esc from the search field so keyboard users can act right away.
    connect(m_search, &QLineEdit::returnPressed, this, [this] { m_table->setFocus(); });
}

void MainWindow::buildStatusBar()
{
    QStatusBar *bar = statusBar();
    bar->setSizeGripEnabled(true);
    m_connection = new QLabel(bar);
    m_connection->setObjectName(QStringLiteral("connectionStatus"));
    m_connection->setContentsMargins(6, 0, 6, 0);
    m_activity = new QLabel(bar);
    m_activity->setObjectName(QStringLiteral("activityStatus"));
    m_activity->setContentsMargins(6, 0, 6, 0);
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
    m_table->setModel(proxy);
    restoreHeader();

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::updateActions);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::updateActions);
    connect(proxy, &QAbstractItemModel::dataChanged, this, &MainWindow::updateActions);
    connect(proxy, &QAbstractItemModel::modelReset, this, &MainWindow::updateActions);
    connect(proxy, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateActions);
    connect(proxy, &QAbstractItemModel::layoutChanged, this, &MainWindow::updateActions);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(proxy, signal, this, &MainWindow::updateCount);
    connect(proxy, &QAbstractItemModel::modelReset, this, &MainWindow::updateCount);
    connect(proxy, &QAbstractItemModel::rowsInserted, this, &MainWindow::autoSizeColumns);
    connect(proxy, &QAbstractItemModel::modelReset, this, &MainWindow::autoSizeColumns);
    connect(proxy, &QAbstractItemModel::layoutChanged, this, &MainWindow::updateCount);

    connect(m_search, &QLineEdit::textChanged, proxy, &WorkflowFilterProxy::setSearchText);
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, [this](int index) {
        const int v = m_statusFilter->itemData(index).toInt();
        m_proxy->setStatusFilter(
            v < 0 ? std::nullopt : std::optional<WorkflowState>(static_cast<WorkflowState>(v)));
        updateCount();
        updateActions();
    });
    connect(m_search, &QLineEdit::textChanged, this, [this] {
        updateCount();
        updateActions();
    });
    updateCount();
    updateActions();
}

void MainWindow::restoreHeader()
{
    QHeaderView *header = m_table->horizontalHeader();
    header->setSortIndicatorShown(true);
    QSettings settings;
    settings.beginGroup(QLatin1String(SettingsGroup));
    const QByteArray state = settings.value(QStringLiteral("header")).toByteArray();
    settings.endGroup();
    if (!state.isEmpty() && header->restoreState(state)) {
        m_table->sortByColumn(header->sortIndicatorSection(), header->sortIndicatorOrder());
        return;
    }
    const QFontMetrics fm = fontMetrics();
    const int em = fm.horizontalAdvance(QLatin1Char('M'));
    header->resizeSection(WorkflowListModel::NameColumn, 20 * em);
    header->resizeSection(WorkflowListModel::StatusColumn, 9 * em + 24);
    header->resizeSection(WorkflowListModel::EnrolledLeadsColumn, 8 * em);
    header->resizeSection(WorkflowListModel::NodesColumn, 5 * em);
    header->resizeSection(WorkflowListModel::EdgesColumn, 5 * em);
    header->resizeSection(WorkflowListModel::CreatedColumn, 10 * em);
    header->resizeSection(WorkflowListModel::UpdatedColumn, 10 * em);
    header->resizeSection(WorkflowListModel::IdColumn, 12 * em);
    // The ID is in the details pane and the search; the column is one right-click away.
    header->setSectionHidden(WorkflowListModel::IdColumn, true);
    m_table->sortByColumn(WorkflowListModel::NameColumn, Qt::AscendingOrder);
    m_autoSizePending = true; // fit the columns to the first data that arrives
}

void MainWindow::autoSizeColumns()
{
    if (!m_autoSizePending || !m_proxy || m_proxy->rowCount() == 0)
        return;
    m_autoSizePending = false;
    QHeaderView *header = m_table->horizontalHeader();
    // Compact widths from what each column holds; the name gets the rest.
    const QFontMetrics fm(m_table->font());
    const QFontMetrics hfm(header->font());
    auto titleWidth = [&](int c) {
        return hfm.horizontalAdvance(m_proxy->headerData(c, Qt::Horizontal).toString()) + 26;
    };
    auto fit = [&](int c, int contentWidth) {
        if (header->isSectionHidden(c))
            return 0;
        const int w = qMax(contentWidth, titleWidth(c));
        header->resizeSection(c, w);
        return w;
    };
    QFont badgeFont = m_table->font();
    badgeFont.setWeight(QFont::DemiBold);
    const QFontMetrics bfm(badgeFont);
    int badgeText = 0;
    for (const QString &t : {WorkflowStatus::displayText(WorkflowState::Completed),
                             WorkflowStatus::displayText(WorkflowState::Cancelled),
                             LifecycleActions::pendingText(LifecycleAction::Cancel),
                             LifecycleActions::pendingText(LifecycleAction::Activate)})
        badgeText = qMax(badgeText, bfm.horizontalAdvance(t));
    const int date = fm.horizontalAdvance(QStringLiteral("2026-12-31 23:59")) + 20;
    const int count = fm.horizontalAdvance(QStringLiteral("000,000")) + 20;
    int used = 0;
    used += fit(WorkflowListModel::StatusColumn, badgeText + 16 + 5 + 2 * 8 + 2 * 6 + 4);
    used += fit(WorkflowListModel::EnrolledLeadsColumn, count);
    used +=
        fit(WorkflowListModel::NodesColumn, count - fm.horizontalAdvance(QStringLiteral("000,")));
    used +=
        fit(WorkflowListModel::EdgesColumn, count - fm.horizontalAdvance(QStringLiteral("000,")));
    used += fit(WorkflowListModel::CreatedColumn, date);
    used += fit(WorkflowListModel::UpdatedColumn, date);
    used += fit(WorkflowListModel::IdColumn,
                fm.horizontalAdvance(QStringLiteral("wfl_m3v7zb9rk2px")) + 20);
    // The vertical scroll bar may appear only after these rows; keep room for it.
    const int available = m_table->viewport()->width() - used - 2 -
                          (m_table->verticalScrollBar()->isVisible()
                               ? 0
                               : m_table->verticalScrollBar()->sizeHint().width());
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    header->resizeSection(WorkflowListModel::NameColumn, qBound(18 * em, available, 40 * em));
}

void MainWindow::showHeaderMenu(const QPoint &pos)
{
    QHeaderView *header = m_table->horizontalHeader();
    // popup(), not exec(): no nested event loop.
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    for (int c = 0; c < header->count(); ++c) {
        QAction *a = menu->addAction(m_table->model()->headerData(c, Qt::Horizontal).toString());
        a->setCheckable(true);
        a->setChecked(!header->isSectionHidden(c));
        // The name and the status always stay: they are what the list is for.
        a->setEnabled(c != WorkflowListModel::NameColumn && c != WorkflowListModel::StatusColumn);
        connect(a, &QAction::toggled, header,
                [header, c](bool on) { header->setSectionHidden(c, !on); });
    }
    menu->popup(header->mapToGlobal(pos));
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.beginGroup(QLatin1String(SettingsGroup));
    settings.setValue(QStringLiteral("geometry"), saveGeometry());
    settings.setValue(QStringLiteral("splitter"), m_splitter->saveState());
    if (m_table->model())
        settings.setValue(QStringLiteral("header"), m_table->horizontalHeader()->saveState());
    settings.endGroup();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
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
    if (!m_proxy)
        return QString();
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid() ||
        !m_table->selectionModel()->isRowSelected(current.row(), QModelIndex()))
        return QString();
    return current.data(WorkflowListModel::WorkflowIdRole).toString();
}

std::optional<Workflow> MainWindow::currentWorkflow() const
{
    const QString id = currentWorkflowId();
    if (id.isEmpty() || !m_model)
        return std::nullopt;
    return m_model->workflow(id);
}

bool MainWindow::selectWorkflow(const QString &id)
{
    if (!m_model || !m_proxy)
        return false;
    const int sourceRow = m_model->rowOf(id);
    if (sourceRow < 0)
        return false;
    QModelIndex index = m_proxy->mapFromSource(m_model->index(sourceRow, 0));
    if (!index.isValid()) {
        m_search->clear();
        m_statusFilter->setCurrentIndex(0);
        index = m_proxy->mapFromSource(m_model->index(sourceRow, 0));
        if (!index.isValid())
            return false;
    }
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    updateActions();
    return true;
}

void MainWindow::trigger(LifecycleAction action)
{
    const QString id = currentWorkflowId();
    if (id.isEmpty())
        return;
    // The action may have been triggered by a shortcut right after a change: re-check.
    updateActions();
    const QAction *a = action == LifecycleAction::Pause    ? m_pause
                       : action == LifecycleAction::Resume ? m_resume
                                                           : m_cancel;
    if (!a->isEnabled())
        return;
    Q_EMIT actionRequested(action, id);
}

void MainWindow::updateActions()
{
    const std::optional<Workflow> w = currentWorkflow();
    std::optional<LifecycleAction> pending;
    if (w && m_model)
        pending = m_model->pendingAction(w->id);
    const bool free = w && !pending;
    m_pause->setEnabled(free && w->status.canPause());
    m_resume->setEnabled(free && w->status.canResume());
    m_cancel->setEnabled(free && w->status.canCancel());
    m_details->setWorkflow(w, pending);
}

void MainWindow::updateCount()
{
    if (!m_model || !m_proxy || !m_model->hasLoaded()) {
        m_count->clear();
        return;
    }
    const int total = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    const QString all = total == 1 ? tr("1 workflow") : tr("%1 workflows").arg(total);
    m_count->setText(shown == total ? all : tr("%1 of %2").arg(shown).arg(all));
}

void MainWindow::setProfiles(const QStringList &names, const QString &current)
{
    const QSignalBlocker blocker(m_profiles);
    m_profiles->clear();
    m_profiles->addItems(names);
    m_profiles->setCurrentIndex(qMax(0, names.indexOf(current)));
}

void MainWindow::setSignedIn(bool signedIn)
{
    m_signedIn = signedIn;
    m_signIn->setVisible(!signedIn);
    m_signOut->setVisible(signedIn);
    m_signOut->setEnabled(signedIn && !m_sandbox);
    m_refresh->setEnabled(signedIn);
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
    m_activity->setText(refreshing ? tr("Refreshing…") : QString());
    updateCount();
}

void MainWindow::updateTitle()
{
    QString title = m_sandbox ? tr("DialNexa Console — Sandbox") : tr("DialNexa Console");
    if (m_pausedCount > 0)
        title += tr(" — %1 paused").arg(m_pausedCount);
    setWindowTitle(title);
}

void MainWindow::setPausedCount(int paused)
{
    if (paused == m_pausedCount)
        return;
    m_pausedCount = paused;
    updateTitle();
}

void MainWindow::insertAboveTable(QWidget *strip)
{
    auto *v = qobject_cast<QVBoxLayout *>(centralWidget()->layout());
    const int at = v->indexOf(m_splitter);
    v->insertWidget(at, strip);
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
}

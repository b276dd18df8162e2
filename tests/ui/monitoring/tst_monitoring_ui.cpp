// Live status monitoring in the real console window against the in-process sandbox
// (tickMs 0: statuses change only when a test says so): a refresh leaves selection,
// current row, sort and scroll alone; an outage shows Offline + a stale strip and clears
// on recovery; an outside status change is highlighted, logged "not by this console" and
// announced; the summary chips count what the server has and filter the table; the leads
// drill-down loads lazily; F11 opens the wallboard and Esc closes it.

#include "ConsoleApp.h"
#include "api/ApiClient.h"
#include "api/RetryPolicy.h"
#include "leads/LeadBreakdownLoader.h"
#include "leads/LeadHistoryDialog.h"
#include "leads/LeadListModel.h"
#include "leads/LeadsPanel.h"
#include "monitoring/ActivityLogModel.h"
#include "monitoring/ActivityPanel.h"
#include "monitoring/ChangeHighlightProxy.h"
#include "monitoring/ChangeNotifier.h"
#include "monitoring/ConnectionHealth.h"
#include "monitoring/ConnectionIndicator.h"
#include "monitoring/MonitoringController.h"
#include "monitoring/StaleDataStrip.h"
#include "monitoring/StatusSummary.h"
#include "monitoring/StatusSummaryBar.h"
#include "monitoring/WallboardWindow.h"
#include "shell/MainWindow.h"
#include "style/StatusDelegate.h"
#include "workflows/WorkflowListModel.h"
#include "workflows/WorkflowPoller.h"

#include "SandboxHost.h"
#include "SandboxOptions.h"
#include "storage/Settings.h"
#include "support/ConsoleProbe.h"
#include "support/PostedEvents.h"
#include "support/SandboxControl.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QToolButton>

#include <cmath>
#include <memory>

class TestMonitoringUi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void refreshKeepsSelectionCurrentSortAndScroll();
    void offlineMarksDataStaleAndRecovers();
    void externalChangeIsHighlightedLoggedAndNotified();
    void summaryChipsMatchServerAndFilter();
    void drillDownShowsBreakdownLeadsPageAndHistory();
    void wallboardOpensWithF11AndClosesWithEsc();

private:
    QJsonObject control(const QByteArray &method, const QString &path,
                        const QJsonObject &body = QJsonObject());
    QJsonObject apiGet(const QString &pathAndQuery);
    void createConsole(int refreshIntervalMs = 10 * 60 * 1000);
    bool refresh();
    QString firstWithState(WorkflowState state, const QString &except = QString()) const;
    QModelIndex proxyIndexOf(const QString &id, int column = 0) const;
    static void shot(QWidget *w, const QString &name);

    MainWindow *window() const { return m_console->window(); }
    MonitoringController *monitor() const { return m_console->monitor(); }

    SandboxHost m_sandbox;
    QNetworkAccessManager m_nam;
    std::unique_ptr<SandboxControl> m_control;
    std::unique_ptr<ConsoleApp> m_console;
};

void TestMonitoringUi::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("DialNexaTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_ui_monitoring"));
    Settings().clear();

    SandboxOptions options;
    options.tickMs = 0;         // statuses change only when a test says so
    options.workflowCount = 60; // more rows than fit: the table scrolls
    options.seed = 11;
    QVERIFY(m_sandbox.start(options));
}

void TestMonitoringUi::init()
{
    Settings().clear();
    control("POST", QStringLiteral("reset"));
    control("DELETE", QStringLiteral("faults"));
}

void TestMonitoringUi::cleanup()
{
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (qobject_cast<QDialog *>(w) && w->isVisible())
            w->close();
    }
    m_console.reset();
}

void TestMonitoringUi::createConsole(int refreshIntervalMs)
{
    ConsoleOptions options;
    options.persistentAccount = false;
    options.sandbox = true;
    options.sandboxBaseUrl = m_sandbox.baseUrl();
    options.sandboxApiKey = m_sandbox.apiKey();
    options.refreshIntervalMs = refreshIntervalMs;
    m_console = std::make_unique<ConsoleApp>(options);
    RetryPolicy once;
    once.maxAttempts = 1; // an injected 503 is one failed poll, not three attempts
    m_console->client()->setRetryPolicy(once);
    m_console->client()->setTransferTimeoutMs(5000);
    m_console->start();
    QTRY_VERIFY_WITH_TIMEOUT(m_console->model()->hasLoaded() && m_console->model()->rowCount() > 0,
                             10000);
    QVERIFY(QTest::qWaitForWindowExposed(window()));
}

bool TestMonitoringUi::refresh()
{
    QSignalSpy ok(m_console->poller(), &WorkflowPoller::refreshSucceeded);
    QSignalSpy failed(m_console->poller(), &WorkflowPoller::refreshFailed);
    ConsoleProbe::refreshAction(window())->trigger();
    return QTest::qWaitFor([&] { return ok.count() + failed.count() > 0; }, 10000) &&
           ok.count() >= 1;
}

QJsonObject TestMonitoringUi::control(const QByteArray &method, const QString &path,
                                      const QJsonObject &body)
{
    if (!m_control)
        m_control = std::make_unique<SandboxControl>(m_sandbox.controlUrl());
    return m_control->json(method, path, body);
}

QJsonObject TestMonitoringUi::apiGet(const QString &pathAndQuery)
{
    QNetworkRequest request(QUrl(m_sandbox.baseUrl().toString() + pathAndQuery));
    request.setRawHeader("Authorization", "Bearer " + m_sandbox.apiKey().toUtf8());
    QNetworkReply *reply = m_nam.get(request);
    QSignalSpy done(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        done.wait(10000);
    const QByteArray data = reply->readAll();
    reply->deleteLater();
    return QJsonDocument::fromJson(data).object();
}

QString TestMonitoringUi::firstWithState(WorkflowState state, const QString &except) const
{
    for (const Workflow &w : m_console->model()->workflows()) {
        if (w.status.state() == state && w.id != except)
            return w.id;
    }
    return QString();
}

QModelIndex TestMonitoringUi::proxyIndexOf(const QString &id, int column) const
{
    WorkflowListModel *model = m_console->model();
    const int row = model->rowOf(id);
    return row < 0 ? QModelIndex()
                   : m_console->shownRows()->mapFromSource(model->index(row, column));
}

void TestMonitoringUi::shot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("DIALNEXA_UI_SHOT_DIR");
    if (!dir.isEmpty() && w)
        w->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

// ---------------------------------------------------------------------------------------

void TestMonitoringUi::refreshKeepsSelectionCurrentSortAndScroll()
{
    createConsole();
    QTableView *table = ConsoleProbe::table(window());
    WorkflowFilterProxy *proxy = m_console->shownRows();
    QVERIFY(table->verticalScrollBar()->maximum() > 0); // enough rows to scroll

    // Sort by name descending, select a row in the middle, scroll part-way.
    table->sortByColumn(WorkflowListModel::NameColumn, Qt::DescendingOrder);
    const int middle = proxy->rowCount() / 2;
    const QString selectedId =
        proxy->index(middle, 0).data(WorkflowListModel::WorkflowIdRole).toString();
    QVERIFY(window()->selectWorkflow(selectedId));
    table->verticalScrollBar()->setValue(table->verticalScrollBar()->maximum() / 2);
    const int scroll = table->verticalScrollBar()->value();
    const int currentRow = table->currentIndex().row();

    // Other rows change on the server: two statuses flip and one workflow disappears.
    QStringList changed;
    for (const Workflow &w : m_console->model()->workflows()) {
        if (w.id != selectedId && w.status.state() == WorkflowState::Active && changed.size() < 2)
            changed << w.id;
    }
    QCOMPARE(changed.size(), 2);
    for (const QString &id : changed)
        control("POST", QStringLiteral("workflows/%1/status").arg(id), {{"status", "paused"}});
    // A row below the current one is removed (a draft can be deleted).
    QString gone;
    for (int r = proxy->rowCount() - 1; r > currentRow && gone.isEmpty(); --r) {
        const QModelIndex i = proxy->index(r, 0);
        if (i.data(WorkflowListModel::StatusStateRole).toInt() != int(WorkflowState::Active))
            gone = i.data(WorkflowListModel::WorkflowIdRole).toString();
    }
    if (!gone.isEmpty())
        control("DELETE", QStringLiteral("workflows/%1").arg(gone));

    QSignalSpy resets(proxy, &QAbstractItemModel::modelReset);
    QVERIFY(refresh());
    QTRY_VERIFY(m_console->monitor()->changeTracker()->isHighlighted(
        changed.first(), QDateTime::currentDateTimeUtc()));
    QCOMPARE(resets.count(), 0);
    QCOMPARE(window()->currentWorkflowId(), selectedId);
    QCOMPARE(table->currentIndex().row(), currentRow);
    QCOMPARE(table->selectionModel()->selectedRows().size(), 1);
    QCOMPARE(table->selectionModel()
                 ->selectedRows()
                 .constFirst()
                 .data(WorkflowListModel::WorkflowIdRole)
                 .toString(),
             selectedId);
    QCOMPARE(table->verticalScrollBar()->value(), scroll);
    QCOMPARE(table->horizontalHeader()->sortIndicatorSection(), int(WorkflowListModel::NameColumn));
    QCOMPARE(table->horizontalHeader()->sortIndicatorOrder(), Qt::DescendingOrder);
    for (const QString &id : changed)
        QCOMPARE(proxyIndexOf(id, WorkflowListModel::StatusColumn)
                     .data(WorkflowListModel::StatusStateRole)
                     .toInt(),
                 int(WorkflowState::Paused));
    if (!gone.isEmpty())
        QCOMPARE(m_console->model()->rowOf(gone), -1);
}

void TestMonitoringUi::offlineMarksDataStaleAndRecovers()
{
    createConsole(150); // live polling, fast
    ConnectionHealth *health = m_console->health();
    health->setMaxBackoffIntervalMs(400);
    ConnectionIndicator *indicator = monitor()->connectionIndicator();
    StaleDataStrip *strip = monitor()->staleStrip();
    QTRY_COMPARE(indicator->stateText(), QStringLiteral("Online"));
    QTRY_VERIFY(indicator->ageText().startsWith(QStringLiteral("Updated ")));
    QVERIFY(!strip->isVisible());
    QVERIFY(!indicator->isAgeWarning());
    const QColor liveText = ConsoleProbe::table(window())->palette().color(QPalette::Text);

    control("POST", QStringLiteral("faults"),
            {{"method", "GET"}, {"path", "/v1/workflows"}, {"status", 503}, {"count", 10000}});
    QTRY_COMPARE_WITH_TIMEOUT(health->state(), ConnectionHealth::State::Offline, 10000);
    QTRY_COMPARE(indicator->stateText(), QStringLiteral("Offline"));
    QTRY_VERIFY(strip->isVisible());
    // It answers, with errors: not "unreachable".
    QVERIFY2(strip->text().contains(QStringLiteral("DialNexa is answering with errors")),
             qPrintable(strip->text()));
    QVERIFY2(!strip->text().contains(QStringLiteral("unreachable")), qPrintable(strip->text()));
    QVERIFY2(strip->text().startsWith(QStringLiteral("Showing data from ")),
             qPrintable(strip->text()));
    QTRY_VERIFY_WITH_TIMEOUT(indicator->isAgeWarning(), 5000); // older than 3 intervals
    // The list stays, greyed.
    QVERIFY(m_console->model()->rowCount() > 0);
    QVERIFY(ConsoleProbe::table(window())->isVisible());
    QVERIFY(ConsoleProbe::table(window())->palette().color(QPalette::Text) != liveText);
    shot(window(), QStringLiteral("monitoring-offline"));

    control("DELETE", QStringLiteral("faults"));
    QTRY_COMPARE_WITH_TIMEOUT(health->state(), ConnectionHealth::State::Online, 10000);
    QTRY_COMPARE(indicator->stateText(), QStringLiteral("Online"));
    QTRY_VERIFY(!strip->isVisible());
    QTRY_VERIFY(!indicator->isAgeWarning());
    QCOMPARE(ConsoleProbe::table(window())->palette().color(QPalette::Text), liveText);
}

void TestMonitoringUi::externalChangeIsHighlightedLoggedAndNotified()
{
    createConsole();
    ChangeNotifier *notifier = monitor()->notifier();
    notifier->setWindowActiveProbe([] { return false; }); // the supervisor looks elsewhere
    QSignalSpy notifications(notifier, &ChangeNotifier::notificationRequested);
    QSignalSpy announced(notifier, &ChangeNotifier::announced);
    ActivityLogModel *log = monitor()->activityLog();
    QCOMPARE(log->rowCount(), 0);

    const QString id = firstWithState(WorkflowState::Active);
    const QString name = m_console->model()->workflow(id)->name;
    QVERIFY(!proxyIndexOf(id).data(ChangeHighlightProxy::RecentlyChangedRole).toBool());
    control("POST", QStringLiteral("workflows/%1/status").arg(id), {{"status", "paused"}});
    QVERIFY(refresh());

    // Highlighted row (role and tint on every column, the badge's too).
    QTRY_VERIFY(proxyIndexOf(id).data(ChangeHighlightProxy::RecentlyChangedRole).toBool());
    QVERIFY(proxyIndexOf(id).data(Qt::BackgroundRole).isValid());
    QVERIFY(proxyIndexOf(id, WorkflowListModel::StatusColumn).data(Qt::BackgroundRole).isValid());
    const QString other = firstWithState(WorkflowState::Active, id);
    QVERIFY(!proxyIndexOf(other).data(ChangeHighlightProxy::RecentlyChangedRole).toBool());
    QVERIFY(!proxyIndexOf(other).data(Qt::BackgroundRole).isValid());

    // Activity entry: time, workflow, old -> new, who.
    QTRY_COMPARE(log->rowCount(), 1);
    QCOMPARE(log->entryAt(0).workflowId, id);
    QCOMPARE(log->index(0, ActivityLogModel::ChangeColumn).data().toString(),
             QStringLiteral("Active → Paused"));
    QCOMPARE(log->index(0, ActivityLogModel::OriginColumn).data().toString(),
             QStringLiteral("not by this console"));
    QCOMPARE(monitor()->activityPanel()->view()->model()->rowCount(), 1);

    // Status bar and desktop notification.
    const QString expected = QStringLiteral("“%1” was paused — not by this console").arg(name);
    QTRY_COMPARE(notifications.count(), 1);
    QVERIFY2(notifications.at(0).at(1).toString().startsWith(expected),
             qPrintable(notifications.at(0).at(1).toString()));
    QCOMPARE(window()->statusBar()->currentMessage(), expected);
    QCOMPARE(announced.count(), 1);

    // The Activity dock is one View-menu action away.
    QAction *activity = monitor()->activityPanel()->toggleViewAction();
    QVERIFY(ConsoleProbe::viewMenu(window())->actions().contains(activity));
    activity->trigger();
    QTRY_VERIFY(monitor()->activityPanel()->isVisible());
    QTRY_VERIFY(monitor()->activityPanel()->height() < window()->height() / 3);
    QVERIFY(ConsoleProbe::table(window())->height() > window()->height() / 3);
    shot(window(), QStringLiteral("monitoring-change"));

    // This console's own pause: logged as "this console", no notification.
    QVERIFY(window()->selectWorkflow(other));
    ConsoleProbe::pauseAction(window())->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(log->rowCount(), 2, 10000);
    QCOMPARE(log->entryAt(0).workflowId, other);
    QCOMPARE(log->index(0, ActivityLogModel::OriginColumn).data().toString(),
             QStringLiteral("this console"));
    // Not announced, now or later: the notifier collects changes for a short batch window,
    // so an own change taken for an external one would be announced before the next
    // external change below or together with it, and that announcement must be the second
    // one and name only the cancelled workflow.
    QCOMPARE(announced.count(), 1);
    QCOMPARE(notifications.count(), 1);

    // Notifications off (persisted): still announced in the status bar, no desktop request.
    QAction *toggle = monitor()->notificationsAction();
    QVERIFY(ConsoleProbe::viewMenu(window())->actions().contains(toggle));
    QVERIFY(toggle->isChecked());
    toggle->trigger();
    QCOMPARE(Settings().notificationsEnabled(), false);
    const QString third = firstWithState(WorkflowState::Active);
    const QString thirdName = m_console->model()->workflow(third)->name;
    control("POST", QStringLiteral("workflows/%1/status").arg(third), {{"status", "cancelled"}});
    QVERIFY(refresh());
    QTRY_COMPARE(announced.count(), 2);
    QCOMPARE(announced.at(1).at(0).toString(),
             QStringLiteral("“%1” was cancelled — not by this console").arg(thirdName));
    QCOMPARE(notifications.count(), 1);
}

void TestMonitoringUi::summaryChipsMatchServerAndFilter()
{
    createConsole();
    // What the server has, counted independently of the console.
    const QJsonArray all = apiGet(QStringLiteral("/workflows?page=1&limit=100"))
                               .value(QStringLiteral("data"))
                               .toArray();
    QCOMPARE(all.size(), m_console->model()->rowCount());
    QHash<QString, int> server;
    for (const QJsonValue &v : all) {
        QString s = v.toObject().value(QStringLiteral("status")).toString();
        if (s == QLatin1String("running"))
            s = QStringLiteral("active");
        ++server[s];
    }
    StatusSummaryBar *bar = monitor()->summaryBar();
    const QList<QPair<StatusSummary::Bucket, QString>> buckets{
        {StatusSummary::Active, "active"},
        {StatusSummary::Paused, "paused"},
        {StatusSummary::Draft, "draft"},
        {StatusSummary::Completed, "completed"},
        {StatusSummary::Cancelled, "cancelled"}};
    int known = 0;
    for (const auto &[bucket, word] : buckets) {
        QCOMPARE(bar->shownCount(bucket), server.value(word));
        QVERIFY2(bar->chip(bucket)->text().endsWith(QString::number(server.value(word))),
                 qPrintable(bar->chip(bucket)->text()));
        known += server.value(word);
    }
    QCOMPARE(bar->shownCount(StatusSummary::Other), int(all.size()) - known);
    const int paused = server.value(QStringLiteral("paused"));
    QVERIFY(paused > 0);
    QVERIFY2(window()->windowTitle().startsWith(QStringLiteral("%1 paused — ").arg(paused)),
             qPrintable(window()->windowTitle()));

    // Clicking "Paused" filters to the paused rows; clicking it again clears the filter.
    WorkflowFilterProxy *proxy = m_console->shownRows();
    QToolButton *chip = bar->chip(StatusSummary::Paused);
    QTest::mouseClick(chip, Qt::LeftButton);
    QTRY_COMPARE(proxy->rowCount(), paused);
    for (int r = 0; r < proxy->rowCount(); ++r)
        QCOMPARE(proxy->index(r, 0).data(WorkflowListModel::StatusStateRole).toInt(),
                 int(WorkflowState::Paused));
    QCOMPARE(ConsoleProbe::statusFilter(window())->currentText(), QStringLiteral("Paused"));
    QVERIFY(chip->isChecked());
    QVERIFY(!bar->chip(StatusSummary::Active)->isChecked());
    shot(window(), QStringLiteral("monitoring-paused-filter"));
    QTest::mouseClick(chip, Qt::LeftButton);
    QTRY_COMPARE(proxy->rowCount(), m_console->model()->rowCount());
    QVERIFY(!chip->isChecked());
    QCOMPARE(ConsoleProbe::statusFilter(window())->currentIndex(), 0);

    // The combo drives the chips too.
    ConsoleProbe::statusFilter(window())->setCurrentIndex(
        ConsoleProbe::statusFilter(window())->findText(QStringLiteral("Active")));
    QVERIFY(bar->chip(StatusSummary::Active)->isChecked());
    ConsoleProbe::statusFilter(window())->setCurrentIndex(0);

    // A pause elsewhere updates the counts and the title live.
    const QString id = firstWithState(WorkflowState::Active);
    control("POST", QStringLiteral("workflows/%1/status").arg(id), {{"status", "paused"}});
    QVERIFY(refresh());
    QTRY_COMPARE(bar->shownCount(StatusSummary::Paused), paused + 1);
    QCOMPARE(bar->shownCount(StatusSummary::Active), server.value(QStringLiteral("active")) - 1);
    QVERIFY2(window()->windowTitle().startsWith(QStringLiteral("%1 paused — ").arg(paused + 1)),
             qPrintable(window()->windowTitle()));
}

void TestMonitoringUi::drillDownShowsBreakdownLeadsPageAndHistory()
{
    control("POST", QStringLiteral("tick"), {{"count", 15}}); // spread the lead statuses
    createConsole();
    // The workflow with the most leads, so there are several pages.
    QString id;
    int most = -1;
    for (const Workflow &w : m_console->model()->workflows()) {
        const QJsonObject meta =
            apiGet(QStringLiteral("/workflows/%1/leads?page=1&limit=1").arg(w.id))
                .value(QStringLiteral("meta"))
                .toObject();
        const int total = meta.value(QStringLiteral("total")).toInt(-1);
        if (total > most && w.status.state() == WorkflowState::Active) {
            most = total;
            id = w.id;
        }
    }
    QVERIFY2(most > LeadListModel::DefaultPageSize, qPrintable(QString::number(most)));

    LeadsPanel *panel = monitor()->leadsPanel();
    QVERIFY(window()->selectWorkflow(id));
    QCOMPARE(panel->workflowId(), id);
    QVERIFY(panel->isSettling());                         // the quiet period runs…
    QTRY_VERIFY_WITH_TIMEOUT(!panel->isSettling(), 5000); // …and ends
    QCOMPARE(panel->loadCount(), 0);                      // lazy: not on screen yet
    ConsoleProbe::sidePaneTabs(window())->setCurrentWidget(panel);
    QTRY_COMPARE(panel->loadedWorkflowId(), id);
    QCOMPARE(panel->loadCount(), 1);

    // The breakdown: per-status counts as the server reports them.
    LeadBreakdownLoader *loader = panel->breakdown();
    QTRY_VERIFY_WITH_TIMEOUT(loader->hasResult() && !loader->isLoading(), 10000);
    QCOMPARE(loader->total(), most);
    int sum = 0;
    for (const QString &status : LeadBreakdownLoader::leadStatuses()) {
        const int serverCount =
            apiGet(QStringLiteral("/workflows/%1/leads?page=1&limit=1&status=%2").arg(id, status))
                .value(QStringLiteral("meta"))
                .toObject()
                .value(QStringLiteral("total"))
                .toInt(-1);
        QCOMPARE(loader->count(status), serverCount);
        QCOMPARE(panel->breakdownText(status), QLocale().toString(serverCount));
        sum += qMax(0, serverCount);
    }
    QCOMPARE(sum, most);
    QVERIFY2(panel->totalText().startsWith(QLocale().toString(most)),
             qPrintable(panel->totalText()));

    // The first page of leads.
    LeadListModel *leads = panel->leads();
    const int pages = int(std::ceil(most / double(LeadListModel::DefaultPageSize)));
    QTRY_COMPARE_WITH_TIMEOUT(leads->rowCount(), int(LeadListModel::DefaultPageSize), 10000);
    QTRY_COMPARE(panel->pageText(), QStringLiteral("Page 1 of %1").arg(pages));
    QVERIFY(!panel->previousButton()->isEnabled());
    QVERIFY(panel->nextButton()->isEnabled());
    QCOMPARE(leads->columnCount(), 4);
    shot(window(), QStringLiteral("monitoring-leads"));

    // A lead that has started has a history.
    int startedRow = -1;
    for (int r = 0; r < leads->rowCount() && startedRow < 0; ++r) {
        if (leads->leadAt(r).status != QLatin1String("pending"))
            startedRow = r;
    }
    QVERIFY(startedRow >= 0);
    QSignalSpy opened(panel, &LeadsPanel::historyOpened);
    const QModelIndex cell = leads->index(startedRow, LeadListModel::PhoneColumn);
    panel->leadsView()->scrollTo(cell);
    const QPoint at = panel->leadsView()->visualRect(cell).center();
    QTest::mouseClick(panel->leadsView()->viewport(), Qt::LeftButton, {}, at);
    QTRY_VERIFY(panel->historyButton()->isEnabled());
    // A double-click opens the history (press, release, double-click as a mouse sends them).
    QTest::mousePress(panel->leadsView()->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseRelease(panel->leadsView()->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseDClick(panel->leadsView()->viewport(), Qt::LeftButton, {}, at);
    QTRY_COMPARE(opened.count(), 1);
    auto *dialog = opened.at(0).at(0).value<LeadHistoryDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(dialog->isLoaded(), 10000);
    QVERIFY2(dialog->table()->rowCount() >= 1, qPrintable(dialog->stateText()));
    QVERIFY(!dialog->table()->item(0, LeadHistoryDialog::NodeColumn)->text().isEmpty());
    QVERIFY(!dialog->table()->item(0, LeadHistoryDialog::EnteredColumn)->text().isEmpty());
    shot(dialog, QStringLiteral("monitoring-lead-history"));
    dialog->close();
    // …and so does "History…".
    QTest::mouseClick(panel->historyButton(), Qt::LeftButton);
    QTRY_COMPARE(opened.count(), 2);
    opened.at(1).at(0).value<LeadHistoryDialog *>()->close();

    // Next page.
    QTest::mouseClick(panel->nextButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(panel->pageText(), QStringLiteral("Page 2 of %1").arg(pages), 10000);
    QTRY_VERIFY(panel->previousButton()->isEnabled());

    // Polls do not reload the drill-down.
    QVERIFY(refresh());
    QVERIFY(refresh());
    QVERIFY(PostedEvents::flush());    // whatever the polls queued has run
    QTRY_VERIFY(!panel->isSettling()); // and a quiet period they started, if any, has ended
    QCOMPARE(panel->loadCount(), 1);
    QCOMPARE(leads->page(), 2);
}

void TestMonitoringUi::wallboardOpensWithF11AndClosesWithEsc()
{
    createConsole();
    // Something recently changed, to show on the board.
    const QString changed = firstWithState(WorkflowState::Active);
    control("POST", QStringLiteral("workflows/%1/status").arg(changed), {{"status", "paused"}});
    QVERIFY(refresh());
    QTRY_VERIFY(
        monitor()->changeTracker()->isHighlighted(changed, QDateTime::currentDateTimeUtc()));

    window()->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window()));
    QTest::keyClick(window(), Qt::Key_F11);
    QTRY_VERIFY(monitor()->isWallboardOpen());
    WallboardWindow *board = monitor()->wallboard();
    QVERIFY(board->isFullScreen());
    StatusSummary *summary = monitor()->summary();
    for (int b = 0; b < StatusSummary::BucketCount; ++b) {
        const auto bucket = static_cast<StatusSummary::Bucket>(b);
        QCOMPARE(board->tileText(bucket), QLocale().toString(summary->count(bucket)));
    }
    // Attention: the just-changed one first, then every paused / unknown-status workflow.
    QStringList expected;
    for (const Workflow &w : m_console->model()->workflows()) {
        if (w.status.state() == WorkflowState::Paused || w.status.state() == WorkflowState::Unknown)
            expected << w.id;
    }
    QTRY_COMPARE(board->attentionIds().size(), expected.size());
    QCOMPARE(board->attentionIds().constFirst(), changed);
    for (const QString &id : expected)
        QVERIFY(board->attentionIds().contains(id));
    // The larger type is for a room.
    QVERIFY(board->attentionList()->font().pointSizeF() > window()->font().pointSizeF() * 1.2);

    // Live: a resume elsewhere updates the board.
    const QString paused = firstWithState(WorkflowState::Paused, changed);
    control("POST", QStringLiteral("workflows/%1/status").arg(paused), {{"status", "active"}});
    QVERIFY(refresh());
    QTRY_COMPARE(board->tileText(StatusSummary::Paused),
                 QLocale().toString(summary->pausedCount()));
    QTRY_VERIFY(board->attentionIds().constFirst() == paused ||
                board->attentionIds().constFirst() == changed);
    shot(board, QStringLiteral("monitoring-wallboard"));

    QTest::keyClick(board, Qt::Key_Escape);
    QTRY_VERIFY(!monitor()->isWallboardOpen());

    // F11 on the board leaves too; the View-menu action opens it.
    QVERIFY(ConsoleProbe::viewMenu(window())->actions().contains(monitor()->wallboardAction()));
    monitor()->wallboardAction()->trigger();
    QTRY_VERIFY(monitor()->isWallboardOpen());
    QTest::keyClick(monitor()->wallboard(), Qt::Key_F11);
    QTRY_VERIFY(!monitor()->isWallboardOpen());
}

QTEST_MAIN(TestMonitoringUi)
#include "tst_monitoring_ui.moc"

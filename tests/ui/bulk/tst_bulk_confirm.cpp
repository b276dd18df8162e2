// Acting under pressure (issue 15 items 2-5), driven by keys and clicks as a supervisor
// would: Pause/Resume act on the whole selection and say so, the rows' context menu, the
// "Pause all active" confirmation that follows the polls and takes Enter once a reason is
// typed, a workflow that completed meanwhile shown as information, and "Resume incident"
// asking first. Offscreen, against the in-process sandbox.

#include "ConsoleApp.h"
#include "api/ApiClient.h"
#include "audit/AuditLog.h"
#include "bulk/BulkActionsController.h"
#include "bulk/BulkConfirmDialog.h"
#include "bulk/BulkProgressWindow.h"
#include "incidents/IncidentCoordinator.h"
#include "incidents/IncidentResumeDialog.h"
#include "incidents/IncidentsController.h"
#include "incidents/IncidentsDialog.h"
#include "shell/MainWindow.h"
#include "workflows/WorkflowFilterProxy.h"
#include "workflows/WorkflowListModel.h"

#include "SandboxHost.h"
#include "SandboxOptions.h"
#include "storage/Settings.h"
#include "support/ConsoleProbe.h"
#include "support/PostedEvents.h"
#include "support/SandboxControl.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <memory>

class TestBulkConfirm : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void shortcutActsOnTheWholeSelection();
    void contextMenuCopiesIdsAndOpensLeads();
    void pauseAllConfirmationFollowsThePolls();
    void completedMeanwhileIsInformationInTheProgressWindow();
    void enterConfirmsPauseAllOnceAReasonIsTyped();
    void resumeIncidentAsksFirst();

private:
    SandboxControl &sandbox();
    QJsonObject control(const QByteArray &method, const QString &path,
                        const QJsonObject &body = QJsonObject());
    QStringList posts(const QString &action);
    void insert(const QString &id, const QString &name, const QString &status, int leads);
    QString status(const QString &id);
    void refreshAndWaitFor(const QStringList &ids);
    QRect rowRect(const QString &id);
    void clickRow(const QString &id, Qt::KeyboardModifiers modifiers = Qt::NoModifier,
                  Qt::MouseButton button = Qt::LeftButton);
    QString shownStatus(const QString &id);
    QMenu *waitForPopup();
    QWidget *focusIn(QWidget *dialog);
    void clickMenuItem(QMenu *menu, const QString &text);
    BulkActionsController *bulk() const { return m_console->bulkActions(); }
    BulkConfirmDialog *waitForConfirm();
    bool waitIdle(int timeoutMs = 15000);
    bool settled();
    QString statusBarText() const { return m_console->window()->statusBar()->currentMessage(); }
    static void shot(QWidget *w, const QString &name);

    QTemporaryDir m_data;
    SandboxHost m_sandbox;
    std::unique_ptr<SandboxControl> m_control;
    std::unique_ptr<ConsoleApp> m_console;
};

void TestBulkConfirm::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("DialNexaTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_ui_bulk_confirm"));
    Settings().clear();
    QVERIFY(m_data.isValid());
    qputenv("DIALNEXA_DATA_DIR", m_data.path().toUtf8());

    SandboxOptions options;
    options.tickMs = 0;
    options.workflowCount = 4;
    options.seed = 15;
    QVERIFY(m_sandbox.start(options));
}

void TestBulkConfirm::init()
{
    control("POST", QStringLiteral("reset"));
    ConsoleOptions options;
    options.persistentAccount = false;
    options.sandbox = true;
    options.sandboxBaseUrl = m_sandbox.baseUrl();
    options.sandboxApiKey = m_sandbox.apiKey();
    options.refreshIntervalMs = 10 * 60 * 1000; // polls are triggered by the test
    m_console = std::make_unique<ConsoleApp>(options);
    m_console->start();
    QTRY_VERIFY_WITH_TIMEOUT(m_console->model()->hasLoaded(), 10000);
    QVERIFY(QTest::qWaitForWindowExposed(m_console->window()));
    QVERIFY(QTest::qWaitForWindowActive(m_console->window()));
}

void TestBulkConfirm::cleanup()
{
    if (QWidget *popup = QApplication::activePopupWidget())
        popup->close();
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (qobject_cast<QDialog *>(w) && w->isVisible())
            w->close();
    }
    m_console.reset();
}

SandboxControl &TestBulkConfirm::sandbox()
{
    if (!m_control)
        m_control = std::make_unique<SandboxControl>(m_sandbox.controlUrl());
    return *m_control;
}

QJsonObject TestBulkConfirm::control(const QByteArray &method, const QString &path,
                                     const QJsonObject &body)
{
    return sandbox().json(method, path, body);
}

QStringList TestBulkConfirm::posts(const QString &action)
{
    return sandbox().postedIds(action);
}

void TestBulkConfirm::insert(const QString &id, const QString &name, const QString &st, int leads)
{
    QVERIFY(sandbox().insertWorkflow(id, name, st, leads));
}

QString TestBulkConfirm::status(const QString &id)
{
    return sandbox().status(id);
}

void TestBulkConfirm::refreshAndWaitFor(const QStringList &ids)
{
    ConsoleProbe::refreshAction(m_console->window())->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(
        std::all_of(ids.begin(), ids.end(),
                    [this](const QString &id) { return m_console->model()->rowOf(id) >= 0; }),
        10000);
    control("DELETE", QStringLiteral("requests"));
}

QRect TestBulkConfirm::rowRect(const QString &id)
{
    QTableView *table = ConsoleProbe::table(m_console->window());
    const int row = m_console->model()->rowOf(id);
    const QModelIndex index = m_console->shownRows()->mapFromSource(
        m_console->model()->index(row, WorkflowListModel::NameColumn));
    table->scrollTo(index);
    return table->visualRect(index);
}

void TestBulkConfirm::clickRow(const QString &id, Qt::KeyboardModifiers modifiers,
                               Qt::MouseButton button)
{
    QTableView *table = ConsoleProbe::table(m_console->window());
    const QRect rect = rowRect(id);
    QVERIFY2(rect.isValid(), qPrintable(id));
    if (button == Qt::RightButton) {
        // Through the window, as the platform delivers it: the press opens the context menu.
        QWidget *top = table->window();
        QTest::mouseClick(top->windowHandle(), button, modifiers,
                          table->viewport()->mapTo(top, rect.center()));
        return;
    }
    QTest::mouseClick(table->viewport(), button, modifiers, rect.center());
}

QString TestBulkConfirm::shownStatus(const QString &id)
{
    const int row = m_console->model()->rowOf(id);
    if (row < 0)
        return QString();
    return m_console->model()
        ->index(row, WorkflowListModel::StatusColumn)
        .data(Qt::DisplayRole)
        .toString();
}

// The widget that has the keyboard focus once `dialog` is the active window (null if never).
QWidget *TestBulkConfirm::focusIn(QWidget *dialog)
{
    if (!QTest::qWaitForWindowActive(dialog))
        return nullptr;
    const bool inside = QTest::qWaitFor(
        [dialog] {
            QWidget *focus = QApplication::focusWidget();
            return focus && dialog->isAncestorOf(focus);
        },
        5000);
    return inside ? QApplication::focusWidget() : nullptr;
}

QMenu *TestBulkConfirm::waitForPopup()
{
    QMenu *menu = nullptr;
    const bool shown = QTest::qWaitFor(
        [&] {
            menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            return menu && menu->isVisible();
        },
        5000);
    return shown ? menu : nullptr;
}

void TestBulkConfirm::clickMenuItem(QMenu *menu, const QString &text)
{
    QAction *found = nullptr;
    for (QAction *a : menu->actions()) {
        if (a->isVisible() && a->iconText() == text)
            found = a;
    }
    QVERIFY2(found, qPrintable(text));
    QVERIFY2(found->isEnabled(), qPrintable(text));
    QTest::mouseClick(menu, Qt::LeftButton, Qt::NoModifier, menu->actionGeometry(found).center());
}

BulkConfirmDialog *TestBulkConfirm::waitForConfirm()
{
    BulkConfirmDialog *dialog = nullptr;
    const bool shown = QTest::qWaitFor(
        [&] {
            dialog = bulk()->confirmDialog();
            return dialog && dialog->isVisible();
        },
        5000);
    return shown ? dialog : nullptr;
}

bool TestBulkConfirm::waitIdle(int timeoutMs)
{
    return QTest::qWaitFor(
        [this] {
            return !bulk()->isBusy() && bulk()->progressWindow() &&
                   !bulk()->progressWindow()->isRunning();
        },
        timeoutMs);
}

bool TestBulkConfirm::settled()
{
    if (!m_control)
        m_control = std::make_unique<SandboxControl>(m_sandbox.controlUrl());
    return PostedEvents::flush() &&
           m_control->sentinel(m_console->client()->networkAccessManager(), m_sandbox.baseUrl());
}

void TestBulkConfirm::shot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("DIALNEXA_UI_SHOT_DIR");
    if (dir.isEmpty() || !w)
        return;
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    w->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

// ---------------------------------------------------------------------------------------

// Item 2: three paused rows picked with click and Ctrl+click; Ctrl+R resumes all three
// (not only the current one) through the bulk path, and the buttons say so.
void TestBulkConfirm::shortcutActsOnTheWholeSelection()
{
    const QStringList ids{QStringLiteral("wf_sel_1"), QStringLiteral("wf_sel_2"),
                          QStringLiteral("wf_sel_3")};
    insert(ids[0], QStringLiteral("Selection A"), QStringLiteral("paused"), 10);
    insert(ids[1], QStringLiteral("Selection B"), QStringLiteral("paused"), 20);
    insert(ids[2], QStringLiteral("Selection C"), QStringLiteral("paused"), 30);
    insert(QStringLiteral("wf_sel_4"), QStringLiteral("Selection D"), QStringLiteral("paused"), 5);
    refreshAndWaitFor(ids);
    QWidget *window = m_console->window();
    QAction *resume = ConsoleProbe::resumeAction(window);
    auto *detailsResume = window->findChild<QToolButton *>(QStringLiteral("detailsResumeButton"));
    QVERIFY(detailsResume);

    clickRow(ids[0]);
    QTRY_COMPARE(m_console->window()->currentWorkflowId(), ids[0]);
    QCOMPARE(resume->iconText(), QStringLiteral("Resume")); // one row: as before
    clickRow(ids[1], Qt::ControlModifier);
    clickRow(ids[2], Qt::ControlModifier);
    QTRY_COMPARE(m_console->window()->selectedWorkflowIds().size(), 3);
    QCOMPARE(resume->iconText(), QStringLiteral("Resume 3 workflows"));
    QCOMPARE(detailsResume->text(), QStringLiteral("Resume 3 workflows"));
    // The longer text does not push Cancel… out of the details pane.
    auto *detailsCancel = window->findChild<QToolButton *>(QStringLiteral("detailsCancelButton"));
    QWidget *pane = ConsoleProbe::details(window);
    QTRY_VERIFY(pane->rect().contains(
        QRect(detailsCancel->mapTo(pane, QPoint(0, 0)), detailsCancel->size())));
    shot(window, QStringLiteral("selection_three_paused"));

    QTest::keyClick(ConsoleProbe::table(window), Qt::Key_R, Qt::ControlModifier);
    BulkConfirmDialog *dialog = waitForConfirm();
    QVERIFY(dialog);
    QCOMPARE(dialog->confirmButton()->text(), QStringLiteral("Resume 3 workflows"));
    QWidget *focus = focusIn(dialog);
    QVERIFY(focus);
    QTest::keyClick(focus, Qt::Key_Return);
    QVERIFY(waitIdle());
    QCOMPARE(posts(QStringLiteral("resume")), ids);
    for (const QString &id : ids)
        QTRY_COMPARE(shownStatus(id), QStringLiteral("Active"));
    QCOMPARE(shownStatus(QStringLiteral("wf_sel_4")), QStringLiteral("Paused"));
}

// Item 2: the rows' context menu offers Pause, Resume, Cancel…, Copy ID and Open leads;
// Copy ID copies the ids of the selection, one a line; Open leads shows the Leads tab.
void TestBulkConfirm::contextMenuCopiesIdsAndOpensLeads()
{
    insert(QStringLiteral("wf_ctx_1"), QStringLiteral("Context A"), QStringLiteral("active"), 3);
    insert(QStringLiteral("wf_ctx_2"), QStringLiteral("Context B"), QStringLiteral("active"), 4);
    refreshAndWaitFor({QStringLiteral("wf_ctx_1"), QStringLiteral("wf_ctx_2")});
    QGuiApplication::clipboard()->clear();

    clickRow(QStringLiteral("wf_ctx_1"), Qt::NoModifier, Qt::RightButton);
    QMenu *menu = waitForPopup();
    QVERIFY(menu);
    QStringList texts;
    for (QAction *a : menu->actions()) {
        if (!a->isSeparator() && a->isVisible())
            texts << a->iconText();
    }
    for (const char *expected : {"Pause", "Resume", "Cancel…", "Copy ID", "Open leads"})
        QVERIFY2(texts.contains(QString::fromUtf8(expected)), qPrintable(texts.join(u'|')));
    shot(menu, QStringLiteral("context_menu"));
    clickMenuItem(menu, QStringLiteral("Copy ID"));
    QTRY_COMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("wf_ctx_1"));
    QCOMPARE(m_console->window()->currentWorkflowId(), QStringLiteral("wf_ctx_1"));

    // With two rows selected: both ids, and Pause says it acts on both.
    clickRow(QStringLiteral("wf_ctx_2"), Qt::ControlModifier);
    clickRow(QStringLiteral("wf_ctx_2"), Qt::NoModifier, Qt::RightButton);
    menu = waitForPopup();
    QVERIFY(menu);
    QStringList after;
    for (QAction *a : menu->actions())
        after << a->iconText();
    QVERIFY2(after.contains(QStringLiteral("Pause 2 workflows")), qPrintable(after.join(u'|')));
    QVERIFY2(after.contains(QStringLiteral("Copy 2 IDs")), qPrintable(after.join(u'|')));
    clickMenuItem(menu, QStringLiteral("Copy 2 IDs"));
    QTRY_COMPARE(QGuiApplication::clipboard()->text(),
                 m_console->window()->selectedWorkflowIds().join(u'\n'));
    QCOMPARE(m_console->window()->selectedWorkflowIds().size(), 2);

    clickRow(QStringLiteral("wf_ctx_2"));
    clickRow(QStringLiteral("wf_ctx_2"), Qt::NoModifier, Qt::RightButton);
    menu = waitForPopup();
    QVERIFY(menu);
    clickMenuItem(menu, QStringLiteral("Open leads"));
    QTabWidget *tabs = ConsoleProbe::sidePaneTabs(m_console->window());
    QTRY_COMPARE(tabs->tabText(tabs->currentIndex()), QStringLiteral("Leads"));
}

// Item 3: the confirmation follows the polls while it is open; a workflow that completed
// meanwhile leaves the count and is named as information, and is never sent.
void TestBulkConfirm::pauseAllConfirmationFollowsThePolls()
{
    const QStringList ids{QStringLiteral("wf_live_1"), QStringLiteral("wf_live_2"),
                          QStringLiteral("wf_live_3")};
    insert(ids[0], QStringLiteral("Live A"), QStringLiteral("active"), 10);
    insert(ids[1], QStringLiteral("Live B"), QStringLiteral("active"), 10);
    insert(ids[2], QStringLiteral("Live C"), QStringLiteral("active"), 10);
    refreshAndWaitFor(ids);
    ConsoleProbe::searchField(m_console->window())->setText(QStringLiteral("Live "));
    QTRY_COMPARE(m_console->shownRows()->rowCount(), 3);

    QTest::keyClick(ConsoleProbe::table(m_console->window()), Qt::Key_P,
                    Qt::ControlModifier | Qt::ShiftModifier);
    BulkConfirmDialog *dialog = waitForConfirm();
    QVERIFY(dialog);
    QCOMPARE(dialog->confirmButton()->text(), QStringLiteral("Pause 3 workflows"));
    QCOMPARE(dialog->nameList()->count(), 3);

    // B completes on its own and the next poll sees it.
    control("POST", QStringLiteral("workflows/wf_live_2/status"), {{"status", "completed"}});
    ConsoleProbe::refreshAction(m_console->window())->trigger();
    QTRY_COMPARE(dialog->confirmButton()->text(), QStringLiteral("Pause 2 workflows"));
    QCOMPARE(dialog->nameList()->count(), 2);
    auto *changes = dialog->findChild<QLabel *>(QStringLiteral("bulkConfirmChanges"));
    QVERIFY(changes);
    QVERIFY(changes->isVisible());
    QVERIFY2(changes->text().contains(QStringLiteral("Live B: completed meanwhile — nothing to "
                                                     "pause")),
             qPrintable(changes->text()));
    QVERIFY2(dialog->findChild<QLabel *>(QStringLiteral("bulkConfirmTitle"))
                 ->text()
                 .contains(QStringLiteral("these 2 workflows")),
             qPrintable(dialog->findChild<QLabel *>(QStringLiteral("bulkConfirmTitle"))->text()));
    shot(dialog, QStringLiteral("confirm_live_after_poll"));

    QWidget *focus = focusIn(dialog);
    QCOMPARE(focus, dialog->reasonField());
    QTest::keyClicks(focus, QStringLiteral("Carrier outage"));
    QTest::keyClick(focus, Qt::Key_Return);
    QVERIFY(waitIdle());
    QCOMPARE(posts(QStringLiteral("pause")), (QStringList{ids[0], ids[2]}));
    BulkProgressWindow *progress = bulk()->progressWindow();
    QCOMPARE(progress->rowCount(), 2);
    QVERIFY2(!progress->summaryLabel()->text().contains(QStringLiteral("conflict")),
             qPrintable(progress->summaryLabel()->text()));
}

// Item 3: a workflow that completed after the last poll gets a 409 for its pause; that is
// information ("completed meanwhile — nothing to pause"), not a red conflict.
void TestBulkConfirm::completedMeanwhileIsInformationInTheProgressWindow()
{
    insert(QStringLiteral("wf_cm_1"), QStringLiteral("Meanwhile A"), QStringLiteral("active"), 5);
    insert(QStringLiteral("wf_cm_2"), QStringLiteral("Meanwhile B"), QStringLiteral("active"), 5);
    refreshAndWaitFor({QStringLiteral("wf_cm_1"), QStringLiteral("wf_cm_2")});
    ConsoleProbe::searchField(m_console->window())->setText(QStringLiteral("Meanwhile "));
    QTRY_COMPARE(m_console->shownRows()->rowCount(), 2);

    QTest::keyClick(ConsoleProbe::table(m_console->window()), Qt::Key_P,
                    Qt::ControlModifier | Qt::ShiftModifier);
    BulkConfirmDialog *dialog = waitForConfirm();
    QVERIFY(dialog);
    control("POST", QStringLiteral("workflows/wf_cm_2/status"), {{"status", "completed"}});
    QWidget *focus = focusIn(dialog);
    QCOMPARE(focus, dialog->reasonField());
    QTest::keyClicks(focus, QStringLiteral("Bad prompt"));
    QTest::keyClick(focus, Qt::Key_Return);
    QVERIFY(waitIdle());

    BulkProgressWindow *progress = bulk()->progressWindow();
    QCOMPARE(progress->outcomeText(QStringLiteral("wf_cm_1")), QStringLiteral("Paused"));
    QCOMPARE(progress->outcomeText(QStringLiteral("wf_cm_2")),
             QStringLiteral("Completed meanwhile — nothing to pause"));
    const QString summary = progress->summaryLabel()->text();
    QVERIFY2(!summary.contains(QStringLiteral("conflict")), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("1 completed meanwhile")), qPrintable(summary));
    QVERIFY2(!statusBarText().contains(QStringLiteral("conflict")), qPrintable(statusBarText()));
    shot(progress, QStringLiteral("progress_completed_meanwhile"));
}

// Item 4: the reason field has focus; Enter without a reason does nothing, Escape cancels
// and the status bar says so; once a reason is typed Enter confirms "Pause N workflows".
void TestBulkConfirm::enterConfirmsPauseAllOnceAReasonIsTyped()
{
    insert(QStringLiteral("wf_key_1"), QStringLiteral("Keys A"), QStringLiteral("active"), 5);
    insert(QStringLiteral("wf_key_2"), QStringLiteral("Keys B"), QStringLiteral("running"), 5);
    refreshAndWaitFor({QStringLiteral("wf_key_1"), QStringLiteral("wf_key_2")});
    ConsoleProbe::searchField(m_console->window())->setText(QStringLiteral("Keys "));
    QTRY_COMPARE(m_console->shownRows()->rowCount(), 2);
    QTableView *table = ConsoleProbe::table(m_console->window());

    QTest::keyClick(table, Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
    BulkConfirmDialog *dialog = waitForConfirm();
    QVERIFY(dialog);
    QWidget *focus = focusIn(dialog);
    QCOMPARE(focus, dialog->reasonField());
    QPointer<BulkConfirmDialog> guard(dialog);
    QTest::keyClick(focus, Qt::Key_Return); // no reason yet
    QVERIFY(guard && guard->isVisible());
    QTest::keyClick(focus, Qt::Key_Escape);
    QTRY_VERIFY(!guard || !guard->isVisible());
    QTRY_COMPARE(statusBarText(), QStringLiteral("Nothing was paused."));
    QVERIFY(settled());
    QVERIFY(posts(QStringLiteral("pause")).isEmpty());

    // A window manager gives the focus back to the main window; the offscreen platform
    // does not, so do what it would.
    m_console->window()->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_console->window()));
    QTest::keyClick(table, Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
    dialog = waitForConfirm();
    QVERIFY(dialog);
    focus = focusIn(dialog);
    QCOMPARE(focus, dialog->reasonField());
    QTest::keyClicks(focus, QStringLiteral("Quiet hours"));
    QVERIFY(dialog->confirmButton()->isDefault());
    QCOMPARE(dialog->confirmButton()->text(), QStringLiteral("Pause 2 workflows"));
    shot(dialog, QStringLiteral("confirm_reason_typed"));
    QTest::keyClick(focus, Qt::Key_Return);
    QVERIFY(waitIdle());
    QCOMPARE(posts(QStringLiteral("pause")),
             (QStringList{QStringLiteral("wf_key_1"), QStringLiteral("wf_key_2")}));
    QVERIFY(!bulk()->progressWindow()->incidentId().isEmpty());
}

// Item 5: "Resume incident" asks first, naming what it will resume and what it leaves alone
// and why; Escape sends nothing; Enter resumes with the optional note in the audit log.
void TestBulkConfirm::resumeIncidentAsksFirst()
{
    insert(QStringLiteral("wf_ir_1"), QStringLiteral("Incident A"), QStringLiteral("active"), 3);
    insert(QStringLiteral("wf_ir_2"), QStringLiteral("Incident B"), QStringLiteral("active"), 3);
    insert(QStringLiteral("wf_ir_3"), QStringLiteral("Incident C (paused before)"),
           QStringLiteral("active"), 3);
    refreshAndWaitFor({QStringLiteral("wf_ir_1"), QStringLiteral("wf_ir_3")});
    // C was paused by someone else just before the incident's pause reached it.
    control("POST", QStringLiteral("workflows/wf_ir_3/status"), {{"status", "paused"}});
    ConsoleProbe::searchField(m_console->window())->setText(QStringLiteral("Incident "));
    QTRY_COMPARE(m_console->shownRows()->rowCount(), 3);
    QTest::keyClick(ConsoleProbe::table(m_console->window()), Qt::Key_P,
                    Qt::ControlModifier | Qt::ShiftModifier);
    BulkConfirmDialog *pause = waitForConfirm();
    QVERIFY(pause);
    QWidget *focus = focusIn(pause);
    QVERIFY(focus);
    QTest::keyClicks(focus, QStringLiteral("Carrier outage"));
    QTest::keyClick(focus, Qt::Key_Return);
    QVERIFY(waitIdle());
    const QString incident = bulk()->progressWindow()->incidentId();
    QVERIFY(!incident.isEmpty());
    bulk()->progressWindow()->close();
    control("DELETE", QStringLiteral("requests"));

    m_console->incidents()->resumeIncidentAction()->trigger();
    IncidentsDialog *incidents = nullptr;
    QTRY_VERIFY((incidents = m_console->incidents()->incidentsDialog()) && incidents->isVisible());
    QVERIFY(incidents->selectIncident(incident));
    QTest::mouseClick(incidents->resumeButton(), Qt::LeftButton);

    IncidentResumeDialog *ask = nullptr;
    QTRY_VERIFY((ask = incidents->findChild<IncidentResumeDialog *>()) && ask->isVisible());
    QCOMPARE(ask->confirmButton()->text(), QStringLiteral("Resume 2 workflows"));
    QCOMPARE(ask->nameList()->count(), 2);
    QVERIFY2(ask->leftAloneLabel()->text().contains(
                 QStringLiteral("1 was already paused before the incident")),
             qPrintable(ask->leftAloneLabel()->text()));
    QVERIFY2(ask->leftAloneLabel()->text().contains(QStringLiteral("Incident C (paused before)")),
             qPrintable(ask->leftAloneLabel()->text()));
    shot(ask, QStringLiteral("incident_resume_confirm"));
    focus = focusIn(ask);
    QCOMPARE(focus, ask->noteField());
    QPointer<IncidentResumeDialog> guard(ask);
    QTest::keyClick(focus, Qt::Key_Escape);
    QTRY_VERIFY(!guard || !guard->isVisible());
    QTRY_COMPARE(statusBarText(), QStringLiteral("Nothing was resumed."));
    QVERIFY(settled());
    QVERIFY(posts(QStringLiteral("resume")).isEmpty());

    QTest::mouseClick(incidents->resumeButton(), Qt::LeftButton);
    QTRY_VERIFY((ask = incidents->findChild<IncidentResumeDialog *>()) && ask->isVisible());
    focus = focusIn(ask);
    QCOMPARE(focus, ask->noteField());
    QTest::keyClicks(focus, QStringLiteral("Carrier confirmed the fix"));
    QTest::keyClick(focus, Qt::Key_Return);
    QVERIFY(waitIdle());
    QCOMPARE(posts(QStringLiteral("resume")),
             (QStringList{QStringLiteral("wf_ir_1"), QStringLiteral("wf_ir_2")}));
    QCOMPARE(status(QStringLiteral("wf_ir_3")), QStringLiteral("paused"));

    // The note is kept with the resume in the audit log.
    bool noted = false;
    for (const AuditEntry &e : m_console->auditLog()->entries()) {
        noted |= e.workflowId == QLatin1String("wf_ir_1") && e.action == QLatin1String("resume") &&
                 e.reason.contains(QStringLiteral("Carrier confirmed the fix"));
    }
    QVERIFY(noted);
}

QTEST_MAIN(TestBulkConfirm)
#include "tst_bulk_confirm.moc"

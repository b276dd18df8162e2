// The console on any screen, with any workflow name: on a 1024×640 laptop and on a
// 1400×900 monitor (two offscreen screens, tests/ui/shell/layout-screens.json), a saved
// geometry that does not fit is fitted, the columns a supervisor needs stay visible, the
// details pane makes room when the window is narrow, and a 170-character name neither
// widens the window nor pushes Cancel or the connection indicator out of it.

#include "ConsoleApp.h"
#include "bulk/BulkActionsController.h"
#include "bulk/BulkConfirmDialog.h"
#include "bulk/BulkProgressWindow.h"
#include "shell/MainWindow.h"
#include "shell/SettingsDialog.h"
#include "style/ElidedLabel.h"
#include "style/PlainText.h"
#include "workflows/WorkflowFilterProxy.h"
#include "workflows/WorkflowListModel.h"

#include "SandboxHost.h"
#include "SandboxOptions.h"
#include "storage/Settings.h"
#include "support/ConsoleProbe.h"
#include "support/SandboxControl.h"

#include <QAbstractButton>
#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QScreen>
#include <QSpinBox>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>

#include <memory>

namespace {

// 170 characters without a space, as a generated name might be.
const QString LongName = QStringLiteral("Delivery_Slot_Confirmation-Bengaluru-North-") +
                         QString(QStringLiteral("x")).repeated(109) +
                         QStringLiteral("-Wave3-FINAL-v2xyz");
const QString SnakeName = QStringLiteral("outbound_delivery_slot_confirmation_bengaluru_north_");
const QString HostileName =
    QStringLiteral("<b>Spring</b>\nlate\tbatch \u202Eevil\u202C <a href=\"https://x\">link</a> ") +
    QString(QStringLiteral("y")).repeated(80);

QScreen *screenNamed(const QString &name)
{
    for (QScreen *s : QGuiApplication::screens()) {
        if (s->name() == name)
            return s;
    }
    qFatal("no offscreen screen named %s", qPrintable(name));
    return nullptr;
}

// `w` is shown and lies wholly inside `window`.
bool inside(const QWidget *w, const QWidget *window)
{
    if (!w->isVisible())
        return false;
    const QRect r(w->mapTo(window, QPoint(0, 0)), w->size());
    return window->rect().contains(r);
}

} // namespace

class TestLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void emptyTableHeaderShowsWholeTitles();
    void savedGeometryTooBigIsFittedToTheScreen();
    void savedGeometryThatFitsIsRestored();
    void smallScreenKeepsNameStatusAndLeadsVisible();
    void detailsPaneCollapsesWhenTheWindowIsNarrow();
    void columnsHiddenForRoomComeBackWhenTheWindowWidens();
    void longNamesNeverMoveTheWindowOrItsControls_data();
    void longNamesNeverMoveTheWindowOrItsControls();
    void progressWindowGivesNamesTheWidthAndSpeaksPlainly();
    void parallelRequestsAreASetting();

private:
    void startOn(const QString &screen);
    void selectByTyping(const QString &id);
    static void shot(QWidget *w, const QString &name);

    QTemporaryDir m_data;
    SandboxHost m_sandbox;
    std::unique_ptr<SandboxControl> m_control;
    std::unique_ptr<ConsoleApp> m_console;
};

void TestLayout::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("DialNexaTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_ui_layout"));
    QVERIFY(m_data.isValid());
    qputenv("DIALNEXA_DATA_DIR", m_data.path().toUtf8());
    QCOMPARE(QGuiApplication::screens().size(), 2);
    SandboxOptions options;
    options.tickMs = 0;
    options.workflowCount = 6;
    options.seed = 11;
    QVERIFY(m_sandbox.start(options));
    m_control = std::make_unique<SandboxControl>(m_sandbox.controlUrl());
}

void TestLayout::init()
{
    Settings().clear();
    m_control->json("POST", QStringLiteral("reset"));
}

void TestLayout::cleanup()
{
    m_console.reset();
}

void TestLayout::startOn(const QString &screen)
{
    ConsoleOptions options;
    options.persistentAccount = false;
    options.sandbox = true;
    options.sandboxBaseUrl = m_sandbox.baseUrl();
    options.sandboxApiKey = m_sandbox.apiKey();
    options.refreshIntervalMs = 10 * 60 * 1000;
    m_console = std::make_unique<ConsoleApp>(options);
    MainWindow *window = m_console->window();
    window->setScreen(screenNamed(screen));
    window->move(screenNamed(screen)->availableGeometry().topLeft());
    m_console->start();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QTRY_VERIFY_WITH_TIMEOUT(m_console->model()->hasLoaded(), 10000);
}

void TestLayout::selectByTyping(const QString &id)
{
    // As a supervisor finds one workflow: type its ID in the search, click the row.
    MainWindow *window = m_console->window();
    QLineEdit *search = ConsoleProbe::searchField(window);
    QTest::mouseClick(search, Qt::LeftButton);
    QTest::keyClicks(search, id);
    QTableView *table = ConsoleProbe::table(window);
    QTRY_COMPARE(table->model()->rowCount(), 1);
    const QModelIndex cell = table->model()->index(0, WorkflowListModel::StatusColumn);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(cell).center());
    QTRY_COMPARE(window->currentWorkflowId(), id);
}

void TestLayout::shot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("DIALNEXA_UI_SHOT_DIR");
    if (dir.isEmpty())
        return;
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QVERIFY(w->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png")));
}

// ---------------------------------------------------------------------------------------

void TestLayout::emptyTableHeaderShowsWholeTitles()
{
    // Before the first load (no key yet), the header is all a supervisor sees.
    ConsoleOptions options;
    options.persistentAccount = false;
    m_console = std::make_unique<ConsoleApp>(options);
    MainWindow *window = m_console->window();
    window->setScreen(screenNamed(QStringLiteral("Small")));
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QTableView *table = ConsoleProbe::table(window);
    QHeaderView *header = table->horizontalHeader();
    for (int c = 0; c < header->count(); ++c) {
        if (header->isSectionHidden(c))
            continue;
        const QString title = table->model()->headerData(c, Qt::Horizontal).toString();
        QVERIFY2(header->sectionSize(c) >= header->sectionSizeHint(c),
                 qPrintable(QStringLiteral("“%1” is cut: %2 px of %3")
                                .arg(title)
                                .arg(header->sectionSize(c))
                                .arg(header->sectionSizeHint(c))));
    }
}

void TestLayout::savedGeometryTooBigIsFittedToTheScreen()
{
    // Last used on a big monitor at 1280×760; now opened on a 1024×640 laptop.
    {
        QWidget big;
        big.setScreen(screenNamed(QStringLiteral("Small")));
        big.setGeometry(0, 0, 1280, 760);
        Settings().setWindowGeometry(big.saveGeometry());
    }
    startOn(QStringLiteral("Small"));
    MainWindow *window = m_console->window();
    const QRect available = screenNamed(QStringLiteral("Small"))->availableGeometry();
    QVERIFY2(available.contains(window->frameGeometry()),
             qPrintable(QStringLiteral("%1,%2 %3×%4")
                            .arg(window->frameGeometry().x())
                            .arg(window->frameGeometry().y())
                            .arg(window->frameGeometry().width())
                            .arg(window->frameGeometry().height())));
    // Profile, Sign out and the status bar are on screen.
    QVERIFY(inside(ConsoleProbe::profileCombo(window), window));
    QVERIFY(inside(window->statusBar(), window));
    QVERIFY(inside(ConsoleProbe::find<QWidget>(window, "connectionIndicator"), window));
}

void TestLayout::savedGeometryThatFitsIsRestored()
{
    {
        QWidget saved;
        saved.setScreen(screenNamed(QStringLiteral("Large")));
        saved.setGeometry(1100, 40, 1200, 800);
        Settings().setWindowGeometry(saved.saveGeometry());
    }
    startOn(QStringLiteral("Large"));
    QCOMPARE(m_console->window()->size(), QSize(1200, 800));
}

void TestLayout::smallScreenKeepsNameStatusAndLeadsVisible()
{
    startOn(QStringLiteral("Small"));
    QTableView *table = ConsoleProbe::table(m_console->window());
    QHeaderView *header = table->horizontalHeader();
    const int viewport = table->viewport()->width();
    for (int c : {int(WorkflowListModel::NameColumn), int(WorkflowListModel::StatusColumn),
                  int(WorkflowListModel::EnrolledLeadsColumn)}) {
        const QString title = table->model()->headerData(c, Qt::Horizontal).toString();
        QVERIFY2(!header->isSectionHidden(c), qPrintable(title));
        const int right = header->sectionViewportPosition(c) + header->sectionSize(c);
        QVERIFY2(
            header->sectionViewportPosition(c) >= 0 && right <= viewport,
            qPrintable(QStringLiteral("%1 ends at %2 of %3").arg(title).arg(right).arg(viewport)));
        QVERIFY2(header->sectionSize(c) >= header->sectionSizeHint(c), qPrintable(title));
    }
    // Nothing needs the horizontal scroll bar: the others were hidden or narrowed first.
    QVERIFY(header->length() <= viewport);
}

void TestLayout::columnsHiddenForRoomComeBackWhenTheWindowWidens()
{
    // A supervisor narrows the window, then widens it again: the columns that gave way come
    // back (the stretched last column must not count as room the others need). Enough rows
    // for a vertical scroll bar, as in a real workspace.
    for (int i = 0; i < 40; ++i)
        QVERIFY(m_control->insertWorkflow(QStringLiteral("wf_many_%1").arg(i),
                                          QStringLiteral("Many %1").arg(i),
                                          QStringLiteral("active")));
    startOn(QStringLiteral("Large"));
    MainWindow *window = m_console->window();
    QHeaderView *header = ConsoleProbe::table(window)->horizontalHeader();
    auto shown = [header] {
        QList<int> columns;
        for (int c = 0; c < header->count(); ++c) {
            if (!header->isSectionHidden(c))
                columns << c;
        }
        return columns;
    };
    const QList<int> wide = shown();
    QVERIFY(wide.contains(int(WorkflowListModel::UpdatedColumn)));
    const QSize size = window->size();
    window->resize(950, size.height());
    QTRY_VERIFY(shown().size() < wide.size());
    window->resize(size);
    QTRY_COMPARE(shown(), wide);
}

void TestLayout::detailsPaneCollapsesWhenTheWindowIsNarrow()
{
    startOn(QStringLiteral("Large"));
    MainWindow *window = m_console->window();
    QWidget *details = ConsoleProbe::find<QWidget>(window, "sidePaneTabs");
    QTableView *table = ConsoleProbe::table(window);
    QTRY_VERIFY(details->isVisible());
    // The supervisor drags the window narrow: the table keeps the room, the details go.
    window->resize(720, 600);
    QTRY_VERIFY(!details->isVisible());
    QTRY_VERIFY(table->width() > 600);
    window->resize(1200, 760);
    QTRY_VERIFY(details->isVisible());
    QVERIFY(table->width() >= details->width());
}

void TestLayout::longNamesNeverMoveTheWindowOrItsControls_data()
{
    QTest::addColumn<QString>("screen");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("shotName");
    QTest::newRow("170 chars, 1024x640") << "Small" << LongName << "long-name-1024x640";
    QTest::newRow("170 chars, 1400x900") << "Large" << LongName << "long-name-1400x900";
    QTest::newRow("snake_case, 1024x640") << "Small" << SnakeName << QString();
    QTest::newRow("snake_case, 1400x900") << "Large" << SnakeName << QString();
    QTest::newRow("markup+controls, 1024x640") << "Small" << HostileName << QString();
}

void TestLayout::longNamesNeverMoveTheWindowOrItsControls()
{
    QFETCH(QString, screen);
    QFETCH(QString, name);
    QFETCH(QString, shotName);
    QCOMPARE(LongName.size(), 170);
    QCOMPARE(SnakeName.size(), 52);
    const QString id = QStringLiteral("wf_long_name");
    QVERIFY(m_control->insertWorkflow(id, name, QStringLiteral("active")));
    startOn(screen);
    MainWindow *window = m_console->window();
    QTRY_VERIFY(m_console->model()->rowOf(id) >= 0);
    const QSize before = window->size();

    selectByTyping(id);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QCOMPARE(window->size(), before);
    QVERIFY(screenNamed(screen)->availableGeometry().contains(window->frameGeometry()));

    QTableView *table = ConsoleProbe::table(window);
    auto *splitter = ConsoleProbe::find<QSplitter>(window, "mainSplitter");
    QVERIFY2(
        table->width() >= splitter->width() / 2,
        qPrintable(QStringLiteral("table %1 of %2").arg(table->width()).arg(splitter->width())));
    QVERIFY(
        inside(ConsoleProbe::toolBar(window)->widgetForAction(ConsoleProbe::cancelAction(window)),
               window));
    QVERIFY(inside(ConsoleProbe::find<QWidget>(window, "connectionIndicator"), window));
    QVERIFY(inside(ConsoleProbe::find<QWidget>(window, "detailsCancelButton"), window));

    // The title elides; the full name is one hover away, shown literally.
    auto *title = ConsoleProbe::find<ElidedLabel>(window, "detailsName");
    QCOMPARE(title->text(), name);
    QCOMPARE(title->toolTip(), PlainText::toolTip(name));
    QVERIFY(inside(title, window));
    const QModelIndex cell = table->model()->index(0, WorkflowListModel::NameColumn);
    QVERIFY(cell.data(Qt::ToolTipRole).toString().startsWith(name));
    if (name != SnakeName)
        QVERIFY(title->shownText().contains(QChar(0x2026)));
    QVERIFY(!title->shownText().contains(QLatin1Char('\t')));

    if (!shotName.isEmpty())
        shot(window, shotName);
}

void TestLayout::progressWindowGivesNamesTheWidthAndSpeaksPlainly()
{
    QVERIFY(m_control->insertWorkflow(QStringLiteral("wf_pw_long"), LongName,
                                      QStringLiteral("active")));
    QVERIFY(m_control->insertWorkflow(QStringLiteral("wf_pw_503"),
                                      QStringLiteral("Delivery Slot Confirmation - Bengaluru"),
                                      QStringLiteral("active")));
    // DialNexa is having a bad moment for one of them.
    QVERIFY(m_control->fault({{"method", "POST"},
                              {"path", "/v1/workflows/wf_pw_503/pause"},
                              {"status", 503},
                              {"count", 1000}}));
    startOn(QStringLiteral("Large"));
    MainWindow *window = m_console->window();
    QLineEdit *search = ConsoleProbe::searchField(window);
    QTest::mouseClick(search, Qt::LeftButton);
    QTest::keyClicks(search, QStringLiteral("wf_pw_"));
    QTableView *table = ConsoleProbe::table(window);
    QTRY_COMPARE(table->model()->rowCount(), 2);
    QTest::keyClick(search, Qt::Key_Down);
    QTest::keyClick(table, Qt::Key_A, Qt::ControlModifier);
    QTRY_COMPARE(window->selectedWorkflowIds().size(), 2);
    BulkActionsController *bulk = m_console->bulkActions();
    bulk->pauseSelectedAction()->trigger(); // Workflow → Pause selected
    BulkConfirmDialog *confirm = nullptr;
    QTRY_VERIFY((confirm = bulk->confirmDialog()) && confirm->isVisible());
    QTest::mouseClick(confirm->confirmButton(), Qt::LeftButton);
    BulkProgressWindow *progress = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((progress = bulk->progressWindow()) && progress->isVisible() &&
                                 !progress->isRunning(),
                             20000);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);

    // Names get the width; the ID is there on demand.
    QTableWidget *rows = progress->table();
    QVERIFY(rows->isColumnHidden(BulkProgressWindow::DetailColumn));
    QVERIFY2(rows->columnWidth(BulkProgressWindow::WorkflowColumn) >= rows->viewport()->width() / 2,
             qPrintable(QString::number(rows->columnWidth(BulkProgressWindow::WorkflowColumn))));
    QCOMPARE(rows->textElideMode(), Qt::ElideMiddle);
    for (int r = 0; r < rows->rowCount(); ++r) {
        const QTableWidgetItem *name = rows->item(r, BulkProgressWindow::WorkflowColumn);
        QCOMPARE(name->toolTip(), name->text()); // the whole name, shown literally
    }
    auto *showIds = ConsoleProbe::find<QAbstractButton>(progress, "bulkShowIds");
    QTest::mouseClick(showIds, Qt::LeftButton);
    QVERIFY(!rows->isColumnHidden(BulkProgressWindow::DetailColumn));

    // Words a supervisor reads: no "refresh(es)", no "..", a 503 said as such.
    QVERIFY2(progress->outcomeText(QStringLiteral("wf_pw_503"))
                 .contains(QStringLiteral("DialNexa is having problems (HTTP 503)")),
             qPrintable(progress->outcomeText(QStringLiteral("wf_pw_503"))));
    QStringList texts;
    for (QLabel *l : progress->findChildren<QLabel *>())
        texts << l->text();
    for (int r = 0; r < rows->rowCount(); ++r) {
        for (int c = 0; c < rows->columnCount(); ++c)
            texts << rows->item(r, c)->text();
    }
    for (const QString &t : std::as_const(texts)) {
        QVERIFY2(!t.contains(QStringLiteral("..")), qPrintable(t));
        QVERIFY2(!t.contains(QStringLiteral(".)")), qPrintable(t));
        QVERIFY2(!t.contains(QStringLiteral("(es)")), qPrintable(t));
        QVERIFY2(!t.contains(QStringLiteral("Parallel requests")), qPrintable(t));
    }
    QVERIFY(progress->findChildren<QSpinBox *>().isEmpty());
    shot(progress, QStringLiteral("progress-window"));
    progress->close();
}

void TestLayout::parallelRequestsAreASetting()
{
    startOn(QStringLiteral("Large"));
    MainWindow *window = m_console->window();
    QAction *settingsAction = ConsoleProbe::action(window, "settingsAction");
    QVERIFY(window->menuBar()->actions().first()->menu()->actions().contains(settingsAction));
    settingsAction->trigger(); // File → Settings…
    SettingsDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window->findChild<SettingsDialog *>()) && dialog->isVisible());
    auto *spin = ConsoleProbe::find<QSpinBox>(dialog, "settingsBulkConcurrency");
    QCOMPARE(spin->value(), 4);
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    spin->setFocus();
    spin->selectAll();
    QTest::keyClicks(spin, QStringLiteral("7"));
    QTest::keyClick(spin, Qt::Key_Return); // OK is the default button
    QTRY_VERIFY(!dialog->isVisible());
    QCOMPARE(Settings().bulkConcurrency(), 7);
}

int main(int argc, char **argv)
{
    // Two screens of known sizes, before the application exists.
    qputenv("QT_QPA_PLATFORM", QByteArrayLiteral("offscreen:configfile=") + LAYOUT_SCREENS);
    QApplication app(argc, argv);
    TestLayout test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_layout.moc"

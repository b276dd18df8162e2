// A supervisor who never touches the mouse: Tab moves between the window's areas (search,
// status filter, status chips, list, details, toolbar), Down leaves the search for the
// list with a row selected so Ctrl+P pauses at once, Space toggles a chip, a refused key
// puts the cursor in the sign-in dialog's key field, and F1 lists every shortcut.

#include "ConsoleApp.h"
#include "account/ApiKeyResolver.h"
#include "account/MemorySecretStore.h"
#include "account/ProfileStore.h"
#include "account/SignInDialog.h"
#include "api/ApiClient.h"
#include "shell/MainWindow.h"
#include "shell/ShortcutsDialog.h"
#include "workflows/WorkflowListModel.h"

#include "SandboxHost.h"
#include "SandboxOptions.h"
#include "storage/Settings.h"
#include "support/ConsoleProbe.h"
#include "support/SandboxControl.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QMenuBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>

#include <memory>

class TestKeyboard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void tabMovesBetweenAreasNotCells();
    void downFromSearchSelectsARowAndCtrlPPausesIt();
    void statusChipTogglesWithSpace();
    void refusedKeyFocusesTheKeyFieldAndCustomUrlDropsTheV1Hint();
    void f1ListsEveryShortcut();

private:
    void start();
    QWidget *focused() const { return QApplication::focusWidget(); }
    bool focusIn(const QWidget *area) const
    {
        return focused() && (focused() == area || area->isAncestorOf(focused()));
    }
    template<typename T>
    T *visibleTopLevel() const;

    QTemporaryDir m_data;
    SandboxHost m_sandbox;
    std::unique_ptr<SandboxControl> m_control;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<ApiKeyResolver> m_keys;
    std::unique_ptr<ConsoleApp> m_console;
};

void TestKeyboard::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("DialNexaTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_ui_keyboard"));
    QVERIFY(m_data.isValid());
    qputenv("DIALNEXA_DATA_DIR", m_data.path().toUtf8());
    SandboxOptions options;
    options.tickMs = 0;
    options.workflowCount = 6;
    options.seed = 7;
    options.apiKeys = {QStringLiteral("key_kb:secret_kb")};
    QVERIFY(m_sandbox.start(options));
    m_control = std::make_unique<SandboxControl>(m_sandbox.controlUrl());
}

void TestKeyboard::init()
{
    Settings().clear();
    m_control->json("POST", QStringLiteral("reset"));
    m_control->clearFaults();
}

void TestKeyboard::cleanup()
{
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (qobject_cast<QDialog *>(w) && w->isVisible())
            w->close();
    }
    m_console.reset();
    m_keys.reset();
    m_secrets.reset();
    m_profiles.reset();
}

void TestKeyboard::start()
{
    // A real profile (not the built-in sandbox one), so a refused key asks for a new one.
    m_profiles = std::make_unique<ProfileStore>(
        m_data.filePath(QStringLiteral("profiles-%1.ini").arg(QTest::currentTestFunction())));
    QVERIFY(m_profiles->addProfile(QStringLiteral("Ops"), m_sandbox.baseUrl()));
    m_secrets = std::make_unique<MemorySecretStore>();
    m_keys = std::make_unique<ApiKeyResolver>(m_secrets.get());
    bool stored = false;
    m_keys->store(QStringLiteral("Ops"), m_sandbox.baseUrl().host(),
                  QStringLiteral("key_kb:secret_kb"),
                  [&stored](const ApiKeyResolver::Outcome &o) { stored = o.ok; });
    QTRY_VERIFY(stored);
    ConsoleOptions options;
    options.profileName = QStringLiteral("Ops");
    options.refreshIntervalMs = 10 * 60 * 1000;
    options.dataPath =
        m_data.filePath(QStringLiteral("audit-%1.sqlite").arg(QTest::currentTestFunction()));
    m_console = std::make_unique<ConsoleApp>(options, m_profiles.get(), m_keys.get());
    m_console->start();
    QTRY_VERIFY_WITH_TIMEOUT(m_console->model()->hasLoaded(), 10000);
    QVERIFY(QTest::qWaitForWindowActive(m_console->window()));
}

template<typename T>
T *TestKeyboard::visibleTopLevel() const
{
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (auto *t = qobject_cast<T *>(w); t && t->isVisible())
            return t;
    }
    return nullptr;
}

// ---------------------------------------------------------------------------------------

void TestKeyboard::tabMovesBetweenAreasNotCells()
{
    start();
    MainWindow *window = m_console->window();
    QLineEdit *search = ConsoleProbe::searchField(window);
    QTableView *table = ConsoleProbe::table(window);
    QWidget *chips = ConsoleProbe::find<QWidget>(window, "statusSummaryBar");
    QWidget *side = ConsoleProbe::find<QWidget>(window, "sidePaneTabs");
    QToolBar *toolBar = ConsoleProbe::toolBar(window);

    QTest::keyClick(window, Qt::Key_F, Qt::ControlModifier);
    QTRY_COMPARE(focused(), search);
    QTest::keyClick(focused(), Qt::Key_Tab);
    QTRY_COMPARE(focused(), ConsoleProbe::statusFilter(window));
    QTest::keyClick(focused(), Qt::Key_Tab);
    QTRY_VERIFY(focusIn(chips));
    for (int i = 0; i < 10 && focusIn(chips); ++i)
        QTest::keyClick(focused(), Qt::Key_Tab);
    QCOMPARE(focused(), table);
    // In the list, Tab leaves it: it does not walk from cell to cell.
    QVERIFY(!table->tabKeyNavigation());
    QTest::keyClick(focused(), Qt::Key_Tab);
    QString where;
    for (QWidget *w = focused(); w; w = w->parentWidget())
        where += w->metaObject()->className() + QStringLiteral("/") + w->objectName() +
                 QStringLiteral(" < ");
    QVERIFY2(focusIn(side), qPrintable(where));
    for (int i = 0; i < 20 && focusIn(side); ++i)
        QTest::keyClick(focused(), Qt::Key_Tab);
    QVERIFY2(focusIn(toolBar), focused() ? qPrintable(focused()->objectName()) : "nothing");
    // Every stop has a name a screen reader can say.
    for (QWidget *w :
         {static_cast<QWidget *>(search),
          static_cast<QWidget *>(ConsoleProbe::statusFilter(window)), static_cast<QWidget *>(table),
          static_cast<QWidget *>(ConsoleProbe::profileCombo(window))})
        QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
}

void TestKeyboard::downFromSearchSelectsARowAndCtrlPPausesIt()
{
    QVERIFY(m_control->insertWorkflow(QStringLiteral("wf_kb_first"),
                                      QStringLiteral("Keyboard first"), QStringLiteral("active")));
    start();
    MainWindow *window = m_console->window();
    QTest::keyClick(window, Qt::Key_F, Qt::ControlModifier);
    QTest::keyClicks(focused(), QStringLiteral("Keyboard first"));
    QTRY_COMPARE(ConsoleProbe::table(window)->model()->rowCount(), 1);
    QTest::keyClick(focused(), Qt::Key_Down);
    QTRY_COMPARE(focused(), ConsoleProbe::table(window));
    QTRY_COMPARE(window->currentWorkflowId(), QStringLiteral("wf_kb_first"));
    QTest::keyClick(focused(), Qt::Key_P, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(
        !m_control->requestsMatching(QStringLiteral("POST"), QStringLiteral("/wf_kb_first/pause"))
             .isEmpty(),
        10000);
    QTRY_COMPARE(m_control->status(QStringLiteral("wf_kb_first")), QStringLiteral("paused"));
}

void TestKeyboard::statusChipTogglesWithSpace()
{
    start();
    MainWindow *window = m_console->window();
    auto *chip = ConsoleProbe::find<QAbstractButton>(window, "summaryChipPaused");
    QTest::keyClick(window, Qt::Key_F, Qt::ControlModifier);
    for (int i = 0; i < 12 && focused() != chip; ++i)
        QTest::keyClick(focused(), Qt::Key_Tab);
    QCOMPARE(focused(), chip);
    QTest::keyClick(chip, Qt::Key_Space);
    QTRY_COMPARE(ConsoleProbe::statusFilter(window)->currentText(), QStringLiteral("Paused"));
    QTRY_VERIFY(chip->isChecked());
    QTest::keyClick(chip, Qt::Key_Space);
    QTRY_COMPARE(ConsoleProbe::statusFilter(window)->currentText(), QStringLiteral("All"));
    QVERIFY(!chip->isChecked());
}

void TestKeyboard::refusedKeyFocusesTheKeyFieldAndCustomUrlDropsTheV1Hint()
{
    start();
    // The key was revoked: the next list request gets 401.
    QVERIFY(m_control->fault(
        {{"method", "GET"}, {"path", "/v1/workflows"}, {"count", 1}, {"status", 401}}));
    QTest::keyClick(m_console->window(), Qt::Key_F5);
    SignInDialog *dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = visibleTopLevel<SignInDialog>()), 10000);
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    QTRY_COMPARE(focused(), static_cast<QWidget *>(dialog->apiKeyField()));

    auto *url = ConsoleProbe::find<QComboBox>(dialog, "signInBaseUrl");
    auto *hint = ConsoleProbe::find<QLabel>(dialog, "signInUrlHint");
    QTest::mouseClick(url->lineEdit(), Qt::LeftButton);
    QTest::keyClick(url->lineEdit(), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(url->lineEdit(), QString::fromLatin1(ApiClient::DefaultBaseUrl));
    QTRY_VERIFY(hint->isVisible());
    QVERIFY(hint->text().contains(QLatin1String("v1")));
    QTest::keyClick(url->lineEdit(), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(url->lineEdit(), QStringLiteral("https://dialnexa.internal.example/api"));
    QTRY_VERIFY(!hint->isVisible());
}

void TestKeyboard::f1ListsEveryShortcut()
{
    start();
    MainWindow *window = m_console->window();
    QTest::keyClick(window, Qt::Key_F1);
    ShortcutsDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = visibleTopLevel<ShortcutsDialog>()));
    const auto rows = dialog->rows();
    auto keysOf = [&rows](const QString &what) {
        for (const auto &row : rows) {
            if (row.first == what)
                return row.second;
        }
        return QString();
    };
    QCOMPARE(keysOf(QStringLiteral("Pause")), QStringLiteral("Ctrl+P"));
    QCOMPARE(keysOf(QStringLiteral("Resume")), QStringLiteral("Ctrl+R"));
    QVERIFY(keysOf(QStringLiteral("Refresh")).startsWith(QStringLiteral("F5")));
    QCOMPARE(keysOf(QStringLiteral("Find")), QStringLiteral("Ctrl+F"));
    QCOMPARE(keysOf(QStringLiteral("Keyboard shortcuts")), QStringLiteral("F1"));
    // Every action in the menus that has a shortcut is listed with it.
    int withShortcut = 0;
    for (QAction *menu : window->menuBar()->actions()) {
        for (QAction *a : menu->menu()->actions()) {
            if (a->shortcut().isEmpty())
                continue;
            ++withShortcut;
            QString text = a->text().remove(QLatin1Char('&'));
            if (text.endsWith(QChar(0x2026)))
                text.chop(1);
            QVERIFY2(keysOf(text).contains(a->shortcut().toString(QKeySequence::NativeText)),
                     qPrintable(text));
        }
    }
    QVERIFY(withShortcut >= 6);
}

QTEST_MAIN(TestKeyboard)
#include "tst_keyboard.moc"

// What a screen reader finds: every interactive element (button, edit, combo box, check
// box, table, tab, menu item) of the main window and of each main dialog has an
// accessible name; a status badge says its status in words; a summary chip says what it
// counts and that it filters ("Active: 23, filter").

#include "ConsoleApp.h"
#include "SandboxHost.h"
#include "SandboxOptions.h"
#include "monitoring/StatusSummary.h"
#include "shell/MainWindow.h"
#include "storage/Settings.h"
#include "workflows/WorkflowFilterProxy.h"
#include "workflows/WorkflowListModel.h"

#include "support/ConsoleProbe.h"
#include "support/ConsoleTour.h"
#include "support/SandboxControl.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QAccessibleTableInterface>
#include <QApplication>
#include <QMenu>
#include <QMenuBar>
#include <QTest>

#include <memory>

class TestAccessibility : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void mainWindowElementsHaveNames();
    void menuItemsHaveNames();
    void statusIsSaidInWords();
    void chipsSayCountAndFilter();
    void dialogElementsHaveNames();

private:
    // Interactive elements under `root` without a name, as "Role path" lines; `checked`
    // counts the elements looked at.
    static QStringList unnamed(QAccessibleInterface *root, int *checked);

    SandboxHost m_sandbox;
    std::unique_ptr<SandboxControl> m_control;
    std::unique_ptr<ConsoleApp> m_console;
};

void TestAccessibility::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("DialNexaTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_ui_accessibility"));
    Settings().clear();
    SandboxOptions options;
    options.tickMs = 0;
    options.workflowCount = 16;
    options.seed = 5;
    QVERIFY(m_sandbox.start(options));
    m_control = std::make_unique<SandboxControl>(m_sandbox.controlUrl());

    ConsoleOptions console;
    console.persistentAccount = false;
    console.sandbox = true;
    console.sandboxBaseUrl = m_sandbox.baseUrl();
    console.sandboxApiKey = m_sandbox.apiKey();
    console.refreshIntervalMs = 10 * 60 * 1000;
    m_console = std::make_unique<ConsoleApp>(console);
    m_console->start();
    QTRY_VERIFY_WITH_TIMEOUT(m_console->model()->hasLoaded() && m_console->model()->rowCount() > 0,
                             10000);
    QVERIFY(QTest::qWaitForWindowExposed(m_console->window()));
}

void TestAccessibility::cleanupTestCase()
{
    m_console.reset();
}

QStringList TestAccessibility::unnamed(QAccessibleInterface *root, int *checked)
{
    static const QSet<QAccessible::Role> interactive = {
        QAccessible::PushButton,     QAccessible::CheckBox,     QAccessible::RadioButton,
        QAccessible::ComboBox,       QAccessible::EditableText, QAccessible::SpinBox,
        QAccessible::Table,          QAccessible::List,         QAccessible::Tree,
        QAccessible::PageTab,        QAccessible::MenuItem,     QAccessible::ButtonMenu,
        QAccessible::ButtonDropDown, QAccessible::Slider,       QAccessible::Link};
    QStringList found;
    std::function<void(QAccessibleInterface *, const QString &)> walk =
        [&](QAccessibleInterface *node, const QString &path) {
            if (!node || !node->isValid() || node->state().invisible)
                return;
            const QAccessible::Role role = node->role();
            QString here = path;
            if (QObject *o = node->object(); o && !o->objectName().isEmpty())
                here += QLatin1Char('/') + o->objectName();
            if (interactive.contains(role)) {
                ++*checked;
                if (node->text(QAccessible::Name).trimmed().isEmpty())
                    found << QStringLiteral("role 0x%1 at %2")
                                 .arg(int(role), 0, 16)
                                 .arg(here.isEmpty() ? QStringLiteral("?") : here);
            }
            // A table's cells are data; its headers and the table itself are checked.
            if (role == QAccessible::Table || role == QAccessible::List ||
                role == QAccessible::Tree || role == QAccessible::ComboBox)
                return;
            for (int i = 0; i < node->childCount(); ++i)
                walk(node->child(i), here);
        };
    walk(root, QString());
    return found;
}

void TestAccessibility::mainWindowElementsHaveNames()
{
    MainWindow *window = m_console->window();
    int checked = 0;
    const QStringList found = unnamed(QAccessible::queryAccessibleInterface(window), &checked);
    qInfo("main window: %d interactive elements checked", checked);
    QVERIFY(checked >= 10);
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
}

void TestAccessibility::menuItemsHaveNames()
{
    MainWindow *window = m_console->window();
    int checked = 0;
    QStringList found;
    for (QAction *top : window->menuBar()->actions()) {
        QVERIFY2(!top->text().isEmpty(), "a menu without a title");
        QMenu *menu = top->menu();
        if (!menu)
            continue;
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(menu);
        QVERIFY(iface);
        for (int i = 0; i < iface->childCount(); ++i) {
            QAccessibleInterface *item = iface->child(i);
            if (item->role() == QAccessible::Separator)
                continue;
            ++checked;
            if (item->text(QAccessible::Name).trimmed().isEmpty())
                found << top->text() + QStringLiteral(" → item %1").arg(i);
        }
    }
    qInfo("menus: %d items checked", checked);
    QVERIFY(checked >= 8);
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
}

void TestAccessibility::statusIsSaidInWords()
{
    QTableView *table = ConsoleProbe::table(m_console->window());
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(table);
    QVERIFY(iface && iface->tableInterface());
    QAccessibleTableInterface *cells = iface->tableInterface();
    WorkflowFilterProxy *rows = m_console->shownRows();
    for (int r = 0; r < qMin(rows->rowCount(), 8); ++r) {
        QAccessibleInterface *cell = cells->cellAt(r, WorkflowListModel::StatusColumn);
        QVERIFY(cell);
        const QString said = cell->text(QAccessible::Name);
        const QString shown =
            rows->index(r, WorkflowListModel::StatusColumn).data(Qt::DisplayRole).toString();
        QVERIFY2(
            !shown.isEmpty() && said.contains(shown),
            qPrintable(QStringLiteral("row %1 says \"%2\", shows \"%3\"").arg(r).arg(said, shown)));
    }
}

void TestAccessibility::chipsSayCountAndFilter()
{
    MainWindow *window = m_console->window();
    int active = 0;
    for (const Workflow &w : m_console->model()->workflows())
        active += w.status.state() == WorkflowState::Active ? 1 : 0;
    auto *chip = ConsoleProbe::find<QAbstractButton>(window, "summaryChipActive");
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(chip);
    QCOMPARE(iface->text(QAccessible::Name), QStringLiteral("Active: %1, filter").arg(active));
    QVERIFY(!iface->text(QAccessible::Description).isEmpty());
}

void TestAccessibility::dialogElementsHaveNames()
{
    QStringList seen;
    QStringList found;
    int total = 0;
    ConsoleTour tour(m_console.get(), m_control.get());
    tour.visitDialogs([&](const QString &name, QWidget *dialog) {
        seen << name;
        int checked = 0;
        for (const QString &p : unnamed(QAccessible::queryAccessibleInterface(dialog), &checked))
            found << name + QStringLiteral(": ") + p;
        qInfo("%s: %d interactive elements checked", qPrintable(name), checked);
        if (checked == 0)
            found << name + QStringLiteral(": nothing interactive found");
        total += checked;
    });
    QCOMPARE(seen, ConsoleTour::dialogNames());
    qInfo("dialogs: %d interactive elements checked in %lld dialogs", total,
          qlonglong(seen.size()));
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"

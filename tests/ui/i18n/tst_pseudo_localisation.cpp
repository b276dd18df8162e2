// The console in pseudo-localisation (every translated text wrapped in [ ], accented and
// about 40 % longer), as a translator's language would stretch it: the main window at
// 1400x900 and 1024x640 and each main dialog are saved as PNGs to look at, and the test
// fails where a person would see a problem: a column title cut short, a label or button
// narrower than its text, or English text that never went through tr().

#include "ConsoleApp.h"
#include "SandboxHost.h"
#include "SandboxOptions.h"
#include "i18n/LanguageLoader.h"
#include "shell/MainWindow.h"
#include "storage/Settings.h"
#include "workflows/WorkflowListModel.h"

#include "support/ConsoleProbe.h"
#include "support/ConsoleTour.h"
#include "support/SandboxControl.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
#include <QStyle>
#include <QTabBar>
#include <QTableView>
#include <QTest>
#include <QTextDocumentFragment>

#include <memory>

class TestPseudoLocalisation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void mainWindow_data();
    void mainWindow();
    void dialogs();

private:
    static QString shotDir();
    static void save(QWidget *w, const QString &name);
    // Problems a person would see in `root`: clipped labels/buttons, untranslated text.
    static QStringList problems(QWidget *root);
    static QStringList clippedHeaders(QTableView *table);

    SandboxHost m_sandbox;
    std::unique_ptr<SandboxControl> m_control;
    std::unique_ptr<ConsoleApp> m_console;
};

void TestPseudoLocalisation::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("DialNexaTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_ui_pseudo_localisation"));
    Settings().clear();
    QCOMPARE(LanguageLoader::install(QStringLiteral("pseudo")), QStringLiteral("pseudo"));

    SandboxOptions options;
    options.tickMs = 0;
    options.workflowCount = 24;
    options.seed = 11;
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
    QDir().mkpath(shotDir());
}

void TestPseudoLocalisation::cleanupTestCase()
{
    m_console.reset();
    LanguageLoader::install(QStringLiteral("en"));
}

QString TestPseudoLocalisation::shotDir()
{
    const QString dir = qEnvironmentVariable("DIALNEXA_UI_SHOT_DIR");
    return dir.isEmpty() ? QStringLiteral(DIALNEXA_PSEUDO_SHOT_DIR) : dir;
}

void TestPseudoLocalisation::save(QWidget *w, const QString &name)
{
    const QString path = shotDir() + QStringLiteral("/pseudo-") + name + QStringLiteral(".png");
    QVERIFY2(w->grab().save(path), qPrintable(path));
    qInfo("screenshot: %s", qPrintable(path));
}

void TestPseudoLocalisation::mainWindow_data()
{
    QTest::addColumn<QSize>("size");
    QTest::newRow("1400x900") << QSize(1400, 900);
    QTest::newRow("1024x640") << QSize(1024, 640);
}

void TestPseudoLocalisation::mainWindow()
{
    QFETCH(QSize, size);
    MainWindow *window = m_console->window();
    window->resize(size);
    QTRY_COMPARE(window->size(), size);
    QTableView *table = ConsoleProbe::table(window);
    // The chosen row fills the details pane, as a supervisor sees it most of the time.
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                      table->visualRect(table->model()->index(0, 0)).center());
    QTRY_VERIFY(table->selectionModel()->hasSelection());
    // Layouts settle in posted events after a resize: give them the chance before judging.
    const bool settled = QTest::qWaitFor(
        [&] { return problems(window).isEmpty() && clippedHeaders(table).isEmpty(); }, 3000);
    Q_UNUSED(settled); // judged below, with the details
    save(window, QStringLiteral("main-%1x%2").arg(size.width()).arg(size.height()));

    const QStringList headers = clippedHeaders(table);
    QVERIFY2(headers.isEmpty(), qPrintable(headers.join(QLatin1Char('\n'))));
    const QStringList found = problems(window);
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
}

void TestPseudoLocalisation::dialogs()
{
    m_console->window()->resize(1400, 900);
    QStringList found;
    QStringList seen;
    ConsoleTour tour(m_console.get(), m_control.get());
    tour.visitDialogs([&](const QString &name, QWidget *dialog) {
        seen << name;
        save(dialog, name);
        for (const QString &p : problems(dialog))
            found << name + QStringLiteral(": ") + p;
    });
    QCOMPARE(seen, ConsoleTour::dialogNames());
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
}

QStringList TestPseudoLocalisation::clippedHeaders(QTableView *table)
{
    QStringList clipped;
    QHeaderView *header = table->horizontalHeader();
    const QFontMetrics fm(header->font());
    QStyle *style = header->style();
    const int margin = style->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
    for (int c = 0; c < header->count(); ++c) {
        if (header->isSectionHidden(c))
            continue;
        const QString title = table->model()->headerData(c, Qt::Horizontal).toString();
        int needed = fm.horizontalAdvance(title) + 2 * margin;
        if (header->isSortIndicatorShown() && header->sortIndicatorSection() == c)
            needed += style->pixelMetric(QStyle::PM_HeaderMarkSize, nullptr, header) + margin;
        if (header->sectionSize(c) < needed)
            clipped << QStringLiteral("column \"%1\" is %2 px, its title needs %3 px")
                           .arg(title)
                           .arg(header->sectionSize(c))
                           .arg(needed);
    }
    return clipped;
}

QStringList TestPseudoLocalisation::problems(QWidget *root)
{
    // Text with two Latin letters in a row and no pseudo bracket never went through tr().
    static const QRegularExpression english(QStringLiteral("[A-Za-z]{2}"));
    auto untranslated = [](const QString &text) {
        return text.contains(english) && !text.contains(QLatin1Char('['));
    };
    QStringList found;
    const QList<QWidget *> widgets = root->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        if (!w->isVisibleTo(root) || w->window() != root)
            continue;
        // Server text (names, ids, messages) is data: it stays as the server sent it.
        if (w->property("serverText").toBool() ||
            w->objectName().startsWith(QLatin1String("details")))
            continue;
        QString text;
        int needed = 0;
        if (auto *label = qobject_cast<QLabel *>(w)) {
            text = label->text();
            if (label->textFormat() == Qt::RichText || Qt::mightBeRichText(text))
                text = QTextDocumentFragment::fromHtml(text).toPlainText();
            if (!label->wordWrap() && label->pixmap().isNull())
                needed = label->minimumSizeHint().width();
        } else if (auto *button = qobject_cast<QAbstractButton *>(w)) {
            text = button->text();
            needed = button->minimumSizeHint().width();
        } else if (auto *box = qobject_cast<QGroupBox *>(w)) {
            text = box->title();
        }
        text.remove(QLatin1Char('&'));
        const QString where = w->metaObject()->className() + QStringLiteral(" ") + w->objectName();
        if (!text.isEmpty() && untranslated(text))
            found << QStringLiteral("not translated: %1 \"%2\"").arg(where, text);
        if (needed > 0 && w->width() < needed)
            found << QStringLiteral("clipped: %1 \"%2\" is %3 px, needs %4 px")
                         .arg(where, text)
                         .arg(w->width())
                         .arg(needed);
    }
    if (auto *window = qobject_cast<QMainWindow *>(root)) {
        for (QAction *menu : window->menuBar()->actions()) {
            if (untranslated(menu->text()))
                found << QStringLiteral("not translated: menu \"%1\"").arg(menu->text());
            if (menu->menu()) {
                for (QAction *a : menu->menu()->actions()) {
                    if (!a->isSeparator() && untranslated(a->text()))
                        found << QStringLiteral("not translated: menu item \"%1\"").arg(a->text());
                }
            }
        }
    }
    // A pane that needs a horizontal scroll bar cuts its content off at the side.
    for (QScrollArea *area : root->findChildren<QScrollArea *>()) {
        if (area->isVisibleTo(root) && area->horizontalScrollBar()->isVisible() &&
            area->horizontalScrollBar()->maximum() > 0)
            found << QStringLiteral("cut off: %1 %2 scrolls sideways (%3 px of content in %4 px)")
                         .arg(QString::fromLatin1(area->metaObject()->className()),
                              area->parentWidget() ? area->parentWidget()->objectName() : QString())
                         .arg(area->horizontalScrollBar()->maximum() + area->viewport()->width())
                         .arg(area->viewport()->width());
    }
    for (QTabBar *tabs : root->findChildren<QTabBar *>()) {
        for (int i = 0; i < tabs->count(); ++i) {
            if (untranslated(tabs->tabText(i)))
                found << QStringLiteral("not translated: tab \"%1\"").arg(tabs->tabText(i));
        }
    }
    if (untranslated(root->windowTitle()) &&
        root->windowTitle() != QCoreApplication::applicationName())
        found << QStringLiteral("not translated: window title \"%1\"").arg(root->windowTitle());
    return found;
}

QTEST_MAIN(TestPseudoLocalisation)
#include "tst_pseudo_localisation.moc"

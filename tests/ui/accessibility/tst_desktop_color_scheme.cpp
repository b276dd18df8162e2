// The console follows a dark desktop: the preference is read where GTK and KDE keep it
// (GTK_THEME, gtk-3.0/settings.ini, kdeglobals; DIALNEXA_COLOR_SCHEME overrides), and when
// it says dark the application gets a dark palette, on which the status colours switch
// to their dark set (a summary chip is drawn in the dark "Active" green).

#include "monitoring/StatusSummaryBar.h"
#include "style/DesktopColorScheme.h"
#include "style/StatusStyle.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

class TestDesktopColorScheme : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void readsGtkAndKdeSettings();
    void environmentDecidesFirst();
    void darkDesktopGivesDarkConsole();

private:
    static void write(const QString &path, const QByteArray &text);
};

void TestDesktopColorScheme::init()
{
    qunsetenv("GTK_THEME");
    qunsetenv("DIALNEXA_COLOR_SCHEME");
}

void TestDesktopColorScheme::write(const QString &path, const QByteArray &text)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(text);
}

void TestDesktopColorScheme::readsGtkAndKdeSettings()
{
    QTemporaryDir home;
    QCOMPARE(DesktopColorScheme::detect(home.path()), DesktopColorScheme::Scheme::Unknown);
    QVERIFY(QDir(home.path()).mkpath(QStringLiteral("gtk-3.0")));
    write(home.filePath(QStringLiteral("gtk-3.0/settings.ini")),
          "[Settings]\ngtk-application-prefer-dark-theme=1\n");
    QCOMPARE(DesktopColorScheme::detect(home.path()), DesktopColorScheme::Scheme::Dark);
    write(home.filePath(QStringLiteral("gtk-3.0/settings.ini")),
          "[Settings]\ngtk-theme-name=Adwaita\n");
    QCOMPARE(DesktopColorScheme::detect(home.path()), DesktopColorScheme::Scheme::Light);

    QTemporaryDir kde;
    write(kde.filePath(QStringLiteral("kdeglobals")), "[General]\nColorScheme=BreezeDark\n");
    QCOMPARE(DesktopColorScheme::detect(kde.path()), DesktopColorScheme::Scheme::Dark);
}

void TestDesktopColorScheme::environmentDecidesFirst()
{
    QTemporaryDir home;
    qputenv("GTK_THEME", "Adwaita:dark");
    QCOMPARE(DesktopColorScheme::detect(home.path()), DesktopColorScheme::Scheme::Dark);
    qputenv("DIALNEXA_COLOR_SCHEME", "light");
    QCOMPARE(DesktopColorScheme::detect(home.path()), DesktopColorScheme::Scheme::Light);
}

void TestDesktopColorScheme::darkDesktopGivesDarkConsole()
{
    StatusSummaryBar bar(nullptr);
    bar.show();
    auto *chip = bar.findChild<QToolButton *>(QStringLiteral("summaryChipActive"));
    QVERIFY(chip);
    const QPalette light = QApplication::palette();
    QVERIFY(!StatusStyle::isDark(light));
    QVERIFY(chip->styleSheet().contains(StatusStyle::color(WorkflowState::Active, light).name()));

    qputenv("DIALNEXA_COLOR_SCHEME", "dark");
    QVERIFY(DesktopColorScheme::apply());
    QVERIFY(StatusStyle::isDark(QApplication::palette()));
    const QString dark = StatusStyle::color(WorkflowState::Active, QApplication::palette()).name();
    QTRY_VERIFY2(chip->styleSheet().contains(dark), qPrintable(chip->styleSheet()));
    // Applied once: a palette that is already dark is left alone.
    QVERIFY(!DesktopColorScheme::apply());
}

QTEST_MAIN(TestDesktopColorScheme)
#include "tst_desktop_color_scheme.moc"

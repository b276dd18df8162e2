// Status text stays readable: every status colour (badge text, chip text, icon) keeps a
// WCAG 2.1 contrast ratio of at least 4.5:1 against the badge fill and against the
// list's background, on a light and on dark palettes (Fusion's own, and the dark
// Breeze/Adwaita-like backgrounds desktops use), and so does the "Pausing…" text.

#include "style/StatusStyle.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>
#include <QTest>

#include <cmath>
#include <memory>

namespace {

double channel(double c)
{
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double luminance(const QColor &c)
{
    const QColor rgb = c.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF()) +
           0.0722 * channel(rgb.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}

QPalette withBase(QPalette p, const QColor &base, const QColor &text)
{
    for (auto role : {QPalette::Base, QPalette::Window}) {
        p.setColor(role, base);
    }
    for (auto role : {QPalette::Text, QPalette::WindowText}) {
        p.setColor(role, text);
    }
    return p;
}

} // namespace

class TestStatusContrast : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wcagFormula();
    void statusColours_data();
    void statusColours();
};

void TestStatusContrast::wcagFormula()
{
    QCOMPARE(qRound(contrast(Qt::black, Qt::white) * 10), 210);
    QCOMPARE(qRound(contrast(QColor(0x76, 0x76, 0x76), Qt::white) * 100), 454);
}

void TestStatusContrast::statusColours_data()
{
    QTest::addColumn<QPalette>("palette");
    QTest::addColumn<bool>("dark");
    const std::unique_ptr<QStyle> fusionStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    const QPalette fusion = fusionStyle->standardPalette();
    QTest::newRow("light (Fusion)") << fusion << false;
    QTest::newRow("light (white)") << withBase(fusion, Qt::white, Qt::black) << false;
    QTest::newRow("light (grey)") << withBase(fusion, QColor(0xf6, 0xf5, 0xf4), Qt::black) << false;
    QTest::newRow("dark (Breeze)")
        << withBase(fusion, QColor(0x1b, 0x1e, 0x20), QColor(0xfc, 0xfc, 0xfc)) << true;
    QTest::newRow("dark (Adwaita)")
        << withBase(fusion, QColor(0x2d, 0x2d, 0x2d), Qt::white) << true;
    QTest::newRow("dark (#1e1e1e)")
        << withBase(fusion, QColor(0x1e, 0x1e, 0x1e), QColor(0xee, 0xee, 0xee)) << true;
}

void TestStatusContrast::statusColours()
{
    QFETCH(QPalette, palette);
    QFETCH(bool, dark);
    QCOMPARE(StatusStyle::isDark(palette), dark);
    QStringList low;
    for (WorkflowState s :
         {WorkflowState::Draft, WorkflowState::Active, WorkflowState::Paused,
          WorkflowState::Completed, WorkflowState::Cancelled, WorkflowState::Unknown}) {
        const QColor text = StatusStyle::color(s, palette);
        const double onFill = contrast(text, StatusStyle::fill(s, palette));
        const double onBase = contrast(text, palette.color(QPalette::Base));
        if (onFill < 4.5 || onBase < 4.5)
            low << QStringLiteral("state %1 (%2): %3:1 on its fill, %4:1 on the background")
                       .arg(int(s))
                       .arg(text.name())
                       .arg(onFill, 0, 'f', 2)
                       .arg(onBase, 0, 'f', 2);
    }
    const double pending =
        contrast(StatusStyle::pendingColor(palette), StatusStyle::pendingFill(palette));
    if (pending < 4.5)
        low << QStringLiteral("pending: %1:1").arg(pending, 0, 'f', 2);
    QVERIFY2(low.isEmpty(), qPrintable(low.join(QLatin1Char('\n'))));
}

QTEST_MAIN(TestStatusContrast)
#include "tst_status_contrast.moc"

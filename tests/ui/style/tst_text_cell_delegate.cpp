// TextCellDelegate keeps each cell's laid-out text between paints. What a supervisor sees
// must not change: the workflow table drawn with it and with QStyledItemDelegate, side by
// side, is the same image, pixel for pixel: names elided in the middle, numbers aligned
// right, empty and missing values, right-to-left and accented text, markup, a selected row
// (its highlighted text colour), a disabled table, a dark palette, and hostile names the
// style draws itself (line breaks, control characters).
#include "unit/workflows/WorkflowFixtures.h"

#include "style/TextCellDelegate.h"
#include "workflows/WorkflowFilterProxy.h"
#include "workflows/WorkflowListModel.h"
#include "workflows/WorkflowTableView.h"

#include <QApplication>
#include <QHeaderView>
#include <QImage>
#include <QPalette>
#include <QStyledItemDelegate>
#include <QTest>

namespace {

QList<Workflow> awkwardRows()
{
    using Fixtures::utc;
    using Fixtures::workflow;
    QList<Workflow> rows{
        workflow(QStringLiteral("wf_a"), QStringLiteral("Insurance Renewal Reminder"),
                 QStringLiteral("active"), 1234, 5, 6, utc(2026, 1, 2, 3, 4), utc(2026, 5, 6)),
        workflow(QStringLiteral("wf_b"),
                 QStringLiteral("A very long workflow name that cannot fit in its column at "
                                "all, so the middle of it goes"),
                 QStringLiteral("paused"), 987654, std::nullopt, 12),
        workflow(QStringLiteral("wf_c"), QString(), QStringLiteral("draft")),
        workflow(QStringLiteral("wf_d"), QStringLiteral("تذكير تجديد التأمين"),
                 QStringLiteral("completed"), 3, 1, 0, utc(2025, 12, 31, 23, 59)),
        workflow(QStringLiteral("wf_e"), QStringLiteral("[!!! Ŵéļçömé Çàļļ Šéŕîéš !!!]"),
                 QStringLiteral("cancelled"), 0),
        workflow(QStringLiteral("wf_f"), QStringLiteral("Two\nlines and a\ttab\x01"),
                 QStringLiteral("bogus-status"), -1),
        workflow(QStringLiteral("wf_g"), QStringLiteral("<b>not bold</b> &amp;"),
                 QStringLiteral("running"), 42, 7, 8, utc(2026, 2, 3)),
    };
    return rows;
}

struct Table
{
    WorkflowListModel model;
    WorkflowFilterProxy proxy;
    WorkflowTableView view;

    explicit Table(QStyledItemDelegate *textDelegate)
    {
        proxy.setSourceModel(&model);
        proxy.setSortRole(WorkflowListModel::SortRole);
        proxy.setDynamicSortFilter(true);
        view.setModels(&model, &proxy);
        view.setItemDelegate(textDelegate);
        view.sortByColumn(WorkflowListModel::IdColumn, Qt::AscendingOrder);
        view.horizontalHeader()->resizeSection(WorkflowListModel::NameColumn, 190);
        view.resize(1100, 320);
        model.setWorkflows(awkwardRows());
    }
};

} // namespace

class TestTextCellDelegate : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void drawsWhatTheStyledDelegateDraws_data();
    void drawsWhatTheStyledDelegateDraws();
};

void TestTextCellDelegate::drawsWhatTheStyledDelegateDraws_data()
{
    QTest::addColumn<Qt::LayoutDirection>("direction");
    QTest::addColumn<bool>("selected");
    QTest::addColumn<bool>("enabled");
    QTest::addColumn<bool>("dark");
    QTest::newRow("left to right") << Qt::LeftToRight << false << true << false;
    QTest::newRow("a row selected") << Qt::LeftToRight << true << true << false;
    QTest::newRow("right to left, a row selected") << Qt::RightToLeft << true << true << false;
    QTest::newRow("disabled") << Qt::LeftToRight << false << false << false;
    QTest::newRow("dark, a row selected") << Qt::LeftToRight << true << true << true;
}

void TestTextCellDelegate::drawsWhatTheStyledDelegateDraws()
{
    QFETCH(Qt::LayoutDirection, direction);
    QFETCH(bool, selected);
    QFETCH(bool, enabled);
    QFETCH(bool, dark);
    QApplication::setLayoutDirection(direction);
    QPalette palette = QApplication::palette();
    if (dark) {
        palette.setColor(QPalette::Base, QColor(0x1e, 0x1f, 0x22));
        palette.setColor(QPalette::AlternateBase, QColor(0x26, 0x27, 0x2b));
        palette.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
        palette.setColor(QPalette::Highlight, QColor(0x3d, 0x6e, 0xb4));
        palette.setColor(QPalette::HighlightedText, Qt::white);
    }
    Table styled(new QStyledItemDelegate);
    Table cached(new TextCellDelegate);
    for (Table *t : {&styled, &cached}) {
        t->view.itemDelegate()->setParent(&t->view);
        t->view.setEnabled(enabled);
        t->view.setPalette(palette);
        if (selected)
            t->view.selectWorkflow(QStringLiteral("wf_b"));
    }
    QCOMPARE(cached.proxy.rowCount(), 7);
    // Twice: the second paint of `cached` comes from its kept layouts.
    for (int pass = 0; pass < 2; ++pass) {
        const QImage want = styled.view.grab().toImage();
        const QImage got = cached.view.grab().toImage();
        QCOMPARE(got.size(), want.size());
        if (got != want) {
            got.save(QStringLiteral("text-cell-delegate-got.png"));
            want.save(QStringLiteral("text-cell-delegate-want.png"));
        }
        QVERIFY2(got == want, "the cached text differs from QStyledItemDelegate's; see "
                              "text-cell-delegate-{got,want}.png in the test's directory");
    }
    QApplication::setLayoutDirection(Qt::LeftToRight);
}

QTEST_MAIN(TestTextCellDelegate)
#include "tst_text_cell_delegate.moc"

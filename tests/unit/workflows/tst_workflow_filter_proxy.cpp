// WorkflowFilterProxy: search (name and id), status filter including "Other", and typed
// sorting on every column with missing values last in both directions.

#include "WorkflowFixtures.h"
#include "workflows/WorkflowFilterProxy.h"
#include "workflows/WorkflowListModel.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QThread>
#include <QtTest>

using namespace Fixtures;

namespace {

QStringList proxyIds(const QAbstractItemModel &proxy)
{
    QStringList ids;
    for (int row = 0; row < proxy.rowCount(); ++row)
        ids << proxy.index(row, 0).data(WorkflowListModel::WorkflowIdRole).toString();
    return ids;
}

QList<Workflow> sample()
{
    return {
        workflow("wf_a", "beta campaign", "active", 10, 3, 2, utc(2024, 3, 1), utc(2024, 3, 5)),
        workflow("wfl_b", "Alpha", "paused", 2, 12, std::nullopt, utc(2024, 1, 1)),
        workflow("wf_c", "alpha 10", "running", std::nullopt, 1, 1, utc(2024, 2, 1),
                 utc(2024, 2, 2)),
        workflow("wf_d", "alpha 9", "inactive", 100, std::nullopt, 0, QDateTime(),
                 utc(2023, 12, 1)),
        workflow("wf_e", "Gamma", "archived", 0, 5, 7, utc(2023, 6, 1)),
        workflow("wf_f", "delta", "cancelled", 5, 2, 3, utc(2024, 5, 1), utc(2024, 5, 2)),
        workflow("wf_g", "Epsilon", "draft", std::nullopt, std::nullopt, std::nullopt),
    };
}

// Names that case, accents, digits and punctuation order differently in different
// collations, and one missing name.
QStringList awkwardNames()
{
    return {QStringLiteral("beta"),     QStringLiteral("Alpha"),
            QStringLiteral("alpha 10"), QStringLiteral("alpha 9"),
            QStringLiteral("Zeta"),     QStringLiteral("zeta"),
            QStringLiteral("Émile"),    QStringLiteral("emile"),
            QStringLiteral("éclair"),   QStringLiteral("B"),
            QStringLiteral("a"),        QStringLiteral("_under"),
            QStringLiteral("0 zero"),   QString(),
            QStringLiteral("Ωmega"),    QStringLiteral("delta-2"),
            QStringLiteral("delta 2"),  QStringLiteral("DELTA"),
            QStringLiteral("straße"),   QStringLiteral("STRASSE")};
}

// One workflow per name; with `keys`, each carries the sort key the decoder makes.
QList<Workflow> named(const QStringList &names, bool keys)
{
    QList<Workflow> list;
    for (int i = 0; i < names.size(); ++i) {
        Workflow w = workflow(QStringLiteral("wf_%1").arg(i, 2, 10, QLatin1Char('0')), names.at(i),
                              "active");
        if (keys)
            w.nameSortKey = NameSortKey::of(w.name);
        list.append(w);
    }
    return list;
}

QStringList sortedByName(const QList<Workflow> &list, Qt::SortOrder order)
{
    WorkflowListModel model;
    model.setWorkflows(list);
    WorkflowFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.sort(WorkflowListModel::NameColumn, order);
    return proxyIds(proxy);
}

} // namespace

class TestWorkflowFilterProxy : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void defaults();
    void searchMatchesNameAndId();
    void statusFilter();
    void statusFilterOtherMatchesEveryUnknown();
    void searchAndStatusCombine();
    void sortEveryColumn_data();
    void sortEveryColumn();
    void dynamicResortAndRefilterOnRefresh();
    void statusOnlyChangeRefiltersAndRenameResorts();
    void nameKeysSortLikeTheNames();
    void nameKeysAgreeWithCollationInARealLocale();
    void nameKeysAgreeWithCollationInTheCLocale();
    void loadingBatchIsSortedOnceAndStaysSorted();
    void flatKeysSortAsTheKeysDo();
    void aModelChangedDuringASortIsSortedByItsOwnKeys();

private:
    WorkflowListModel *m_model = nullptr;
    WorkflowFilterProxy *m_proxy = nullptr;
    QAbstractItemModelTester *m_tester = nullptr;
};

void TestWorkflowFilterProxy::init()
{
    m_model = new WorkflowListModel(this);
    m_model->setWorkflows(sample());
    m_proxy = new WorkflowFilterProxy(this);
    m_proxy->setSourceModel(m_model);
    m_tester = new QAbstractItemModelTester(
        m_proxy, QAbstractItemModelTester::FailureReportingMode::QtTest, this);
}

void TestWorkflowFilterProxy::cleanup()
{
    delete m_tester;
    delete m_proxy;
    delete m_model;
}

void TestWorkflowFilterProxy::defaults()
{
    QVERIFY(m_proxy->dynamicSortFilter());
    QCOMPARE(m_proxy->sortRole(), int(WorkflowListModel::SortRole));
    QCOMPARE(m_proxy->rowCount(), 7);
    QVERIFY(!m_proxy->statusFilter());
    QVERIFY(m_proxy->searchText().isEmpty());
}

void TestWorkflowFilterProxy::searchMatchesNameAndId()
{
    m_proxy->setSearchText("  ALPHA ");
    QCOMPARE(m_proxy->searchText(), QStringLiteral("ALPHA"));
    QCOMPARE(proxyIds(*m_proxy), QStringList({"wfl_b", "wf_c", "wf_d"}));
    m_proxy->setSearchText("WFL_");
    QCOMPARE(proxyIds(*m_proxy), QStringList({"wfl_b"}));
    m_proxy->setSearchText("wf_g");
    QCOMPARE(proxyIds(*m_proxy), QStringList({"wf_g"}));
    m_proxy->setSearchText("nothing like it");
    QCOMPARE(m_proxy->rowCount(), 0);
    m_proxy->setSearchText("   ");
    QCOMPARE(m_proxy->rowCount(), 7);
}

void TestWorkflowFilterProxy::statusFilter()
{
    m_proxy->setStatusFilter(WorkflowState::Active); // "running" counts as active
    QCOMPARE(proxyIds(*m_proxy), QStringList({"wf_a", "wf_c"}));
    m_proxy->setStatusFilter(WorkflowState::Paused);
    QCOMPARE(proxyIds(*m_proxy), QStringList({"wfl_b"}));
    m_proxy->setStatusFilter(WorkflowState::Completed);
    QCOMPARE(m_proxy->rowCount(), 0);
    m_proxy->setStatusFilter(std::nullopt);
    QCOMPARE(m_proxy->rowCount(), 7);
}

void TestWorkflowFilterProxy::statusFilterOtherMatchesEveryUnknown()
{
    m_proxy->setStatusFilter(WorkflowState::Unknown);
    QCOMPARE(proxyIds(*m_proxy), QStringList({"wf_d", "wf_e"})); // inactive, archived
}

void TestWorkflowFilterProxy::searchAndStatusCombine()
{
    m_proxy->setSearchText("alpha");
    m_proxy->setStatusFilter(WorkflowState::Active);
    QCOMPARE(proxyIds(*m_proxy), QStringList({"wf_c"}));
}

void TestWorkflowFilterProxy::sortEveryColumn_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QStringList>("ascending");  // missing values last
    QTest::addColumn<QStringList>("descending"); // missing values still last

    // Names: locale-aware, case-insensitive ("Alpha" < "alpha 10" < "alpha 9" < "beta").
    QTest::newRow("name") << int(WorkflowListModel::NameColumn)
                          << QStringList{"wfl_b", "wf_c", "wf_d", "wf_a", "wf_f", "wf_g", "wf_e"}
                          << QStringList{"wf_e", "wf_g", "wf_f", "wf_a", "wf_d", "wf_c", "wfl_b"};
    // Status display text: Active, Active, archived, Cancelled, Draft, inactive, Paused.
    QTest::newRow("status") << int(WorkflowListModel::StatusColumn)
                            << QStringList{"wf_a", "wf_c", "wf_e", "wf_f", "wf_g", "wf_d", "wfl_b"}
                            << QStringList{"wfl_b", "wf_d", "wf_g", "wf_f", "wf_e", "wf_a", "wf_c"};
    // 0 < 2 < 5 < 10 < 100 numerically (not "10" < "2"), missing last.
    QTest::newRow("leads") << int(WorkflowListModel::EnrolledLeadsColumn)
                           << QStringList{"wf_e", "wfl_b", "wf_f", "wf_a", "wf_d", "wf_c", "wf_g"}
                           << QStringList{"wf_d", "wf_a", "wf_f", "wfl_b", "wf_e", "wf_c", "wf_g"};
    QTest::newRow("nodes") << int(WorkflowListModel::NodesColumn)
                           << QStringList{"wf_c", "wf_f", "wf_a", "wf_e", "wfl_b", "wf_d", "wf_g"}
                           << QStringList{"wfl_b", "wf_e", "wf_a", "wf_f", "wf_c", "wf_d", "wf_g"};
    QTest::newRow("edges") << int(WorkflowListModel::EdgesColumn)
                           << QStringList{"wf_d", "wf_c", "wf_a", "wf_f", "wf_e", "wfl_b", "wf_g"}
                           << QStringList{"wf_e", "wf_f", "wf_a", "wf_c", "wf_d", "wfl_b", "wf_g"};
    QTest::newRow("created") << int(WorkflowListModel::CreatedColumn)
                             << QStringList{"wf_e", "wfl_b", "wf_c", "wf_a", "wf_f", "wf_d", "wf_g"}
                             << QStringList{"wf_f", "wf_a", "wf_c", "wfl_b",
                                            "wf_e", "wf_d", "wf_g"};
    QTest::newRow("updated") << int(WorkflowListModel::UpdatedColumn)
                             << QStringList{"wf_d", "wf_c", "wf_a", "wf_f", "wfl_b", "wf_e", "wf_g"}
                             << QStringList{"wf_f",  "wf_a", "wf_c", "wf_d",
                                            "wfl_b", "wf_e", "wf_g"};
    QTest::newRow("id") << int(WorkflowListModel::IdColumn)
                        << QStringList{"wf_a", "wf_c", "wf_d", "wf_e", "wf_f", "wf_g", "wfl_b"}
                        << QStringList{"wfl_b", "wf_g", "wf_f", "wf_e", "wf_d", "wf_c", "wf_a"};
}

void TestWorkflowFilterProxy::sortEveryColumn()
{
    QFETCH(int, column);
    QFETCH(QStringList, ascending);
    QFETCH(QStringList, descending);
    m_proxy->sort(column, Qt::AscendingOrder);
    QCOMPARE(proxyIds(*m_proxy), ascending);
    m_proxy->sort(column, Qt::DescendingOrder);
    QCOMPARE(proxyIds(*m_proxy), descending);
}

void TestWorkflowFilterProxy::dynamicResortAndRefilterOnRefresh()
{
    m_proxy->sort(WorkflowListModel::EnrolledLeadsColumn, Qt::AscendingOrder);
    m_proxy->setStatusFilter(WorkflowState::Active);
    QCOMPARE(proxyIds(*m_proxy), QStringList({"wf_a", "wf_c"}));

    QSignalSpy reset(m_proxy, &QAbstractItemModel::modelReset);
    QList<Workflow> list = sample();
    list[0].enrolledLeads = 10000;                      // wf_a stays last
    list[1].status = WorkflowStatus::fromApi("active"); // wfl_b enters the filter
    list[2].enrolledLeads = 1;                          // wf_c now has a value
    m_model->setWorkflows(list);
    QCOMPARE(proxyIds(*m_proxy), QStringList({"wf_c", "wfl_b", "wf_a"}));
    m_model->updateWorkflow(workflow("wf_c", QString(), "paused")); // leaves the filter
    QCOMPARE(proxyIds(*m_proxy), QStringList({"wfl_b", "wf_a"}));
    QCOMPARE(reset.size(), 0);
}

// The model narrows dataChanged to the columns that changed; the proxy must still
// re-filter on a status-only change and re-sort on a rename while sorted by name.
void TestWorkflowFilterProxy::statusOnlyChangeRefiltersAndRenameResorts()
{
    m_proxy->sort(WorkflowListModel::NameColumn, Qt::AscendingOrder);
    m_proxy->setStatusFilter(WorkflowState::Paused);
    const QStringList before = proxyIds(*m_proxy);

    QList<Workflow> list = m_model->workflows();
    int row = -1;
    for (int i = 0; i < list.size(); ++i) {
        if (list[i].status.state() == WorkflowState::Active) {
            row = i;
            break;
        }
    }
    QVERIFY(row >= 0);
    const QString id = list[row].id;
    QVERIFY(!before.contains(id));
    list[row].status = WorkflowStatus::fromApi("paused");
    m_model->setWorkflows(list);
    QVERIFY(proxyIds(*m_proxy).contains(id));

    m_proxy->setStatusFilter(std::nullopt);
    list[row].name = QStringLiteral("zzzz last by name");
    m_model->setWorkflows(list);
    QCOMPARE(proxyIds(*m_proxy).last(), id);
    list[row].name = QStringLiteral("0000 first by name");
    m_model->setWorkflows(list);
    QCOMPARE(proxyIds(*m_proxy).first(), id);
}

// Decoded rows carry a sort key for their name (issue 13: collating 10,000 names on every
// comparison stalled the first load); the order a supervisor sees must not change.
void TestWorkflowFilterProxy::nameKeysSortLikeTheNames()
{
    const QStringList names = awkwardNames();
    for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
        const QStringList expected = sortedByName(named(names, false), order);
        QCOMPARE(sortedByName(named(names, true), order), expected);
        QCOMPARE(expected.last(), QStringLiteral("wf_13")); // the missing name, last
    }
    // A name edited after its key was made sorts by the new name, not the stale key.
    QList<Workflow> edited = named(names, true);
    edited[1].name = QStringLiteral("zz renamed");
    const QStringList ascending = sortedByName(edited, Qt::AscendingOrder); // after "zeta"
    QVERIFY(ascending.indexOf(QStringLiteral("wf_01")) >
            ascending.indexOf(QStringLiteral("wf_05")));
    edited[1].nameSortKey = NameSortKey();
    QCOMPARE(sortedByName(edited, Qt::AscendingOrder), ascending);
}

// The pairs of `names` whose keys order them unlike collating the names, in `locale`. A
// thread of its own: each thread makes its collator from the default locale once.
QStringList keyCollationDisagreements(const QLocale &locale, const QStringList &names)
{
    const QLocale before;
    QLocale::setDefault(locale);
    QStringList disagreements;
    QThread *thread = QThread::create([&disagreements, &names] {
        for (const QString &a : names) {
            for (const QString &b : names) {
                const int byKeys = NameSortKey::of(a).compare(NameSortKey::of(b));
                if (byKeys != NameSortKey::compare(a, b))
                    disagreements << a + QStringLiteral(" / ") + b;
            }
        }
    });
    thread->start();
    const bool finished = thread->wait(10000);
    delete thread;
    QLocale::setDefault(before);
    if (!finished)
        disagreements << QStringLiteral("(timed out)");
    return disagreements;
}

// Outside the C locale the key is ICU's; it must order like collating the two names.
void TestWorkflowFilterProxy::nameKeysAgreeWithCollationInARealLocale()
{
    QCOMPARE(
        keyCollationDisagreements(QLocale(QLocale::English, QLocale::UnitedStates), awkwardNames()),
        QStringList());
}

// In the C locale the key is the case-folded name, ASCII folded without Unicode's tables:
// every ASCII character, alone and next to others and to non-ASCII text, orders as
// collating does.
void TestWorkflowFilterProxy::nameKeysAgreeWithCollationInTheCLocale()
{
    QStringList names = awkwardNames();
    for (char16_t c = 0; c < 0x80; ++c) {
        names << QString(QChar(c)) << QStringLiteral("x") + QChar(c) + QStringLiteral("Y")
              << QString(QChar(c)) + QStringLiteral("É");
    }
    names << QStringLiteral("AZaz@[`{") << QStringLiteral("azAZ@[`{") << QStringLiteral("ǅ")
          << QStringLiteral("Kelvin ") + QChar(0x212A); // the Kelvin sign folds to 'k'

    QCOMPARE(keyCollationDisagreements(QLocale::c(), names), QStringList());
}

// A big batch of loading pages is appended unsorted and sorted once at its end (issue 13);
// what the table shows afterwards is the same sorted list, selection kept.
void TestWorkflowFilterProxy::loadingBatchIsSortedOnceAndStaysSorted()
{
    QList<Workflow> rows = many(1000);
    std::reverse(rows.begin(), rows.end()); // the server's order is not the name order
    WorkflowListModel model;
    WorkflowFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.sort(WorkflowListModel::NameColumn, Qt::DescendingOrder);
    model.insertLoadingPages(0, {rows.mid(0, 100)}, QString());
    QItemSelectionModel selection(&proxy);
    selection.setCurrentIndex(proxy.index(10, 0), QItemSelectionModel::SelectCurrent);
    const QString current =
        selection.currentIndex().data(WorkflowListModel::WorkflowIdRole).toString();

    QVERIFY(WorkflowFilterProxy::SortOnceFromRows <= 900);
    model.beginLoadingBatch(900);
    model.insertLoadingPages(100, {rows.mid(100, 200), rows.mid(300, 300)}, QString());
    model.insertLoadingPages(600, {rows.mid(600)}, QString());
    model.endLoadingBatch();

    QCOMPARE(proxy.sortColumn(), int(WorkflowListModel::NameColumn));
    QCOMPARE(proxy.sortOrder(), Qt::DescendingOrder);
    QCOMPARE(proxyIds(proxy), sortedByName(rows, Qt::DescendingOrder));
    QCOMPARE(selection.currentIndex().data(WorkflowListModel::WorkflowIdRole).toString(), current);
}

// The ids of `list` in the order its keys give (ties in list order), as sorting with the
// keys one pair at a time gives it; missing names last.
QStringList sortedByKeys(QList<Workflow> list, Qt::SortOrder order)
{
    std::stable_sort(list.begin(), list.end(), [order](const Workflow &a, const Workflow &b) {
        if (a.name.isEmpty() || b.name.isEmpty())
            return b.name.isEmpty() && !a.name.isEmpty();
        const int c = a.nameSortKey.compare(b.nameSortKey);
        return order == Qt::AscendingOrder ? c < 0 : c > 0;
    });
    QStringList ids;
    for (const Workflow &w : list)
        ids << w.id;
    return ids;
}

// A sort by name reads each row's key from one flat array (issue 13): the order is the
// keys' own, ties kept in row order, in the C locale (folded text) and in a real one (ICU
// keys, made on a thread whose collator is en_US), both directions.
void TestWorkflowFilterProxy::flatKeysSortAsTheKeysDo()
{
    QStringList names = awkwardNames();
    names << QStringLiteral("zeta") << QStringLiteral("ZETA") << QStringLiteral("Alpha");
    for (const QLocale &locale : {QLocale::c(), QLocale(QLocale::English, QLocale::UnitedStates)}) {
        const QLocale before;
        QLocale::setDefault(locale);
        QList<Workflow> list;
        QThread *thread = QThread::create([&] { list = named(names, true); });
        thread->start();
        QVERIFY(thread->wait(10000));
        delete thread;
        QLocale::setDefault(before);
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder})
            QCOMPARE(sortedByName(list, order), sortedByKeys(list, order));
    }
}

// Whatever a view does when the sorted layout is announced may change the list at once (a
// poll's answer): the rows it brings are placed by their own keys, and the keys of the rows
// it replaced (freed with them) are never read again (AddressSanitizer watches this).
void TestWorkflowFilterProxy::aModelChangedDuringASortIsSortedByItsOwnKeys()
{
    const auto renamed = [](QList<Workflow> rows, const QString &prefix) {
        for (Workflow &w : rows) {
            w.name = prefix + w.name;
            w.nameSortKey = NameSortKey::of(w.name);
        }
        return rows;
    };
    QList<Workflow> first = many(500);
    std::reverse(first.begin(), first.end());
    for (Workflow &w : first)
        w.nameSortKey = NameSortKey::of(w.name);
    QList<Workflow> second = renamed(first.mid(0, 400), QStringLiteral("z "));
    second += renamed(many(900).mid(500), QString());
    std::reverse(second.begin(), second.end());

    WorkflowListModel model;
    model.setWorkflows(first);
    first.clear(); // the model holds the only copy of those rows and their keys
    WorkflowFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    int changes = 0;
    connect(&proxy, &QAbstractItemModel::layoutChanged, &proxy, [&] {
        if (changes++ == 0)
            model.setWorkflows(second);
    });
    proxy.sort(WorkflowListModel::NameColumn, Qt::AscendingOrder);
    QVERIFY(changes >= 1);
    QCOMPARE(proxyIds(proxy), sortedByKeys(second, Qt::AscendingOrder));
}

QTEST_GUILESS_MAIN(TestWorkflowFilterProxy)
#include "tst_workflow_filter_proxy.moc"

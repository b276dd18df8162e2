// ListDiffer: a keyed diff applied to a real QAbstractItemModel under
// QAbstractItemModelTester, over thousands of random snapshot sequences. After every step
// the model must equal the new snapshot, and the signals alone must be enough for an
// observer to rebuild it (a "mirror" that replays them): a changed row without dataChanged,
// or a span in the wrong coordinates, shows up as a mismatch.

#include "workflows/ListDiffer.h"

#include <QAbstractItemModelTester>
#include <QAbstractListModel>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QtTest>

namespace {

struct Item
{
    int key = 0;
    int value = 0;
    bool operator==(const Item &o) const { return key == o.key && value == o.value; }
};

int itemKey(const Item &item)
{
    return item.key;
}

class ItemModel : public QAbstractListModel
{
public:
    enum { KeyRole = Qt::UserRole + 1, ValueRole };
    int rowCount(const QModelIndex &parent = QModelIndex()) const override
    {
        return parent.isValid() ? 0 : int(rows.size());
    }
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid))
            return QVariant();
        const Item &item = rows.at(index.row());
        if (role == Qt::DisplayRole)
            return QStringLiteral("%1=%2").arg(item.key).arg(item.value);
        if (role == KeyRole)
            return item.key;
        if (role == ValueRole)
            return item.value;
        return QVariant();
    }

    ListDiffStats apply(const QList<Item> &next)
    {
        return ListDiffer::apply(rows, next, itemKey, *this);
    }

    // Sink interface.
    void removeRows(int first, int last)
    {
        beginRemoveRows(QModelIndex(), first, last);
        rows.remove(first, last - first + 1);
        endRemoveRows();
    }
    void assignRow(int row, const Item &item) { rows[row] = item; }
    void changeRows(int first, int last) { Q_EMIT dataChanged(index(first), index(last)); }
    void insertRows(int first, std::span<const Item> items)
    {
        beginInsertRows(QModelIndex(), first, first + int(items.size()) - 1);
        rows.insert(first, qsizetype(items.size()), Item());
        std::copy(items.begin(), items.end(), rows.begin() + first);
        endInsertRows();
    }

    QList<Item> rows;
};

// Replays the model's signals onto its own copy and checks the documented call order.
class Mirror : public QObject
{
public:
    explicit Mirror(ItemModel *model)
        : m_model(model)
    {
        rows = model->rows;
        connect(model, &QAbstractItemModel::rowsRemoved, this,
                [this](const QModelIndex &, int first, int last) {
                    QVERIFY2(m_phase <= 1, "removal after changes or insertions");
                    QVERIFY2(last < m_lastRemoveFirst, "removals not bottom-up / overlapping");
                    m_lastRemoveFirst = first;
                    m_phase = 1;
                    rows.remove(first, last - first + 1);
                    ++removeSpans;
                });
        connect(model, &QAbstractItemModel::dataChanged, this,
                [this](const QModelIndex &tl, const QModelIndex &br) {
                    QVERIFY2(m_phase <= 2, "change after insertions");
                    QVERIFY(tl.row() <= br.row());
                    QVERIFY2(tl.row() > m_lastChangeLast + 1, "change spans not maximal/ordered");
                    m_lastChangeLast = br.row();
                    m_phase = 2;
                    for (int r = tl.row(); r <= br.row(); ++r) {
                        QVERIFY2(!(rows[r] == m_model->rows[r]),
                                 "dataChanged for an unchanged row");
                        rows[r] = m_model->rows[r];
                    }
                    ++changeSpans;
                });
        connect(model, &QAbstractItemModel::rowsInserted, this,
                [this](const QModelIndex &, int first, int last) {
                    QVERIFY2(first > m_lastInsertLast, "insertions not top-down");
                    m_lastInsertLast = last;
                    m_phase = 3;
                    for (int r = first; r <= last; ++r)
                        rows.insert(r, m_model->rows[r]);
                    ++insertSpans;
                });
        connect(model, &QAbstractItemModel::modelReset, this, [this] { ++resets; });
        connect(model, &QAbstractItemModel::layoutChanged, this, [this] { ++layoutChanges; });
        connect(model, &QAbstractItemModel::rowsMoved, this, [this] { ++moves; });
    }
    void startStep()
    {
        m_phase = 0;
        m_lastRemoveFirst = std::numeric_limits<int>::max();
        m_lastChangeLast = -2;
        m_lastInsertLast = -1;
        removeSpans = changeSpans = insertSpans = 0;
    }

    QList<Item> rows;
    int removeSpans = 0, changeSpans = 0, insertSpans = 0;
    int resets = 0, layoutChanges = 0, moves = 0;

private:
    ItemModel *m_model;
    int m_phase = 0;
    int m_lastRemoveFirst = 0;
    int m_lastChangeLast = -2;
    int m_lastInsertLast = -1;
};

QList<Item> mutate(const QList<Item> &current, QRandomGenerator &rng, int &nextKey)
{
    QList<Item> next;
    next.reserve(current.size() + 8);
    // Per-step rates (per mille) vary so that some steps are quiet and some are storms;
    // removals outweigh insertions on big lists so sizes stay in the hundreds (the model
    // tester re-checks every row on every signal).
    const int size = int(current.size());
    const int removeRate = int(rng.bounded(0, size > 250 ? 120 : 40));
    const int changeRate = int(rng.bounded(0, 200));
    const int insertRate = int(rng.bounded(0, size < 50 ? 120 : 40));
    for (const Item &item : current) {
        if (int(rng.bounded(1000)) < removeRate)
            continue;
        Item copy = item;
        if (int(rng.bounded(1000)) < changeRate)
            copy.value = int(rng.bounded(1000));
        next.append(copy);
        while (int(rng.bounded(1000)) < insertRate)
            next.append(Item{nextKey++, int(rng.bounded(1000))});
    }
    if (rng.bounded(4) == 0) {
        // Insert a block at the front or at a random place.
        const int count = int(rng.bounded(1, 6));
        const int at = rng.bounded(2) ? 0 : int(rng.bounded(qsizetype(next.size()) + 1));
        for (int k = 0; k < count; ++k)
            next.insert(at, Item{nextKey++, int(rng.bounded(1000))});
    }
    if (rng.bounded(8) == 0 && next.size() > 2) {
        // Occasional reorder: move a few items, or a whole block, elsewhere.
        const int moves = int(rng.bounded(1, 4));
        for (int k = 0; k < moves; ++k) {
            const qsizetype from = rng.bounded(next.size());
            const qsizetype to = rng.bounded(next.size());
            next.move(from, to);
        }
    }
    if (rng.bounded(200) == 0)
        next.clear(); // everything deleted
    if (rng.bounded(100) == 0 && !next.isEmpty())
        std::reverse(next.begin(), next.end()); // worst case reorder
    return next;
}

} // namespace

class TestListDiffer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void emptyToFullAndBack();
    void removalsAreReverseContiguousSpans();
    void changesAreContiguousSpans();
    void insertionsLandAtFinalPositions();
    void reorderMovesFewestRows();
    void duplicateKeysStillEndEqual();
    void randomizedSequences_data();
    void randomizedSequences();
    void tenThousandRowsOnePercentChangedIsFast();
};

void TestListDiffer::emptyToFullAndBack()
{
    ItemModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QList<Item> full{{1, 1}, {2, 2}, {3, 3}};
    ListDiffStats stats = model.apply(full);
    QCOMPARE(model.rows, full);
    QCOMPARE(stats.inserted, 3);
    QCOMPARE(stats.insertSpans, 1);
    stats = model.apply({});
    QVERIFY(model.rows.isEmpty());
    QCOMPARE(stats.removed, 3);
    QCOMPARE(stats.removeSpans, 1);
    stats = model.apply({});
    QVERIFY(stats.isEmpty());
}

void TestListDiffer::removalsAreReverseContiguousSpans()
{
    ItemModel model;
    model.rows = {{0, 0}, {1, 0}, {2, 0}, {3, 0}, {4, 0}, {5, 0}, {6, 0}};
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    const QList<Item> next{{0, 0}, {3, 0}, {6, 0}};
    const ListDiffStats stats = model.apply(next);
    QCOMPARE(model.rows, next);
    QCOMPARE(removed.size(), 2);
    QCOMPARE(removed.at(0).at(1).toInt(), 4); // [4,5] first (bottom-up)
    QCOMPARE(removed.at(0).at(2).toInt(), 5);
    QCOMPARE(removed.at(1).at(1).toInt(), 1); // then [1,2]
    QCOMPARE(removed.at(1).at(2).toInt(), 2);
    QCOMPARE(stats.removeSpans, 2);
}

void TestListDiffer::changesAreContiguousSpans()
{
    ItemModel model;
    for (int k = 0; k < 10; ++k)
        model.rows.append({k, 0});
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QList<Item> next = model.rows;
    next[2].value = next[3].value = next[4].value = 1; // one span
    next[8].value = 1;                                 // another
    next.removeAt(0);                                  // shifts both spans up by one
    next.insert(5, {100, 0});                          // does not split the change spans
    model.apply(next);
    QCOMPARE(model.rows, next);
    QCOMPARE(changed.size(), 2);
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 1);
    QCOMPARE(changed.at(0).at(1).toModelIndex().row(), 3);
    QCOMPARE(changed.at(1).at(0).toModelIndex().row(), 7);
    QCOMPARE(changed.at(1).at(1).toModelIndex().row(), 7);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 5);
}

void TestListDiffer::insertionsLandAtFinalPositions()
{
    ItemModel model;
    model.rows = {{1, 0}, {2, 0}, {3, 0}};
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    const QList<Item> next{{10, 0}, {11, 0}, {1, 0}, {12, 0}, {2, 0}, {3, 0}, {13, 0}, {14, 0}};
    const ListDiffStats stats = model.apply(next);
    QCOMPARE(model.rows, next);
    QCOMPARE(stats.insertSpans, 3);
    QCOMPARE(inserted.size(), 3);
    QCOMPARE(inserted.at(0).at(1).toInt(), 0);
    QCOMPARE(inserted.at(0).at(2).toInt(), 1);
    QCOMPARE(inserted.at(1).at(1).toInt(), 3);
    QCOMPARE(inserted.at(2).at(1).toInt(), 6);
    QCOMPARE(inserted.at(2).at(2).toInt(), 7);
}

void TestListDiffer::reorderMovesFewestRows()
{
    ItemModel model;
    for (int k = 0; k < 100; ++k)
        model.rows.append({k, 0});
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QList<Item> next = model.rows;
    next.move(90, 3);  // one row moved up
    next.move(10, 50); // one row moved down
    const ListDiffStats stats = model.apply(next);
    QCOMPARE(model.rows, next);
    QCOMPARE(stats.moved, 2);
    QCOMPARE(stats.removed, 2);
    QCOMPARE(stats.inserted, 2);
    QCOMPARE(stats.changed, 0);
}

void TestListDiffer::duplicateKeysStillEndEqual()
{
    ItemModel model;
    model.rows = {{1, 0}, {1, 1}, {2, 0}};
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QList<Item> next{{2, 0}, {2, 5}, {1, 1}};
    model.apply(next);
    QCOMPARE(model.rows, next);
}

void TestListDiffer::randomizedSequences_data()
{
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<int>("startSize");
    QTest::addColumn<int>("steps");
    for (quint32 seed = 1; seed <= 24; ++seed) {
        const int startSize = seed % 4 == 0 ? 0 : int(seed * 37 % 400);
        QTest::addRow("seed%u", seed) << seed << startSize << 150;
    }
}

void TestListDiffer::randomizedSequences()
{
    QFETCH(quint32, seed);
    QFETCH(int, startSize);
    QFETCH(int, steps);

    QRandomGenerator rng(seed);
    int nextKey = 0;
    QList<Item> snapshot;
    for (int k = 0; k < startSize; ++k)
        snapshot.append(Item{nextKey++, int(rng.bounded(1000))});

    ItemModel model;
    model.rows = snapshot;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    Mirror mirror(&model);

    for (int step = 0; step < steps; ++step) {
        const QList<Item> next = mutate(snapshot, rng, nextKey);
        mirror.startStep();
        const ListDiffStats stats = model.apply(next);
        if (QTest::currentTestFailed())
            QFAIL(qPrintable(QStringLiteral("seed %1 step %2").arg(seed).arg(step)));
        QCOMPARE(model.rows, next);
        QCOMPARE(mirror.rows, next);
        QCOMPARE(mirror.removeSpans, stats.removeSpans);
        QCOMPARE(mirror.changeSpans, stats.changeSpans);
        QCOMPARE(mirror.insertSpans, stats.insertSpans);
        QCOMPARE(snapshot.size() - stats.removed + stats.inserted, next.size());
        snapshot = next;
    }
    QCOMPARE(mirror.resets, 0);
    QCOMPARE(mirror.layoutChanges, 0);
    QCOMPARE(mirror.moves, 0);
}

void TestListDiffer::tenThousandRowsOnePercentChangedIsFast()
{
    // A sanity bound only (the real number is in bench_refresh); generous for loaded CI.
    QList<Item> base;
    for (int k = 0; k < 10000; ++k)
        base.append({k, 0});
    ItemModel model;
    model.rows = base;
    QList<Item> next = base;
    QRandomGenerator rng(7);
    for (int k = 0; k < 100; ++k)
        next[rng.bounded(next.size())].value = 1 + k;
    QElapsedTimer timer;
    timer.start();
    const ListDiffStats stats = model.apply(next);
    const qint64 ms = timer.elapsed();
    QCOMPARE(model.rows, next);
    QVERIFY(stats.changed > 90);
    QCOMPARE(stats.removed + stats.inserted, 0);
    QVERIFY2(ms < 50, qPrintable(QStringLiteral("took %1 ms").arg(ms)));
}

QTEST_GUILESS_MAIN(TestListDiffer)
#include "tst_list_differ.moc"

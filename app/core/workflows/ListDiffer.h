#pragma once

#include <QHash>
#include <QList>

#include <algorithm>
#include <functional>
#include <span>
#include <type_traits>
#include <vector>

// What one ListDiffer::apply() did; handy for tests, logs and benchmarks.
struct ListDiffStats
{
    int removed = 0;     // rows removed (moved rows included)
    int inserted = 0;    // rows inserted (moved rows included)
    int changed = 0;     // rows kept in place whose value changed
    int moved = 0;       // rows that changed relative order (removed + re-inserted)
    int removeSpans = 0; // removeRows() calls
    int changeSpans = 0; // changeRows() calls
    int insertSpans = 0; // insertRows() calls

    bool isEmpty() const { return removed == 0 && inserted == 0 && changed == 0; }
};

// A keyed list diff that drives a model through a "sink", so the model never resets.
//
//   ListDiffer::apply(oldRows, newRows, key, sink [, equal])
//   ListDiffer::applyMapped(oldRows, newRows, newToOld, sink [, equal])   (see below)
//
// `key(const T &)` returns a hashable key (qHash + operator==). Keys are expected to be unique
// in each list; duplicates are tolerated (the result still equals `newRows`, but the extra
// copies are removed/inserted instead of being diffed).
// `equal(a, b)` decides whether a kept row changed (default operator==).
//
// The sink is any object with these members (T = row type):
//   void removeRows(int first, int last);               // remove [first, last] now
//   void assignRow(int row, const T &value);            // store the new value of a kept row
//   void changeRows(int first, int last);               // rows [first, last] were assigned
//   void insertRows(int first, std::span<const T> rows); // insert rows.size() rows at first
//
// Calls arrive in this order, each as maximal contiguous spans:
//   1. removals, from the bottom up (so earlier indexes stay valid), in old-list coordinates
//      which are also the current coordinates at the time of the call;
//   2. changes, top-down: assignRow() for each row of a span, then one changeRows() for the
//      span, in the coordinates of the list after the removals;
//   3. insertions, top-down, at their final position in `newRows`.
// Afterwards the sink holds exactly `newRows`, in its order.
//
// Reorders (rare: the server keeps creation order) are handled as remove + insert of the
// rows outside a longest increasing subsequence, so the fewest rows move.
//
// Cost: O(n + m) hashing when the relative order is unchanged, O(k log k) extra when it is
// not. `oldRows` may alias the sink's own storage: it is read completely before the first
// sink call and never afterwards.
namespace ListDiffer {

namespace detail {

// Indexes (into `seq`) of one longest strictly increasing subsequence.
inline std::vector<qsizetype> longestIncreasing(const std::vector<qsizetype> &seq)
{
    std::vector<qsizetype> tailIdx; // tailIdx[len-1] = index of smallest tail
    std::vector<qsizetype> prev(seq.size(), -1);
    tailIdx.reserve(seq.size());
    for (qsizetype i = 0; i < qsizetype(seq.size()); ++i) {
        auto it = std::lower_bound(
            tailIdx.begin(), tailIdx.end(), seq[size_t(i)],
            [&seq](qsizetype idx, qsizetype value) { return seq[size_t(idx)] < value; });
        if (it != tailIdx.begin())
            prev[size_t(i)] = *(it - 1);
        if (it == tailIdx.end())
            tailIdx.push_back(i);
        else
            *it = i;
    }
    std::vector<qsizetype> result(tailIdx.size());
    qsizetype k = tailIdx.empty() ? -1 : tailIdx.back();
    for (qsizetype pos = qsizetype(tailIdx.size()) - 1; pos >= 0; --pos) {
        result[size_t(pos)] = k;
        k = prev[size_t(k)];
    }
    return result;
}

} // namespace detail

// The engine behind apply(), for callers that already know where each new row was:
// newToOld[j] is the index in `oldRows` of the row with newRows[j]'s key, or -1 when it is
// new. A model that keeps an id -> row index can fill it with lookups only, saving the
// hash build (the dominant cost at 10k rows). When two new rows claim the same old row, the
// first keeps it and the other is inserted.
//
// applyMappedAt() is the same with `sameAt(i, j)` deciding whether old row i and new row j
// are equal by index, for callers that keep per-row data beside the rows (fingerprints).
template<typename T, typename Sink, typename SameAt>
ListDiffStats applyMappedAt(const QList<T> &oldRows, const QList<T> &newRows,
                            const std::vector<qsizetype> &newToOld, Sink &sink, SameAt sameAt)
{
    ListDiffStats stats;
    const qsizetype n = oldRows.size();
    const qsizetype m = newRows.size();
    Q_ASSERT(qsizetype(newToOld.size()) == m);

    // ---- Phase 1: plan, reading oldRows only here. ----
    std::vector<qsizetype> target(size_t(n), -1); // new index of each old row, -1 = removed
    std::vector<char> newKept(size_t(m), 0);      // new row already present in the old list
    for (qsizetype j = 0; j < m; ++j) {
        const qsizetype i = newToOld[size_t(j)];
        if (i >= 0 && i < n && target[size_t(i)] < 0) {
            target[size_t(i)] = j;
            newKept[size_t(j)] = 1;
        }
    }
    bool ordered = true;
    qsizetype lastTarget = -1;
    for (qsizetype i = 0; i < n && ordered; ++i) {
        const qsizetype j = target[size_t(i)];
        if (j < 0)
            continue;
        if (j < lastTarget)
            ordered = false;
        lastTarget = j;
    }

    if (!ordered) {
        // Keep a longest increasing run of kept rows in place; move the rest.
        std::vector<qsizetype> keptOld;
        std::vector<qsizetype> seq;
        for (qsizetype i = 0; i < n; ++i) {
            if (target[size_t(i)] >= 0) {
                keptOld.push_back(i);
                seq.push_back(target[size_t(i)]);
            }
        }
        const std::vector<qsizetype> lis = detail::longestIncreasing(seq);
        std::vector<char> stays(seq.size(), 0);
        for (qsizetype idx : lis)
            stays[size_t(idx)] = 1;
        for (size_t s = 0; s < seq.size(); ++s) {
            if (!stays[s]) {
                newKept[size_t(seq[s])] = 0;
                target[size_t(keptOld[s])] = -1;
                ++stats.moved;
            }
        }
    }

    std::vector<char> changed(size_t(n), 0);
    for (qsizetype i = 0; i < n; ++i) {
        const qsizetype j = target[size_t(i)];
        if (j >= 0 && !sameAt(i, j))
            changed[size_t(i)] = 1;
    }

    // ---- Phase 2: removals, bottom-up spans. ----
    for (qsizetype i = n - 1; i >= 0; --i) {
        if (target[size_t(i)] >= 0)
            continue;
        const qsizetype last = i;
        while (i > 0 && target[size_t(i - 1)] < 0)
            --i;
        sink.removeRows(int(i), int(last));
        stats.removed += int(last - i + 1);
        ++stats.removeSpans;
    }

    // ---- Phase 3: changes, top-down spans in post-removal coordinates. ----
    qsizetype pos = 0;
    qsizetype spanFirst = -1;
    for (qsizetype i = 0; i < n; ++i) {
        const qsizetype j = target[size_t(i)];
        if (j < 0)
            continue;
        if (changed[size_t(i)]) {
            sink.assignRow(int(pos), newRows.at(j));
            if (spanFirst < 0)
                spanFirst = pos;
            ++stats.changed;
        } else if (spanFirst >= 0) {
            sink.changeRows(int(spanFirst), int(pos - 1));
            ++stats.changeSpans;
            spanFirst = -1;
        }
        ++pos;
    }
    if (spanFirst >= 0) {
        sink.changeRows(int(spanFirst), int(pos - 1));
        ++stats.changeSpans;
    }

    // ---- Phase 4: insertions, top-down at their final positions. ----
    for (qsizetype j = 0; j < m; ++j) {
        if (newKept[size_t(j)])
            continue;
        const qsizetype first = j;
        while (j + 1 < m && !newKept[size_t(j + 1)])
            ++j;
        sink.insertRows(int(first),
                        std::span<const T>(newRows.constData() + first, size_t(j - first + 1)));
        stats.inserted += int(j - first + 1);
        ++stats.insertSpans;
    }
    return stats;
}

template<typename T, typename Sink, typename Equal = std::equal_to<T>>
ListDiffStats applyMapped(const QList<T> &oldRows, const QList<T> &newRows,
                          const std::vector<qsizetype> &newToOld, Sink &sink, Equal equal = Equal())
{
    return applyMappedAt(oldRows, newRows, newToOld, sink, [&](qsizetype i, qsizetype j) {
        return equal(oldRows.at(i), newRows.at(j));
    });
}

template<typename T, typename KeyFn, typename Sink, typename Equal = std::equal_to<T>>
ListDiffStats apply(const QList<T> &oldRows, const QList<T> &newRows, KeyFn key, Sink &sink,
                    Equal equal = Equal())
{
    using Key = std::decay_t<std::invoke_result_t<KeyFn &, const T &>>;
    QHash<Key, qsizetype> oldIndex;
    oldIndex.reserve(oldRows.size());
    for (qsizetype i = oldRows.size() - 1; i >= 0; --i)
        oldIndex.insert(key(oldRows.at(i)), i); // reverse: for a duplicate key the first wins
    std::vector<qsizetype> newToOld(size_t(newRows.size()), -1);
    for (qsizetype j = 0; j < newRows.size(); ++j)
        newToOld[size_t(j)] = oldIndex.value(key(newRows.at(j)), -1);
    return applyMapped(oldRows, newRows, newToOld, sink, equal);
}

} // namespace ListDiffer

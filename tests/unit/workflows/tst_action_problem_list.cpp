// The lifecycle of "Needs attention" entries (ActionProblemList): a failure or unknown
// outcome opens one entry per workflow and action, a second failure updates it, a
// confirmed action or a dismiss closes it, and bulk outcomes follow the same rules.

#include "api/ApiError.h"
#include "bulk/BulkItemOutcome.h"
#include "workflows/ActionProblemList.h"

#include <QSignalSpy>
#include <QTest>

class TestActionProblemList : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void failureOpensOneEntryWithTheServersAnswer();
    void secondFailureUpdatesTheOpenEntry();
    void confirmedActionClosesOnlyItsEntries();
    void dismissClosesTheEntry();
    void bulkFailuresOpenEntriesAndSuccessesCloseThem();
    void clearEmptiesTheList();
    void retryWithoutAPathSaysWhy();
};

namespace {
ApiError unavailable()
{
    ApiError e(ApiError::Kind::Server, 503, QStringLiteral("Service temporarily unavailable"));
    e.setRequest(QStringLiteral("POST"),
                 QUrl(QStringLiteral("http://127.0.0.1:1/v1/workflows/wf_1/pause")));
    return e;
}
} // namespace

void TestActionProblemList::failureOpensOneEntryWithTheServersAnswer()
{
    ActionProblemList list;
    const QDateTime when(QDate(2026, 12, 2), QTime(13, 5), Qt::UTC);
    list.setClock([when] { return when; });
    QSignalSpy count(&list, &ActionProblemList::countChanged);
    const quint64 key = list.reportError(LifecycleAction::Pause, QStringLiteral("wf_1"),
                                         QStringLiteral("Renewals"), unavailable(), false);
    QVERIFY(key > 0);
    QCOMPARE(list.count(), 1);
    QCOMPARE(count.size(), 1);
    const ActionProblem p = *list.problem(key);
    QCOMPARE(p.workflowName, QStringLiteral("Renewals"));
    QCOMPARE(p.action, LifecycleAction::Pause);
    QVERIFY2(p.answer.contains(QStringLiteral("HTTP 503")), qPrintable(p.answer));
    QVERIFY2(p.answer.contains(QStringLiteral("Service temporarily unavailable")),
             qPrintable(p.answer));
    QVERIFY2(p.details.contains(QStringLiteral("/v1/workflows/wf_1/pause")), qPrintable(p.details));
    QCOMPARE(p.at, when);
    QVERIFY(!p.outcomeUnknown);
}

void TestActionProblemList::secondFailureUpdatesTheOpenEntry()
{
    ActionProblemList list;
    QSignalSpy updated(&list, &ActionProblemList::updated);
    const quint64 first = list.reportError(LifecycleAction::Pause, QStringLiteral("wf_1"),
                                           QStringLiteral("Renewals"), unavailable(), false);
    const quint64 again = list.reportError(LifecycleAction::Pause, QStringLiteral("wf_1"),
                                           QString(), ApiError(ApiError::Kind::Timeout), true);
    QCOMPARE(again, first);
    QCOMPARE(list.count(), 1);
    QCOMPARE(updated.size(), 1);
    QVERIFY(list.problem(first)->outcomeUnknown);
    QCOMPARE(list.problem(first)->workflowName, QStringLiteral("Renewals")); // kept
    // Another action on the same workflow is another entry.
    list.reportError(LifecycleAction::Cancel, QStringLiteral("wf_1"), QStringLiteral("Renewals"),
                     unavailable(), false);
    QCOMPARE(list.count(), 2);
}

void TestActionProblemList::confirmedActionClosesOnlyItsEntries()
{
    ActionProblemList list;
    list.reportError(LifecycleAction::Pause, QStringLiteral("wf_1"), QString(), unavailable(),
                     false);
    const quint64 other = list.reportError(LifecycleAction::Pause, QStringLiteral("wf_2"),
                                           QString(), unavailable(), false);
    const quint64 cancel = list.reportError(LifecycleAction::Cancel, QStringLiteral("wf_1"),
                                            QString(), unavailable(), false);
    QSignalSpy removed(&list, &ActionProblemList::removed);
    list.resolve(QStringLiteral("wf_1"), LifecycleAction::Pause);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(list.count(), 2);
    QVERIFY(list.problem(other));
    QVERIFY(list.problem(cancel));
}

void TestActionProblemList::dismissClosesTheEntry()
{
    ActionProblemList list;
    const quint64 key = list.reportError(LifecycleAction::Resume, QStringLiteral("wf_1"), QString(),
                                         unavailable(), false);
    QVERIFY(list.dismiss(key));
    QCOMPARE(list.count(), 0);
    QVERIFY(!list.dismiss(key));
    QVERIFY(!list.problem(key));
}

void TestActionProblemList::bulkFailuresOpenEntriesAndSuccessesCloseThem()
{
    ActionProblemList list;
    BulkItemOutcome failed;
    failed.kind = BulkItemOutcome::Kind::Failed;
    failed.workflowId = QStringLiteral("wf_7");
    failed.workflowName = QStringLiteral("Quiet hours");
    failed.httpStatus = 502;
    failed.serverMessage = QStringLiteral("Bad gateway");
    failed.reason = QStringLiteral("DialNexa had an internal error (HTTP 502).");
    failed.attempts = 1;
    list.reportBulkOutcome(LifecycleAction::Pause, failed, QStringLiteral("INC-1"));
    QCOMPARE(list.count(), 1);
    const ActionProblem p = list.problems().constFirst();
    QCOMPARE(p.incidentId, QStringLiteral("INC-1"));
    QCOMPARE(p.workflowName, QStringLiteral("Quiet hours"));
    QVERIFY2(p.answer.contains(QStringLiteral("HTTP 502")), qPrintable(p.answer));
    QVERIFY2(p.answer.contains(QStringLiteral("Bad gateway")), qPrintable(p.answer));
    QVERIFY2(p.details.contains(QStringLiteral("INC-1")), qPrintable(p.details));

    // A conflict is explained by the progress window; it is no failure to retry.
    BulkItemOutcome conflict = failed;
    conflict.kind = BulkItemOutcome::Kind::Conflict;
    conflict.workflowId = QStringLiteral("wf_8");
    list.reportBulkOutcome(LifecycleAction::Pause, conflict, QStringLiteral("INC-1"));
    QCOMPARE(list.count(), 1);

    BulkItemOutcome done = failed;
    done.kind = BulkItemOutcome::Kind::Done;
    list.reportBulkOutcome(LifecycleAction::Pause, done, QStringLiteral("INC-1"));
    QCOMPARE(list.count(), 0);
}

void TestActionProblemList::clearEmptiesTheList()
{
    ActionProblemList list;
    list.reportError(LifecycleAction::Pause, QStringLiteral("wf_1"), QString(), unavailable(),
                     false);
    list.reportError(LifecycleAction::Pause, QStringLiteral("wf_2"), QString(), unavailable(),
                     false);
    QSignalSpy removed(&list, &ActionProblemList::removed);
    QSignalSpy count(&list, &ActionProblemList::countChanged);
    list.clear();
    QCOMPARE(list.count(), 0);
    QCOMPARE(removed.size(), 2);
    QCOMPARE(count.last().first().toInt(), 0);
}

void TestActionProblemList::retryWithoutAPathSaysWhy()
{
    ActionProblemList list;
    const quint64 key = list.reportError(LifecycleAction::Pause, QStringLiteral("wf_1"), QString(),
                                         unavailable(), false);
    QString why;
    QVERIFY(!list.retry(key, &why));
    QVERIFY(!why.isEmpty());
    QCOMPARE(list.count(), 1); // a retry never closes an entry by itself
}

QTEST_GUILESS_MAIN(TestActionProblemList)
#include "tst_action_problem_list.moc"

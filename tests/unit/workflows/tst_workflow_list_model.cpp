// WorkflowListModel: display text, roles, incremental refresh (no reset after the first
// load), single-row updates, pending actions and index consistency.

#include "WorkflowFixtures.h"
#include "api/WorkflowDecoder.h"
#include "workflows/WorkflowFilterProxy.h"
#include "workflows/WorkflowListModel.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QtTest>

using namespace Fixtures;

class TestWorkflowListModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void headers();
    void displayText();
    void missingValuesShowDash();
    void statusToolTipNamesServerWord();
    void sortRoleIsTyped();
    void firstLoadResetsThenDiffs();
    void refreshEmitsStatusChangedWithPrevious();
    void refreshDedupesIds();
    void listingStateFollowsTheLastListing();
    void updateWorkflowSignalsOneRow();
    void updateWorkflowWithoutChangeIsSilent();
    void updateWorkflowMergesMinimalRecord();
    void updateUnknownIdIsNoop();
    void pendingActionShowsPendingText();
    void removeWorkflowRemovesOneRow();
    void indexStaysConsistentUnderRandomRefreshes();
    void selectionAndCurrentSurviveRefresh();
    void decodedPollShowsEveryChangedField();
    void serverValueReturnsAfterAnActionAnswer();
    void loadingPagesGoInWhereTheyBelongWithoutReset();
};

void TestWorkflowListModel::initTestCase()
{
    QLocale::setDefault(QLocale::c());
}

void TestWorkflowListModel::headers()
{
    WorkflowListModel model;
    QCOMPARE(model.columnCount(), 8);
    const QStringList expected{"Name",  "Status",  "Enrolled leads", "Nodes",
                               "Edges", "Created", "Updated",        "ID"};
    for (int c = 0; c < model.columnCount(); ++c)
        QCOMPARE(model.headerData(c, Qt::Horizontal, Qt::DisplayRole).toString(), expected.at(c));
    QCOMPARE(model.headerData(WorkflowListModel::NodesColumn, Qt::Horizontal, Qt::TextAlignmentRole)
                 .toInt(),
             int(Qt::AlignRight | Qt::AlignVCenter));
}

void TestWorkflowListModel::displayText()
{
    WorkflowListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QDateTime created = utc(2024, 4, 1, 8, 0);
    const QDateTime updated = utc(2024, 4, 2, 17, 45);
    model.setWorkflows(
        {workflow("wfl_1", "30-Day Lead Nurture", "active", 420, 5, 6, created, updated)});
    auto text = [&model](int column) {
        return model.index(0, column).data(Qt::DisplayRole).toString();
    };
    QCOMPARE(text(WorkflowListModel::NameColumn), QStringLiteral("30-Day Lead Nurture"));
    QCOMPARE(text(WorkflowListModel::StatusColumn), QStringLiteral("Active"));
    QCOMPARE(text(WorkflowListModel::EnrolledLeadsColumn), QStringLiteral("420"));
    QCOMPARE(text(WorkflowListModel::NodesColumn), QStringLiteral("5"));
    QCOMPARE(text(WorkflowListModel::EdgesColumn), QStringLiteral("6"));
    QCOMPARE(text(WorkflowListModel::CreatedColumn),
             created.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    QCOMPARE(text(WorkflowListModel::UpdatedColumn),
             updated.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    QCOMPARE(text(WorkflowListModel::IdColumn), QStringLiteral("wfl_1"));
    for (int c : {WorkflowListModel::EnrolledLeadsColumn, WorkflowListModel::NodesColumn,
                  WorkflowListModel::EdgesColumn})
        QCOMPARE(model.index(0, c).data(Qt::TextAlignmentRole).toInt(),
                 int(Qt::AlignRight | Qt::AlignVCenter));
    QVERIFY(!model.index(0, WorkflowListModel::NameColumn).data(Qt::TextAlignmentRole).isValid());
    QCOMPARE(model.index(0, 3).data(WorkflowListModel::WorkflowIdRole).toString(),
             QStringLiteral("wfl_1"));
    QCOMPARE(model.index(0, 0).data(WorkflowListModel::StatusStateRole).toInt(),
             int(WorkflowState::Active));
    QCOMPARE(model.index(0, 0).data(WorkflowListModel::WorkflowRole).value<Workflow>().name,
             QStringLiteral("30-Day Lead Nurture"));
    QVERIFY(!model.index(0, 0).data(WorkflowListModel::PendingActionRole).isValid());

    // Legacy and unknown statuses: normalised, and shown as the server's own word.
    model.setWorkflows(
        {workflow("wf_2", "Legacy", "running"), workflow("wf_3", "Odd", "inactive")});
    QCOMPARE(model.index(0, 1).data().toString(), QStringLiteral("Active"));
    QCOMPARE(model.index(0, 1).data(WorkflowListModel::RawStatusRole).toString(),
             QStringLiteral("running"));
    QCOMPARE(model.index(1, 1).data().toString(), QStringLiteral("inactive"));
    QCOMPARE(model.index(1, 1).data(WorkflowListModel::StatusStateRole).toInt(),
             int(WorkflowState::Unknown));
}

void TestWorkflowListModel::missingValuesShowDash()
{
    WorkflowListModel model;
    model.setWorkflows({workflow("wf_abc123", "Shape A", "paused")});
    const QString dash = QStringLiteral("\u2014");
    for (int c : {WorkflowListModel::EnrolledLeadsColumn, WorkflowListModel::NodesColumn,
                  WorkflowListModel::EdgesColumn, WorkflowListModel::CreatedColumn,
                  WorkflowListModel::UpdatedColumn})
        QCOMPARE(model.index(0, c).data().toString(), dash);
    // Zero is a value, not a missing one.
    model.updateWorkflow(workflow("wf_abc123", QString(), QString(), 0));
    QCOMPARE(model.index(0, WorkflowListModel::EnrolledLeadsColumn).data().toString(),
             QStringLiteral("0"));
}

void TestWorkflowListModel::statusToolTipNamesServerWord()
{
    WorkflowListModel model;
    model.setWorkflows({workflow("a", "A", "running"), workflow("b", "B", "paused"),
                        workflow("c", "C", "inactive")});
    const auto tip = [&model](int row) {
        return model.index(row, WorkflowListModel::StatusColumn).data(Qt::ToolTipRole).toString();
    };
    QCOMPARE(tip(0), QStringLiteral("Server status: running (treated as active)"));
    QCOMPARE(tip(1), QStringLiteral("Server status: paused"));
    QVERIFY(tip(2).startsWith(QStringLiteral("Server status: inactive")));
    model.setPendingAction("b", LifecycleAction::Resume);
    QVERIFY(tip(1).contains(QStringLiteral("Resuming…")));
    QVERIFY(tip(1).contains(QStringLiteral("Server status: paused")));
}

void TestWorkflowListModel::sortRoleIsTyped()
{
    WorkflowListModel model;
    const QDateTime created = utc(2024, 3, 1, 9, 0);
    model.setWorkflows({workflow("a", "A", "active", 7, 2, std::nullopt, created)});
    const auto sortValue = [&model](int column) {
        return model.index(0, column).data(WorkflowListModel::SortRole);
    };
    QCOMPARE(sortValue(WorkflowListModel::EnrolledLeadsColumn).metaType().id(),
             int(QMetaType::Int));
    QCOMPARE(sortValue(WorkflowListModel::EnrolledLeadsColumn).toInt(), 7);
    QVERIFY(!sortValue(WorkflowListModel::EdgesColumn).isValid()); // missing
    QCOMPARE(sortValue(WorkflowListModel::CreatedColumn).toDateTime(), created);
    QVERIFY(!sortValue(WorkflowListModel::UpdatedColumn).isValid()); // missing
    QCOMPARE(sortValue(WorkflowListModel::NameColumn).toString(), QStringLiteral("A"));
}

void TestWorkflowListModel::firstLoadResetsThenDiffs()
{
    WorkflowListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(!model.hasLoaded());

    QList<Workflow> list = many(50);
    model.setWorkflows(list);
    QVERIFY(model.hasLoaded());
    QCOMPARE(reset.size(), 1);
    QCOMPARE(model.workflows(), list);

    list.removeAt(10);
    list[20].enrolledLeads = 9999;
    list[21].enrolledLeads = 9999;
    list.append(workflow("wf_new", "New", "draft"));
    model.setWorkflows(list);
    QCOMPARE(reset.size(), 1);
    QCOMPARE(model.workflows(), list);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(changed.size(), 1); // rows 20..21: one contiguous span
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 20);
    QCOMPARE(changed.at(0).at(1).toModelIndex().row(), 21);
    // Only the column that changed: a proxy sorted by another column need not re-sort.
    QCOMPARE(changed.at(0).at(0).toModelIndex().column(),
             int(WorkflowListModel::EnrolledLeadsColumn));
    QCOMPARE(changed.at(0).at(1).toModelIndex().column(),
             int(WorkflowListModel::EnrolledLeadsColumn));

    // A rename and a status change in one span cover Name through Status.
    changed.clear();
    list[5].name = QStringLiteral("Renamed");
    list[6].status = WorkflowStatus::fromApi(QStringLiteral("paused"));
    model.setWorkflows(list);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex().column(), int(WorkflowListModel::NameColumn));
    QCOMPARE(changed.at(0).at(1).toModelIndex().column(), int(WorkflowListModel::StatusColumn));

    // An identical refresh is silent.
    changed.clear();
    model.setWorkflows(list);
    QCOMPARE(changed.size(), 0);
    QCOMPARE(reset.size(), 1);
}

void TestWorkflowListModel::refreshEmitsStatusChangedWithPrevious()
{
    WorkflowListModel model;
    QList<Workflow> list = many(20);
    model.setWorkflows(list);
    QSignalSpy statusChanged(&model, &WorkflowListModel::statusChanged);
    list[0].status = WorkflowStatus::fromApi("paused"); // was active
    list[3].status = WorkflowStatus::fromApi("active"); // was "running": raw change
    list[5].enrolledLeads = 1;                          // not a status change
    model.setWorkflows(list);
    QCOMPARE(statusChanged.size(), 2);
    const auto first = statusChanged.at(0);
    QCOMPARE(first.at(0).value<Workflow>().id, QStringLiteral("wf_0000"));
    QCOMPARE(first.at(0).value<Workflow>().status.state(), WorkflowState::Paused);
    QCOMPARE(first.at(1).value<WorkflowStatus>().raw(), QStringLiteral("active"));
    QCOMPARE(statusChanged.at(1).at(1).value<WorkflowStatus>().raw(), QStringLiteral("running"));

    // updateWorkflow reports status changes too.
    statusChanged.clear();
    model.updateWorkflow(workflow("wf_0001", QString(), "active"));
    QCOMPARE(statusChanged.size(), 1);
    QCOMPARE(statusChanged.at(0).at(1).value<WorkflowStatus>().state(), WorkflowState::Paused);
}

void TestWorkflowListModel::refreshDedupesIds()
{
    WorkflowListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setWorkflows({workflow("a", "A", "active"), workflow("b", "B", "active"),
                        workflow("a", "A again", "paused")});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.workflowAt(0).name, QStringLiteral("A"));
    model.setWorkflows({workflow("b", "B", "active"), workflow("c", "C", "active"),
                        workflow("b", "B2", "active")});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.rowOf("b"), 0);
    QCOMPARE(model.rowOf("c"), 1);
    QCOMPARE(model.rowOf("a"), -1);
}

// What the list knows about itself (issue 9, items 11 and 12): the last listing's
// completeness and unreadable rows, announced only when they change; a plain
// setWorkflows (e.g. clearing on sign-out) claims nothing is missing.
void TestWorkflowListModel::listingStateFollowsTheLastListing()
{
    WorkflowListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.isListingComplete());
    QCOMPARE(model.unreadableRows(), 0);
    QSignalSpy state(&model, &WorkflowListModel::listingStateChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    WorkflowListing listing;
    listing.workflows = many(5);
    listing.complete = false;
    listing.incompleteReason = QStringLiteral("page 2 repeated page 1");
    listing.unreadableRows = 2;
    model.setListing(listing);
    QCOMPARE(model.rowCount(), 5);
    QVERIFY(!model.isListingComplete());
    QCOMPARE(model.incompleteReason(), QStringLiteral("page 2 repeated page 1"));
    QCOMPARE(model.unreadableRows(), 2);
    QCOMPARE(state.size(), 1);

    model.setListing(listing); // the same again: nothing to announce, no reset
    QCOMPARE(state.size(), 1);
    QCOMPARE(reset.size(), 1);

    listing.complete = true;
    listing.incompleteReason.clear();
    listing.workflows = many(6);
    model.setListing(listing);
    QCOMPARE(model.rowCount(), 6);
    QVERIFY(model.isListingComplete());
    QVERIFY(model.incompleteReason().isEmpty());
    QCOMPARE(state.size(), 2);
    QCOMPARE(reset.size(), 1); // still a diff after the first load

    model.setWorkflows({});
    QVERIFY(model.isListingComplete());
    QCOMPARE(model.unreadableRows(), 0);
    QCOMPARE(state.size(), 3);
}

void TestWorkflowListModel::updateWorkflowSignalsOneRow()
{
    WorkflowListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setWorkflows(many(30));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    Workflow w = model.workflowAt(17);
    w.status = WorkflowStatus::fromApi("paused");
    model.updateWorkflow(w);
    QCOMPARE(changed.size(), 1);
    const QModelIndex tl = changed.at(0).at(0).toModelIndex();
    const QModelIndex br = changed.at(0).at(1).toModelIndex();
    QCOMPARE(tl.row(), 17);
    QCOMPARE(br.row(), 17);
    QCOMPARE(tl.column(), 0);
    QCOMPARE(br.column(), WorkflowListModel::ColumnCount - 1);
    QCOMPARE(model.index(17, WorkflowListModel::StatusColumn).data().toString(),
             QStringLiteral("Paused"));
}

void TestWorkflowListModel::updateWorkflowWithoutChangeIsSilent()
{
    WorkflowListModel model;
    model.setWorkflows(many(5));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy statusChanged(&model, &WorkflowListModel::statusChanged);
    model.updateWorkflow(model.workflowAt(2));
    model.updateWorkflow(workflow("wf_0002", QString(), QString())); // carries nothing
    QCOMPARE(changed.size(), 0);
    QCOMPARE(statusChanged.size(), 0);
}

void TestWorkflowListModel::updateWorkflowMergesMinimalRecord()
{
    WorkflowListModel model;
    model.setWorkflows({workflow("wf_abc123", "Lead Nurture", "active", 420, 5, 6)});
    model.updateWorkflow(workflow("wf_abc123", QString(), "paused")); // {id, status}
    const Workflow w = model.workflowAt(0);
    QCOMPARE(w.name, QStringLiteral("Lead Nurture"));
    QCOMPARE(w.status.state(), WorkflowState::Paused);
    QCOMPARE(w.enrolledLeads, std::optional<int>(420));
}

void TestWorkflowListModel::updateUnknownIdIsNoop()
{
    WorkflowListModel model;
    model.setWorkflows(many(3));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.updateWorkflow(workflow("wf_nope", "X", "paused"));
    model.setPendingAction("wf_nope", LifecycleAction::Pause);
    model.removeWorkflow("wf_nope");
    QCOMPARE(changed.size(), 0);
    QCOMPARE(model.rowCount(), 3);
    QVERIFY(!model.pendingAction("wf_nope"));
    QVERIFY(!model.workflow("wf_nope"));
}

void TestWorkflowListModel::pendingActionShowsPendingText()
{
    WorkflowListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setWorkflows(many(10));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setPendingAction("wf_0007", LifecycleAction::Pause);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 7);
    QCOMPARE(changed.at(0).at(1).toModelIndex().row(), 7);
    const QModelIndex status = model.index(7, WorkflowListModel::StatusColumn);
    QCOMPARE(status.data().toString(), QStringLiteral("Pausing…"));
    QCOMPARE(status.data(WorkflowListModel::PendingActionRole).toInt(),
             int(LifecycleAction::Pause));
    QCOMPARE(model.pendingAction("wf_0007"), std::optional(LifecycleAction::Pause));
    // The server status is untouched while pending.
    QCOMPARE(status.data(WorkflowListModel::RawStatusRole).toString(), QStringLiteral("active"));

    // The pending state survives a refresh that changes the row.
    QList<Workflow> list = model.workflows();
    list[7].enrolledLeads = 1;
    model.setWorkflows(list);
    QCOMPARE(status.data().toString(), QStringLiteral("Pausing…"));

    // ... and a reorder that moves it (remove + insert), but not its removal.
    list.move(7, 0);
    model.setWorkflows(list);
    QCOMPARE(model.rowOf("wf_0007"), 0);
    QCOMPARE(model.index(0, WorkflowListModel::StatusColumn).data().toString(),
             QStringLiteral("Pausing…"));
    list.move(0, 7);
    model.setWorkflows(list);
    QCOMPARE(model.rowOf("wf_0007"), 7);
    changed.clear();
    model.setPendingAction("wf_0007", LifecycleAction::Pause); // same: silent
    QCOMPARE(changed.size(), 0);
    model.setPendingAction("wf_0003", LifecycleAction::Resume);
    list.removeAt(3);
    model.setWorkflows(list);
    QVERIFY(!model.pendingAction("wf_0003"));
    changed.clear();
    model.setPendingAction("wf_0007", std::nullopt);
    QCOMPARE(changed.size(), 1);
    const QModelIndex after = model.index(model.rowOf("wf_0007"), WorkflowListModel::StatusColumn);
    QCOMPARE(after.data().toString(), QStringLiteral("Active"));
    QVERIFY(!after.data(WorkflowListModel::PendingActionRole).isValid());
}

void TestWorkflowListModel::removeWorkflowRemovesOneRow()
{
    WorkflowListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setWorkflows(many(10));
    model.setPendingAction("wf_0004", LifecycleAction::Pause);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    model.removeWorkflow("wf_0004");
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed.at(0).at(1).toInt(), 4);
    QCOMPARE(removed.at(0).at(2).toInt(), 4);
    QCOMPARE(model.rowCount(), 9);
    QCOMPARE(model.rowOf("wf_0004"), -1);
    QVERIFY(!model.pendingAction("wf_0004"));
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.rowOf(model.workflowAt(row).id), row);
}

void TestWorkflowListModel::indexStaysConsistentUnderRandomRefreshes()
{
    WorkflowListModel model;
    WorkflowFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.sort(WorkflowListModel::NameColumn);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester proxyTester(&proxy,
                                         QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    QRandomGenerator rng(1234);
    QList<Workflow> list = many(300);
    int next = 1000;
    model.setWorkflows(list);
    for (int step = 0; step < 200; ++step) {
        QList<Workflow> updated;
        for (const Workflow &w : std::as_const(list)) {
            if (rng.bounded(100) < 2)
                continue;
            Workflow copy = w;
            if (rng.bounded(100) < 5)
                copy.status = WorkflowStatus::fromApi(rng.bounded(2) ? "paused" : "active");
            if (rng.bounded(100) < 5)
                copy.enrolledLeads = int(rng.bounded(500));
            updated.append(copy);
            if (rng.bounded(100) < 2)
                updated.append(workflow(QStringLiteral("wf_n%1").arg(next++), "N", "draft"));
        }
        if (step % 50 == 7 && updated.size() > 3)
            updated.move(1, updated.size() - 2);
        if (rng.bounded(3) == 0 && !updated.isEmpty()) {
            // Mix in single-row operations.
            const Workflow &victim = updated.at(rng.bounded(updated.size()));
            model.setWorkflows(updated);
            model.removeWorkflow(victim.id);
            updated.removeOne(victim);
            if (!updated.isEmpty()) {
                const qsizetype at = rng.bounded(updated.size());
                Workflow w = updated.at(at);
                w.name = QStringLiteral("renamed %1").arg(step);
                model.updateWorkflow(w);
                updated[at] = w;
            }
        } else {
            model.setWorkflows(updated);
        }
        QCOMPARE(model.workflows(), updated);
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.rowOf(model.workflowAt(row).id), row);
        QCOMPARE(proxy.rowCount(), model.rowCount());
        list = updated;
    }
    QCOMPARE(reset.size(), 1);
}

void TestWorkflowListModel::selectionAndCurrentSurviveRefresh()
{
    WorkflowListModel model;
    WorkflowFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.sort(WorkflowListModel::NameColumn, Qt::DescendingOrder);
    QItemSelectionModel selection(&proxy);

    QList<Workflow> list = many(200);
    model.setWorkflows(list);
    const auto proxyRowOf = [&](const QString &id) {
        return proxy.mapFromSource(model.index(model.rowOf(id), 0)).row();
    };
    const QModelIndex current = proxy.index(proxyRowOf("wf_0100"), WorkflowListModel::StatusColumn);
    selection.setCurrentIndex(current,
                              QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    selection.select(proxy.index(proxyRowOf("wf_0150"), 0),
                     QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QCOMPARE(selection.selectedRows().size(), 2);

    // Changes elsewhere: removals before and after, insertions, changed rows, and a
    // status change on the current row itself.
    list.removeAt(199);
    list.removeAt(120);
    list.removeAt(3);
    list.removeAt(2);
    list.insert(0, workflow("wf_x1", "Workflow 999", "draft"));
    list.insert(50, workflow("wf_x2", "Workflow 0995", "draft"));
    for (int i = 10; i < 40; ++i)
        list[i].enrolledLeads = -i;
    for (Workflow &w : list) {
        if (w.id == QLatin1String("wf_0100"))
            w.status = WorkflowStatus::fromApi("paused");
    }
    model.setWorkflows(list);

    const QModelIndex now = selection.currentIndex();
    QVERIFY(now.isValid());
    QCOMPARE(now.data(WorkflowListModel::WorkflowIdRole).toString(), QStringLiteral("wf_0100"));
    QCOMPARE(now.column(), int(WorkflowListModel::StatusColumn));
    QCOMPARE(now.data().toString(), QStringLiteral("Paused"));
    QStringList selectedIds;
    for (const QModelIndex &index : selection.selectedRows())
        selectedIds << index.data(WorkflowListModel::WorkflowIdRole).toString();
    selectedIds.sort();
    QCOMPARE(selectedIds, QStringList({"wf_0100", "wf_0150"}));

    // Filtering the current row out and back in does not crash or mis-map the rest.
    proxy.setSearchText("wf_0150");
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(selection.selectedRows().size(), 1);
    proxy.setSearchText(QString());
    QCOMPARE(proxy.rowCount(), model.rowCount());
}

namespace {

// A row as the poller gets it: decoded (and fingerprinted) from the server's JSON.
Workflow decoded(const QJsonObject &json)
{
    QString error;
    const std::optional<Workflow> w = WorkflowDecoder::decodeWorkflow(json, &error, nullptr);
    if (!w)
        qFatal("fixture does not decode: %s", qPrintable(error));
    return *w;
}

QJsonObject shapeB(int i)
{
    return QJsonObject{{"id", QStringLiteral("wfl_%1").arg(i)},
                       {"name", QStringLiteral("Renewals %1").arg(i)},
                       {"status", "active"},
                       {"node_count", 4},
                       {"edge_count", 3},
                       {"enrolled_leads", 100 + i},
                       {"created_at", "2026-03-01T10:00:00Z"}};
}

QList<Workflow> decodedWithOneEdit(const QList<std::pair<QString, QJsonValue>> &edits)
{
    QList<Workflow> list;
    for (int i = 0; i < edits.size(); ++i) {
        QJsonObject changed = shapeB(i);
        changed.insert(edits.at(i).first, edits.at(i).second);
        list.append(decoded(changed));
    }
    return list;
}

} // namespace

void TestWorkflowListModel::decodedPollShowsEveryChangedField()
{
    // Polls compare rows by the fingerprint the decoder computed: a change in any one
    // field must still reach the table.
    const QList<std::pair<QString, QJsonValue>> edits = {{"name", "Renewals renamed"},
                                                         {"status", "paused"},
                                                         {"node_count", 5},
                                                         {"edge_count", 9},
                                                         {"enrolled_leads", 7},
                                                         {"created_at", "2026-03-02T10:00:00Z"},
                                                         {"description", "New text"},
                                                         {"organization_id", "org_2"}};
    QList<Workflow> first;
    for (int i = 0; i < edits.size(); ++i)
        first.append(decoded(shapeB(i)));
    const QList<Workflow> second = decodedWithOneEdit(edits);
    WorkflowListModel model;
    model.setWorkflows(first);
    QSignalSpy changedSpy(&model, &QAbstractItemModel::dataChanged);
    model.setWorkflows(second);
    QCOMPARE(model.workflows(), second);
    QCOMPARE(model.index(0, WorkflowListModel::NameColumn).data().toString(),
             QStringLiteral("Renewals renamed"));
    QCOMPARE(model.index(1, WorkflowListModel::StatusColumn).data().toString(),
             QStringLiteral("Paused"));
    QCOMPARE(model.index(2, WorkflowListModel::NodesColumn).data().toString(), QStringLiteral("5"));
    QCOMPARE(model.index(3, WorkflowListModel::EdgesColumn).data().toString(), QStringLiteral("9"));
    QCOMPARE(model.index(4, WorkflowListModel::EnrolledLeadsColumn).data().toString(),
             QStringLiteral("7"));
    QVERIFY(model.index(5, WorkflowListModel::CreatedColumn)
                .data()
                .toString()
                .startsWith(QStringLiteral("2026-03-02")));
    QVERIFY(model.index(6, WorkflowListModel::NameColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .endsWith(QStringLiteral("New text")));
    QCOMPARE(model.workflowAt(7).organizationId, QStringLiteral("org_2"));
    QVERIFY(!changedSpy.isEmpty());

    // The same poll again, decoded afresh (new strings, same values): nothing repaints.
    changedSpy.clear();
    model.setWorkflows(decodedWithOneEdit(edits));
    QCOMPARE(changedSpy.size(), 0);
}

void TestWorkflowListModel::serverValueReturnsAfterAnActionAnswer()
{
    // The pause's answer ({id, status}) changes the row; if the next poll still says
    // "active" (the server did not keep the pause), the table must show "Active" again.
    WorkflowListModel model;
    model.setWorkflows({decoded(shapeB(1))});
    model.updateWorkflow(decoded(QJsonObject{{"id", "wfl_1"}, {"status", "paused"}}));
    QCOMPARE(model.index(0, WorkflowListModel::StatusColumn).data().toString(),
             QStringLiteral("Paused"));
    model.setWorkflows({decoded(shapeB(1))});
    QCOMPARE(model.index(0, WorkflowListModel::StatusColumn).data().toString(),
             QStringLiteral("Active"));
}

// Issue 13: during the first load each page goes in as it arrives, in page order whatever
// order the pages come in, repeated ids once; the complete listing then changes nothing.
void TestWorkflowListModel::loadingPagesGoInWhereTheyBelongWithoutReset()
{
    const QList<Workflow> all = many(6);
    WorkflowListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.insertLoadingPages(0, {all.mid(0, 2)}, QStringLiteral("Loading 2 of 6…")), 2);
    QVERIFY(model.hasLoaded());
    QVERIFY(!model.isListingComplete());
    QCOMPARE(model.incompleteReason(), QStringLiteral("Loading 2 of 6…"));

    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    // Page 3 first (with a repeat of page 1's wf_0001), then page 2 between them (with a
    // row twice).
    QCOMPARE(model.insertLoadingPages(2, {{all.at(4), all.at(5), all.at(1)}}, QString()), 2);
    QCOMPARE(model.insertLoadingPages(2, {{all.at(2), all.at(3), all.at(3)}},
                                      QStringLiteral("Loading 6 of 6…")),
             2);
    QCOMPARE(model.workflows(), all);
    QCOMPARE(inserted.size(), 2);
    QCOMPARE(inserted.at(1).at(1).toInt(), 2);
    QCOMPARE(model.rowOf(all.at(5).id), 5);

    WorkflowListing complete;
    complete.workflows = all;
    model.setListing(complete);
    QVERIFY(model.isListingComplete());
    QCOMPARE(inserted.size(), 2);
    QCOMPARE(removed.size(), 0);
    QCOMPARE(reset.size(), 0);
}

QTEST_GUILESS_MAIN(TestWorkflowListModel)
#include "tst_workflow_list_model.moc"

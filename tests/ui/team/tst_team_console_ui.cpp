// Issue 11 in the console: alice's console and bob (a dialnexa-ctl process with his own OS
// user and data directory) share one team store. Bob's pause shows in alice's Incidents
// dialog and Audit dock within a second (LISTEN/NOTIFY, no polling), her Activity panel names
// him, and resuming from her dialog gives back what he paused with one POST per workflow.
#include "ConsoleApp.h"
#include "audit/AuditController.h"
#include "audit/AuditLogModel.h"
#include "audit/AuditPanel.h"
#include "bulk/BulkActionsController.h"
#include "bulk/BulkProgressWindow.h"
#include "incidents/IncidentResumeDialog.h"
#include "incidents/IncidentsController.h"
#include "incidents/IncidentsDialog.h"
#include "shell/MainWindow.h"
#include "storage/TeamLink.h"
#include "storage/TeamStore.h"
#include "workflows/WorkflowListModel.h"

#include "SandboxHost.h"
#include "SandboxOptions.h"
#include "storage/Settings.h"
#include "support/ConsoleProbe.h"
#include "support/SandboxControl.h"
#include "support/TeamPostgres.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>

#include <memory>

class TestTeamConsoleUi : public QObject
{
    Q_OBJECT

    SandboxHost m_sandbox;
    std::unique_ptr<SandboxControl> m_control;
    std::unique_ptr<ConsoleApp> m_console;
    QTemporaryDir m_home;
    QString m_url;
    QString m_host = QSysInfo::machineHostName();

    // dialnexa-ctl as another OS user with a data directory of its own.
    QString ctl(const QString &user, const QStringList &args)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DIALNEXA_API_KEY"), m_sandbox.apiKey());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(user + QStringLiteral("/c")));
        env.insert(QStringLiteral("DIALNEXA_DATA_DIR"),
                   m_home.filePath(user + QStringLiteral("/d")));
        env.insert(QStringLiteral("HOME"), m_home.filePath(user));
        env.insert(QStringLiteral("USER"), user);
        env.insert(QStringLiteral("DIALNEXA_TEAM_STORE"), m_url);
        env.insert(QStringLiteral("DIALNEXA_TEAM_STORE_PASSWORD"), TeamPostgres::password());
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(DIALNEXA_CTL_PATH),
                QStringList{QStringLiteral("--base-url"), m_sandbox.baseUrl().toString()} + args);
        if (!QTest::qWaitFor([&] { return p.state() == QProcess::NotRunning; }, 60000))
            p.kill();
        p.waitForFinished(5000);
        return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0
                   ? QString()
                   : QString::fromUtf8(p.readAllStandardError()) + QStringLiteral(" (failed)");
    }
    int posts(const QString &suffix)
    {
        return int(m_control->requestsMatching(QStringLiteral("POST"), suffix).size());
    }
    IncidentsDialog *openIncidents()
    {
        MainWindow *window = m_console->window();
        QTest::mouseClick(ConsoleProbe::toolBar(window)->widgetForAction(
                              m_console->incidents()->resumeIncidentAction()),
                          Qt::LeftButton);
        IncidentsDialog *dialog = nullptr;
        if (!QTest::qWaitFor([&] {
                dialog = m_console->incidents()->incidentsDialog();
                return dialog && dialog->isVisible();
            }))
            return nullptr;
        return dialog;
    }
    // With DIALNEXA_UI_SHOT_DIR set, a PNG of what alice sees (as the other UI tests do).
    static void shot(QWidget *w, const QString &name)
    {
        const QString dir = qEnvironmentVariable("DIALNEXA_UI_SHOT_DIR");
        if (dir.isEmpty() || !w)
            return;
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        w->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
    }
    static int rowOf(QTableWidget *table, const QString &text)
    {
        for (int r = 0; r < table->rowCount(); ++r) {
            for (int c = 0; c < table->columnCount(); ++c) {
                if (table->item(r, c) && table->item(r, c)->text() == text)
                    return r;
            }
        }
        return -1;
    }
    static QString cell(QTableWidget *table, int row, int column)
    {
        return row >= 0 && table->item(row, column) ? table->item(row, column)->text() : QString();
    }
    static QStringList column(const QAbstractItemModel *model, int column)
    {
        QStringList values;
        for (int r = 0; r < model->rowCount(); ++r)
            values << model->index(r, column).data().toString();
        return values;
    }
    // Each row of the Activity panel as one line: time, workflow, change, who.
    // Selects the incident in row `row` of the Incidents dialog, presses Resume and confirms
    // the three workflows it paused, as a supervisor does.
    static void resumeThroughTheDialog(IncidentsDialog *dialog, int row, const QString &incident)
    {
        dialog->raise();
        dialog->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        QTest::mouseClick(dialog->table()->viewport(), Qt::LeftButton, {},
                          dialog->table()->visualItemRect(dialog->table()->item(row, 0)).center());
        QCOMPARE(dialog->selectedIncidentId(), incident);
        QTRY_VERIFY(dialog->resumeButton()->isEnabled());
        QTest::mouseClick(dialog->resumeButton(), Qt::LeftButton);
        IncidentResumeDialog *ask = nullptr;
        QTRY_VERIFY((ask = dialog->findChild<IncidentResumeDialog *>()) && ask->isVisible());
        QCOMPARE(ask->confirmButton()->text(), QStringLiteral("Resume 3 workflows"));
        QTest::mouseClick(ask->confirmButton(), Qt::LeftButton);
    }

    QStringList activity()
    {
        const QAbstractItemModel *model =
            ConsoleProbe::find<QTableView>(m_console->window(), "activityTable")->model();
        QStringList rows;
        for (int r = 0; r < model->rowCount(); ++r) {
            QStringList cells;
            for (int c = 0; c < model->columnCount(); ++c)
                cells << model->index(r, c).data().toString();
            rows << cells.join(QLatin1String(" | "));
        }
        return rows;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString why = TeamPostgres::unavailableReason();
        if (!why.isEmpty())
            QFAIL(qPrintable(why));
        QVERIFY(m_home.isValid());
        QCoreApplication::setOrganizationName(QStringLiteral("DialNexaTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_ui_team_console"));
        Settings().clear();
        TeamPostgres::freshDatabase(QStringLiteral("u_team_console"));
        m_url = TeamPostgres::url(QStringLiteral("u_team_console"));
        qputenv("USER", "alice");
        qputenv("DIALNEXA_TEAM_STORE", m_url.toUtf8());
        qputenv("DIALNEXA_TEAM_STORE_PASSWORD", TeamPostgres::password().toUtf8());
        SandboxOptions options;
        options.tickMs = 0;
        options.workflowCount = 0;
        QVERIFY(m_sandbox.start(options));
        m_control = std::make_unique<SandboxControl>(m_sandbox.controlUrl());
        for (int i = 1; i <= 3; ++i)
            QVERIFY(m_control->insertWorkflow(QStringLiteral("wf_team_%1").arg(i),
                                              QStringLiteral("Renewals %1").arg(i),
                                              QStringLiteral("active")));
        QVERIFY(m_control->insertWorkflow(QStringLiteral("wf_team_quiet"), QStringLiteral("Quiet"),
                                          QStringLiteral("paused")));

        ConsoleOptions console;
        console.persistentAccount = false;
        console.sandbox = true;
        console.sandboxBaseUrl = m_sandbox.baseUrl();
        console.sandboxApiKey = m_sandbox.apiKey();
        console.dataPath = m_home.filePath(QStringLiteral("alice.sqlite")); // a fresh file
        console.refreshIntervalMs = 500; // the Activity panel learns of bob's pause by polling
        m_console = std::make_unique<ConsoleApp>(console);
        m_console->start();
        QTRY_VERIFY_WITH_TIMEOUT(m_console->model()->hasLoaded(), 10000);
        QVERIFY(QTest::qWaitForWindowExposed(m_console->window()));
        auto *indicator = ConsoleProbe::find<QLabel>(m_console->window(), "teamStoreIndicator");
        QTRY_COMPARE(indicator->text(), QStringLiteral("Team store online"));
    }

    void cleanupTestCase()
    {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (qobject_cast<QDialog *>(w) && w->isVisible())
                w->close();
        }
        m_console.reset();
    }

    void aTeammatesIncidentShowsLiveAndResumesFromHere()
    {
        IncidentsDialog *dialog = openIncidents();
        QVERIFY(dialog);
        QCOMPARE(dialog->table()->rowCount(), 0);
        QTest::keyClick(m_console->window(), Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
        AuditPanel *audit = m_console->audit()->auditPanel();
        QTRY_VERIFY(audit->isVisible());

        QCOMPARE(
            ctl(QStringLiteral("bob"), {QStringLiteral("pause"), QStringLiteral("--all-active"),
                                        QStringLiteral("--reason"),
                                        QStringLiteral("carrier outage"), QStringLiteral("--yes")}),
            QString());
        QCOMPARE(posts(QStringLiteral("/pause")), 3);
        const QString bob = QStringLiteral("bob@") + m_host;

        // Within a second of bob's command: the store told alice's console (no polling).
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(dialog->table(), bob) >= 0, 1000);
        const int row = rowOf(dialog->table(), bob);
        const QString incident = cell(dialog->table(), row, IncidentsDialog::IdColumn);
        QVERIFY2(incident.startsWith(QStringLiteral("INC-")), qPrintable(incident));
        QCOMPARE(cell(dialog->table(), row, IncidentsDialog::ReasonColumn),
                 QStringLiteral("carrier outage"));
        QCOMPARE(cell(dialog->table(), row, IncidentsDialog::ApiHostColumn),
                 m_sandbox.baseUrl().host() + QLatin1Char(':') +
                     QString::number(m_sandbox.baseUrl().port()));
        QCOMPARE(cell(dialog->table(), row, IncidentsDialog::StatusColumn), QStringLiteral("open"));
        QTRY_COMPARE(
            cell(dialog->table(), rowOf(dialog->table(), bob), IncidentsDialog::PausedColumn),
            QStringLiteral("3 workflows"));
        QVERIFY(!cell(dialog->table(), row, IncidentsDialog::StartedColumn).isEmpty());

        // The Audit dock has bob's three pauses, and the operator filter finds them.
        AuditLogModel *model = audit->model();
        QTRY_COMPARE_WITH_TIMEOUT(column(model, AuditLogModel::Operator),
                                  (QStringList{bob, bob, bob}), 1000);
        QLineEdit *operatorFilter = ConsoleProbe::find<QLineEdit>(audit, "auditOperator");
        QTest::mouseClick(operatorFilter, Qt::LeftButton);
        QTest::keyClicks(operatorFilter, QStringLiteral("alice"));
        QTRY_COMPARE(model->rowCount(), 0);

        // The Activity panel names who paused them instead of "not by this console".
        QTRY_VERIFY_WITH_TIMEOUT(activity()
                                     .filter(QStringLiteral("Renewals 1"))
                                     .join(QLatin1Char('\n'))
                                     .contains(bob + QStringLiteral(" paused")),
                                 10000);
        QVERIFY(
            !activity().join(QLatin1Char('\n')).contains(QStringLiteral("not by this console")));

        shot(dialog, QStringLiteral("team_incidents_dialog"));
        shot(m_console->window(), QStringLiteral("team_console_window"));

        // Alice resumes bob's incident from her dialog.
        m_control->clearRequests();
        resumeThroughTheDialog(dialog, row, incident);
        if (QTest::currentTestFailed())
            return;
        for (int i = 1; i <= 3; ++i)
            QTRY_COMPARE(posts(QStringLiteral("/wf_team_%1/resume").arg(i)), 1);
        QTRY_VERIFY(!m_console->bulkActions()->isBusy());
        QCOMPARE(posts(QStringLiteral("/resume")), 3);
        QCOMPARE(m_control->status(QStringLiteral("wf_team_quiet")), QStringLiteral("paused"));

        // The report says who paused each workflow and who resumed it.
        BulkProgressWindow *progress = m_console->bulkActions()->progressWindow();
        QVERIFY(progress);
        const QString alice = QStringLiteral("alice@") + m_host;
        QCOMPARE(progress->outcomeText(QStringLiteral("wf_team_1")),
                 QStringLiteral("Resumed by %1 (paused by %2)").arg(alice, bob));
        shot(progress, QStringLiteral("team_resume_report"));

        // The team store closed it and has alice's resumes; her filter shows them.
        QTRY_COMPARE(
            cell(dialog->table(), rowOf(dialog->table(), incident), IncidentsDialog::StatusColumn),
            QString()); // closed incidents are hidden unless asked for
        QTRY_COMPARE(column(model, AuditLogModel::Operator), (QStringList{alice, alice, alice}));
        QCOMPARE(column(model, AuditLogModel::Action),
                 (QStringList{QStringLiteral("resume"), QStringLiteral("resume"),
                              QStringLiteral("resume")}));
        operatorFilter->clear();
        QTRY_COMPARE(model->rowCount(), 6);
        shot(audit, QStringLiteral("team_audit_dock"));
    }

    // Alice's report of a teammate's incident names who paused each workflow and who resumed
    // it, also one carol's console is resuming at the same moment (it says so, then who
    // resumed it once carol is done); names are shown as typed, markup and all.
    void theResumeReportNamesWhoPausedAndWhoResumedEach()
    {
        for (int i = 1; i <= 3; ++i)
            QVERIFY(m_control->insertWorkflow(QStringLiteral("wf_rep_%1").arg(i),
                                              QStringLiteral("Report %1").arg(i),
                                              QStringLiteral("active")));
        const QString eve = QStringLiteral("<b>eve");
        QCOMPARE(ctl(eve, {QStringLiteral("pause"), QStringLiteral("--all-active"),
                           QStringLiteral("--search"), QStringLiteral("Report"),
                           QStringLiteral("--reason"), QStringLiteral("bad prompt"),
                           QStringLiteral("--yes")}),
                 QString());
        const QString pausedBy = eve + QLatin1Char('@') + m_host;
        const QString alice = QStringLiteral("alice@") + m_host;
        const QString carol = QStringLiteral("carol@") + m_host;
        IncidentsDialog *dialog = openIncidents();
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(dialog->table(), pausedBy) >= 0, 5000);
        const int row = rowOf(dialog->table(), pausedBy);
        const QString incident = cell(dialog->table(), row, IncidentsDialog::IdColumn);
        QVERIFY2(incident.startsWith(QStringLiteral("INC-")), qPrintable(incident));

        // Carol's console holds wf_rep_2 (it is resuming it); alice's resume of wf_rep_1 takes
        // 3 s, long enough for carol to finish before alice's run ends.
        const QString database = QStringLiteral("u_team_console");
        QVERIFY(TeamPostgres::exec(
            database, QStringLiteral("UPDATE incident_workflows SET claimed_by = '%1', "
                                     "claim_token = 'carols-console', claimed_at = now() "
                                     "WHERE incident_id = '%2' AND workflow_id = 'wf_rep_2'")
                          .arg(carol, incident)));
        QVERIFY(m_control->fault({{"method", "POST"},
                                  {"path", "/v1/workflows/wf_rep_1/resume"},
                                  {"count", 1},
                                  {"delay_ms", 3000}}));
        m_control->clearRequests();
        resumeThroughTheDialog(dialog, row, incident);
        if (QTest::currentTestFailed())
            return;

        BulkActionsController *bulk = m_console->bulkActions();
        QTRY_COMPARE(bulk->progressWindow()->outcomeText(QStringLiteral("wf_rep_2")),
                     QStringLiteral("Left to a teammate (%1 is resuming it; paused by %2)")
                         .arg(carol, pausedBy));
        QVERIFY(bulk->isBusy()); // wf_rep_1's answer is still on its way
        QVERIFY(m_control->setStatus(QStringLiteral("wf_rep_2"), QStringLiteral("active")));
        QVERIFY(TeamPostgres::exec(
            database, QStringLiteral("UPDATE incident_workflows SET resumed = 1, "
                                     "resume_outcome = 'resumed', resumed_by = claimed_by "
                                     "WHERE incident_id = '%1' AND workflow_id = 'wf_rep_2'")
                          .arg(incident)));

        QTRY_VERIFY_WITH_TIMEOUT(!bulk->isBusy(), 10000);
        BulkProgressWindow *progress = bulk->progressWindow();
        QCOMPARE(progress->outcomeText(QStringLiteral("wf_rep_1")),
                 QStringLiteral("Resumed by %1 (paused by %2)").arg(alice, pausedBy));
        QCOMPARE(progress->outcomeText(QStringLiteral("wf_rep_3")),
                 QStringLiteral("Resumed by %1 (paused by %2)").arg(alice, pausedBy));
        QCOMPARE(
            progress->outcomeText(QStringLiteral("wf_rep_2")),
            QStringLiteral("Already active: resumed by %1 (paused by %2)").arg(carol, pausedBy));
        QCOMPARE(posts(QStringLiteral("/wf_rep_2/resume")), 0);
        QCOMPARE(posts(QStringLiteral("/resume")), 2);
        shot(progress, QStringLiteral("team_resume_report_shared"));
    }

    // Alice is about to confirm the resume of bob's incident when carol's script resumes it
    // and closes it: alice's Resume sends nothing, and her report says who resumed each
    // workflow and that the incident was already closed (not "the incident is not open or
    // another run is busy" over three rows still waiting).
    void aResumeAfterATeammateClosedTheIncidentSaysWhoResumed()
    {
        for (int i = 1; i <= 3; ++i)
            QVERIFY(m_control->insertWorkflow(QStringLiteral("wf_shut_%1").arg(i),
                                              QStringLiteral("Shut %1").arg(i),
                                              QStringLiteral("active")));
        QCOMPARE(
            ctl(QStringLiteral("bob"),
                {QStringLiteral("pause"), QStringLiteral("--all-active"),
                 QStringLiteral("--search"), QStringLiteral("Shut"), QStringLiteral("--reason"),
                 QStringLiteral("complaint"), QStringLiteral("--yes")}),
            QString());
        const QString bob = QStringLiteral("bob@") + m_host;
        const QString carol = QStringLiteral("carol@") + m_host;
        IncidentsDialog *dialog = openIncidents();
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(dialog->table(), QStringLiteral("complaint")) >= 0, 5000);
        const int row = rowOf(dialog->table(), QStringLiteral("complaint"));
        const QString incident = cell(dialog->table(), row, IncidentsDialog::IdColumn);
        QVERIFY2(incident.startsWith(QStringLiteral("INC-")), qPrintable(incident));

        dialog->raise();
        dialog->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        QTest::mouseClick(dialog->table()->viewport(), Qt::LeftButton, {},
                          dialog->table()->visualItemRect(dialog->table()->item(row, 0)).center());
        QTRY_VERIFY(dialog->resumeButton()->isEnabled());
        QTest::mouseClick(dialog->resumeButton(), Qt::LeftButton);
        IncidentResumeDialog *ask = nullptr;
        QTRY_VERIFY((ask = dialog->findChild<IncidentResumeDialog *>()) && ask->isVisible());
        QCOMPARE(ask->confirmButton()->text(), QStringLiteral("Resume 3 workflows"));

        m_control->clearRequests();
        QCOMPARE(
            ctl(QStringLiteral("carol"), {QStringLiteral("resume"), QStringLiteral("--incident"),
                                          incident, QStringLiteral("--yes")}),
            QString());
        QCOMPARE(posts(QStringLiteral("/resume")), 3);
        m_control->clearRequests();
        QTest::mouseClick(ask->confirmButton(), Qt::LeftButton);

        BulkActionsController *bulk = m_console->bulkActions();
        QTRY_VERIFY(bulk->progressWindow() && bulk->progressWindow()->isVisible() &&
                    !bulk->progressWindow()->isRunning());
        BulkProgressWindow *progress = bulk->progressWindow();
        for (int i = 1; i <= 3; ++i)
            QCOMPARE(
                progress->outcomeText(QStringLiteral("wf_shut_%1").arg(i)),
                QStringLiteral("Already active: resumed by %1 (paused by %2)").arg(carol, bob));
        QCOMPARE(progress->summaryLabel()->text(),
                 QStringLiteral("Incident %1 was already closed by a teammate's resume; nothing "
                                "was sent.")
                     .arg(incident));
        QVERIFY(!progress->retryButton()->isEnabled());
        QVERIFY(!bulk->isBusy());
        QCOMPARE(posts(QStringLiteral("/resume")), 0);
        shot(progress, QStringLiteral("team_resume_already_closed"));
    }
};

QTEST_MAIN(TestTeamConsoleUi)
#include "tst_team_console_ui.moc"
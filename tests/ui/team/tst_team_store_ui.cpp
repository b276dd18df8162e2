// A supervisor's console in team mode: the status bar says "Team store online"; with the
// store stopped a pause still goes out at once and the status bar says how many rows wait;
// once the store is back the next action takes them along, and they are in the team store.
#include "ConsoleApp.h"
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

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>

#include <memory>

class TestTeamStoreUi : public QObject
{
    Q_OBJECT

    QTemporaryDir m_data; // this run's console file: rows of an earlier run never mix in
    SandboxHost m_sandbox;
    std::unique_ptr<SandboxControl> m_control;
    std::unique_ptr<ConsoleApp> m_console;

    QString firstActive() const
    {
        for (const Workflow &w : m_console->model()->workflows())
            if (w.status.state() == WorkflowState::Active)
                return w.id;
        return QString();
    }
    void click(QAction *action)
    {
        QTest::mouseClick(ConsoleProbe::toolBar(m_console->window())->widgetForAction(action),
                          Qt::LeftButton);
    }
    int posts(const QString &suffix)
    {
        return int(m_control->requestsMatching(QStringLiteral("POST"), suffix).size());
    }
    int teamRows(const QString &where)
    {
        QSqlQuery q(m_console->teamLink()->store()->database());
        return q.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE ") + where) && q.next()
                   ? q.value(0).toInt()
                   : -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString why = TeamPostgres::unavailableReason();
        if (!why.isEmpty())
            QFAIL(qPrintable(why));
        QCoreApplication::setOrganizationName(QStringLiteral("DialNexaTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_ui_team_store"));
        Settings().clear();
        QVERIFY(m_data.isValid());
        qputenv("DIALNEXA_DATA_DIR", m_data.path().toUtf8());
        TeamPostgres::freshDatabase(QStringLiteral("u_team"));
        qputenv("DIALNEXA_TEAM_STORE", TeamPostgres::url(QStringLiteral("u_team")).toUtf8());
        qputenv("DIALNEXA_TEAM_STORE_PASSWORD", TeamPostgres::password().toUtf8());
        SandboxOptions options;
        options.tickMs = 0;
        options.workflowCount = 6;
        options.seed = 7;
        QVERIFY(m_sandbox.start(options));
        m_control = std::make_unique<SandboxControl>(m_sandbox.controlUrl());
        m_control->call("POST", QStringLiteral("reset"));

        ConsoleOptions console;
        console.persistentAccount = false;
        console.sandbox = true;
        console.sandboxBaseUrl = m_sandbox.baseUrl();
        console.sandboxApiKey = m_sandbox.apiKey();
        console.refreshIntervalMs = 10 * 60 * 1000;
        m_console = std::make_unique<ConsoleApp>(console);
        m_console->start();
        QTRY_VERIFY_WITH_TIMEOUT(m_console->model()->hasLoaded(), 10000);
        QVERIFY(QTest::qWaitForWindowExposed(m_console->window()));
    }

    void cleanupTestCase()
    {
        m_console.reset();
        TeamPostgres::startServer(); // whatever a failed test left, the fixture stops it
    }

    void theStatusBarSaysWhatWaitsForTheTeamStore()
    {
        MainWindow *window = m_console->window();
        auto *indicator = ConsoleProbe::find<QLabel>(window, "teamStoreIndicator");
        QTRY_COMPARE(indicator->text(), QStringLiteral("Team store online"));

        QVERIFY(TeamPostgres::stopServer());
        const QString id = firstActive();
        QVERIFY(!id.isEmpty());
        QVERIFY(window->selectWorkflow(id));
        m_control->clearRequests();
        click(ConsoleProbe::pauseAction(window));
        QTRY_COMPARE(posts(QStringLiteral("/%1/pause").arg(id)), 1); // out at once
        QTRY_COMPARE_WITH_TIMEOUT(indicator->text(),
                                  QStringLiteral("Team store offline — 1 row waiting"), 10000);
        // Says why and what happens meanwhile, whichever way the store went away.
        QVERIFY2(indicator->toolTip().contains(QLatin1String("Team store")),
                 qPrintable(indicator->toolTip()));

        QVERIFY(TeamPostgres::startServer());
        QTRY_VERIFY(ConsoleProbe::resumeAction(window)->isEnabled());
        click(ConsoleProbe::resumeAction(window));
        QTRY_COMPARE(posts(QStringLiteral("/%1/resume").arg(id)), 1);
        QTRY_COMPARE_WITH_TIMEOUT(indicator->text(), QStringLiteral("Team store online"), 10000);
        QCOMPARE(teamRows(QStringLiteral("workflow_id = '%1' AND action = 'pause' AND "
                                         "outcome = 'done'")
                              .arg(id)),
                 1);
        QCOMPARE(teamRows(QStringLiteral("workflow_id = '%1' AND action = 'resume'").arg(id)), 1);
    }
};

QTEST_MAIN(TestTeamStoreUi)
#include "tst_team_store_ui.moc"

// The upgrade path into team mode (issue 11): a supervisor who used the console alone has
// incidents and audit rows in this computer's file. On the first start with a team store
// the console offers them ("… 2 incident and audit rows from before team mode. Upload
// them …?") instead of sending them unasked; "Upload" puts them in the team store,
// "Not now" sends nothing.
#include "ConsoleApp.h"
#include "audit/AuditLog.h"
#include "shell/MainWindow.h"
#include "storage/ConsoleDataPaths.h"
#include "storage/ConsoleDatabase.h"
#include "storage/TeamLink.h"
#include "storage/TeamReplicator.h"
#include "storage/TeamStore.h"
#include "workflows/WorkflowListModel.h"

#include "SandboxHost.h"
#include "SandboxOptions.h"
#include "storage/Settings.h"
#include "support/ConsoleProbe.h"
#include "support/TeamPostgres.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

class TestTeamUploadUi : public QObject
{
    Q_OBJECT

    SandboxHost m_sandbox;
    std::unique_ptr<ConsoleApp> m_console;
    std::unique_ptr<QTemporaryDir> m_data;

    // A console file as the code before team mode wrote it, with two audited pauses.
    void writeFileFromBeforeTeamMode()
    {
        m_data = std::make_unique<QTemporaryDir>();
        qputenv("DIALNEXA_DATA_DIR", m_data->path().toUtf8());
        const QString path = ConsoleDataPaths::sandboxDatabasePath();
        QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
        ConsoleDatabase v1(ConsoleDatabase::schemaMigrations().mid(0, 1));
        QVERIFY(v1.open(path));
        AuditLog audit(&v1);
        for (const char *id : {"wf_before_1", "wf_before_2"}) {
            AuditEntry e;
            e.workflowId = QString::fromLatin1(id);
            e.action = QStringLiteral("pause");
            QVERIFY(audit.recordRequest(e) > 0);
        }
    }

    void startConsole(const QString &database)
    {
        TeamPostgres::freshDatabase(database);
        qputenv("DIALNEXA_TEAM_STORE", TeamPostgres::url(database).toUtf8());
        qputenv("DIALNEXA_TEAM_STORE_PASSWORD", TeamPostgres::password().toUtf8());
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
        auto *indicator = ConsoleProbe::find<QLabel>(m_console->window(), "teamStoreIndicator");
        QTRY_COMPARE_WITH_TIMEOUT(indicator->text(), QStringLiteral("Team store online"), 10000);
    }

    int teamRowsFromBefore()
    {
        QSqlQuery q(m_console->teamLink()->store()->database());
        return q.exec(QStringLiteral(
                   "SELECT count(*) FROM audit_log WHERE workflow_id LIKE 'wf_before_%'")) &&
                       q.next()
                   ? q.value(0).toInt()
                   : -1;
    }

    QWidget *offer() const
    {
        return ConsoleProbe::find<QWidget>(m_console->window(), "teamUploadOffer");
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString why = TeamPostgres::unavailableReason();
        if (!why.isEmpty())
            QFAIL(qPrintable(why));
        QCoreApplication::setOrganizationName(QStringLiteral("DialNexaTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_ui_team_upload"));
        Settings().clear();
        SandboxOptions options;
        options.tickMs = 0;
        options.workflowCount = 4;
        QVERIFY(m_sandbox.start(options));
    }

    void cleanup() { m_console.reset(); }

    void uploadSendsTheRowsFromBeforeTeamMode()
    {
        writeFileFromBeforeTeamMode();
        startConsole(QStringLiteral("u_upload"));
        QTRY_VERIFY(offer()->isVisible());
        const QString text =
            ConsoleProbe::find<QLabel>(m_console->window(), "teamUploadOfferText")->text();
        QVERIFY2(text.contains(QStringLiteral("2 incident and audit rows from before team mode")),
                 qPrintable(text));
        QCOMPARE(teamRowsFromBefore(), 0); // nothing sent unasked
        if (const QString dir = qEnvironmentVariable("DIALNEXA_UI_SHOT_DIR"); !dir.isEmpty())
            m_console->window()->grab().save(dir + QStringLiteral("/team_upload_offer.png"));

        QTest::mouseClick(ConsoleProbe::find<QPushButton>(m_console->window(), "teamUploadButton"),
                          Qt::LeftButton);
        QVERIFY(!offer()->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(teamRowsFromBefore(), 2, 10000);
        const QString said = m_console->window()->statusBar()->currentMessage();
        QVERIFY2(said.contains(QStringLiteral("2 rows")), qPrintable(said));
        QCOMPARE(m_console->teamLink()->replicator()->legacyRows(), 0);
    }

    void notNowSendsNothing()
    {
        writeFileFromBeforeTeamMode();
        startConsole(QStringLiteral("u_not_now"));
        QTRY_VERIFY(offer()->isVisible());
        QTest::mouseClick(
            ConsoleProbe::find<QPushButton>(m_console->window(), "teamUploadNotNowButton"),
            Qt::LeftButton);
        QVERIFY(!offer()->isVisible());
        // A push now carries everything that is due: the old rows are not among it.
        QVERIFY(m_console->teamLink()->replicator()->pushNow());
        QCOMPARE(teamRowsFromBefore(), 0);
        QCOMPARE(m_console->teamLink()->replicator()->legacyRows(), 2);
        QVERIFY(!offer()->isVisible()); // stays away for this run
    }
};

QTEST_MAIN(TestTeamUploadUi)
#include "tst_team_upload_ui.moc"

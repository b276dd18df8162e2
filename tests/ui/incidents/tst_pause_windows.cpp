// Pause windows in the console, as a supervisor plans one: "Pause windows…" in the Workflow
// menu, a reason and a search typed in, the preview of what it matches now, "Plan window";
// when the (manual) clock reaches its start the console's own timer pauses what it covers
// and the status bar says so; "End now" resumes exactly that. Offscreen, against the
// in-process sandbox; a screenshot of the dialog is written for the report.
#include "ConsoleApp.h"
#include "incidents/ManualClock.h"
#include "incidents/PauseWindowStore.h"
#include "incidents/PauseWindowsController.h"
#include "incidents/PauseWindowsDialog.h"
#include "shell/MainWindow.h"
#include "storage/Settings.h"
#include "workflows/WorkflowListModel.h"

#include "SandboxHost.h"
#include "SandboxOptions.h"
#include "support/ConsoleProbe.h"
#include "support/SandboxControl.h"

#include <QApplication>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <memory>

class TestPauseWindows : public QObject
{
    Q_OBJECT

    QTemporaryDir m_data;
    SandboxHost m_sandbox;
    std::unique_ptr<SandboxControl> m_control;

    QStringList posts(const QString &action)
    {
        QStringList ids;
        for (const QJsonObject &o :
             m_control->requestsMatching(QStringLiteral("POST"), QLatin1Char('/') + action))
            ids.append(
                o.value(QStringLiteral("path")).toString().section(QLatin1Char('/'), -2, -2));
        ids.sort();
        return ids;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("DialNexaTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_ui_pause_windows"));
        Settings().clear();
        QVERIFY(m_data.isValid());
        qputenv("DIALNEXA_DATA_DIR", m_data.path().toUtf8());
        SandboxOptions options;
        options.tickMs = 0;
        options.workflowCount = 0;
        QVERIFY(m_sandbox.start(options));
        m_control = std::make_unique<SandboxControl>(m_sandbox.controlUrl());
        QVERIFY(m_control->insertWorkflow(QStringLiteral("wf_qh_1"), QStringLiteral("Quiet line 1"),
                                          QStringLiteral("active")));
        QVERIFY(m_control->insertWorkflow(QStringLiteral("wf_qh_2"), QStringLiteral("Quiet line 2"),
                                          QStringLiteral("active")));
        QVERIFY(m_control->insertWorkflow(QStringLiteral("wf_qh_3"),
                                          QStringLiteral("Quiet line paused by hand"),
                                          QStringLiteral("paused")));
        QVERIFY(m_control->insertWorkflow(QStringLiteral("wf_day"), QStringLiteral("Day line"),
                                          QStringLiteral("active")));
    }

    void planRunAndEndAWindowByClicks()
    {
        ConsoleOptions options;
        options.persistentAccount = false;
        options.sandbox = true;
        options.sandboxBaseUrl = m_sandbox.baseUrl();
        options.sandboxApiKey = m_sandbox.apiKey();
        options.refreshIntervalMs = 10 * 60 * 1000;
        ConsoleApp console(options);
        ManualClock clock(QDateTime::currentDateTimeUtc());
        console.pauseWindows()->setClock(&clock);
        console.pauseWindows()->setIntervalMs(50);
        console.start();
        QTRY_VERIFY_WITH_TIMEOUT(console.model()->rowOf(QStringLiteral("wf_qh_1")) >= 0, 10000);
        MainWindow *window = console.window();
        QVERIFY(QTest::qWaitForWindowExposed(window));

        // Workflow menu → "Pause windows…".
        QAction *open = nullptr;
        for (QAction *a : window->workflowMenu()->actions())
            open = a->objectName() == QLatin1String("pauseWindowsAction") ? a : open;
        QVERIFY(open);
        QCOMPARE(open->text(), QStringLiteral("Pause windows…"));
        open->trigger();
        PauseWindowsDialog *dialog = console.pauseWindows()->dialog();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));

        auto *reason = ConsoleProbe::find<QLineEdit>(dialog, "windowReason");
        auto *search = ConsoleProbe::find<QLineEdit>(dialog, "windowSearch");
        auto *preview = ConsoleProbe::find<QLabel>(dialog, "windowPreview");
        auto *add = ConsoleProbe::find<QPushButton>(dialog, "addWindowButton");
        auto *list = ConsoleProbe::find<QTreeWidget>(dialog, "pauseWindowList");
        auto *start = ConsoleProbe::find<QDateTimeEdit>(dialog, "windowStart");
        QVERIFY(!add->isEnabled()); // a window needs a reason
        QTest::keyClicks(reason, QStringLiteral("Quiet hours"));
        QTest::keyClicks(search, QStringLiteral("quiet line"));
        QCOMPARE(
            preview->text(),
            QStringLiteral("2 active workflows (Quiet line 1, Quiet line 2), 0 enrolled leads"));
        QVERIFY(add->isEnabled());
        QTest::mouseClick(add, Qt::LeftButton);
        QTRY_COMPARE(list->topLevelItemCount(), 1);
        QTreeWidgetItem *row = list->topLevelItem(0);
        QCOMPARE(row->text(PauseWindowsDialog::ReasonColumn), QStringLiteral("Quiet hours"));
        QCOMPARE(row->text(PauseWindowsDialog::StateColumn), QStringLiteral("planned"));
        QCOMPARE(row->text(PauseWindowsDialog::ScopeColumn), QStringLiteral("search “quiet line”"));
        QVERIFY(row->text(PauseWindowsDialog::PlannedByColumn).contains(QLatin1Char('@')));
        QVERIFY(m_control->clearRequests());

        // The clock reaches the start: the console's own timer pauses the two, once.
        clock.setNowUtc(start->dateTime().toUTC().addSecs(1));
        auto *status = ConsoleProbe::find<QLabel>(window, "pauseWindowStatus");
        QTRY_VERIFY_WITH_TIMEOUT(
            status->isVisible() &&
                status->text().startsWith(QStringLiteral("Quiet hours until ")) &&
                status->text().endsWith(QStringLiteral(" — 2 paused")),
            10000);
        QCOMPARE(posts(QStringLiteral("pause")),
                 (QStringList{QStringLiteral("wf_qh_1"), QStringLiteral("wf_qh_2")}));
        QTRY_COMPARE(list->topLevelItem(0)->text(PauseWindowsDialog::StateColumn),
                     QStringLiteral("running — 2 paused"));
        dialog->grab().save(QStringLiteral("pause-windows-dialog.png"));

        // "End now": the next pass resumes exactly what the start paused.
        list->topLevelItem(0)->setSelected(true);
        list->setCurrentItem(list->topLevelItem(0));
        auto *endNow = ConsoleProbe::find<QPushButton>(dialog, "endWindowButton");
        QTRY_VERIFY(endNow->isEnabled());
        QTest::mouseClick(endNow, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(
            posts(QStringLiteral("resume")),
            (QStringList{QStringLiteral("wf_qh_1"), QStringLiteral("wf_qh_2")}), 10000);
        QTRY_COMPARE(list->topLevelItem(0)->text(PauseWindowsDialog::StateColumn),
                     QStringLiteral("ended"));
        QTRY_VERIFY(!status->isVisible());
        dialog->close();
    }
};

QTEST_MAIN(TestPauseWindows)
#include "tst_pause_windows.moc"

#pragma once

// Opens the console's main window states and dialogs one after another, the way a
// supervisor reaches them (menu actions, shortcuts, tool buttons), and hands each to a
// visitor before closing it. Used by the pseudo-localisation screenshots and the
// accessibility walk, so both cover the same set. A step that cannot reach its dialog
// fails the running test.

#include "ConsoleApp.h"
#include "account/ApiKeyResolver.h"
#include "account/MemorySecretStore.h"
#include "account/ProfileStore.h"
#include "bulk/BulkActionsController.h"
#include "incidents/IncidentsController.h"
#include "shell/MainWindow.h"
#include "workflows/WorkflowListModel.h"

#include "support/ConsoleProbe.h"
#include "support/SandboxControl.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDialog>
#include <QLineEdit>
#include <QProgressBar>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>

#include <functional>

class ConsoleTour
{
public:
    using Visitor = std::function<void(const QString &name, QWidget *widget)>;

    ConsoleTour(ConsoleApp *console, SandboxControl *control)
        : m_console(console)
        , m_control(control)
    { }

    // The names of the dialogs visitDialogs() opens, in order.
    static QStringList dialogNames()
    {
        return {QStringLiteral("signInDialog"),      QStringLiteral("cancelConfirmation"),
                QStringLiteral("conflictDialog"),    QStringLiteral("incidentsDialog"),
                QStringLiteral("bulkConfirmDialog"), QStringLiteral("bulkProgressWindow")};
    }

    void visitDialogs(const Visitor &visit)
    {
        MainWindow *window = m_console->window();

        // The sign-in dialog, as a console without a key shows it at start.
        visitSignIn(visit);

        // Cancel… on an active workflow (tool button).
        const QString active = firstActive();
        if (!window->selectWorkflow(active))
            QFAIL("no active workflow to select");
        clickToolButton("cancelAction");
        visitAndEscape(QStringLiteral("cancelConfirmation"), visit);

        // Pause on a workflow another supervisor cancelled meanwhile: the 409 dialog.
        m_control->json("POST", QStringLiteral("workflows/%1/status").arg(active),
                        {{QStringLiteral("status"), QStringLiteral("cancelled")}});
        clickToolButton("pauseAction");
        visitAndEscape(QStringLiteral("conflictDialog"), visit);

        // Workflow → Resume incident…
        m_console->incidents()->resumeIncidentAction()->trigger();
        visitAndEscape(QStringLiteral("incidentsDialog"), visit);

        // Ctrl+Shift+P: pause all active, first looked at, then confirmed with a reason.
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window));
        QTest::keyClick(window, Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
        QWidget *confirm = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((confirm = topLevel(QStringLiteral("bulkConfirmDialog"))), 10000);
        visit(QStringLiteral("bulkConfirmDialog"), confirm);
        auto *reason = ConsoleProbe::find<QLineEdit>(confirm, "bulkConfirmReason");
        reason->setFocus();
        QTest::keyClicks(reason, QStringLiteral("Carrier outage"));
        auto *send = ConsoleProbe::find<QAbstractButton>(confirm, "bulkConfirmButton");
        QTRY_VERIFY(send->isEnabled());
        QTest::mouseClick(send, Qt::LeftButton);
        QWidget *progress = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((progress = topLevel(QStringLiteral("bulkProgressWindow"))),
                                 10000);
        auto *close = ConsoleProbe::find<QAbstractButton>(progress, "bulkCloseButton");
        // Looked at once the run is over, with every row's outcome filled in.
        auto *bar = ConsoleProbe::find<QProgressBar>(progress, "bulkProgressBar");
        QTRY_VERIFY_WITH_TIMEOUT(bar->maximum() > 0 && bar->value() == bar->maximum(), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(close->isVisible() && close->isEnabled(), 20000);
        visit(QStringLiteral("bulkProgressWindow"), progress);
        QTest::mouseClick(close, Qt::LeftButton);
        QTRY_VERIFY(!topLevel(QStringLiteral("bulkProgressWindow")));
    }

    // The visible top-level widget named `objectName`, or null.
    static QWidget *topLevel(const QString &objectName)
    {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (w->objectName() == objectName && w->isVisible())
                return w;
        }
        return nullptr;
    }

private:
    void visitSignIn(const Visitor &visit)
    {
        const QByteArray savedKey = qgetenv(ApiKeyResolver::EnvironmentVariable);
        qunsetenv(ApiKeyResolver::EnvironmentVariable);
        QTemporaryDir dir;
        ProfileStore profiles(dir.filePath(QStringLiteral("profiles.ini")));
        MemorySecretStore secrets;
        ApiKeyResolver keys(&secrets);
        ConsoleOptions options;
        options.persistentAccount = false;
        options.refreshIntervalMs = 10 * 60 * 1000;
        {
            ConsoleApp signedOut(options, &profiles, &keys);
            signedOut.start();
            visitAndEscape(QStringLiteral("signInDialog"), visit);
        }
        if (!savedKey.isNull())
            qputenv(ApiKeyResolver::EnvironmentVariable, savedKey);
    }

    void visitAndEscape(const QString &name, const Visitor &visit)
    {
        QWidget *dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = topLevel(name)), 10000);
        visit(name, dialog);
        QTest::keyClick(dialog, Qt::Key_Escape);
        QTRY_VERIFY_WITH_TIMEOUT(!topLevel(name), 10000);
    }

    void clickToolButton(const char *actionName)
    {
        MainWindow *window = m_console->window();
        QAction *action = ConsoleProbe::action(window, actionName);
        QTRY_VERIFY(action->isEnabled());
        QWidget *button = ConsoleProbe::toolBar(window)->widgetForAction(action);
        QVERIFY(button);
        QTest::mouseClick(button, Qt::LeftButton);
    }

    QString firstActive() const
    {
        for (const Workflow &w : m_console->model()->workflows()) {
            if (w.status.state() == WorkflowState::Active)
                return w.id;
        }
        return QString();
    }

    ConsoleApp *m_console;
    SandboxControl *m_control;
};

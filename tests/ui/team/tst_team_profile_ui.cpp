// Issue 11, "configure once per profile": the supervisor types the team store URL and its
// password into the sign-in dialog; the console connects to it (status bar "Team store
// online"), the URL is kept in the profile's settings and the password only in the keychain
// (the SecretStore; the product's is QtKeychain), never in the settings file.
#include "ConsoleApp.h"
#include "account/ApiKeyResolver.h"
#include "account/MemorySecretStore.h"
#include "account/ProfileStore.h"
#include "account/SignInDialog.h"
#include "storage/TeamStoreConfig.h"

#include "SandboxHost.h"
#include "SandboxOptions.h"
#include "support/ConsoleProbe.h"
#include "support/TeamPostgres.h"

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

class TestTeamProfileUi : public QObject
{
    Q_OBJECT

    SandboxHost m_sandbox;
    QTemporaryDir m_dir;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<ApiKeyResolver> m_keys;
    std::unique_ptr<ConsoleApp> m_console;

    static SignInDialog *visibleSignIn()
    {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (auto *dialog = qobject_cast<SignInDialog *>(w); dialog && dialog->isVisible())
                return dialog;
        }
        return nullptr;
    }
    static void type(QLineEdit *field, const QString &text)
    {
        QTest::mouseClick(field, Qt::LeftButton);
        QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(field, Qt::Key_Delete);
        QTest::keyClicks(field, text);
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString why = TeamPostgres::unavailableReason();
        if (!why.isEmpty())
            QFAIL(qPrintable(why));
        QVERIFY(m_dir.isValid());
        qunsetenv("DIALNEXA_TEAM_STORE");
        qunsetenv("DIALNEXA_TEAM_STORE_PASSWORD");
        qunsetenv(ApiKeyResolver::EnvironmentVariable);
        TeamPostgres::freshDatabase(QStringLiteral("u_team_profile"));
        SandboxOptions options;
        options.tickMs = 0;
        options.workflowCount = 3;
        QVERIFY(m_sandbox.start(options));
    }

    void cleanupTestCase()
    {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (qobject_cast<QDialog *>(w) && w->isVisible())
                w->close();
        }
        m_console.reset();
    }

    void theSignInDialogConfiguresTheTeamStore()
    {
        m_profiles = std::make_unique<ProfileStore>(m_dir.filePath(QStringLiteral("console.ini")));
        m_secrets = std::make_unique<MemorySecretStore>();
        m_keys = std::make_unique<ApiKeyResolver>(m_secrets.get());
        ConsoleOptions options;
        options.baseUrlOverride = m_sandbox.baseUrl();
        options.refreshIntervalMs = 10 * 60 * 1000;
        options.dataPath = m_dir.filePath(QStringLiteral("console.sqlite"));
        m_console = std::make_unique<ConsoleApp>(options, m_profiles.get(), m_keys.get());
        m_console->start();
        SignInDialog *dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = visibleSignIn()), 10000);
        QVERIFY(QTest::qWaitForWindowActive(dialog));

        const QString url = TeamPostgres::url(QStringLiteral("u_team_profile"));
        const QString password = TeamPostgres::password();
        type(ConsoleProbe::find<QLineEdit>(dialog, "signInProfile"), QStringLiteral("Ops"));
        type(ConsoleProbe::find<QLineEdit>(dialog, "signInApiKey"), m_sandbox.apiKey());
        // A URL with the password in it is refused as typed.
        auto *teamStore = ConsoleProbe::find<QLineEdit>(dialog, "signInTeamStore");
        type(teamStore, url.section(QLatin1Char('@'), 0, 0) + QStringLiteral(":hunter2@") +
                            url.section(QLatin1Char('@'), 1));
        auto *hint = ConsoleProbe::find<QLabel>(dialog, "signInTeamStoreHint");
        QTRY_VERIFY(hint->isVisible());
        QVERIFY2(hint->text().contains(QStringLiteral("must not carry the password")),
                 qPrintable(hint->text()));
        QVERIFY(!dialog->signInButton()->isEnabled());

        type(teamStore, url);
        QTRY_VERIFY(!hint->isVisible());
        type(ConsoleProbe::find<QLineEdit>(dialog, "signInTeamStorePassword"), password);
        QTRY_VERIFY(dialog->signInButton()->isEnabled());
        QTest::mouseClick(dialog->signInButton(), Qt::LeftButton);

        QLabel *indicator = nullptr; // the status bar shows it once the profile names a store
        QTRY_VERIFY_WITH_TIMEOUT((indicator = m_console->window()->findChild<QLabel *>(
                                      QStringLiteral("teamStoreIndicator"))),
                                 10000);
        QTRY_COMPARE_WITH_TIMEOUT(indicator->text(), QStringLiteral("Team store online"), 10000);
        QVERIFY(m_secrets->contains(TeamStoreConfig::secretAccount(QStringLiteral("Ops"))));

        // The settings file names the store, never its password.
        QFile ini(m_profiles->fileName());
        QVERIFY(ini.open(QIODevice::ReadOnly));
        const QByteArray settings = ini.readAll();
        QVERIFY2(settings.contains("teamStore=postgresql"), settings.constData());
        QVERIFY(!settings.contains(password.toUtf8()));
        QVERIFY(!settings.contains("hunter2"));
    }
};

QTEST_MAIN(TestTeamProfileUi)
#include "tst_team_profile_ui.moc"

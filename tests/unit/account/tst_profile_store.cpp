#include "account/ProfileStore.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

class TestProfileStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString iniPath(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void sandboxIsBuiltIn()
    {
        ProfileStore store(iniPath("builtin.ini"));
        const QList<Profile> all = store.profiles();
        QCOMPARE(all.size(), 1);
        QCOMPARE(all.first().name, QStringLiteral("Sandbox"));
        QVERIFY(all.first().builtIn);
        QVERIFY(all.first().baseUrl.isEmpty());
        QVERIFY(store.contains(QStringLiteral("Sandbox")));
        QVERIFY(store.contains(QStringLiteral("sandbox"))); // names are case-insensitive
        QCOMPARE(store.currentProfileName(), QStringLiteral("Sandbox"));
        QVERIFY(store.currentProfile().builtIn);
    }

    void sandboxCannotBeDeletedRenamedOrRepointed()
    {
        ProfileStore store(iniPath("undeletable.ini"));
        QSignalSpy changed(&store, &ProfileStore::profilesChanged);
        QString error;
        QVERIFY(!store.removeProfile(QStringLiteral("Sandbox"), &error));
        QVERIFY(error.contains(QStringLiteral("cannot be deleted")));
        QVERIFY(!store.renameProfile(QStringLiteral("Sandbox"), QStringLiteral("Mine"), &error));
        QVERIFY(!store.setBaseUrl(QStringLiteral("Sandbox"),
                                  QUrl(QStringLiteral("http://127.0.0.1:1/v1")), &error));
        QVERIFY(!store.addProfile(QStringLiteral("sandbox"), QUrl(), &error));
        QCOMPARE(changed.count(), 0);
        QCOMPARE(store.profileNames(), QStringList{QStringLiteral("Sandbox")});
        QVERIFY(store.profile(QStringLiteral("Sandbox"))->baseUrl.isEmpty());
    }

    void addRenameDelete()
    {
        const QString path = iniPath("crud.ini");
        {
            ProfileStore store(path);
            QSignalSpy changed(&store, &ProfileStore::profilesChanged);
            QString error;
            QVERIFY2(store.addProfile(QStringLiteral("Production"),
                                      QUrl(QStringLiteral("https://api.dialnexa.com/v1")), &error),
                     qPrintable(error));
            QVERIFY(store.addProfile(QStringLiteral("Legacy"),
                                     QUrl(QStringLiteral("https://api.dialnexa.com"))));
            QVERIFY(store.addProfile(QStringLiteral("Default"), QUrl())); // default API address
            QCOMPARE(changed.count(), 3);
            QCOMPARE(store.profileNames(),
                     (QStringList{QStringLiteral("Sandbox"), QStringLiteral("Production"),
                                  QStringLiteral("Legacy"), QStringLiteral("Default")}));

            QVERIFY(!store.addProfile(QStringLiteral("production"), QUrl(), &error));
            QVERIFY(error.contains(QStringLiteral("already exists")));
            QVERIFY(!store.addProfile(QString(), QUrl(), &error));
            QVERIFY(!store.addProfile(QStringLiteral("a@b"), QUrl(), &error));
            QVERIFY(
                !store.addProfile(QStringLiteral("Bad"), QUrl(QStringLiteral("ftp://x/")), &error));
            QVERIFY(!store.addProfile(
                QStringLiteral("Creds"),
                QUrl(QStringLiteral("https://user:secret@api.dialnexa.com/v1")), &error));
            QCOMPARE(changed.count(), 3);

            QVERIFY(
                store.renameProfile(QStringLiteral("Legacy"), QStringLiteral("Old API"), &error));
            QVERIFY(!store.contains(QStringLiteral("Legacy")));
            QCOMPARE(store.profile(QStringLiteral("Old API"))->baseUrl,
                     QUrl(QStringLiteral("https://api.dialnexa.com")));
            QVERIFY(!store.renameProfile(QStringLiteral("Old API"), QStringLiteral("Production"),
                                         &error));
            QVERIFY(!store.renameProfile(QStringLiteral("Nope"), QStringLiteral("X"), &error));
            QVERIFY(store.renameProfile(QStringLiteral("Old API"),
                                        QStringLiteral("old api"))); // case only

            QVERIFY(store.setBaseUrl(QStringLiteral("Default"),
                                     QUrl(QStringLiteral("http://127.0.0.1:8080/v1"))));
            QVERIFY(store.removeProfile(QStringLiteral("Production"), &error));
            QVERIFY(!store.removeProfile(QStringLiteral("Production"), &error));
        }
        // A fresh store on the same file sees the same profiles.
        ProfileStore reopened(path);
        QCOMPARE(reopened.profileNames(),
                 (QStringList{QStringLiteral("Sandbox"), QStringLiteral("old api"),
                              QStringLiteral("Default")}));
        QCOMPARE(reopened.profile(QStringLiteral("Default"))->baseUrl,
                 QUrl(QStringLiteral("http://127.0.0.1:8080/v1")));
        QVERIFY(!reopened.profile(QStringLiteral("Default"))->builtIn);
    }

    void currentProfilePersists()
    {
        const QString path = iniPath("current.ini");
        {
            ProfileStore store(path);
            QVERIFY(store.addProfile(QStringLiteral("Production"),
                                     QUrl(QStringLiteral("https://api.dialnexa.com/v1"))));
            QSignalSpy current(&store, &ProfileStore::currentProfileChanged);
            QString error;
            QVERIFY(!store.setCurrentProfile(QStringLiteral("Missing"), &error));
            QVERIFY(!error.isEmpty());
            QVERIFY(store.setCurrentProfile(QStringLiteral("production")));
            QCOMPARE(current.count(), 1);
            QCOMPARE(current.first().first().toString(), QStringLiteral("Production"));
            QCOMPARE(store.currentProfileName(), QStringLiteral("Production"));
        }
        {
            ProfileStore store(path);
            QCOMPARE(store.currentProfileName(), QStringLiteral("Production"));
            QCOMPARE(store.currentProfile().baseUrl,
                     QUrl(QStringLiteral("https://api.dialnexa.com/v1")));
            // Renaming the current profile keeps it current.
            QVERIFY(store.renameProfile(QStringLiteral("Production"), QStringLiteral("Prod")));
        }
        {
            ProfileStore store(path);
            QCOMPARE(store.currentProfileName(), QStringLiteral("Prod"));
            // Deleting the current profile falls back to the Sandbox.
            QSignalSpy current(&store, &ProfileStore::currentProfileChanged);
            QVERIFY(store.removeProfile(QStringLiteral("Prod")));
            QCOMPARE(current.count(), 1);
            QCOMPARE(store.currentProfileName(), QStringLiteral("Sandbox"));
        }
        ProfileStore store(path);
        QCOMPARE(store.currentProfileName(), QStringLiteral("Sandbox"));
    }

    // A profile's CA file and proxy survive a restart, a new address and a rename; the
    // proxy password is never in the file (it lives in the keychain).
    void networkSettingsPersist()
    {
        const QString path = iniPath("network.ini");
        ProxySettings proxy;
        proxy.mode = ProxySettings::Mode::Manual;
        proxy.host = QStringLiteral("proxy.corp.example");
        proxy.port = 3128;
        proxy.user = QStringLiteral("alice");
        const QString ca = QStringLiteral("/etc/ssl/company-ca.pem");
        {
            ProfileStore store(path);
            QVERIFY(store.addProfile(QStringLiteral("Production"),
                                     QUrl(QStringLiteral("https://api.dialnexa.com/v1"))));
            QCOMPARE(store.profile(QStringLiteral("Production"))->proxy.mode,
                     ProxySettings::Mode::System); // the default
            QString error;
            QVERIFY(!store.setNetwork(QStringLiteral("Sandbox"), ca, proxy, &error));
            ProxySettings noPort = proxy;
            noPort.port = 0;
            QVERIFY(!store.setNetwork(QStringLiteral("Production"), ca, noPort, &error));
            QCOMPARE(error, QStringLiteral("A manual proxy needs a host and a port."));
            QSignalSpy changed(&store, &ProfileStore::profilesChanged);
            QVERIFY(store.setNetwork(QStringLiteral("Production"), ca, proxy, &error));
            QCOMPARE(changed.count(), 1);
            QVERIFY(store.setBaseUrl(QStringLiteral("Production"),
                                     QUrl(QStringLiteral("https://eu.api.dialnexa.com/v1"))));
            QVERIFY(store.renameProfile(QStringLiteral("Production"), QStringLiteral("Prod")));
        }
        ProfileStore store(path);
        const Profile p = store.profile(QStringLiteral("Prod")).value_or(Profile{});
        QCOMPARE(p.caFile, ca);
        QCOMPARE(p.proxy, proxy);
        QCOMPARE(p.proxy.secretAccount(), QStringLiteral("proxy:alice@proxy.corp.example:3128"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(!f.readAll().toLower().contains("password"));
    }

    void settingsFileHoldsNoKeyField()
    {
        const QString path = iniPath("nokey.ini");
        {
            ProfileStore store(path);
            QVERIFY(store.addProfile(QStringLiteral("Production"),
                                     QUrl(QStringLiteral("https://api.dialnexa.com/v1"))));
            QVERIFY(store.setCurrentProfile(QStringLiteral("Production")));
            QCOMPARE(store.fileName(), path);
        }
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll().toLower();
        QVERIFY(bytes.contains("production"));
        QVERIFY(!bytes.contains("key"));
        QVERIFY(!bytes.contains("secret"));
        QVERIFY(!bytes.contains("token"));
    }

    void defaultConstructorUsesTestableLocation()
    {
        // The ctest environment points XDG_CONFIG_HOME at a throwaway folder.
        ProfileStore store;
        QVERIFY(store.fileName().endsWith(QStringLiteral("DialNexa/dialnexa-console.ini")));
        QVERIFY(store.contains(QStringLiteral("Sandbox")));
    }
};

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profile_store.moc"

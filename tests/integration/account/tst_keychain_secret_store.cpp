// A real round trip through the system keychain (gnome-keyring over D-Bus).
// Run it as: tests/with-keyring.sh build/.../tst_keychain_secret_store
#include "account/KeychainSecretStore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRandomGenerator>
#include <QtTest>

#include <optional>

using Status = SecretStore::Result::Status;

class TestKeychainSecretStore : public QObject
{
    Q_OBJECT

    std::optional<SecretStore::Result> waitFor(std::optional<SecretStore::Result> &slot)
    {
        // The store's own watchdog answers within 20 s even when the keychain hangs.
        (void)QTest::qWaitFor([&] { return slot.has_value(); }, 25000);
        return slot;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QSKIP("DBUS_SESSION_BUS_ADDRESS is not set: no D-Bus session bus, so no keychain. "
                  "Run this test under tests/with-keyring.sh (dbus-run-session + unlocked "
                  "gnome-keyring).");
    }

    void statusMapping()
    {
        QCOMPARE(KeychainSecretStore::statusFor(0), Status::Ok);          // NoError
        QCOMPARE(KeychainSecretStore::statusFor(1), Status::NotFound);    // EntryNotFound
        QCOMPARE(KeychainSecretStore::statusFor(5), Status::Unavailable); // NoBackendAvailable
        QCOMPARE(KeychainSecretStore::statusFor(6), Status::Unavailable); // NotImplemented
        QCOMPARE(KeychainSecretStore::statusFor(7), Status::Unavailable); // OtherError
        QCOMPARE(KeychainSecretStore::statusFor(4), Status::Failed);      // AccessDenied
    }

    void roundTrip()
    {
        KeychainSecretStore store(QStringLiteral("dialnexa-console-test"));
        store.setWatchdogMs(20000);
        const QString account = SecretStore::accountFor(
            QStringLiteral("tst-%1-%2")
                .arg(QCoreApplication::applicationPid())
                .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0')),
            QStringLiteral("127.0.0.1"));
        const QString secret = QStringLiteral("keyid_%1:secret_%2")
                                   .arg(QDateTime::currentMSecsSinceEpoch())
                                   .arg(QRandomGenerator::global()->generate());

        std::optional<SecretStore::Result> written;
        store.write(account, secret, [&](const SecretStore::Result &r) { written = r; });
        QVERIFY(waitFor(written).has_value());
        QVERIFY2(written->ok(), qPrintable(QStringLiteral("write failed (%1): %2")
                                               .arg(int(written->status))
                                               .arg(written->errorText)));

        std::optional<SecretStore::Result> read;
        store.read(account, [&](const SecretStore::Result &r) { read = r; });
        QVERIFY(waitFor(read).has_value());
        QVERIFY2(read->ok(), qPrintable(read->errorText));
        QCOMPARE(read->secret, secret);

        std::optional<SecretStore::Result> removed;
        store.remove(account, [&](const SecretStore::Result &r) { removed = r; });
        QVERIFY(waitFor(removed).has_value());
        QVERIFY2(removed->ok(), qPrintable(removed->errorText));

        std::optional<SecretStore::Result> gone;
        store.read(account, [&](const SecretStore::Result &r) { gone = r; });
        QVERIFY(waitFor(gone).has_value());
        QCOMPARE(gone->status, Status::NotFound);
        QVERIFY(gone->secret.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestKeychainSecretStore)
#include "tst_keychain_secret_store.moc"

#include "account/MemorySecretStore.h"
#include "support/PostedEvents.h"

#include <QtTest>

#include <optional>

using Status = SecretStore::Result::Status;

class TestMemorySecretStore : public QObject
{
    Q_OBJECT

    // Runs one store call and waits for its single answer.
    template<typename Call>
    std::optional<SecretStore::Result> await(Call call, int *answers = nullptr)
    {
        std::optional<SecretStore::Result> out;
        int count = 0;
        call([&](const SecretStore::Result &r) {
            out = r;
            ++count;
        });
        if (!out)
            (void)QTest::qWaitFor([&] { return out.has_value(); }, 2000);
        // The store answers through queued calls: a second answer, queued with the first or
        // while it ran, is delivered before a sentinel posted now.
        if (!PostedEvents::flush())
            qWarning("posted-event sentinel never ran");
        if (answers)
            *answers = count;
        return out;
    }

private Q_SLOTS:
    void accountFor()
    {
        QCOMPARE(
            SecretStore::accountFor(QStringLiteral("Prod"), QStringLiteral("API.dialnexa.com")),
            QStringLiteral("Prod@api.dialnexa.com"));
    }

    void answersAsynchronously()
    {
        MemorySecretStore store;
        bool answered = false;
        store.read(QStringLiteral("a@h"), [&](const SecretStore::Result &) { answered = true; });
        QVERIFY(!answered); // never from inside the call
        QTRY_VERIFY(answered);
    }

    void roundTrip()
    {
        MemorySecretStore store;
        const QString account = QStringLiteral("Prod@api.dialnexa.com");
        const QString secret = QStringLiteral("abcdefghijklmn:123456a1b1234b");

        int answers = 0;
        auto r = await([&](auto cb) { store.read(account, cb); }, &answers);
        QVERIFY(r);
        QCOMPARE(answers, 1);
        QCOMPARE(r->status, Status::NotFound);
        QVERIFY(!r->errorText.isEmpty());

        r = await([&](auto cb) { store.write(account, secret, cb); }, &answers);
        QVERIFY(r && r->ok());
        QCOMPARE(answers, 1);
        QVERIFY(store.contains(account));

        r = await([&](auto cb) { store.read(account, cb); });
        QVERIFY(r && r->ok());
        QCOMPARE(r->secret, secret);

        r = await([&](auto cb) { store.write(account, QStringLiteral("dnx_test_2"), cb); });
        QVERIFY(r && r->ok());
        r = await([&](auto cb) { store.read(account, cb); });
        QCOMPARE(r->secret, QStringLiteral("dnx_test_2"));

        r = await([&](auto cb) { store.remove(account, cb); });
        QVERIFY(r && r->ok());
        QVERIFY(!store.contains(account));

        r = await([&](auto cb) { store.read(account, cb); });
        QCOMPARE(r->status, Status::NotFound);
        QVERIFY(r->secret.isEmpty());

        r = await([&](auto cb) { store.remove(account, cb); });
        QCOMPARE(r->status, Status::NotFound);
    }

    void accountsAreIndependent()
    {
        MemorySecretStore store;
        QVERIFY(await([&](auto cb) {
                    store.write(QStringLiteral("A@h"), QStringLiteral("1"), cb);
                })->ok());
        QVERIFY(await([&](auto cb) {
                    store.write(QStringLiteral("B@h"), QStringLiteral("2"), cb);
                })->ok());
        QCOMPARE(await([&](auto cb) { store.read(QStringLiteral("A@h"), cb); })->secret,
                 QStringLiteral("1"));
        QCOMPARE(await([&](auto cb) { store.read(QStringLiteral("B@h"), cb); })->secret,
                 QStringLiteral("2"));
        QCOMPARE(store.count(), 2);
    }

    void unavailable()
    {
        MemorySecretStore store;
        store.setUnavailable(true, QStringLiteral("No D-Bus session"));
        auto r =
            await([&](auto cb) { store.write(QStringLiteral("A@h"), QStringLiteral("s"), cb); });
        QCOMPARE(r->status, Status::Unavailable);
        QCOMPARE(r->errorText, QStringLiteral("No D-Bus session"));
        QCOMPARE(store.count(), 0);
        r = await([&](auto cb) { store.read(QStringLiteral("A@h"), cb); });
        QCOMPARE(r->status, Status::Unavailable);
        r = await([&](auto cb) { store.remove(QStringLiteral("A@h"), cb); });
        QCOMPARE(r->status, Status::Unavailable);
    }

    void callbackDroppedWhenStoreDestroyed()
    {
        bool called = false;
        {
            MemorySecretStore store;
            store.read(QStringLiteral("a@h"), [&](const SecretStore::Result &) { called = true; });
        }
        QVERIFY(PostedEvents::flush()); // the answer was queued before the sentinel
        QVERIFY(!called);
    }
};

QTEST_GUILESS_MAIN(TestMemorySecretStore)
#include "tst_memory_secret_store.moc"

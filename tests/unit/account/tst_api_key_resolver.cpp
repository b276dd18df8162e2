#include "account/ApiKeyResolver.h"
#include "account/MemorySecretStore.h"
#include "support/PostedEvents.h"

#include <QSignalSpy>
#include <QtTest>

#include <optional>

using Source = ApiKeyResolver::Source;

class TestApiKeyResolver : public QObject
{
    Q_OBJECT

    const QString profile = QStringLiteral("Production");
    const QString host = QStringLiteral("api.dialnexa.com");
    const QString key = QStringLiteral("abcdefghijklmn:123456a1b1234b");

    std::optional<ApiKeyResolver::Resolution> resolve(ApiKeyResolver &resolver)
    {
        std::optional<ApiKeyResolver::Resolution> out;
        int answers = 0;
        resolver.resolve(profile, host, [&](const ApiKeyResolver::Resolution &r) {
            out = r;
            ++answers;
        });
        if (out)
            qWarning("resolve answered synchronously");
        (void)QTest::qWaitFor([&] { return out.has_value(); }, 2000);
        // Answers are queued calls: a second one would be delivered before this sentinel.
        if (!PostedEvents::flush())
            qWarning("posted-event sentinel never ran");
        if (answers > 1)
            qWarning("resolve answered %d times", answers);
        return answers == 1 ? out : std::nullopt;
    }

    std::optional<ApiKeyResolver::Outcome> store(ApiKeyResolver &resolver, const QString &k)
    {
        std::optional<ApiKeyResolver::Outcome> out;
        resolver.store(profile, host, k, [&](const ApiKeyResolver::Outcome &o) { out = o; });
        (void)QTest::qWaitFor([&] { return out.has_value(); }, 2000);
        return out;
    }

    std::optional<ApiKeyResolver::Outcome> signOut(ApiKeyResolver &resolver)
    {
        std::optional<ApiKeyResolver::Outcome> out;
        resolver.signOut(profile, host, [&](const ApiKeyResolver::Outcome &o) { out = o; });
        (void)QTest::qWaitFor([&] { return out.has_value(); }, 2000);
        return out;
    }

private Q_SLOTS:
    void init() { qunsetenv(ApiKeyResolver::EnvironmentVariable); }
    void cleanup() { qunsetenv(ApiKeyResolver::EnvironmentVariable); }

    void nothingStored()
    {
        MemorySecretStore secrets;
        ApiKeyResolver resolver(&secrets);
        const auto r = resolve(resolver);
        QVERIFY(r);
        QVERIFY(!r->found());
        QCOMPARE(r->source, Source::None);
        QCOMPARE(r->account, QStringLiteral("Production@api.dialnexa.com"));
        QVERIFY(!r->keychainUnavailable);
    }

    void storeThenResolveFromKeychain()
    {
        MemorySecretStore secrets;
        ApiKeyResolver resolver(&secrets);
        const auto o = store(resolver, key);
        QVERIFY(o && o->ok);
        QCOMPARE(o->where, Source::Keychain);
        QVERIFY(secrets.contains(QStringLiteral("Production@api.dialnexa.com")));
        QVERIFY(!resolver.hasSessionKey(profile, host));

        const auto r = resolve(resolver);
        QVERIFY(r && r->found());
        QCOMPARE(r->key, key);
        QCOMPARE(r->source, Source::Keychain);

        // Another profile on the same host has its own entry.
        std::optional<ApiKeyResolver::Resolution> other;
        resolver.resolve(QStringLiteral("Staging"), host, [&](const auto &res) { other = res; });
        QTRY_VERIFY(other.has_value());
        QVERIFY(!other->found());
    }

    void environmentOverrideWins()
    {
        MemorySecretStore secrets;
        ApiKeyResolver resolver(&secrets);
        QVERIFY(store(resolver, key)->ok);
        const int callsBefore = secrets.callCount();

        qputenv(ApiKeyResolver::EnvironmentVariable, "dnx_test_from_env");
        QVERIFY(ApiKeyResolver::hasEnvironmentOverride());
        const auto r = resolve(resolver);
        QVERIFY(r && r->found());
        QCOMPARE(r->key, QStringLiteral("dnx_test_from_env"));
        QCOMPARE(r->source, Source::Environment);
        QCOMPARE(secrets.callCount(), callsBefore); // the keychain was not even asked

        // The override also wins over an unavailable keychain and a session key.
        secrets.setUnavailable(true);
        resolver.setSessionKey(profile, host, QStringLiteral("session-key"));
        QCOMPARE(resolve(resolver)->key, QStringLiteral("dnx_test_from_env"));

        // An empty variable is no override.
        qputenv(ApiKeyResolver::EnvironmentVariable, "");
        QVERIFY(!ApiKeyResolver::hasEnvironmentOverride());
        QCOMPARE(resolve(resolver)->source, Source::Session);
    }

    void keychainUnavailableFallsBackToSessionKey()
    {
        MemorySecretStore secrets;
        secrets.setUnavailable(true, QStringLiteral("org.freedesktop.DBus.Error.ServiceUnknown"));
        ApiKeyResolver resolver(&secrets);
        QSignalSpy availability(&resolver, &ApiKeyResolver::keychainAvailabilityChanged);

        auto r = resolve(resolver);
        QVERIFY(r && !r->found());
        QVERIFY(r->keychainUnavailable);
        QVERIFY(r->errorText.contains(QStringLiteral("ServiceUnknown")));
        QVERIFY(resolver.keychainUnavailable());
        QCOMPARE(availability.count(), 1);
        QCOMPARE(availability.first().first().toBool(), true);

        // store() falls back to session memory and says so.
        const auto o = store(resolver, key);
        QVERIFY(o && o->ok);
        QCOMPARE(o->where, Source::Session);
        QVERIFY(o->keychainUnavailable);
        QVERIFY(o->message.contains(QStringLiteral("this session only")));
        QVERIFY(!o->message.contains(key));
        QCOMPARE(secrets.count(), 0);
        QVERIFY(resolver.hasSessionKey(profile, host));

        r = resolve(resolver);
        QVERIFY(r && r->found());
        QCOMPARE(r->key, key);
        QCOMPARE(r->source, Source::Session);
        QVERIFY(r->keychainUnavailable);

        // setSessionKey directly (the UI's "use for this session") works the same way.
        resolver.setSessionKey(profile, host, QStringLiteral("dnx_test_other"));
        QCOMPARE(resolve(resolver)->key, QStringLiteral("dnx_test_other"));

        // When the keychain comes back, the state clears and a stored key moves there.
        secrets.setUnavailable(false);
        const auto back = store(resolver, key);
        QVERIFY(back && back->ok);
        QCOMPARE(back->where, Source::Keychain);
        QVERIFY(!resolver.keychainUnavailable());
        QVERIFY(!resolver.hasSessionKey(profile, host));
        QCOMPARE(availability.count(), 2);
        QCOMPARE(resolve(resolver)->source, Source::Keychain);
    }

    void signOutRemovesKeychainEntryAndSessionKey()
    {
        MemorySecretStore secrets;
        ApiKeyResolver resolver(&secrets);
        QVERIFY(store(resolver, key)->ok);
        resolver.setSessionKey(profile, host, QStringLiteral("session"));
        QVERIFY(resolver.hasSessionKey(profile, host));

        const auto o = signOut(resolver);
        QVERIFY(o && o->ok);
        QVERIFY(!secrets.contains(QStringLiteral("Production@api.dialnexa.com")));
        QVERIFY(!resolver.hasSessionKey(profile, host));
        const auto r = resolve(resolver);
        QVERIFY(r && !r->found());

        // Signing out twice is fine.
        QVERIFY(signOut(resolver)->ok);
    }

    void signOutWithUnavailableKeychainForgetsSessionKey()
    {
        MemorySecretStore secrets;
        secrets.setUnavailable(true);
        ApiKeyResolver resolver(&secrets);
        QCOMPARE(store(resolver, key)->where, Source::Session);
        const auto o = signOut(resolver);
        QVERIFY(o && o->ok);
        QVERIFY(o->keychainUnavailable);
        QVERIFY(!resolver.hasSessionKey(profile, host));
        QVERIFY(!resolve(resolver)->found());
    }

    void emptyKeyIsRefused()
    {
        MemorySecretStore secrets;
        ApiKeyResolver resolver(&secrets);
        const auto o = store(resolver, QStringLiteral("  "));
        QVERIFY(o && !o->ok);
        QCOMPARE(secrets.count(), 0);
    }

    void keyIsPassedThroughVerbatim()
    {
        // Gap 24: any format, exactly as entered.
        MemorySecretStore secrets;
        ApiKeyResolver resolver(&secrets);
        const QString odd = QStringLiteral("dnx_live_Ab/+=:x");
        QVERIFY(store(resolver, odd)->ok);
        QCOMPARE(resolve(resolver)->key, odd);
    }
};

QTEST_GUILESS_MAIN(TestApiKeyResolver)
#include "tst_api_key_resolver.moc"

// The API key must never reach disk in plaintext, a log line or an error text.
#include "account/ApiKeyResolver.h"
#include "account/MemorySecretStore.h"
#include "account/ProfileStore.h"
#include "api/ApiClient.h"
#include "api/ApiError.h"
#include "api/ApiResponse.h"

#include <QDirIterator>
#include <QLoggingCategory>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtTest>

#include <optional>

namespace {
QStringList g_log;
QtMessageHandler g_previous = nullptr;

void capture(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    g_log.append(QStringLiteral("[%1] %2").arg(
        QString::fromLatin1(context.category ? context.category : ""), message));
}

// Answers every request with a canned reply and remembers what it received.
class CannedServer : public QTcpServer
{
public:
    QByteArray reply;
    QByteArray received;

    CannedServer()
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    received += socket->readAll();
                    if (received.contains("\r\n\r\n")) {
                        socket->write(reply);
                        socket->disconnectFromHost();
                    }
                });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }
};

QByteArray httpReply(int status, const QByteArray &reason, const QByteArray &body)
{
    return "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason +
           "\r\nContent-Type: application/json\r\nContent-Length: " +
           QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
}
} // namespace

class TestSecretHygiene : public QObject
{
    Q_OBJECT

    const QString key = QStringLiteral("hyg1eneKeyId:s3cr3t-VALUE-7f3a9");
    const QString profile = QStringLiteral("Production");
    const QString host = QStringLiteral("127.0.0.1");
    QTemporaryDir m_dir;

    void assertNoKeyIn(const QString &where, const QString &text)
    {
        QVERIFY2(!text.contains(key), qPrintable(where + QStringLiteral(" contains the API key")));
        // Not even the secret half of a <keyId>:<secret> key.
        QVERIFY2(!text.contains(QStringLiteral("s3cr3t-VALUE")),
                 qPrintable(where + QStringLiteral(" contains the key's secret part")));
    }

    void assertNoKeyInFiles(const QString &dir)
    {
        QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray bytes = f.readAll();
            QVERIFY2(!bytes.contains(key.toUtf8()),
                     qPrintable(path + QStringLiteral(" contains the key")));
            QVERIFY2(!bytes.contains("s3cr3t-VALUE"),
                     qPrintable(path + QStringLiteral(" contains the secret")));
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qunsetenv(ApiKeyResolver::EnvironmentVariable);
        QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true\nqt.*.debug=false"));
        g_previous = qInstallMessageHandler(capture);
    }

    void cleanupTestCase()
    {
        qInstallMessageHandler(g_previous);
        QLoggingCategory::setFilterRules(QString());
    }

    void init() { g_log.clear(); }

    void keyNeverInSettingsOrLogs_keychainAvailable()
    {
        const QString ini = m_dir.filePath(QStringLiteral("available.ini"));
        ProfileStore profiles(ini);
        QVERIFY(profiles.addProfile(profile, QUrl(QStringLiteral("http://127.0.0.1:9/v1"))));
        QVERIFY(profiles.setCurrentProfile(profile));

        MemorySecretStore secrets;
        ApiKeyResolver resolver(&secrets);
        std::optional<ApiKeyResolver::Outcome> stored;
        resolver.store(profile, host, key, [&](const auto &o) { stored = o; });
        QTRY_VERIFY(stored.has_value());
        QVERIFY(stored->ok);
        assertNoKeyIn(QStringLiteral("store message"), stored->message);

        std::optional<ApiKeyResolver::Resolution> resolved;
        resolver.resolve(profile, host, [&](const auto &r) { resolved = r; });
        QTRY_VERIFY(resolved.has_value());
        QCOMPARE(resolved->key, key);

        std::optional<ApiKeyResolver::Outcome> out;
        resolver.signOut(profile, host, [&](const auto &o) { out = o; });
        QTRY_VERIFY(out.has_value());
        assertNoKeyIn(QStringLiteral("sign-out message"), out->message);

        profiles.sync();
        QVERIFY(QFile::exists(ini));
        assertNoKeyInFiles(m_dir.path());
        QVERIFY2(!g_log.isEmpty(), "expected some debug logging to inspect");
        assertNoKeyIn(QStringLiteral("log"), g_log.join(QLatin1Char('\n')));
    }

    void keyNeverInSettingsOrLogs_keychainUnavailable()
    {
        const QString ini = m_dir.filePath(QStringLiteral("unavailable.ini"));
        ProfileStore profiles(ini);
        QVERIFY(profiles.addProfile(profile, QUrl(QStringLiteral("http://127.0.0.1:9/v1"))));

        MemorySecretStore secrets;
        secrets.setUnavailable(true, QStringLiteral("org.freedesktop.DBus.Error.ServiceUnknown"));
        ApiKeyResolver resolver(&secrets);
        std::optional<ApiKeyResolver::Outcome> stored;
        resolver.store(profile, host, key, [&](const auto &o) { stored = o; });
        QTRY_VERIFY(stored.has_value());
        QCOMPARE(stored->where, ApiKeyResolver::Source::Session);
        assertNoKeyIn(QStringLiteral("store message"), stored->message);

        std::optional<ApiKeyResolver::Resolution> resolved;
        resolver.resolve(profile, host, [&](const auto &r) { resolved = r; });
        QTRY_VERIFY(resolved.has_value());
        QCOMPARE(resolved->key, key);
        assertNoKeyIn(QStringLiteral("resolution error"), resolved->errorText);

        std::optional<ApiKeyResolver::Outcome> out;
        resolver.signOut(profile, host, [&](const auto &o) { out = o; });
        QTRY_VERIFY(out.has_value());

        profiles.sync();
        assertNoKeyInFiles(m_dir.path());
        // The fallback is announced in the log (without the key).
        QVERIFY(g_log.join(QLatin1Char('\n')).contains(QStringLiteral("session only")));
        assertNoKeyIn(QStringLiteral("log"), g_log.join(QLatin1Char('\n')));
    }

    void keyNeverInEnvironmentOverrideLogs()
    {
        qputenv(ApiKeyResolver::EnvironmentVariable, key.toUtf8());
        MemorySecretStore secrets;
        ApiKeyResolver resolver(&secrets);
        std::optional<ApiKeyResolver::Resolution> resolved;
        resolver.resolve(profile, host, [&](const auto &r) { resolved = r; });
        QTRY_VERIFY(resolved.has_value());
        qunsetenv(ApiKeyResolver::EnvironmentVariable);
        QCOMPARE(resolved->key, key);
        assertNoKeyIn(QStringLiteral("log"), g_log.join(QLatin1Char('\n')));
    }

    void keyNeverInApiErrors_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("reason");
        QTest::newRow("401") << 401 << QByteArray("Unauthorized");
        QTest::newRow("403") << 403 << QByteArray("Forbidden");
        QTest::newRow("500") << 500 << QByteArray("Internal Server Error");
    }

    void keyNeverInApiErrors()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, reason);
        CannedServer server;
        server.reply =
            httpReply(status, reason,
                      "{\"statusCode\":" + QByteArray::number(status) + ",\"message\":\"" + reason +
                          "\",\"error\":\"" + reason + "\"}");
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));

        ApiClient client;
        RetryPolicy once;
        once.maxAttempts = 1;
        client.setRetryPolicy(once);
        client.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(server.serverPort())));
        client.setApiKey(key);
        std::optional<ApiResponse> response;
        QObject context;
        client.get(QStringLiteral("workflows/wf_1"), QUrlQuery(), &context,
                   [&](const ApiResponse &r) { response = r; });
        QTRY_VERIFY_WITH_TIMEOUT(response.has_value(), 10000);
        // The key really was sent, so the checks below mean something.
        QVERIFY(server.received.contains(key.toUtf8()));

        const ApiError &error = response->error;
        QVERIFY(error.isError());
        QCOMPARE(error.httpStatus(), status);
        assertNoKeyIn(QStringLiteral("userMessage"), error.userMessage());
        assertNoKeyIn(QStringLiteral("details"), error.details());
        assertNoKeyIn(QStringLiteral("diagnostic"), error.diagnostic());
        assertNoKeyIn(QStringLiteral("url"), error.url().toString());
        assertNoKeyIn(QStringLiteral("log"), g_log.join(QLatin1Char('\n')));
    }

    void keyNeverInNetworkErrors()
    {
        // A port nobody listens on: connection refused.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close();

        ApiClient client;
        RetryPolicy once;
        once.maxAttempts = 1;
        client.setRetryPolicy(once);
        client.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(port)));
        client.setApiKey(key);
        std::optional<ApiResponse> response;
        QObject context;
        client.post(QStringLiteral("workflows/wf_1/pause"), QJsonObject(), &context,
                    [&](const ApiResponse &r) { response = r; });
        QTRY_VERIFY_WITH_TIMEOUT(response.has_value(), 10000);
        QVERIFY(response->error.isError());
        assertNoKeyIn(QStringLiteral("userMessage"), response->error.userMessage());
        assertNoKeyIn(QStringLiteral("details"), response->error.details());
        assertNoKeyIn(QStringLiteral("log"), g_log.join(QLatin1Char('\n')));
    }
};

QTEST_GUILESS_MAIN(TestSecretHygiene)
#include "tst_secret_hygiene.moc"

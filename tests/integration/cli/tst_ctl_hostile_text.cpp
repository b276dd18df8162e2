// Anyone in a DialNexa workspace can name a workflow, and dialnexa-ctl prints names, ids,
// statuses and server messages in a supervisor's terminal. Control characters there are
// commands to the terminal (clear the screen, write the clipboard, forge a line), so the
// human-readable output shows them as visible escapes; --json stays byte-exact.

#include "SandboxHost.h"
#include "SandboxOptions.h"
#include "support/SandboxControl.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

class TestCtlHostileText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void listAndGetShowControlCharactersAsEscapes();
    void jsonStaysExact();
    void idsThatAreNotPathSegmentsSendNothing();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    Run ctl(const QStringList &args);
    static bool hasRawControl(const QByteArray &text);

    SandboxHost m_host;
    QTemporaryDir m_home;
    // ESC ] 52 writes the clipboard, ESC [2J clears the screen, a CR and cursor-up forge a
    // line, U+009B is the one-byte CSI, BEL ends the OSC.
    const QString m_name =
        QStringLiteral("Promo \x1b]52;c;ZXZpbA==\x07\x1b[2J\r\x1b[1Awf_1: paused") + QChar(0x9b) +
        QStringLiteral("31m");
};

void TestCtlHostileText::initTestCase()
{
    QVERIFY(m_home.isValid());
    SandboxOptions options;
    options.tickMs = 0;
    options.workflowCount = 0;
    QVERIFY(m_host.start(options));
    QVERIFY(SandboxControl(m_host.controlUrl())
                .insertWorkflow(QStringLiteral("wf_evil"), m_name, QStringLiteral("active")));
}

TestCtlHostileText::Run TestCtlHostileText::ctl(const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DIALNEXA_API_KEY"), m_host.apiKey());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("DIALNEXA_DATA_DIR"), m_home.filePath(QStringLiteral("data")));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(DIALNEXA_CTL_PATH),
            QStringList{QStringLiteral("--base-url"), m_host.baseUrl().toString()} + args);
    Run r;
    if (!p.waitForFinished(30000))
        return r;
    r.exitCode = p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

bool TestCtlHostileText::hasRawControl(const QByteArray &text)
{
    const QString s = QString::fromUtf8(text);
    for (const QChar c : s) {
        const ushort u = c.unicode();
        if ((u < 0x20 && u != '\n') || u == 0x7f || (u >= 0x80 && u <= 0x9f))
            return true;
    }
    return false;
}

void TestCtlHostileText::listAndGetShowControlCharactersAsEscapes()
{
    for (const QStringList &args :
         {QStringList{QStringLiteral("list")},
          QStringList{QStringLiteral("get"), QStringLiteral("wf_evil")}}) {
        const Run r = ctl(args);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(!hasRawControl(r.out), r.out.toPercentEncoding().constData());
        QVERIFY2(!hasRawControl(r.err), r.err.constData());
        const QString out = QString::fromUtf8(r.out);
        QVERIFY2(
            out.contains(QStringLiteral("\\e]52;c;ZXZpbA==\\x07\\e[2J\\x0d\\e[1Awf_1: paused")),
            qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("\\u009b31m")), qPrintable(out));
        // The forged "wf_1: paused" never stands at the start of a line of its own.
        for (const QString &line : out.split(QLatin1Char('\n')))
            QVERIFY(!line.startsWith(QStringLiteral("wf_1: paused")));
    }
}

void TestCtlHostileText::jsonStaysExact()
{
    const Run r = ctl({QStringLiteral("get"), QStringLiteral("wf_evil"), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(!r.out.contains('\x1b') && !r.out.contains('\x07')); // JSON escapes C0 itself
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    const QString name =
        o.value(QStringLiteral("name")).toString(o.value(QStringLiteral("title")).toString());
    QCOMPARE(name, m_name);
}

void TestCtlHostileText::idsThatAreNotPathSegmentsSendNothing()
{
    SandboxControl control(m_host.controlUrl());
    control.clearRequests();
    for (const QString &id :
         {QStringLiteral(".."), QStringLiteral("."), QStringLiteral("wf_evil/../../pause")}) {
        const Run r = ctl({QStringLiteral("pause"), id});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("is not a workflow id"), r.err.constData());
    }
    QVERIFY(control.requests().isEmpty()); // not one request, let alone POST /v1/pause
}

QTEST_MAIN(TestCtlHostileText)
#include "tst_ctl_hostile_text.moc"

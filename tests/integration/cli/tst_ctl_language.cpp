// The language of dialnexa-ctl and dialnexa-console as a supervisor meets it on a terminal:
// the system's language (LANGUAGE/LANG) picks the Hindi catalogue, --lang overrides it,
// --lang pseudo shows the pseudo-localisation, and an unknown language is a usage error
// that names the known ones. Protocol words (commands, options) stay as they are.

#include <QProcess>
#include <QProcessEnvironment>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run run(const QString &program, const QStringList &args, const QString &lang)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("LC_ALL"));
    env.remove(QStringLiteral("LC_MESSAGES"));
    env.insert(QStringLiteral("LANGUAGE"), lang);
    env.insert(QStringLiteral("LANG"), lang == QLatin1String("hi") ? QStringLiteral("hi_IN.UTF-8")
                                                                   : QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("DIALNEXA_API_KEY"));
    p.setProcessEnvironment(env);
    p.start(program, args);
    Run r;
    if (!p.waitForStarted(10000) ||
        !QTest::qWaitFor([&] { return p.state() == QProcess::NotRunning; }, 60000)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

const QString Ctl = QStringLiteral(DIALNEXA_CTL_PATH);
const QString Console = QStringLiteral(DIALNEXA_CONSOLE_PATH);

} // namespace

class TestCtlLanguage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void systemLanguagePicksHindi();
    void langOverridesTheSystem();
    void pseudoWrapsTheHelp();
    void unknownLanguageIsAUsageError();
    void consoleHelpFollowsLang();
};

void TestCtlLanguage::systemLanguagePicksHindi()
{
    const Run hindi = run(Ctl, {QStringLiteral("frobnicate")}, QStringLiteral("hi"));
    QCOMPARE(hindi.exitCode, 2);
    QVERIFY2(hindi.err.contains(QStringLiteral("अज्ञात कमांड 'frobnicate'")), qPrintable(hindi.err));
    const Run english = run(Ctl, {QStringLiteral("frobnicate")}, QStringLiteral("en"));
    QCOMPARE(english.exitCode, 2);
    QVERIFY2(english.err.contains(QStringLiteral("unknown command 'frobnicate'")),
             qPrintable(english.err));
}

void TestCtlLanguage::langOverridesTheSystem()
{
    const Run r =
        run(Ctl, {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("frobnicate")},
            QStringLiteral("hi"));
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QStringLiteral("unknown command")), qPrintable(r.err));
    const Run hi =
        run(Ctl, {QStringLiteral("--lang=hi"), QStringLiteral("cancel"), QStringLiteral("wf_1")},
            QStringLiteral("en"));
    QCOMPARE(hi.exitCode, 2);
    QVERIFY2(hi.err.contains(QStringLiteral("--yes के बिना 1 वर्कफ़्लो रद्द नहीं किया जाएगा")),
             qPrintable(hi.err));
}

void TestCtlLanguage::pseudoWrapsTheHelp()
{
    const Run r =
        run(Ctl, {QStringLiteral("--lang"), QStringLiteral("pseudo"), QStringLiteral("--help")},
            QStringLiteral("en"));
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QStringLiteral("[Wátçh áñd çöñtröl DîálÑéxá wörkflöws")),
             qPrintable(r.out));
    // Options and commands are protocol: never transformed.
    QVERIFY2(r.out.contains(QStringLiteral("--base-url <URL>")), qPrintable(r.out));
}

void TestCtlLanguage::unknownLanguageIsAUsageError()
{
    const Run r =
        run(Ctl, {QStringLiteral("--lang"), QStringLiteral("klingon"), QStringLiteral("list")},
            QStringLiteral("en"));
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QStringLiteral("klingon")) &&
                 r.err.contains(QStringLiteral("en, hi, pseudo")),
             qPrintable(r.err));
}

void TestCtlLanguage::consoleHelpFollowsLang()
{
    const Run r =
        run(Console, {QStringLiteral("--help"), QStringLiteral("--lang"), QStringLiteral("hi")},
            QStringLiteral("en"));
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QStringLiteral("DialNexa वर्कफ़्लो पर नज़र रखें")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("--lang <LANG>")), qPrintable(r.out));
}

QTEST_GUILESS_MAIN(TestCtlLanguage)
#include "tst_ctl_language.moc"

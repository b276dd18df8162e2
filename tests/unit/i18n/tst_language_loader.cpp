// --lang and the system locale choose the catalogue: Hindi text for Hindi, English plural
// forms always, pseudo-localisation that wraps and lengthens every text but keeps its
// placeholders, and an unknown language refused with the list of known ones.

#include "i18n/LanguageLoader.h"
#include "i18n/PseudoTranslator.h"

#include <QCoreApplication>
#include <QTest>

class TestLanguageLoader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup();
    void englishHasRealPlurals();
    void hindiTranslatesCoreAndPlurals();
    void pseudoWrapsLengthensAndKeepsPlaceholders();
    void unknownLanguageIsRefused();
    void langIsReadBeforeParsing();
};

void TestLanguageLoader::cleanup()
{
    LanguageLoader::install(QStringLiteral("en"));
}

void TestLanguageLoader::englishHasRealPlurals()
{
    QCOMPARE(LanguageLoader::install(QStringLiteral("en")), QStringLiteral("en"));
    QCOMPARE(QCoreApplication::translate("BulkActionsController", "%n workflow(s)", nullptr, 1),
             QStringLiteral("1 workflow"));
    QCOMPARE(QCoreApplication::translate("BulkActionsController", "%n workflow(s)", nullptr, 3),
             QStringLiteral("3 workflows"));
    QCOMPARE(QCoreApplication::translate("StatusSummary", "Active"), QStringLiteral("Active"));
}

void TestLanguageLoader::hindiTranslatesCoreAndPlurals()
{
    QCOMPARE(LanguageLoader::install(QStringLiteral("hi")), QStringLiteral("hi"));
    QCOMPARE(QCoreApplication::translate("StatusSummary", "Active"), QStringLiteral("सक्रिय"));
    QCOMPARE(QCoreApplication::translate("ConnectionHealth", "Offline"), QStringLiteral("ऑफ़लाइन"));
    const QString five =
        QCoreApplication::translate("BulkActionsController", "%n workflow(s)", nullptr, 5);
    QVERIFY2(five.contains(QLatin1String("5")) && five.contains(QStringLiteral("वर्कफ़्लो")),
             qPrintable(five));
}

void TestLanguageLoader::pseudoWrapsLengthensAndKeepsPlaceholders()
{
    QCOMPARE(LanguageLoader::install(QStringLiteral("pseudo")), QStringLiteral("pseudo"));
    const QString source = QStringLiteral("Updated %1 s ago");
    const QString shown = QCoreApplication::translate("ConnectionHealth", "Updated %1 s ago");
    QVERIFY2(shown.startsWith(QLatin1Char('[')) && shown.endsWith(QLatin1Char(']')),
             qPrintable(shown));
    QVERIFY2(shown.contains(QLatin1String("%1")), qPrintable(shown));
    QVERIFY2(shown.contains(QStringLiteral("Üpdátéd")), qPrintable(shown));
    QVERIFY2(shown.size() >= int(source.size() * 1.4), qPrintable(shown));
    // Plural forms come from English before the text is transformed.
    const QString one =
        QCoreApplication::translate("BulkActionsController", "%n workflow(s)", nullptr, 1);
    QVERIFY2(one.contains(QLatin1String("1")) && !one.contains(QLatin1String("(")),
             qPrintable(one));

    const QString marked = PseudoTranslator::pseudo(QStringLiteral("&Pause %n <b>x</b> &amp;"));
    QVERIFY2(marked.startsWith(QStringLiteral("[&Páüsé %n <b>x</b> &amp; ")), qPrintable(marked));
}

void TestLanguageLoader::unknownLanguageIsRefused()
{
    QString problem;
    QVERIFY(LanguageLoader::install(QStringLiteral("klingon"), &problem).isEmpty());
    QVERIFY2(problem.contains(QLatin1String("klingon")) && problem.contains(QLatin1String("hi")),
             qPrintable(problem));
    QCOMPARE(QCoreApplication::translate("StatusSummary", "Active"), QStringLiteral("Active"));
}

void TestLanguageLoader::langIsReadBeforeParsing()
{
    QCOMPARE(LanguageLoader::fromArguments({QStringLiteral("ctl"), QStringLiteral("list"),
                                            QStringLiteral("--lang"), QStringLiteral("hi")}),
             QStringLiteral("hi"));
    QCOMPARE(
        LanguageLoader::fromArguments({QStringLiteral("ctl"), QStringLiteral("--lang=pseudo")}),
        QStringLiteral("pseudo"));
    QCOMPARE(LanguageLoader::fromArguments(
                 {QStringLiteral("ctl"), QStringLiteral("--"), QStringLiteral("--lang=hi")}),
             QString());
}

QTEST_GUILESS_MAIN(TestLanguageLoader)
#include "tst_language_loader.moc"

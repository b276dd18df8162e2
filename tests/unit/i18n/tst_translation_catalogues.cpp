// Every catalogue in resources/translations/ is complete: no unfinished, vanished or
// obsolete message, every plural message has all the forms its language needs, and every
// translation keeps the placeholders (%1, %n, …) of its source, so a number or a name is
// never lost in translation. Prints the number of messages per catalogue.

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Message
{
    QString context;
    QString source;
    QString type; // the translation's type attribute: "", "unfinished", "vanished", …
    bool numerus = false;
    QStringList translations; // one, or one per plural form
};

QList<Message> readCatalogue(const QString &path, QString *language)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    QXmlStreamReader xml(&file);
    QList<Message> messages;
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            messages << current;
            continue;
        }
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        const QXmlStreamAttributes attributes = xml.attributes();
        if (name == QLatin1String("TS")) {
            *language = attributes.value(QLatin1String("language")).toString();
        } else if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            current = Message();
            current.context = context;
            current.numerus = attributes.value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (name == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            current.type = attributes.value(QLatin1String("type")).toString();
            if (!current.numerus)
                current.translations << xml.readElementText();
        } else if (name == QLatin1String("numerusform")) {
            current.translations << xml.readElementText();
        }
    }
    if (xml.hasError())
        qFatal("%s: %s", qPrintable(path), qPrintable(xml.errorString()));
    return messages;
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%L?(\\d+|n)"));
    QSet<QString> found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured(0).remove(QLatin1Char('L')));
    return found;
}

int pluralForms(const QString &language)
{
    // Qt's plural rules: English and Hindi both have "one" and "other".
    if (language.startsWith(QLatin1String("en")) || language.startsWith(QLatin1String("hi")))
        return 2;
    return -1;
}

} // namespace

class TestTranslationCatalogues : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void catalogues_data();
    void catalogues();
};

void TestTranslationCatalogues::catalogues_data()
{
    QTest::addColumn<QString>("path");
    const QDir dir(QStringLiteral(DIALNEXA_TS_DIR));
    const QStringList files = dir.entryList({QStringLiteral("*.ts")}, QDir::Files, QDir::Name);
    QVERIFY(files.contains(QStringLiteral("dialnexa_hi.ts")));
    QVERIFY(files.contains(QStringLiteral("dialnexa_en.ts")));
    for (const QString &f : files)
        QTest::newRow(qPrintable(f)) << dir.filePath(f);
}

void TestTranslationCatalogues::catalogues()
{
    QFETCH(QString, path);
    QString language;
    const QList<Message> messages = readCatalogue(path, &language);
    QVERIFY(!language.isEmpty());
    QVERIFY(!messages.isEmpty());
    QStringList problems;
    int numerus = 0;
    for (const Message &m : messages) {
        const QString where = m.context + QStringLiteral(": \"") + m.source + QLatin1Char('"');
        if (!m.type.isEmpty()) {
            problems << m.type + QStringLiteral(" — ") + where;
            continue;
        }
        if (m.numerus) {
            ++numerus;
            if (m.translations.size() != pluralForms(language))
                problems << QStringLiteral("%1 plural forms — ").arg(m.translations.size()) + where;
        }
        for (const QString &t : m.translations) {
            if (t.trimmed().isEmpty()) {
                problems << QStringLiteral("empty — ") + where;
                continue;
            }
            QSet<QString> wanted = placeholders(m.source);
            QSet<QString> got = placeholders(t);
            // A singular form may say "one" instead of %n ("एक"), but nothing else may go.
            if (m.numerus)
                wanted.remove(QStringLiteral("%n")), got.remove(QStringLiteral("%n"));
            if (wanted != got)
                problems << QStringLiteral("placeholders differ in \"%1\" — ").arg(t) + where;
        }
    }
    qInfo("%s: %lld messages (%d with plural forms), language %s",
          qPrintable(QFileInfo(path).fileName()), qlonglong(messages.size()), numerus,
          qPrintable(language));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestTranslationCatalogues)
#include "tst_translation_catalogues.moc"

#include "i18n/LanguageLoader.h"

#include "i18n/PseudoTranslator.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>
#include <vector>

static void initTranslationResources()
{
    // The catalogues are compiled into the core library; referencing the initialiser
    // keeps the linker from dropping them.
    static const bool done = [] {
        Q_INIT_RESOURCE(dialnexa_translations);
        return true;
    }();
    Q_UNUSED(done);
}

namespace {

std::vector<std::unique_ptr<QTranslator>> &installed()
{
    static std::vector<std::unique_ptr<QTranslator>> translators;
    return translators;
}

std::unique_ptr<QTranslator> loadCatalogue(const QString &language)
{
    auto translator = std::make_unique<QTranslator>();
    if (!translator->load(QStringLiteral(":/i18n/dialnexa_%1.qm").arg(language)))
        return nullptr;
    return translator;
}

void add(std::unique_ptr<QTranslator> translator)
{
    if (!translator)
        return;
    QCoreApplication::installTranslator(translator.get());
    installed().push_back(std::move(translator));
}

} // namespace

QStringList LanguageLoader::available()
{
    return {QStringLiteral("en"), QStringLiteral("hi"), QStringLiteral("pseudo")};
}

QString LanguageLoader::install(const QString &language, QString *problem)
{
    initTranslationResources();
    for (const auto &t : installed())
        QCoreApplication::removeTranslator(t.get());
    installed().clear();

    QString chosen = language.trimmed().toLower();
    if (chosen.isEmpty()) {
        chosen = QStringLiteral("en");
        for (const QString &ui : QLocale::system().uiLanguages()) {
            const QString code = ui.section(QLatin1Char('-'), 0, 0).toLower();
            if (code == QLatin1String("en") || available().contains(code)) {
                chosen = code;
                break;
            }
        }
    }

    std::unique_ptr<QTranslator> english = loadCatalogue(QStringLiteral("en"));
    QTranslator *base = english.get();
    add(std::move(english));

    if (chosen == QLatin1String("en"))
        return chosen;
    if (chosen == QLatin1String("pseudo")) {
        add(std::make_unique<PseudoTranslator>(base));
        return chosen;
    }
    if (!available().contains(chosen)) {
        if (problem) {
            *problem = QCoreApplication::translate("LanguageLoader",
                                                   "unknown language \"%1\" (choose one of: %2)")
                           .arg(language, available().join(QStringLiteral(", ")));
        }
        return {};
    }
    // Qt's own strings (standard buttons, context menus), when the system carries them.
    auto qtbase = std::make_unique<QTranslator>();
    if (qtbase->load(QStringLiteral("qtbase_") + chosen,
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        add(std::move(qtbase));
    add(loadCatalogue(chosen));
    return chosen;
}

QString LanguageLoader::fromArguments(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a == QLatin1String("--"))
            break;
        if ((a == QLatin1String("--lang") || a == QLatin1String("-lang")) &&
            i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (a.startsWith(QLatin1String("--lang=")))
            return a.mid(7);
    }
    return {};
}

// dialnexa-ctl: list, inspect, pause, resume and cancel DialNexa workflows from scripts.
#include "CtlOptions.h"
#include "CtlRunner.h"
#include "DialNexaVersion.h"

#include "account/KeychainSecretStore.h"
#include "account/ProfileStore.h"
#include "i18n/LanguageLoader.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QMetaObject>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("dialnexa-ctl"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(DIALNEXA_VERSION));

    // dialnexa-ctl reports key and keychain problems itself, in one line on stderr.
    // (QT_LOGGING_RULES still overrides this for debugging.)
    QLoggingCategory::setFilterRules(QStringLiteral("dialnexa.apikey.warning=false\n"
                                                    "dialnexa.keychain.warning=false"));

    // Before parsing, so that --help and the usage messages come out in the language.
    QString languageProblem;
    if (LanguageLoader::install(LanguageLoader::fromArguments(QCoreApplication::arguments()),
                                &languageProblem)
            .isEmpty()) {
        const QByteArray err =
            QStringLiteral("dialnexa-ctl: --lang: %1\n").arg(languageProblem).toUtf8();
        std::fwrite(err.constData(), 1, size_t(err.size()), stderr);
        return 2;
    }

    const CtlParseResult parsed = CtlOptions::parse(QCoreApplication::arguments());
    if (!parsed.options) {
        const QByteArray out = parsed.out.toUtf8();
        const QByteArray err = parsed.err.toUtf8();
        std::fwrite(out.constData(), 1, size_t(out.size()), stdout);
        std::fwrite(err.constData(), 1, size_t(err.size()), stderr);
        return parsed.exitCode;
    }

    ProfileStore profiles;
    KeychainSecretStore secrets;
    CtlRunner runner(*parsed.options, &profiles, &secrets);
    QObject::connect(
        &runner, &CtlRunner::finished, &app, [](int code) { QCoreApplication::exit(code); },
        Qt::QueuedConnection);
    QMetaObject::invokeMethod(&runner, &CtlRunner::start, Qt::QueuedConnection);
    return QCoreApplication::exec();
}

// dialnexa-console: parses the command line, optionally starts the in-process sandbox, and
// hands the rest to ConsoleApp, the composition root.

#include "ConsoleApp.h"
#include "DialNexaVersion.h"
#include "api/ApiClient.h"
#include "i18n/LanguageLoader.h"
#include "style/DesktopColorScheme.h"
#include "style/StatusStyle.h"

#include "SandboxHost.h"
#include "SandboxOptions.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>
#include <cstring>
#include <initializer_list>
#include <memory>

namespace {

bool hasArgument(int argc, char *argv[], std::initializer_list<const char *> names)
{
    for (int i = 1; i < argc; ++i) {
        for (const char *name : names) {
            if (std::strcmp(argv[i], name) == 0)
                return true;
        }
    }
    return false;
}

// The console's command line, shared by the GUI start and the display-free --help path.
struct CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    QCommandLineParser parser;
    const QCommandLineOption sandboxOpt{
        QStringLiteral("sandbox"),
        tr("Start the built-in simulated DialNexa API and connect to it (no key needed).")};
    const QCommandLineOption sandboxCountOpt{
        QStringLiteral("sandbox-workflows"),
        tr("Number of simulated workflows with --sandbox (default 40)."), QStringLiteral("N"),
        QStringLiteral("40")};
    const QCommandLineOption baseUrlOpt{
        QStringLiteral("base-url"),
        tr("API base URL for this run (default: the profile's, or %1).")
            .arg(QString::fromLatin1(ApiClient::DefaultBaseUrl)),
        QStringLiteral("URL")};
    const QCommandLineOption profileOpt{QStringLiteral("profile"),
                                        tr("Connection profile to use (default: the last used)."),
                                        QStringLiteral("NAME")};
    const QCommandLineOption caFileOpt{
        QStringLiteral("ca-file"),
        tr("PEM file of CA certificates (e.g. your company's) trusted in addition to "
           "the system's, for this run (default: the profile's \"Trusted CA "
           "certificates\")."),
        QStringLiteral("PATH")};
    const QCommandLineOption timeoutOpt{
        QStringLiteral("timeout-ms"),
        tr("Per-request timeout in milliseconds: both the longest silence and the "
           "longest whole request, retries included (default: 15000 and 30000)."),
        QStringLiteral("N")};
    const QCommandLineOption screenshotOpt{
        QStringLiteral("screenshot"),
        tr("After the first successful load, save a PNG of the window to FILE and quit."),
        QStringLiteral("FILE")};
    const QCommandLineOption screenshotDelayOpt{
        QStringLiteral("screenshot-delay-ms"),
        tr("Wait N ms after the first load before the screenshot (default 600)."),
        QStringLiteral("N"), QStringLiteral("600")};
    const QCommandLineOption langOpt{
        QStringLiteral("lang"),
        tr("Language of the console: en, hi or pseudo (default: the system's language)."),
        QStringLiteral("LANG")};
    const QCommandLineOption wallboardShotOpt{
        QStringLiteral("screenshot-wallboard"),
        tr("After the first successful load, save a PNG of the wallboard (1600x900) to FILE "
           "and quit (with or without --screenshot)."),
        QStringLiteral("FILE")};

    CommandLine()
    {
        parser.setApplicationDescription(
            tr("Watch DialNexa workflows and pause or resume them fast during an incident."));
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addOptions({sandboxOpt, sandboxCountOpt, baseUrlOpt, profileOpt, caFileOpt,
                           timeoutOpt, screenshotOpt, screenshotDelayOpt, wallboardShotOpt,
                           langOpt});
    }
};

// Installs --lang's language (or the system's); false after a usage message.
bool installLanguage()
{
    QString problem;
    if (LanguageLoader::install(LanguageLoader::fromArguments(QCoreApplication::arguments()),
                                &problem)
            .isEmpty()) {
        QTextStream(stderr) << "dialnexa-console: --lang: " << problem << '\n';
        return false;
    }
    return true;
}

int runHelpOnly(QCoreApplication &app)
{
    if (!installLanguage())
        return 2;
    CommandLine cli;
    cli.parser.process(app); // prints help or version and exits
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    // --help and --version must work without a display (ssh, CI): answer them from a
    // QCoreApplication before any GUI platform plugin is loaded.
    if (hasArgument(argc, argv, {"-h", "--help", "--help-all", "-v", "--version"})) {
        QCoreApplication core(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("DialNexa Console"));
        QCoreApplication::setApplicationVersion(QStringLiteral(DIALNEXA_VERSION));
        return runHelpOnly(core);
    }
    // A screenshot run needs no screen: fall back to the offscreen platform when there is none.
    if (hasArgument(argc, argv, {"--screenshot", "--screenshot-wallboard"}) &&
        qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY") &&
        qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");

    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("DialNexa"));
    QApplication::setApplicationName(QStringLiteral("DialNexa Console"));
    QApplication::setApplicationDisplayName(QStringLiteral("DialNexa Console"));
    QApplication::setApplicationVersion(QStringLiteral(DIALNEXA_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("com.dialnexa.console"));
    QApplication::setWindowIcon(StatusStyle::appIcon());
    DesktopColorScheme::apply(); // a dark desktop gets a dark console
    if (!installLanguage())
        return 2;

    CommandLine cli;
    QCommandLineParser &parser = cli.parser;
    parser.process(app);

    QTextStream err(stderr);
    ConsoleOptions options;
    options.sandbox = parser.isSet(cli.sandboxOpt);
    options.profileName = parser.value(cli.profileOpt);
    options.caFile = parser.value(cli.caFileOpt);
    options.screenshotPath = parser.value(cli.screenshotOpt);
    options.wallboardScreenshotPath = parser.value(cli.wallboardShotOpt);
    const bool screenshotRun =
        !options.screenshotPath.isEmpty() || !options.wallboardScreenshotPath.isEmpty();
    bool numberOk = true;
    options.screenshotDelayMs = parser.value(cli.screenshotDelayOpt).toInt(&numberOk);
    if (!numberOk || options.screenshotDelayMs < 0) {
        err << "dialnexa-console: "
            << CommandLine::tr("--screenshot-delay-ms needs a non-negative number") << '\n';
        return 2;
    }
    if (parser.isSet(cli.timeoutOpt)) {
        options.timeoutMs = parser.value(cli.timeoutOpt).toInt(&numberOk);
        if (!numberOk || options.timeoutMs <= 0) {
            err << "dialnexa-console: "
                << CommandLine::tr("--timeout-ms needs a positive number of milliseconds") << '\n';
            return 2;
        }
    }
    if (parser.isSet(cli.baseUrlOpt)) {
        const QUrl url = QUrl::fromUserInput(parser.value(cli.baseUrlOpt));
        const QString problem = ApiClient::validateBaseUrl(url);
        if (!problem.isEmpty()) {
            err << "dialnexa-console: --base-url: " << problem << '\n';
            return 2;
        }
        options.baseUrlOverride = url;
    }

    // The simulated server lives beside the console, not inside it: declared first, so it
    // outlives every request the console makes.
    std::unique_ptr<SandboxHost> sandbox;
    if (options.sandbox) {
        SandboxOptions sandboxOptions;
        sandboxOptions.port = 0; // a free loopback port
        sandboxOptions.tickMs = 1000;
        sandboxOptions.workflowCount = parser.value(cli.sandboxCountOpt).toInt(&numberOk);
        if (!numberOk || sandboxOptions.workflowCount < 0) {
            err << "dialnexa-console: "
                << CommandLine::tr("--sandbox-workflows needs a non-negative number") << '\n';
            return 2;
        }
        sandbox = std::make_unique<SandboxHost>();
        if (!sandbox->start(sandboxOptions)) {
            err << "dialnexa-console: "
                << CommandLine::tr("the sandbox could not start listening on loopback") << '\n';
            return 1;
        }
        options.sandboxBaseUrl = sandbox->baseUrl();
        options.sandboxApiKey = sandbox->apiKey(); // memory only
    }

    int exitCode = 0;
    ConsoleApp console(options);
    if (screenshotRun) {
        QObject::connect(&console, &ConsoleApp::screenshotFinished, &app,
                         [&exitCode](bool ok, const QString &message) {
                             QTextStream(ok ? stdout : stderr) << message << '\n';
                             exitCode = ok ? 0 : 1;
                             QCoreApplication::exit(exitCode);
                         });
    }
    console.start();
    const int rc = app.exec();
    return screenshotRun ? exitCode : rc;
}

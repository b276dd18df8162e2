// Linked into every test of the console's code: tests read the English the product shows,
// plural forms included ("1 workflow", not "1 workflow(s)"), because main() of both
// programs installs the English catalogue the same way before anything is shown.

#include "i18n/LanguageLoader.h"

#include <QCoreApplication>

static void installEnglishCatalogue()
{
    LanguageLoader::install(QStringLiteral("en"));
}
Q_COREAPP_STARTUP_FUNCTION(installEnglishCatalogue)

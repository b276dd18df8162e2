#pragma once

#include <QString>
#include <QStringList>

class QTranslator;

// Loads the console's catalogues (embedded as :/i18n/dialnexa_<lang>.qm) into the running
// QCoreApplication. English is always installed first: it carries the plural forms of the
// source strings ("%n workflow(s)" -> "1 workflow"). On top of it comes the chosen
// language, or the pseudo-localisation used to find clipped text.
class LanguageLoader
{
public:
    // The languages that can be chosen: "en", "hi" and "pseudo".
    static QStringList available();

    // Installs `language` ("" = the first of the system's UI languages that has a
    // catalogue, else English), replacing what an earlier call installed. Returns the
    // language now in use; on an unknown name returns an empty string, sets `problem`
    // and leaves English installed.
    static QString install(const QString &language, QString *problem = nullptr);

    // The value of "--lang X" or "--lang=X" in `arguments`, read before the command line
    // parser runs so that --help itself comes out translated; empty when absent.
    static QString fromArguments(const QStringList &arguments);
};

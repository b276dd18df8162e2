#include "style/DesktopColorScheme.h"

#include "style/StatusStyle.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace {

DesktopColorScheme::Scheme fromWord(const QString &word)
{
    const QString w = word.trimmed().toLower();
    if (w == QLatin1String("dark"))
        return DesktopColorScheme::Scheme::Dark;
    if (w == QLatin1String("light"))
        return DesktopColorScheme::Scheme::Light;
    return DesktopColorScheme::Scheme::Unknown;
}

bool isDarkThemeName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    return n.endsWith(QLatin1String(":dark")) || n.endsWith(QLatin1String("-dark"));
}

} // namespace

DesktopColorScheme::Scheme DesktopColorScheme::detect(const QString &configHome)
{
    if (const Scheme s = fromWord(qEnvironmentVariable("DIALNEXA_COLOR_SCHEME"));
        s != Scheme::Unknown)
        return s;
    const QString gtkTheme = qEnvironmentVariable("GTK_THEME");
    if (!gtkTheme.isEmpty())
        return isDarkThemeName(gtkTheme) ? Scheme::Dark : Scheme::Light;

    QString home = configHome;
    if (home.isEmpty())
        home = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
    const QDir config(home);
    for (const char *file : {"gtk-4.0/settings.ini", "gtk-3.0/settings.ini"}) {
        const QString path = config.filePath(QLatin1String(file));
        if (!QFileInfo::exists(path))
            continue;
        const QSettings gtk(path, QSettings::IniFormat);
        const QString prefer =
            gtk.value(QStringLiteral("Settings/gtk-application-prefer-dark-theme")).toString();
        if (prefer == QLatin1String("1") || prefer.toLower() == QLatin1String("true"))
            return Scheme::Dark;
        const QString theme = gtk.value(QStringLiteral("Settings/gtk-theme-name")).toString();
        if (!theme.isEmpty())
            return isDarkThemeName(theme) ? Scheme::Dark : Scheme::Light;
    }
    const QString kde = config.filePath(QStringLiteral("kdeglobals"));
    if (QFileInfo::exists(kde)) {
        const QSettings globals(kde, QSettings::IniFormat);
        // QSettings reads an INI file's [General] keys at the top level.
        const QString scheme = globals.value(QStringLiteral("ColorScheme")).toString();
        if (!scheme.isEmpty())
            return scheme.contains(QLatin1String("dark"), Qt::CaseInsensitive) ? Scheme::Dark
                                                                               : Scheme::Light;
    }
    return Scheme::Unknown;
}

QPalette DesktopColorScheme::darkPalette()
{
    const QColor window(0x2b, 0x2d, 0x30);
    const QColor base(0x1e, 0x1f, 0x22);
    const QColor text(0xee, 0xee, 0xee);
    const QColor disabled(0x8a, 0x8c, 0x90);
    QPalette p;
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2b));
    p.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3c, 0x40));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0xa0, 0xa2, 0xa6));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x35, 0x37, 0x3b));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x65, 0xca));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
    p.setColor(QPalette::LinkVisited, QColor(0xc4, 0xa7, 0xe7));
    p.setColor(QPalette::Light, QColor(0x45, 0x47, 0x4b));
    p.setColor(QPalette::Midlight, QColor(0x3a, 0x3c, 0x40));
    p.setColor(QPalette::Mid, QColor(0x25, 0x26, 0x29));
    p.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    p.setColor(QPalette::Shadow, Qt::black);
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    return p;
}

bool DesktopColorScheme::apply()
{
    if (detect() != Scheme::Dark || StatusStyle::isDark(QApplication::palette()))
        return false;
    QApplication::setPalette(darkPalette());
    return true;
}

#pragma once

#include <QPalette>
#include <QString>

// The desktop's light or dark preference. Qt 6.4 takes its palette from the platform
// theme, and where the theme plugin does not carry the dark setting (GNOME with the Fusion
// style, a plain X session) the console would stay light on a dark desktop. This reads the
// preference where GTK and KDE applications keep it and applies a dark Fusion palette when
// the platform's own palette is light. StatusStyle then picks its dark colours.
class DesktopColorScheme
{
public:
    enum class Scheme { Unknown, Light, Dark };

    // In order: DIALNEXA_COLOR_SCHEME (light or dark), GTK_THEME ("Adwaita:dark"),
    // gtk-4.0/gtk-3.0 settings.ini (gtk-application-prefer-dark-theme, a "-dark" theme
    // name), KDE's kdeglobals (a colour scheme with "Dark" in its name), all under
    // `configHome` (XDG_CONFIG_HOME or ~/.config when empty).
    static Scheme detect(const QString &configHome = QString());

    // A dark Fusion palette whose text keeps at least 4.5:1 contrast on every background.
    static QPalette darkPalette();

    // Applies darkPalette() to the application when detect() says Dark and the current
    // palette is light; true when it did.
    static bool apply();
};

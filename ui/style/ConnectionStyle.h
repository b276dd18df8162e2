#pragma once

#include "monitoring/ConnectionHealth.h"

#include <QColor>
#include <QPalette>
#include <QPixmap>

// Colours for the connection states, taken from StatusStyle's status palette so there is
// still one source of colour: Online = the "active" green, Retrying = the "paused" amber,
// Offline = the "cancelled" red, Signed out = the neutral "draft" grey.
class ConnectionStyle
{
public:
    static QColor color(ConnectionHealth::State state, const QPalette &palette);
    // A filled dot of `diameter` logical pixels.
    static QPixmap dot(const QColor &color, int diameter, qreal devicePixelRatio = 1.0);
};

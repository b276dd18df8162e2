#pragma once

#include "domain/LifecycleAction.h"
#include "domain/WorkflowState.h"
#include "domain/WorkflowStatus.h"

#include <QColor>
#include <QIcon>
#include <QPalette>
#include <QString>

#include <optional>

// The one place status colours, icons and words come from. Colours are chosen for the
// palette in use (light or dark, judged by the lightness of QPalette::Base) so a status
// reads the same on both. Every status is shown by colour AND icon AND text.
class StatusStyle
{
public:
    // True when `palette` is a dark theme.
    static bool isDark(const QPalette &palette);

    // The accent colour of a state on `palette` (text, icon and border of the badge).
    static QColor color(WorkflowState state, const QPalette &palette);
    // The soft fill behind a badge: the accent mixed into the palette's base colour.
    static QColor fill(WorkflowState state, const QPalette &palette);
    // Neutral colours for a row whose action is still waiting for the server.
    static QColor pendingColor(const QPalette &palette);
    static QColor pendingFill(const QPalette &palette);

    // The status icon tinted with color(state, palette).
    static QIcon icon(WorkflowState state, const QPalette &palette);
    static QIcon pendingIcon(const QPalette &palette);
    // A toolbar/action icon (":/icons/pause.svg" …) tinted for `palette`'s window text.
    static QIcon actionIcon(LifecycleAction action, const QPalette &palette);
    static QIcon refreshIcon(const QPalette &palette);
    static QIcon appIcon();

    // The badge text: "Paused", or the server's own word for an unknown status.
    static QString text(const WorkflowStatus &status);
    // The badge text while an action is pending ("Pausing…"), else text(status).
    static QString text(const WorkflowStatus &status, std::optional<LifecycleAction> pending);

    // Resource path of a state's icon (":/icons/active.svg" …).
    static QString iconPath(WorkflowState state);
    // Any monochrome SVG from the resources, recoloured to `color`.
    static QIcon tinted(const QString &svgPath, const QColor &color);

    // Blend `b` into `a` by `t` (0 = a, 1 = b).
    static QColor mix(const QColor &a, const QColor &b, qreal t);
};

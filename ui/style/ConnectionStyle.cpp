#include "style/ConnectionStyle.h"

#include "style/StatusStyle.h"

#include <QPainter>

QColor ConnectionStyle::color(ConnectionHealth::State state, const QPalette &palette)
{
    switch (state) {
    case ConnectionHealth::State::Online:
        return StatusStyle::color(WorkflowState::Active, palette);
    case ConnectionHealth::State::Retrying:
        return StatusStyle::color(WorkflowState::Paused, palette);
    case ConnectionHealth::State::Offline:
        return StatusStyle::color(WorkflowState::Cancelled, palette);
    case ConnectionHealth::State::SignedOut:
        break;
    }
    return StatusStyle::color(WorkflowState::Draft, palette);
}

QPixmap ConnectionStyle::dot(const QColor &color, int diameter, qreal devicePixelRatio)
{
    diameter = qMax(6, diameter);
    QPixmap pm(QSize(diameter, diameter) * devicePixelRatio);
    pm.setDevicePixelRatio(devicePixelRatio);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(color);
    p.drawEllipse(QRectF(0.5, 0.5, diameter - 1.0, diameter - 1.0));
    return pm;
}

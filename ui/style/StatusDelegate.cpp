#include "style/StatusDelegate.h"

#include "style/StatusStyle.h"
#include "workflows/WorkflowListModel.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace {

constexpr int OuterMargin = 6; // cell edge to badge
constexpr int PadX = 8;        // badge edge to content
constexpr int IconGap = 5;

struct BadgeData
{
    WorkflowStatus status;
    std::optional<LifecycleAction> pending;
};

BadgeData badgeData(const QModelIndex &index)
{
    BadgeData d;
    d.status = WorkflowStatus::fromApi(index.data(WorkflowListModel::RawStatusRole).toString());
    const QVariant pending = index.data(WorkflowListModel::PendingActionRole);
    if (pending.isValid() && !pending.isNull())
        d.pending = static_cast<LifecycleAction>(pending.toInt());
    return d;
}

} // namespace

QString StatusDelegate::badgeText(const QModelIndex &index)
{
    const BadgeData d = badgeData(index);
    return StatusStyle::text(d.status, d.pending);
}

QSize StatusDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QFont f = option.font;
    f.setWeight(QFont::DemiBold);
    const QFontMetrics fm(f);
    const int iconSize = qMin(fm.height(), 16);
    const int w =
        OuterMargin * 2 + PadX * 2 + iconSize + IconGap + fm.horizontalAdvance(badgeText(index));
    const int h = fm.height() + 14;
    return {w, h};
}

void StatusDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                           const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    opt.icon = QIcon();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    // Selection/hover background and focus like every other cell.
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const BadgeData d = badgeData(index);
    const QPalette &pal = option.palette;
    const QString text = StatusStyle::text(d.status, d.pending);
    QFont f = option.font;
    f.setWeight(QFont::DemiBold);
    const QFontMetrics fm(f);
    const int iconSize = qMin(fm.height(), 16);
    const int badgeH = fm.height() + 6;

    const QRect cell = option.rect.adjusted(OuterMargin, 0, -OuterMargin, 0);
    const int maxTextW = cell.width() - 2 * PadX - iconSize - IconGap;
    if (maxTextW <= 4)
        return;
    const QString shown = fm.elidedText(text, Qt::ElideRight, maxTextW);
    const int badgeW = 2 * PadX + iconSize + IconGap + fm.horizontalAdvance(shown);
    const QRectF badge(cell.left(), cell.top() + (cell.height() - badgeH) / 2.0, badgeW, badgeH);

    QColor accent, fillColor;
    QIcon icon;
    if (d.pending) {
        accent = StatusStyle::pendingColor(pal);
        fillColor = StatusStyle::pendingFill(pal);
        icon = StatusStyle::pendingIcon(pal);
    } else {
        const WorkflowState state = d.status.state();
        accent = StatusStyle::color(state, pal);
        fillColor = StatusStyle::fill(state, pal);
        icon = StatusStyle::icon(state, pal);
    }

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QPainterPath path;
    const qreal radius = badgeH / 2.0;
    path.addRoundedRect(badge.adjusted(0.5, 0.5, -0.5, -0.5), radius, radius);
    painter->fillPath(path, fillColor);
    if (d.pending) {
        // Hatched and dashed: plainly "not a confirmed status yet".
        QColor hatch = accent;
        hatch.setAlphaF(0.28f);
        painter->fillPath(path, QBrush(hatch, Qt::BDiagPattern));
        QPen pen(accent, 1.0, Qt::DashLine);
        painter->setPen(pen);
    } else {
        QColor border = StatusStyle::mix(fillColor, accent, 0.45);
        painter->setPen(QPen(border, 1.0));
    }
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(path);

    const QRect iconRect(int(badge.left()) + PadX, int(badge.top() + (badgeH - iconSize) / 2.0),
                         iconSize, iconSize);
    icon.paint(painter, iconRect);

    painter->setFont(f);
    painter->setPen(d.pending ? pal.color(QPalette::Text) : accent);
    const QRectF textRect(iconRect.right() + 1 + IconGap, badge.top(),
                          badge.right() - PadX - (iconRect.right() + 1 + IconGap), badgeH);
    painter->drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft, shown);
    painter->restore();
}

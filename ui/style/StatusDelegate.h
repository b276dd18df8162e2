#pragma once

#include <QStyledItemDelegate>

// Paints the Status column as a rounded badge: colour + icon + text from StatusStyle.
// A row whose action is waiting for the server is drawn as a neutral, hatched badge with
// the pending text ("Pausing…"); an unknown status shows the server's own word in the
// neutral "unknown" style. Reads WorkflowListModel's StatusStateRole, RawStatusRole and
// PendingActionRole, so it works through any proxy.
class StatusDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The text the badge of `index` shows (for tests and accessibility).
    static QString badgeText(const QModelIndex &index);
};

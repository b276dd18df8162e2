#pragma once

#include <QCache>
#include <QFont>
#include <QStaticText>
#include <QStyledItemDelegate>

// Paints one-line text cells as QStyledItemDelegate does (the style draws the background,
// selection and focus; the text is elided, aligned and coloured the same way), but lays
// each text out once and reuses it: shaping every cell's text on every paint was most of
// a repaint of the workflow table (issue 13). Cells with an icon, a check box, wrapping or
// a line break are left to QStyledItemDelegate.
class TextCellDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit TextCellDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

    // Laid-out texts kept (a screenful of cells, several times over).
    static constexpr int CachedTexts = 4000;

private:
    struct Key
    {
        QString text;
        QFont font;
        int width;
        int alignment;
        int elideMode;
        Qt::LayoutDirection direction;
        bool operator==(const Key &other) const;
    };
    friend size_t qHash(const Key &key, size_t seed);

    const QStaticText &laidOut(const Key &key) const;

    mutable QCache<Key, QStaticText> m_cache;
};

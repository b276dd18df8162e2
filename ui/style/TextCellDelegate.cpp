#include "style/TextCellDelegate.h"

#include <QApplication>
#include <QFontMetrics>
#include <QPainter>
#include <QStyle>
#include <QTextOption>

namespace {

// Text the style would not draw as one plain line (it turns line breaks into separators
// and wraps on request): left to QStyledItemDelegate.
bool isOneLine(const QString &text)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x20 || u == 0x7f || u == QChar::LineSeparator || u == QChar::ParagraphSeparator)
            return false;
    }
    return true;
}

} // namespace

bool TextCellDelegate::Key::operator==(const Key &other) const
{
    return width == other.width && alignment == other.alignment && elideMode == other.elideMode &&
           direction == other.direction && text == other.text && font == other.font;
}

size_t qHash(const TextCellDelegate::Key &key, size_t seed)
{
    return qHashMulti(seed, key.text, key.font, key.width, key.alignment, key.elideMode,
                      int(key.direction));
}

TextCellDelegate::TextCellDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
    , m_cache(CachedTexts)
{ }

void TextCellDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const auto special = QStyleOptionViewItem::HasDecoration |
                         QStyleOptionViewItem::HasCheckIndicator | QStyleOptionViewItem::WrapText;
    if ((opt.features & special) || (opt.state & QStyle::State_Editing) || !isOneLine(opt.text)) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    const QString text = opt.text;
    // Background, selection and focus as the style draws them for every cell.
    opt.text.clear();
    opt.features &= ~QStyleOptionViewItem::HasDisplay;
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    if (text.isEmpty())
        return;

    // The style's text area: the cell less the focus frame's margin on each side.
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    const QRect area = opt.rect.adjusted(margin, 0, -margin, 0);
    if (area.width() <= 0)
        return;
    const QStaticText &laid = laidOut(Key{text, opt.font, area.width(), int(opt.displayAlignment),
                                          int(opt.textElideMode), opt.direction});
    QPalette::ColorGroup group =
        opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    if (group == QPalette::Normal && !(opt.state & QStyle::State_Active))
        group = QPalette::Inactive;
    // Across the whole area (the layout aligns the line in it), placed vertically as asked.
    const QRect line = QStyle::alignedRect(
        opt.direction, (opt.displayAlignment & Qt::AlignVertical_Mask) | Qt::AlignLeft,
        QSize(area.width(), int(laid.size().height())), area);
    painter->save();
    painter->setClipRect(opt.rect);
    painter->setFont(opt.font);
    painter->setPen(opt.palette.color(
        group, opt.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text));
    painter->drawStaticText(line.topLeft(), laid);
    painter->restore();
}

const QStaticText &TextCellDelegate::laidOut(const Key &key) const
{
    if (const QStaticText *cached = m_cache.object(key))
        return *cached;
    const QFontMetrics metrics(key.font);
    auto *laid =
        new QStaticText(metrics.elidedText(key.text, Qt::TextElideMode(key.elideMode), key.width));
    laid->setTextFormat(Qt::PlainText);
    laid->setTextWidth(key.width);
    QTextOption textOption;
    textOption.setWrapMode(QTextOption::ManualWrap);
    textOption.setTextDirection(key.direction);
    textOption.setAlignment(QStyle::visualAlignment(key.direction, Qt::Alignment(key.alignment)) &
                            Qt::AlignHorizontal_Mask);
    laid->setTextOption(textOption);
    laid->prepare(QTransform(), key.font);
    m_cache.insert(key, laid);
    return *laid;
}

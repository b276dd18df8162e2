#include "style/ElidedLabel.h"

#include "style/PlainText.h"

#include <QPainter>
#include <QStyle>
#include <QTextLayout>

ElidedLabel::ElidedLabel(QWidget *parent)
    : QLabel(parent)
{
    setTextFormat(Qt::PlainText);
    setWordWrap(false);
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
}

void ElidedLabel::setFullText(const QString &text)
{
    setText(text);
    setToolTip(PlainText::toolTip(text));
    setAccessibleName(text);
    updateGeometry();
    update();
}

void ElidedLabel::setMaxLines(int lines)
{
    m_maxLines = qMax(1, lines);
    updateGeometry();
}

QString ElidedLabel::visible(const QString &text)
{
    QString out = text;
    for (QChar &c : out) {
        const char16_t u = c.unicode();
        if (u < 0x20)
            c = QChar(char16_t(0x2400 + u)); // ␀ … ␟
        else if (u == 0x7f)
            c = QChar(char16_t(0x2421)); // ␡
        else if (c.category() == QChar::Other_Format || u == 0x2028 || u == 0x2029)
            c = QChar(char16_t(0xfffd)); // bidi overrides and the like would reorder the rest
    }
    return out;
}

QStringList ElidedLabel::linesFor(int width) const
{
    const QString text = visible(this->text());
    const QFontMetrics fm(font());
    if (width <= 0 || text.isEmpty())
        return {text};
    if (fm.horizontalAdvance(text) <= width)
        return {text};
    if (m_maxLines > 1) {
        QTextLayout layout(text, font());
        QTextOption option;
        option.setWrapMode(QTextOption::WordWrap); // at spaces only: a long token elides
        layout.setTextOption(option);
        layout.beginLayout();
        QStringList lines;
        bool fits = true;
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(width);
            if (line.naturalTextWidth() > width || lines.size() == m_maxLines) {
                fits = false;
                break;
            }
            lines << text.mid(line.textStart(), line.textLength()).trimmed();
        }
        layout.endLayout();
        if (fits && !lines.isEmpty())
            return lines;
    }
    return {fm.elidedText(text, Qt::ElideMiddle, width)};
}

QString ElidedLabel::shownText() const
{
    return linesFor(contentsRect().width()).join(QLatin1Char('\n'));
}

bool ElidedLabel::isElided() const
{
    return shownText().contains(QChar(0x2026)) && !visible(text()).contains(QChar(0x2026));
}

QSize ElidedLabel::sizeHint() const
{
    // Never the text's width: a long name must not push the layout around.
    const QFontMetrics fm(font());
    const QMargins m = contentsMargins();
    return {fm.horizontalAdvance(QLatin1Char('M')) * 16 + m.left() + m.right(),
            fm.height() + m.top() + m.bottom()};
}

QSize ElidedLabel::minimumSizeHint() const
{
    const QFontMetrics fm(font());
    const QMargins m = contentsMargins();
    return {fm.horizontalAdvance(QLatin1Char('M')) * 3 + m.left() + m.right(),
            fm.height() + m.top() + m.bottom()};
}

int ElidedLabel::heightForWidth(int width) const
{
    const QMargins m = contentsMargins();
    const QFontMetrics fm(font());
    const int lines = int(linesFor(width - m.left() - m.right()).size());
    return lines * fm.lineSpacing() - fm.leading() + m.top() + m.bottom();
}

void ElidedLabel::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QRect r = contentsRect();
    const QFontMetrics fm(font());
    int y = r.top();
    for (const QString &line : linesFor(r.width())) {
        style()->drawItemText(&painter, QRect(r.left(), y, r.width(), fm.height()),
                              int(alignment() & Qt::AlignHorizontal_Mask) | Qt::AlignTop, palette(),
                              isEnabled(), line, foregroundRole());
        y += fm.lineSpacing();
    }
}

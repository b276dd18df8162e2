#include "style/PlainText.h"

#include <QAbstractItemView>
#include <QHelpEvent>
#include <QLabel>
#include <QMessageBox>
#include <QTextDocument>
#include <QToolTip>

namespace {

// Answers the viewport's tooltip events before the view does, with the escaped text.
class LiteralToolTips : public QObject
{
public:
    explicit LiteralToolTips(QAbstractItemView *view)
        : QObject(view)
        , m_view(view)
    { }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::ToolTip || watched != m_view->viewport())
            return false;
        const auto *help = static_cast<QHelpEvent *>(event);
        const QModelIndex index = m_view->indexAt(help->pos());
        const QString tip = index.isValid() ? index.data(Qt::ToolTipRole).toString() : QString();
        if (tip.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), PlainText::toolTip(tip), m_view->viewport(),
                               m_view->visualRect(index));
        return true;
    }

private:
    QAbstractItemView *m_view;
};

} // namespace

void PlainText::apply(QMessageBox *box)
{
    box->setTextFormat(Qt::PlainText);
    const auto labels = box->findChildren<QLabel *>(QStringLiteral("qt_msgbox_informativelabel"));
    for (QLabel *label : labels) {
        label->setTextFormat(Qt::PlainText);
        label->setOpenExternalLinks(false);
    }
}

QString PlainText::toolTip(const QString &text)
{
    return text.isEmpty() ? QString() : Qt::convertFromPlainText(text, Qt::WhiteSpaceNormal);
}

void PlainText::showToolTipsLiterally(QAbstractItemView *view)
{
    view->viewport()->installEventFilter(new LiteralToolTips(view));
}

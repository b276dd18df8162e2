#include "style/PlainText.h"

#include <QLabel>
#include <QMessageBox>
#include <QTextDocument>

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

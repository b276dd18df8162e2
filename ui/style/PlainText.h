#pragma once

#include <QString>

class QAbstractItemView;
class QMessageBox;

// Text from the server is data: it is shown literally, never read as rich text (a workflow
// named `<a href=…>` must not become a link, `<span style=…>` must not hide words).
// QLabel, QMessageBox and tooltips guess rich text by default; these close the gaps that
// setTextFormat(Qt::PlainText) on one label does not.
class PlainText
{
public:
    // Text and informative text of `box` as plain text. Call it after setInformativeText():
    // Qt 6.4's QMessageBox::setTextFormat() leaves the informative label guessing rich text
    // (with external links enabled).
    static void apply(QMessageBox *box);
    // A tooltip that shows `text` literally (tooltips have no text format of their own).
    static QString toolTip(const QString &text);
    // The view shows its model's Qt::ToolTipRole literally (core models hold server text and
    // know nothing of rich text).
    static void showToolTipsLiterally(QAbstractItemView *view);
};

#pragma once

#include <QLabel>

// A label for text of any length and content, such as a workflow name: it wraps at spaces
// when that fits in `maxLines` lines, and otherwise shows one line elided in the middle
// ("Delivery Slot Confi…ngaluru North"), with the whole text in the tooltip. Its size
// hints never depend on the text's width, so a 170-character name cannot widen a pane or
// the window. Always plain text; control characters are drawn as visible symbols (␊).
class ElidedLabel : public QLabel
{
    Q_OBJECT
public:
    explicit ElidedLabel(QWidget *parent = nullptr);

    // Replaces the text and the tooltip (the full text, shown literally).
    void setFullText(const QString &text);
    void setMaxLines(int lines);
    // What is drawn at the current width, lines joined by '\n' (for tests and accessibility).
    QString shownText() const;
    bool isElided() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

    // `text` with control characters replaced by their visible symbols.
    static QString visible(const QString &text);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    // The lines drawn at `width`: wrapped when they fit, else one middle-elided line.
    QStringList linesFor(int width) const;

    int m_maxLines = 1;
};

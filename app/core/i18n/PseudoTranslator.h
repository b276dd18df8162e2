#pragma once

#include <QTranslator>

// Pseudo-localisation for layout testing (`--lang pseudo`): every translated string comes
// back wrapped in [ ], with accented letters and about 40 % longer, so a label that clips,
// a string that never went through tr() and a layout that cannot grow are all visible in
// an English build. Placeholders (%1, %n, %L1), mnemonics (&F), HTML tags and entities
// are kept intact so the result still works.
class PseudoTranslator : public QTranslator
{
    Q_OBJECT
public:
    // `base` (optional, not owned) supplies the English plural forms before the text is
    // transformed, so "%n workflow(s)" reads "%n workflow" for one.
    explicit PseudoTranslator(const QTranslator *base = nullptr, QObject *parent = nullptr);

    QString translate(const char *context, const char *sourceText,
                      const char *disambiguation = nullptr, int n = -1) const override;
    bool isEmpty() const override;

    // The transformation itself, for any English text.
    static QString pseudo(const QString &text);

private:
    const QTranslator *m_base;
};

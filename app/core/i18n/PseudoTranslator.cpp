#include "i18n/PseudoTranslator.h"

namespace {

QChar accented(QChar c)
{
    static const QString plain = QStringLiteral("aceinouyAEINOUCY");
    static const QString marked = QStringLiteral("áçéîñöüýÅÉÎÑÖÜÇÝ");
    const qsizetype i = plain.indexOf(c);
    return i < 0 ? c : marked.at(i);
}

// Length of a token that must survive unchanged at `i`, or 0.
qsizetype keptToken(const QString &s, qsizetype i)
{
    const QChar c = s.at(i);
    const qsizetype n = s.size();
    if (c == QLatin1Char('%') && i + 1 < n) {
        qsizetype j = i + 1;
        if (s.at(j) == QLatin1Char('L'))
            ++j;
        if (j < n && s.at(j) == QLatin1Char('n'))
            return j + 1 - i;
        qsizetype k = j;
        while (k < n && s.at(k).isDigit())
            ++k;
        return k > j ? k - i : 0;
    }
    if (c == QLatin1Char('&') && i + 1 < n) {
        const qsizetype semi = s.indexOf(QLatin1Char(';'), i);
        if (semi > i && semi - i <= 8 && !s.mid(i + 1, semi - i - 1).contains(QLatin1Char(' ')))
            return semi + 1 - i; // an entity such as &amp;
        return 2;                // a mnemonic: &P stays &P
    }
    if (c == QLatin1Char('<')) {
        const qsizetype close = s.indexOf(QLatin1Char('>'), i);
        if (close > i && (i + 1 < n && (s.at(i + 1).isLetter() || s.at(i + 1) == QLatin1Char('/'))))
            return close + 1 - i;
    }
    return 0;
}

} // namespace

PseudoTranslator::PseudoTranslator(const QTranslator *base, QObject *parent)
    : QTranslator(parent)
    , m_base(base)
{ }

QString PseudoTranslator::translate(const char *context, const char *sourceText,
                                    const char *disambiguation, int n) const
{
    if (!sourceText || !*sourceText)
        return {};
    QString english;
    if (m_base)
        english = m_base->translate(context, sourceText, disambiguation, n);
    if (english.isEmpty())
        english = QString::fromUtf8(sourceText);
    return pseudo(english);
}

bool PseudoTranslator::isEmpty() const
{
    return false;
}

QString PseudoTranslator::pseudo(const QString &text)
{
    QString out;
    out.reserve(text.size() * 2 + 4);
    out += QLatin1Char('[');
    qsizetype letters = 0;
    for (qsizetype i = 0; i < text.size();) {
        const qsizetype kept = keptToken(text, i);
        if (kept > 0) {
            out += text.mid(i, kept);
            i += kept;
            continue;
        }
        const QChar c = text.at(i);
        if (c.isLetter())
            ++letters;
        out += accented(c);
        ++i;
    }
    // About 40 % more characters, as German or Hindi often need.
    const qsizetype pad = (letters * 2 + 4) / 5;
    if (pad > 0) {
        out += QLatin1Char(' ');
        for (qsizetype k = 0; k < pad; ++k)
            out += QChar(0x00b7); // ·
    }
    out += QLatin1Char(']');
    return out;
}

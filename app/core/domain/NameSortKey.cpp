#include "domain/NameSortKey.h"

#include <QCollator>
#include <QLocale>

namespace {

// Numeric mode stays off: Qt ignores it for the C locale, so the order would depend on the
// environment. One per thread: QCollator is not safe to share across threads.
const QCollator &collator()
{
    thread_local const QCollator instance = [] {
        QCollator c;
        c.setCaseSensitivity(Qt::CaseInsensitive);
        return c;
    }();
    return instance;
}

bool isCLocale(const QCollator &c)
{
    return c.locale().language() == QLocale::C;
}

// toCaseFolded() looks every character up in Unicode's tables. Most names are ASCII, where
// folding is A-Z to a-z and nothing else: a few times cheaper for the 10,000 keys of a
// first load (issue 13). Anything else still goes to Unicode's folding.
QString caseFolded(const QString &name)
{
    bool hasUpper = false;
    for (const QChar c : name) {
        if (c.unicode() >= 0x80)
            return name.toCaseFolded();
        hasUpper = hasUpper || (c >= u'A' && c <= u'Z');
    }
    if (!hasUpper)
        return name; // shared, not copied
    QString folded(name.size(), Qt::Uninitialized);
    char16_t *out = reinterpret_cast<char16_t *>(folded.data());
    for (const QChar c : name)
        *out++ = c >= u'A' && c <= u'Z' ? char16_t(c.unicode() + (u'a' - u'A')) : c.unicode();
    return folded;
}

int sign(int value)
{
    return value < 0 ? -1 : (value > 0 ? 1 : 0);
}

} // namespace

NameSortKey NameSortKey::of(const QString &name)
{
    auto data = std::make_shared<Data>();
    data->name = name;
    const QCollator &c = collator();
    if (isCLocale(c))
        data->folded = caseFolded(name);
    else
        data->collated = c.sortKey(name);
    NameSortKey key;
    key.m_d = std::move(data);
    return key;
}

int NameSortKey::compare(const QString &a, const QString &b)
{
    return sign(collator().compare(a, b));
}

int NameSortKey::compare(const NameSortKey &other) const
{
    return flat().compare(other.flat());
}

NameSortKey::Flat NameSortKey::flat() const
{
    Flat f;
    if (m_d->collated)
        f.m_collated = &*m_d->collated;
    else
        f.m_folded = m_d->folded;
    return f;
}

int NameSortKey::Flat::compare(const Flat &other) const
{
    if (m_collated)
        return sign(m_collated->compare(*other.m_collated));
    return sign(m_folded.compare(other.m_folded, Qt::CaseSensitive));
}

#pragma once

#include <QCollatorSortKey>
#include <QString>

#include <memory>
#include <optional>

// The console's order for names (locale-aware, case-insensitive), as a key made once per
// name: comparing two keys is a byte comparison, where collating the two strings again on
// every comparison dominated sorting 10,000 workflows (issue 13). Keys are made where a
// record is decoded (on the thread pool); compare(a, b) is the same order without keys.
// A key is one shared pointer: a workflow record copied on every poll stays cheap to copy.
class NameSortKey
{
public:
    NameSortKey() = default; // null: no key made (compare the names instead)
    // The key of `name` with this thread's collator for the default locale.
    static NameSortKey of(const QString &name);
    // <0, 0, >0 like QCollator::compare, from the names themselves.
    static int compare(const QString &a, const QString &b);

    bool isNull() const { return !m_d; }
    // Made from `name`: a record whose name was edited after decoding is never sorted by
    // the old name's key (the text is shared, not copied, so this costs a comparison).
    bool isKeyOf(const QString &name) const
    {
        // QString's == compares the characters even when both share them.
        return m_d && m_d->name.size() == name.size() &&
               (m_d->name.constData() == name.constData() || m_d->name == name);
    }
    // Both made, and made alike (the default locale did not change in between).
    bool canCompareWith(const NameSortKey &other) const
    {
        return m_d && other.m_d && m_d->collated.has_value() == other.m_d->collated.has_value();
    }
    // <0, 0, >0; only when canCompareWith(other).
    int compare(const NameSortKey &other) const;

    // The key's text or bytes by plain pointer, for one sort of many rows while the keys
    // stay alive and unchanged: a comparison reads the two keys and nothing around them.
    class Flat
    {
    public:
        bool isCollated() const { return m_collated != nullptr; }
        // As NameSortKey::compare; only when both are collated or neither is.
        int compare(const Flat &other) const;

    private:
        friend class NameSortKey;
        const QCollatorSortKey *m_collated = nullptr;
        QStringView m_folded;
    };
    Flat flat() const; // only when !isNull()

private:
    struct Data
    {
        QString name;
        // ICU's key for a real locale. The C locale collates by case-folded UTF-16 instead,
        // and QCollator's key for it would keep the case: there the folded text is the key.
        std::optional<QCollatorSortKey> collated;
        QString folded;
    };
    std::shared_ptr<const Data> m_d;
};

#include "incidents/PauseWindowRepeat.h"

#include <QLocale>
#include <QStringList>

#include <algorithm>

namespace {
const char *const kDayWords[] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
}

bool PauseWindowRepeat::includes(int dayOfWeek) const
{
    switch (kind) {
    case Kind::None:
        return true;
    case Kind::Daily:
        return true;
    case Kind::Weekdays:
        return days.contains(dayOfWeek);
    }
    return false;
}

QString PauseWindowRepeat::toString() const
{
    switch (kind) {
    case Kind::None:
        return QStringLiteral("none");
    case Kind::Daily:
        return QStringLiteral("daily");
    case Kind::Weekdays: {
        QStringList words;
        for (int d : days)
            words.append(QLatin1String(kDayWords[d - 1]));
        return QStringLiteral("weekdays:") + words.join(QLatin1Char(','));
    }
    }
    return QString();
}

std::optional<PauseWindowRepeat> PauseWindowRepeat::parse(const QString &text)
{
    const QString t = text.trimmed().toLower();
    PauseWindowRepeat r;
    if (t.isEmpty() || t == QLatin1String("none"))
        return r;
    if (t == QLatin1String("daily")) {
        r.kind = Kind::Daily;
        return r;
    }
    if (!t.startsWith(QLatin1String("weekdays:")))
        return std::nullopt;
    r.kind = Kind::Weekdays;
    const QStringList words = t.mid(9).split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &word : words) {
        const auto *found =
            std::find_if(std::begin(kDayWords), std::end(kDayWords),
                         [&](const char *w) { return word.trimmed() == QLatin1String(w); });
        if (found == std::end(kDayWords))
            return std::nullopt;
        const int day = int(found - std::begin(kDayWords)) + 1;
        if (!r.days.contains(day))
            r.days.append(day);
    }
    if (r.days.isEmpty())
        return std::nullopt;
    std::sort(r.days.begin(), r.days.end());
    return r;
}

QString PauseWindowRepeat::displayText() const
{
    switch (kind) {
    case Kind::None:
        return QStringLiteral("once");
    case Kind::Daily:
        return QStringLiteral("daily");
    case Kind::Weekdays: {
        QStringList names;
        const QLocale c = QLocale::c();
        for (int d : days)
            names.append(c.dayName(d, QLocale::ShortFormat));
        return names.join(QStringLiteral(", "));
    }
    }
    return QString();
}

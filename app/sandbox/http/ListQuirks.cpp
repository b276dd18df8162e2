#include "http/ListQuirks.h"

#include <QSet>

#include <cmath>

QJsonObject ListQuirks::toJson() const
{
    QJsonObject o{{QStringLiteral("ignore_page"), ignorePage},
                  {QStringLiteral("omit_meta"), omitMeta}};
    if (totalPages >= 0)
        o.insert(QStringLiteral("total_pages"), totalPages);
    return o;
}

QString ListQuirks::parse(const QJsonObject &in, ListQuirks *out)
{
    static const QSet<QString> known = {QStringLiteral("ignore_page"), QStringLiteral("omit_meta"),
                                        QStringLiteral("total_pages")};
    for (auto it = in.begin(); it != in.end(); ++it) {
        if (!known.contains(it.key()))
            return QStringLiteral("unknown list quirk '%1' (known: ignore_page, omit_meta, "
                                  "total_pages)")
                .arg(it.key());
    }
    ListQuirks q;
    const QJsonValue ignore = in.value(QStringLiteral("ignore_page"));
    const QJsonValue omit = in.value(QStringLiteral("omit_meta"));
    const QJsonValue pages = in.value(QStringLiteral("total_pages"));
    if (!ignore.isUndefined() && !ignore.isBool())
        return QStringLiteral("ignore_page must be a boolean");
    if (!omit.isUndefined() && !omit.isBool())
        return QStringLiteral("omit_meta must be a boolean");
    if (!pages.isUndefined() && !pages.isNull()) {
        const double d = pages.toDouble(-1);
        if (!pages.isDouble() || d < 0 || d > 9.0e15 || std::floor(d) != d)
            return QStringLiteral("total_pages must be a whole number not less than 0");
        q.totalPages = qint64(d);
    }
    q.ignorePage = ignore.toBool(false);
    q.omitMeta = omit.toBool(false);
    *out = q;
    return QString();
}

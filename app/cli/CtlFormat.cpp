#include "CtlFormat.h"

#include <QCoreApplication>

#include <QJsonValue>
#include <QStringList>

#include <algorithm>
#include <array>

namespace {
QJsonValue timestamp(const QDateTime &dt)
{
    if (!dt.isValid())
        return QJsonValue(QJsonValue::Null);
    return dt.toUTC().toString(Qt::ISODateWithMs);
}

QString text(const QDateTime &dt)
{
    return dt.isValid() ? dt.toUTC().toString(Qt::ISODateWithMs) : QStringLiteral("-");
}

QString count(const std::optional<int> &n)
{
    return n ? QString::number(*n) : QStringLiteral("-");
}

bool isControl(char16_t u)
{
    return u < 0x20 || u == 0x7f || (u >= 0x80 && u <= 0x9f);
}

QString escaped(const QString &text, bool keepNewlines)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (!isControl(u) || (keepNewlines && u == u'\n'))
            out += c;
        else if (u == 0x1b)
            out += QStringLiteral("\\e");
        else if (u < 0x80)
            out += QStringLiteral("\\x%1").arg(int(u), 2, 16, QLatin1Char('0'));
        else
            out += QStringLiteral("\\u%1").arg(int(u), 4, 16, QLatin1Char('0'));
    }
    return out;
}

// One line per field, so server text cannot break the table or forge a line.
QString oneLine(const QString &s)
{
    return CtlFormat::visible(s);
}
} // namespace

QString CtlFormat::visible(const QString &serverText)
{
    return escaped(serverText, false);
}

QString CtlFormat::terminalSafe(const QString &text)
{
    return escaped(text, true);
}

QString CtlFormat::statusWord(const WorkflowStatus &status)
{
    if (status.state() == WorkflowState::Unknown)
        return status.raw().isEmpty() ? QStringLiteral("unknown") : status.raw();
    return WorkflowStatus::apiName(status.state());
}

QJsonObject CtlFormat::toJson(const Workflow &w)
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), w.id);
    o.insert(QStringLiteral("name"), w.name);
    o.insert(QStringLiteral("status"), statusWord(w.status));
    o.insert(QStringLiteral("raw_status"), w.status.raw());
    if (!w.description.isEmpty())
        o.insert(QStringLiteral("description"), w.description);
    if (!w.organizationId.isEmpty())
        o.insert(QStringLiteral("organization_id"), w.organizationId);
    if (w.nodeCount)
        o.insert(QStringLiteral("node_count"), *w.nodeCount);
    if (w.edgeCount)
        o.insert(QStringLiteral("edge_count"), *w.edgeCount);
    if (w.enrolledLeads)
        o.insert(QStringLiteral("enrolled_leads"), *w.enrolledLeads);
    o.insert(QStringLiteral("created_at"), timestamp(w.createdAt));
    o.insert(QStringLiteral("updated_at"), timestamp(w.updatedAt));
    return o;
}

QString CtlFormat::table(const QList<Workflow> &workflows)
{
    QList<std::array<QString, 4>> rows;
    rows.append({QStringLiteral("ID"), QStringLiteral("STATUS"), QStringLiteral("NAME"),
                 QStringLiteral("LEADS")});
    for (const Workflow &w : workflows)
        rows.append({oneLine(w.id), statusWord(w.status), oneLine(w.name), count(w.enrolledLeads)});

    std::array<qsizetype, 3> widths{0, 0, 0};
    for (const auto &row : rows) {
        for (size_t c = 0; c < widths.size(); ++c)
            widths[c] = std::max(widths[c], row[c].size());
    }
    QString out;
    for (const auto &row : rows) {
        QString line;
        for (size_t c = 0; c < widths.size(); ++c)
            line += row[c].leftJustified(widths[c]) + QStringLiteral("  ");
        line += row[3];
        out += line + QLatin1Char('\n');
    }
    return out;
}

QString CtlFormat::details(const Workflow &w)
{
    QStringList lines;
    lines << QStringLiteral("ID:           %1").arg(w.id)
          << QStringLiteral("Name:         %1").arg(oneLine(w.name))
          << QStringLiteral("Status:       %1").arg(statusWord(w.status));
    if (w.status.raw() != statusWord(w.status))
        lines << QStringLiteral("Raw status:   %1").arg(w.status.raw());
    if (!w.description.isEmpty())
        lines << QStringLiteral("Description:  %1").arg(oneLine(w.description));
    if (!w.organizationId.isEmpty())
        lines << QStringLiteral("Organization: %1").arg(w.organizationId);
    lines << QStringLiteral("Nodes:        %1").arg(count(w.nodeCount))
          << QStringLiteral("Edges:        %1").arg(count(w.edgeCount))
          << QStringLiteral("Leads:        %1").arg(count(w.enrolledLeads))
          << QStringLiteral("Created:      %1").arg(text(w.createdAt))
          << QStringLiteral("Updated:      %1").arg(text(w.updatedAt));
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QString CtlFormat::unreadableRows(int rows)
{
    // No translation catalogue is loaded, so no %n plurals.
    return rows == 1
               ? QCoreApplication::translate("CtlFormat",
                                             "dialnexa-ctl: 1 workflow row could not be "
                                             "read (no usable id or status) and is left out.")
               : QCoreApplication::translate("CtlFormat",
                                             "dialnexa-ctl: %1 workflow rows could not be "
                                             "read (no usable id or status) and are left out.")
                     .arg(rows);
}

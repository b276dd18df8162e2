#include "domain/Lead.h"

bool Lead::isTerminalStatus(const QString &status)
{
    // Gap 16: the union of both vocabularies; failed/dropped terminal by inference.
    static const QStringList terminal = {QStringLiteral("completed"), QStringLiteral("dropped"),
                                         QStringLiteral("removed"), QStringLiteral("failed")};
    return terminal.contains(status.toLower());
}

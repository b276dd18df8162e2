#include "incidents/PauseWindow.h"

bool PauseWindow::covers(const Workflow &workflow) const
{
    if (!workflowIds.isEmpty() && !workflowIds.contains(workflow.id))
        return false;
    if (!search.isEmpty() && !workflow.name.contains(search, Qt::CaseInsensitive) &&
        !workflow.id.contains(search, Qt::CaseInsensitive))
        return false;
    if (!statusFilter.isEmpty() && workflow.status != WorkflowStatus::fromApi(statusFilter))
        return false;
    return true;
}

QString PauseWindow::scopeText() const
{
    QStringList parts;
    if (!workflowIds.isEmpty())
        parts.append(workflowIds.size() == 1
                         ? QStringLiteral("1 selected workflow")
                         : QStringLiteral("%1 selected workflows").arg(workflowIds.size()));
    if (!search.isEmpty())
        parts.append(QStringLiteral("search “%1”").arg(search));
    if (!statusFilter.isEmpty())
        parts.append(QStringLiteral("status %1").arg(statusFilter));
    return parts.isEmpty() ? QStringLiteral("every active workflow")
                           : parts.join(QStringLiteral(", "));
}

QString PauseWindow::stateName(State state)
{
    switch (state) {
    case State::Planned:
        return QStringLiteral("planned");
    case State::Running:
        return QStringLiteral("running");
    case State::Ended:
        return QStringLiteral("ended");
    case State::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QString();
}

PauseWindow::State PauseWindow::stateFromName(const QString &name)
{
    if (name == QLatin1String("running"))
        return State::Running;
    if (name == QLatin1String("ended"))
        return State::Ended;
    if (name == QLatin1String("cancelled"))
        return State::Cancelled;
    return State::Planned;
}

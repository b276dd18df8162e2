#include "domain/WorkflowStatus.h"

#include <QCoreApplication>

WorkflowStatus WorkflowStatus::fromApi(const QString &raw)
{
    WorkflowStatus status;
    status.m_raw = raw;
    const QString word = raw.trimmed().toLower();
    if (word == QLatin1String("draft"))
        status.m_state = WorkflowState::Draft;
    else if (word == QLatin1String("active") || word == QLatin1String("running"))
        status.m_state = WorkflowState::Active; // "running" is the documented legacy alias
    else if (word == QLatin1String("paused"))
        status.m_state = WorkflowState::Paused;
    else if (word == QLatin1String("completed"))
        status.m_state = WorkflowState::Completed;
    else if (word == QLatin1String("cancelled") || word == QLatin1String("canceled"))
        status.m_state = WorkflowState::Cancelled;
    else
        status.m_state = WorkflowState::Unknown;
    return status;
}

WorkflowStatus WorkflowStatus::fromState(WorkflowState state)
{
    return fromApi(apiName(state));
}

QString WorkflowStatus::apiName(WorkflowState state)
{
    switch (state) {
    case WorkflowState::Draft:
        return QStringLiteral("draft");
    case WorkflowState::Active:
        return QStringLiteral("active");
    case WorkflowState::Paused:
        return QStringLiteral("paused");
    case WorkflowState::Completed:
        return QStringLiteral("completed");
    case WorkflowState::Cancelled:
        return QStringLiteral("cancelled");
    case WorkflowState::Unknown:
        break;
    }
    return QString();
}

QString WorkflowStatus::displayText(WorkflowState state)
{
    switch (state) {
    case WorkflowState::Draft:
        return QCoreApplication::translate("WorkflowStatus", "Draft");
    case WorkflowState::Active:
        return QCoreApplication::translate("WorkflowStatus", "Active");
    case WorkflowState::Paused:
        return QCoreApplication::translate("WorkflowStatus", "Paused");
    case WorkflowState::Completed:
        return QCoreApplication::translate("WorkflowStatus", "Completed");
    case WorkflowState::Cancelled:
        return QCoreApplication::translate("WorkflowStatus", "Cancelled");
    case WorkflowState::Unknown:
        break;
    }
    return QCoreApplication::translate("WorkflowStatus", "Unknown");
}

QString WorkflowStatus::displayText() const
{
    if (m_state == WorkflowState::Unknown)
        return m_raw.isEmpty() ? displayText(WorkflowState::Unknown) : m_raw;
    return displayText(m_state);
}

bool WorkflowStatus::isTerminal() const
{
    return m_state == WorkflowState::Completed || m_state == WorkflowState::Cancelled;
}

bool WorkflowStatus::canCancel() const
{
    return m_state == WorkflowState::Draft || m_state == WorkflowState::Active ||
           m_state == WorkflowState::Paused;
}

bool WorkflowStatus::operator==(const WorkflowStatus &other) const
{
    if (m_state != other.m_state)
        return false;
    if (m_state == WorkflowState::Unknown)
        return m_raw == other.m_raw;
    return true;
}

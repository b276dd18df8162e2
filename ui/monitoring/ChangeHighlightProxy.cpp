#include "monitoring/ChangeHighlightProxy.h"

#include "monitoring/ChangeTracker.h"
#include "style/StatusStyle.h"
#include "workflows/WorkflowListModel.h"

#include <QDateTime>
#include <QGuiApplication>

ChangeHighlightProxy::ChangeHighlightProxy(QObject *parent)
    : WorkflowFilterProxy(parent)
{ }

void ChangeHighlightProxy::setChangeTracker(ChangeTracker *tracker)
{
    if (m_connection)
        disconnect(m_connection);
    m_tracker = tracker;
    if (tracker)
        m_connection = connect(tracker, &ChangeTracker::highlightChanged, this,
                               &ChangeHighlightProxy::onHighlightChanged);
}

bool ChangeHighlightProxy::isRecentlyChanged(const QString &workflowId) const
{
    return m_tracker && m_tracker->isHighlighted(workflowId, QDateTime::currentDateTimeUtc());
}

QVariant ChangeHighlightProxy::data(const QModelIndex &index, int role) const
{
    if (role == RecentlyChangedRole || (role == Qt::BackgroundRole && m_tracker)) {
        const bool changed =
            index.isValid() &&
            isRecentlyChanged(index.data(WorkflowListModel::WorkflowIdRole).toString());
        if (role == RecentlyChangedRole)
            return changed;
        if (changed) {
            const QPalette pal = QGuiApplication::palette();
            return StatusStyle::mix(pal.color(QPalette::Base), pal.color(QPalette::Highlight),
                                    StatusStyle::isDark(pal) ? 0.30 : 0.16);
        }
    }
    return WorkflowFilterProxy::data(index, role);
}

void ChangeHighlightProxy::onHighlightChanged(const QString &workflowId)
{
    auto *model = qobject_cast<WorkflowListModel *>(sourceModel());
    if (!model)
        return;
    const int sourceRow = model->rowOf(workflowId);
    if (sourceRow < 0)
        return;
    const QModelIndex first = mapFromSource(model->index(sourceRow, 0));
    if (!first.isValid())
        return; // filtered out: nothing on screen to repaint
    Q_EMIT dataChanged(first, index(first.row(), columnCount() - 1),
                       {Qt::BackgroundRole, RecentlyChangedRole});
}

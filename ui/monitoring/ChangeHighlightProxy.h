#pragma once

#include "workflows/WorkflowFilterProxy.h"

#include <QPointer>

#include "monitoring/ChangeTracker.h"

// The console's workflow proxy (search, status filter, typed sort from WorkflowFilterProxy)
// plus change awareness for the view: a row whose status changed recently (ChangeTracker,
// ~10 s) answers RecentlyChangedRole = true and a soft background tint (Qt::BackgroundRole,
// from StatusStyle), so every delegate — the status badge included — paints it. When a
// highlight starts or ends, the row repaints through dataChanged (no re-sort, no reset).
class ChangeHighlightProxy : public WorkflowFilterProxy
{
    Q_OBJECT
public:
    enum Role { RecentlyChangedRole = Qt::UserRole + 64 }; // bool

    explicit ChangeHighlightProxy(QObject *parent = nullptr);

    // Not owned; null turns highlighting off.
    void setChangeTracker(ChangeTracker *tracker);
    ChangeTracker *changeTracker() const { return m_tracker; }

    bool isRecentlyChanged(const QString &workflowId) const;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    void onHighlightChanged(const QString &workflowId);

    QPointer<ChangeTracker> m_tracker;
    QMetaObject::Connection m_connection;
};

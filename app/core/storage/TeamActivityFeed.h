#pragma once

#include "domain/WorkflowState.h"

#include <QObject>
#include <QPointer>
#include <QString>

class QTimer;
class TeamStore;

// What teammates did, as the team store's notifications announce it: after each burst of
// notifications, the audit rows written since by other consoles are read once (no polling)
// and each becomes teammateAction(), with a sentence naming who did it
// ("bob@host paused 3 workflows — incident INC-… carrier outage").
class TeamActivityFeed : public QObject
{
    Q_OBJECT
public:
    // Subscribes the store to its notifications; rows already there are not announced.
    explicit TeamActivityFeed(TeamStore *team, QObject *parent = nullptr);

Q_SIGNALS:
    void teammateAction(const QString &workflowId, WorkflowState target, const QString &sentence);

private:
    void readNewRows();

    QPointer<TeamStore> m_team;
    QTimer *m_soon;
    qint64 m_lastSeq = -1; // -1: not read yet (the store was offline)
};

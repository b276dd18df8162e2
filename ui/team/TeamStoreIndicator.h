#pragma once

#include <QLabel>
#include <QPointer>

class TeamReplicator;
class TeamStore;

// The status bar's word on the team store: "Team store online", or "Team store offline —
// N rows waiting" while rows wait in this computer's file (its tooltip says why). Stays
// visible for as long as the console runs in team mode.
class TeamStoreIndicator : public QLabel
{
    Q_OBJECT
public:
    TeamStoreIndicator(TeamReplicator *replicator, TeamStore *store, QWidget *parent = nullptr);

private:
    void update();

    QPointer<TeamReplicator> m_replicator;
    QPointer<TeamStore> m_store;
};

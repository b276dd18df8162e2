#include "team/TeamStoreIndicator.h"

#include "storage/TeamReplicator.h"
#include "storage/TeamStore.h"

TeamStoreIndicator::TeamStoreIndicator(TeamReplicator *replicator, TeamStore *store,
                                       QWidget *parent)
    : QLabel(parent)
    , m_replicator(replicator)
    , m_store(store)
{
    setObjectName(QStringLiteral("teamStoreIndicator"));
    setTextFormat(Qt::PlainText); // the store's error text is not ours
    connect(replicator, &TeamReplicator::stateChanged, this, &TeamStoreIndicator::update);
    // Each failed attempt may have another reason, while the state stays "offline".
    connect(store, &TeamStore::connectAttemptFinished, this, &TeamStoreIndicator::update);
    update();
}

void TeamStoreIndicator::update()
{
    if (!m_replicator || !m_store)
        return;
    setText(m_replicator->statusText());
    setToolTip(m_replicator->isOnline() ? m_store->config().displayName() : m_store->lastError());
}

#include "team/TeamUploadOffer.h"

#include "storage/TeamReplicator.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

TeamUploadOffer::TeamUploadOffer(TeamReplicator *replicator, QWidget *parent)
    : QFrame(parent)
    , m_replicator(replicator)
    , m_text(new QLabel(this))
    , m_upload(new QPushButton(tr("Upload"), this))
    , m_notNow(new QPushButton(tr("Not now"), this))
{
    setObjectName(QStringLiteral("teamUploadOffer"));
    setFrameShape(QFrame::StyledPanel);
    m_text->setObjectName(QStringLiteral("teamUploadOfferText"));
    m_text->setWordWrap(true);
    m_upload->setObjectName(QStringLiteral("teamUploadButton"));
    m_notNow->setObjectName(QStringLiteral("teamUploadNotNowButton"));
    m_upload->setAccessibleDescription(
        tr("Sends this computer's earlier incidents and audit rows to the team store"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_upload);
    layout->addWidget(m_notNow);
    connect(m_upload, &QPushButton::clicked, this, &TeamUploadOffer::upload);
    connect(m_notNow, &QPushButton::clicked, this, [this] {
        m_declined = true;
        hide();
    });
    connect(replicator, &TeamReplicator::stateChanged, this, &TeamUploadOffer::reconsider);
    hide();
    reconsider();
}

void TeamUploadOffer::reconsider()
{
    // Offered only while the store answers: an upload to a store that is down would just
    // wait, and the offer would read as if it had worked.
    const int rows = m_replicator && m_replicator->isOnline() ? m_replicator->legacyRows() : 0;
    if (m_declined || rows == 0) {
        hide();
        return;
    }
    m_text->setText(tr("This computer holds %n incident and audit row(s) from before team "
                       "mode. Upload them so the team sees them?",
                       nullptr, rows));
    show();
}

void TeamUploadOffer::upload()
{
    if (!m_replicator)
        return;
    const int rows = m_replicator->offerLegacyRows();
    hide();
    Q_EMIT uploaded(rows);
}

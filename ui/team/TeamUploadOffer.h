#pragma once

#include <QFrame>
#include <QPointer>

class QLabel;
class QPushButton;
class TeamReplicator;

// The upgrade path into team mode: incidents and audit rows this computer wrote before it
// had a team store are not sent on their own (they may belong to a drill or another team).
// Once the store answers, a strip above the table offers them: "Upload" hands them to the
// replicator (idempotent, as every row), "Not now" hides the offer until the next start.
class TeamUploadOffer : public QFrame
{
    Q_OBJECT
public:
    explicit TeamUploadOffer(TeamReplicator *replicator, QWidget *parent = nullptr);

Q_SIGNALS:
    // After "Upload": how many rows were handed to the replicator.
    void uploaded(int rows);

private:
    void reconsider();
    void upload();

    QPointer<TeamReplicator> m_replicator;
    QLabel *m_text;
    QPushButton *m_upload;
    QPushButton *m_notNow;
    bool m_declined = false;
};

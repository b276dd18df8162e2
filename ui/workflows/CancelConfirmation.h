#pragma once

#include <QMessageBox>

class QPushButton;

// Asks before a permanent cancel. The destructive button says exactly
// "Cancel workflow permanently"; the default and Esc button is the safe "Keep workflow".
// Show with open(); confirmed() is emitted only for the destructive choice.
class CancelConfirmation : public QMessageBox
{
    Q_OBJECT
public:
    CancelConfirmation(const QString &workflowId, const QString &workflowName,
                       QWidget *parent = nullptr);

    QString workflowId() const { return m_workflowId; }
    QPushButton *cancelWorkflowButton() const { return m_destructive; }
    QPushButton *keepButton() const { return m_keep; }

Q_SIGNALS:
    void confirmed(const QString &workflowId);

private:
    QString m_workflowId;
    QPushButton *m_destructive;
    QPushButton *m_keep;
};

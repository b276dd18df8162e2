#include "workflows/CancelConfirmation.h"

#include "style/PlainText.h"

#include <QPushButton>

CancelConfirmation::CancelConfirmation(const QString &workflowId, const QString &workflowName,
                                       QWidget *parent)
    : QMessageBox(parent)
    , m_workflowId(workflowId)
{
    setObjectName(QStringLiteral("cancelConfirmation"));
    setAttribute(Qt::WA_DeleteOnClose);
    setIcon(QMessageBox::Warning);
    setWindowTitle(tr("Cancel workflow"));
    const QString name = workflowName.isEmpty() ? workflowId : workflowName;
    setText(tr("Cancel “%1” permanently?").arg(name));
    setInformativeText(
        tr("A cancelled workflow stops for good: it will not call any more leads, and this "
           "cannot be undone — it can never be resumed. To stop it for a while, use Pause "
           "instead."));
    PlainText::apply(this); // the name is the server's: never a link or hidden words

    m_destructive = addButton(tr("Cancel workflow permanently"), QMessageBox::DestructiveRole);
    m_destructive->setObjectName(QStringLiteral("cancelWorkflowPermanentlyButton"));
    m_keep = addButton(tr("Keep workflow"), QMessageBox::RejectRole);
    m_keep->setObjectName(QStringLiteral("keepWorkflowButton"));
    setDefaultButton(m_keep);
    setEscapeButton(m_keep);
    m_keep->setFocus();

    connect(this, &QMessageBox::buttonClicked, this, [this](QAbstractButton *button) {
        if (button == m_destructive)
            Q_EMIT confirmed(m_workflowId);
    });
}

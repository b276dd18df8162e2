#include "workflows/ConflictDialog.h"

#include "style/PlainText.h"

#include <QPushButton>

ConflictDialog::ConflictDialog(const ConflictReport &report, QWidget *parent)
    : QMessageBox(parent)
    , m_report(report)
{
    setObjectName(QStringLiteral("conflictDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    setTextFormat(Qt::PlainText);

    QString name = report.workflowName;
    if (name.isEmpty() && report.current)
        name = report.current->name;
    if (name.isEmpty())
        name = report.workflowId;
    const QString verb = LifecycleActions::verb(report.action);
    const QString past = LifecycleActions::pastTense(report.action);
    const QString serverSaid = report.serverMessage.isEmpty()
                                   ? QString()
                                   : tr("DialNexa said: “%1”").arg(report.serverMessage);

    if (report.alreadyInTarget()) {
        setIcon(QMessageBox::Information);
        setWindowTitle(tr("Already %1").arg(past));
        setText(
            tr("“%1” is already %2 — someone else did it. Nothing more to do.").arg(name, past));
        if (!serverSaid.isEmpty())
            setInformativeText(serverSaid);
        PlainText::apply(this);
        m_close = addButton(QMessageBox::Close);
        setDefaultButton(m_close);
        setEscapeButton(m_close);
        return;
    }

    setIcon(QMessageBox::Warning);
    setWindowTitle(tr("Could not %1").arg(verb.toLower()));
    QStringList info;
    if (report.current) {
        const WorkflowStatus &status = report.current->status;
        setText(tr("Could not %1 “%2”: it is %3 now.")
                    .arg(verb.toLower(), name, status.displayText().toLower()));
        QString line = tr("Current status on DialNexa: %1").arg(status.displayText());
        if (status.state() == WorkflowState::Unknown ||
            status.raw() != WorkflowStatus::apiName(status.state()))
            line += tr(" (server word: “%1”)").arg(status.raw());
        info << line;
    } else {
        setText(tr("Could not %1 “%2”: DialNexa refused it because the workflow is in "
                   "another state.")
                    .arg(verb.toLower(), name));
        info << tr("Its current status could not be read back (%1). Refresh to see it.")
                    .arg(report.rereadError.userMessage());
    }
    if (!serverSaid.isEmpty())
        info << serverSaid;
    setInformativeText(info.join(QStringLiteral("\n\n")));
    PlainText::apply(this); // names and the server's message are data, not markup

    if (const auto next = report.suggestedAction()) {
        m_suggested =
            addButton(tr("%1 instead").arg(LifecycleActions::verb(*next)), QMessageBox::ActionRole);
        m_suggested->setObjectName(QStringLiteral("conflictSuggestedButton"));
        const LifecycleAction action = *next;
        connect(m_suggested, &QPushButton::clicked, this,
                [this, action] { Q_EMIT suggestedActionRequested(action, m_report.workflowId); });
    }
    m_refresh = addButton(tr("Refresh"), QMessageBox::ActionRole);
    m_refresh->setObjectName(QStringLiteral("conflictRefreshButton"));
    connect(m_refresh, &QPushButton::clicked, this, &ConflictDialog::refreshRequested);
    m_close = addButton(QMessageBox::Close);
    setDefaultButton(m_close);
    setEscapeButton(m_close);
}

#include "workflows/ActionOutcomePresenter.h"

#include "audit/ActionAuditor.h"
#include "shell/MainWindow.h"
#include "style/PlainText.h"
#include "workflows/CancelConfirmation.h"
#include "workflows/ConflictDialog.h"
#include "workflows/WorkflowActionService.h"
#include "workflows/WorkflowListModel.h"

#include <QMessageBox>

namespace {
// Banner source of action problems: a successful action clears only these.
const QString ActionSource = QStringLiteral("action");
} // namespace

ActionOutcomePresenter::ActionOutcomePresenter(WorkflowActionService *actions,
                                               ActionAuditor *auditor, WorkflowListModel *model,
                                               MainWindow *window, QObject *parent)
    : QObject(parent)
    , m_auditor(auditor)
    , m_model(model)
    , m_window(window)
{
    connect(window, &MainWindow::actionRequested, this, &ActionOutcomePresenter::requestAction);
    connect(actions, &WorkflowActionService::actionSucceeded, this,
            [this](LifecycleAction action, const Workflow &w) {
                m_window->dismissMessage(ActionSource);
                m_window->showStatusMessage(tr("“%1” %2 — confirmed by DialNexa.")
                                                .arg(w.name.isEmpty() ? nameOf(w.id) : w.name,
                                                     LifecycleActions::pastTense(action)),
                                            6000);
            });
    connect(actions, &WorkflowActionService::conflict, this, &ActionOutcomePresenter::onConflict);
    connect(actions, &WorkflowActionService::workflowGone, this,
            [this](LifecycleAction, const QString &id, const QString &name, const ApiError &) {
                onWorkflowGone(id, name);
            });
    connect(actions, &WorkflowActionService::authenticationRequired, this,
            &ActionOutcomePresenter::authenticationRequired);
    connect(actions, &WorkflowActionService::transientFailure, this,
            [this](LifecycleAction action, const QString &id, const ApiError &error) {
                onTransient(action, id, error, false);
            });
    connect(actions, &WorkflowActionService::outcomeUnknown, this,
            [this](LifecycleAction action, const QString &id, const ApiError &error) {
                onTransient(action, id, error, true);
            });
    connect(actions, &WorkflowActionService::actionFailed, this,
            [this](LifecycleAction action, const QString &id, const ApiError &error) {
                m_window->showProblem(tr("Could not %1 “%2”: %3")
                                          .arg(LifecycleActions::verb(action).toLower(), nameOf(id),
                                               error.userMessage()),
                                      error.details(), nullptr, ActionSource);
            });
}

QString ActionOutcomePresenter::nameOf(const QString &workflowId) const
{
    const auto w = m_model->workflow(workflowId);
    return w && !w->name.isEmpty() ? w->name : workflowId;
}

void ActionOutcomePresenter::requestAction(LifecycleAction action, const QString &workflowId)
{
    if (workflowId.isEmpty())
        return;
    if (action == LifecycleAction::Cancel) {
        auto *confirm = new CancelConfirmation(workflowId, nameOf(workflowId), m_window);
        connect(confirm, &CancelConfirmation::confirmed, this,
                [this](const QString &id) { m_auditor->send(LifecycleAction::Cancel, id); });
        confirm->open();
        return;
    }
    m_auditor->send(action, workflowId);
}

void ActionOutcomePresenter::onConflict(const ConflictReport &report)
{
    auto *dialog = new ConflictDialog(report, m_window);
    connect(dialog, &ConflictDialog::suggestedActionRequested, this,
            &ActionOutcomePresenter::requestAction);
    connect(dialog, &ConflictDialog::refreshRequested, this,
            &ActionOutcomePresenter::refreshRequested);
    dialog->open();
}

void ActionOutcomePresenter::onWorkflowGone(const QString &id, const QString &name)
{
    auto *box = new QMessageBox(QMessageBox::Information, tr("Workflow no longer exists"),
                                tr("“%1” no longer exists on DialNexa (it may have been "
                                   "deleted). It was removed from the list.")
                                    .arg(name.isEmpty() ? id : name),
                                QMessageBox::Close, m_window);
    box->setObjectName(QStringLiteral("workflowGoneDialog"));
    PlainText::apply(box);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void ActionOutcomePresenter::onTransient(LifecycleAction action, const QString &id,
                                         const ApiError &error, bool unknown)
{
    const QString name = nameOf(id);
    QString text;
    if (unknown) {
        text = tr("The console could not confirm whether “%1” was %2. Its last confirmed "
                  "status is shown.")
                   .arg(name, LifecycleActions::pastTense(action));
    } else {
        text = tr("Could not %1 “%2”: %3")
                   .arg(LifecycleActions::verb(action).toLower(), name, error.userMessage());
        if (error.retryAfterSeconds() > 0)
            text += QLatin1Char(' ') + tr("DialNexa asks to wait %n second(s) before retrying.",
                                          nullptr, error.retryAfterSeconds());
    }
    QPointer<ActionOutcomePresenter> self(this);
    m_window->showProblem(
        text, error.details(),
        [self, action, id] {
            if (self)
                self->m_auditor->send(action, id); // already confirmed once; no second ask
        },
        ActionSource);
}

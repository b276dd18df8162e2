#include "workflows/RefreshPresenter.h"

#include "account/ConnectionSession.h"
#include "monitoring/ConnectionHealth.h"
#include "shell/MainWindow.h"
#include "workflows/ListCompletenessStrip.h"
#include "workflows/WorkflowListModel.h"
#include "workflows/WorkflowPoller.h"

#include <QDateTime>

namespace {
// Banner source of refresh problems: a good refresh clears only these.
const QString RefreshSource = QStringLiteral("refresh");
} // namespace

RefreshPresenter::RefreshPresenter(WorkflowPoller *poller, ConnectionHealth *health,
                                   ConnectionSession *session, WorkflowListModel *model,
                                   MainWindow *window, QObject *parent)
    : QObject(parent)
    , m_poller(poller)
    , m_health(health)
    , m_session(session)
    , m_model(model)
    , m_window(window)
{
    // How far the list can be trusted (incomplete, unreadable rows) stays on screen above
    // the table for as long as it is so.
    window->insertAboveTable(new ListCompletenessStrip(model, window));
    connect(window, &MainWindow::refreshRequested, this, [this] {
        if (m_session->isSignedIn())
            m_poller->refreshNow(); // coalesced: never two refreshes at once
    });
    connect(poller, &WorkflowPoller::refreshStarted, this,
            [this] { m_window->setRefreshing(true); });
    // The time of the last refresh is shown by the ConnectionIndicator ("Updated 4 s ago").
    connect(poller, &WorkflowPoller::refreshSucceeded, this, [this](const QDateTime &) {
        m_window->setRefreshing(false);
        m_window->setConnectionStatus(tr("Connected to %1").arg(m_session->host()));
        m_window->dismissMessage(RefreshSource);
        if (!m_loadedOnce) {
            m_loadedOnce = true;
            Q_EMIT firstLoad();
        }
    });
    connect(poller, &WorkflowPoller::refreshFailed, this, &RefreshPresenter::onFailed);
}

void RefreshPresenter::onFailed(const ApiError &error)
{
    m_window->setRefreshing(false);
    if (error.kind() == ApiError::Kind::Cancelled)
        return;
    if (error.kind() == ApiError::Kind::Unauthorized || error.kind() == ApiError::Kind::Forbidden) {
        Q_EMIT authenticationRequired(error);
        return;
    }
    m_window->setConnectionStatus(
        tr("%1 — %2").arg(ConnectionHealth::stateText(m_health->state()), error.userMessage()),
        true);
    const QString shown =
        m_model->hasLoaded() ? tr(" The list shows the last confirmed statuses.") : QString();
    QPointer<WorkflowPoller> poller(m_poller);
    QPointer<ConnectionSession> session(m_session);
    m_window->showProblem(
        tr("Could not refresh the workflow list: %1").arg(error.userMessage()) + shown,
        error.details(),
        [poller, session] {
            if (poller && session && session->isSignedIn())
                poller->refreshNow();
        },
        RefreshSource);
}

#include "workflows/WorkflowPoller.h"

#include "api/WorkflowApi.h"
#include "monitoring/ConnectionHealth.h"
#include "workflows/WorkflowListModel.h"

#include <QTimer>

#include <algorithm>

WorkflowPoller::WorkflowPoller(WorkflowApi *api, WorkflowListModel *model, ConnectionHealth *health,
                               QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_model(model)
    , m_health(health)
    , m_timer(new QTimer(this))
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &WorkflowPoller::refreshNow);
    if (m_health) {
        m_health->setBaseIntervalMs(m_intervalMs);
        connect(m_health, &ConnectionHealth::stateChanged, this,
                [this](ConnectionHealth::State state) {
                    // Leaving SignedOut (a new key): poll again at once.
                    if (state != ConnectionHealth::State::SignedOut && m_active && !m_refreshing &&
                        !m_timer->isActive())
                        refreshNow();
                });
    }
}

void WorkflowPoller::setInterval(int seconds)
{
    setIntervalMs(std::clamp(seconds, MinIntervalSeconds, MaxIntervalSeconds) * 1000);
}

int WorkflowPoller::interval() const
{
    return m_intervalMs / 1000;
}

void WorkflowPoller::setIntervalMs(int ms)
{
    ms = std::max(1, ms);
    if (ms == m_intervalMs)
        return;
    m_intervalMs = ms;
    if (m_health)
        m_health->setBaseIntervalMs(ms);
    if (m_active && !m_refreshing)
        scheduleNext(); // apply the new pace from now
}

void WorkflowPoller::setClock(Clock clock)
{
    m_clock = clock ? std::move(clock) : Clock([] { return QDateTime::currentDateTimeUtc(); });
}

void WorkflowPoller::setQuery(const WorkflowQuery &query)
{
    m_query = query;
}

void WorkflowPoller::start()
{
    if (m_active)
        return;
    m_active = true;
    refreshNow();
}

void WorkflowPoller::stop()
{
    m_active = false;
    m_followUp = false;
    m_timer->stop();
}

void WorkflowPoller::refreshNow()
{
    if (m_refreshing) {
        m_followUp = true; // coalesced: one follow-up however many calls
        return;
    }
    beginRefresh();
}

int WorkflowPoller::scheduledDelayMs() const
{
    return m_timer->isActive() ? m_timer->interval() : -1;
}

void WorkflowPoller::beginRefresh()
{
    m_timer->stop();
    m_refreshing = true;
    ++m_refreshCount;
    Q_EMIT refreshStarted();
    m_api->listAll(m_query, this, [this](const ApiResult<WorkflowListing> &result) {
        if (result.ok()) {
            m_lastSuccess = m_clock();
            m_model->setListing(result.value());
            if (m_health)
                m_health->recordSuccess(m_lastSuccess);
            m_refreshing = false;
            Q_EMIT refreshSucceeded(m_lastSuccess);
        } else {
            // The list stays as it is: the last confirmed statuses remain visible.
            if (m_health)
                m_health->recordFailure(result.error());
            m_refreshing = false;
            Q_EMIT refreshFailed(result.error());
        }
        finishRefresh();
    });
}

void WorkflowPoller::finishRefresh()
{
    if (m_refreshing)
        return; // a slot connected to our signals already started the next one
    if (m_followUp) {
        m_followUp = false;
        // Leave the API callback first, then start the follow-up.
        QTimer::singleShot(0, this, [this] {
            if (!m_refreshing)
                beginRefresh();
        });
        return;
    }
    scheduleNext();
}

int WorkflowPoller::nextDelayMs() const
{
    if (!m_health)
        return m_intervalMs;
    return m_health->pollingAllowed() ? m_health->nextIntervalMs() : -1;
}

void WorkflowPoller::scheduleNext()
{
    m_timer->stop();
    if (!m_active)
        return;
    const int delay = nextDelayMs();
    if (delay < 0)
        return; // SignedOut: wait for ConnectionHealth::signedIn()
    m_timer->start(delay);
}

#include "workflows/WorkflowPoller.h"

#include "api/ApiClient.h"
#include "api/RateLimitBudget.h"
#include "api/WorkflowApi.h"
#include "monitoring/ConnectionHealth.h"
#include "workflows/WorkflowListModel.h"

#include <QLocale>
#include <QTimer>

#include <algorithm>

WorkflowPoller::WorkflowPoller(WorkflowApi *api, WorkflowListModel *model, ConnectionHealth *health,
                               QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_model(model)
    , m_health(health)
    , m_timer(new QTimer(this))
    , m_deadline(new QTimer(this))
    , m_showTimer(new QTimer(this))
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &WorkflowPoller::refreshNow);
    m_deadline->setSingleShot(true);
    m_showTimer->setSingleShot(true);
    m_showTimer->setInterval(ShowPagesEveryMs);
    connect(m_showTimer, &QTimer::timeout, this, &WorkflowPoller::onShowTimer);
    connect(m_deadline, &QTimer::timeout, this, &WorkflowPoller::onRefreshDeadline);
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
    // A context of its own: deleting it (onRefreshDeadline) drops every late answer of this
    // listing and stops it from asking for more pages.
    auto *context = new QObject(this);
    m_refreshContext = context;
    const ApiClient *client = m_api->client();
    m_deadline->start(client ? client->requestDeadlineMs() : 30000);
    m_refreshStartedAt = m_clock();
    m_deadlineExtended = false;
    const bool firstLoad =
        !m_fullyLoaded || m_model->rowCount() == 0; // also after a profile switch
    // Rows shown by an earlier first load that stopped stay on top; each page of this one
    // goes below them, after the pages before it that have arrived.
    m_loadBaseRows = firstLoad ? m_model->rowCount() : 0;
    m_rowsShownByPage.clear();
    m_waitingPages.clear();
    m_showTimer->stop();
    m_loadedRows = 0;
    m_loadTotalRows = -1;
    auto progress = [this, firstLoad](int page, const QList<Workflow> &pageRows, int loaded,
                                      int total) {
        const RateLimitBudget *budget = m_api->client() ? m_api->client()->budget() : nullptr;
        if (!m_deadlineExtended && total > 0 && budget && budget->pollSpacingMs() > 0 &&
            m_deadline->isActive()) {
            // Pacing is the budget's doing, not the server's slowness: it does not count
            // against the deadline.
            m_deadlineExtended = true;
            const qint64 pages = (total + 99) / 100;
            m_deadline->start(int(std::min<qint64>(
                m_deadline->remainingTime() + pages * budget->pollSpacingMs(), 600000)));
        }
        if (!firstLoad)
            return;
        Q_EMIT loadProgress(loaded, total);
        m_loadedRows = loaded;
        m_loadTotalRows = total;
        m_waitingPages.insert(page, pageRows);
        m_loadReason = loadProgressText(loaded, total);
        // The first rows at once; later pages together at most every ShowPagesEveryMs, so
        // the table is laid out and painted once for several pages on a fast server.
        if (m_model->rowCount() == 0)
            showWaitingPages();
        else if (!m_showTimer->isActive())
            m_showTimer->start();
    };
    m_api->listAll(
        m_query, context,
        [this, context, firstLoad](const ApiResult<WorkflowListing> &result) {
            m_deadline->stop();
            m_refreshContext = nullptr;
            context->deleteLater();
            if (firstLoad)
                Q_EMIT loadProgress(-1, -1);
            if (!result.ok()) {
                // The list stays as it is: the last confirmed statuses remain visible.
                if (firstLoad)
                    markFirstLoadStopped();
                if (m_health)
                    m_health->recordFailure(result.error());
                m_refreshing = false;
                Q_EMIT refreshFailed(result.error());
                finishRefresh();
                return;
            }
            if (firstLoad && !m_waitingPages.isEmpty()) {
                // The pages not shown yet (one batch, sorted once) and then the listing, each
                // in an event of its own after this one (which assembled the listing): at
                // 10,000 workflows each fits in a frame, together they would not. The
                // listing's diff then has next to nothing left to do.
                QTimer::singleShot(0, this, [this, listing = result.value()] {
                    showWaitingPages();
                    QTimer::singleShot(0, this, [this, listing] { applyListing(listing); });
                });
                return;
            }
            applyListing(result.value());
        },
        progress);
}

void WorkflowPoller::applyListing(const WorkflowListing &listing)
{
    m_lastSuccess = m_clock();
    m_model->setListing(listing);
    m_fullyLoaded = true;
    updatePacing(listing);
    if (m_health)
        m_health->recordSuccess(m_lastSuccess);
    m_refreshing = false;
    Q_EMIT refreshSucceeded(m_lastSuccess);
    finishRefresh();
}

void WorkflowPoller::updatePacing(const WorkflowListing &listing)
{
    const RateLimitBudget *budget = m_api->client() ? m_api->client()->budget() : nullptr;
    const qint64 took = m_refreshStartedAt.msecsTo(m_clock());
    const qint64 paced = budget ? qint64(listing.requests) * budget->pollSpacingMs() : 0;
    QString note;
    // The budget, not the server, made this poll longer than the interval.
    if (paced > m_intervalMs / 2 && took + m_intervalMs > m_intervalMs * 3 / 2) {
        const qint64 seconds = (took + m_intervalMs + 999) / 1000;
        note = tr("Polling every %1 s to stay within DialNexa's rate limit").arg(seconds);
    }
    if (note == m_pacingNote)
        return;
    m_pacingNote = note;
    Q_EMIT pacingChanged(note);
}

void WorkflowPoller::onShowTimer()
{
    if (restOfLoadDueWithin(RestDueSoonMs))
        m_showTimer->start(); // look again: a stalling server makes the estimate grow
    else
        showWaitingPages();
}

bool WorkflowPoller::restOfLoadDueWithin(int ms) const
{
    if (m_loadedRows <= 0 || m_loadTotalRows < m_loadedRows)
        return false;
    const qint64 elapsedMs = m_refreshStartedAt.msecsTo(m_clock());
    if (elapsedMs < 0)
        return false; // the clock was set back: no estimate
    const qint64 restMs = qint64(m_loadTotalRows - m_loadedRows) * elapsedMs / m_loadedRows;
    return restMs < ms;
}

void WorkflowPoller::showWaitingPages()
{
    m_showTimer->stop();
    if (m_waitingPages.isEmpty())
        return;
    int rows = 0;
    for (const QList<Workflow> &page : std::as_const(m_waitingPages))
        rows += int(page.size());
    // In page order, each below the pages before it (consecutive pages as one insertion,
    // counted under its first page): the sorted view places the rows among those shown,
    // which stay where they are.
    m_model->beginLoadingBatch(rows);
    for (auto page = m_waitingPages.cbegin(); page != m_waitingPages.cend();) {
        const int first = page.key();
        QList<QList<Workflow>> run{page.value()};
        int last = first;
        for (++page; page != m_waitingPages.cend() && page.key() == last + 1; ++page) {
            run.append(page.value());
            last = page.key();
        }
        int row = m_loadBaseRows;
        for (auto it = m_rowsShownByPage.cbegin();
             it != m_rowsShownByPage.cend() && it.key() < first; ++it)
            row += it.value();
        m_rowsShownByPage.insert(first, m_model->insertLoadingPages(row, run, m_loadReason));
    }
    m_model->endLoadingBatch();
    m_waitingPages.clear();
}

void WorkflowPoller::markFirstLoadStopped()
{
    showWaitingPages(); // rows the server did send
    if (m_model->rowCount() == 0)
        return;
    // Rows shown while loading stay (statuses the server sent), but not as a whole list.
    WorkflowListing shown;
    shown.workflows = m_model->workflows();
    shown.complete = false;
    shown.incompleteReason = tr("the first load stopped after %1 workflows; the next poll "
                                "tries again")
                                 .arg(QLocale().toString(m_model->rowCount()));
    m_model->setListing(shown);
}

QString WorkflowPoller::loadProgressText(int loaded, int total)
{
    const QLocale locale;
    return total >= 0 ? tr("Loading %1 of %2…").arg(locale.toString(loaded), locale.toString(total))
                      : tr("Loading %1…").arg(locale.toString(loaded));
}

void WorkflowPoller::onRefreshDeadline()
{
    if (!m_refreshing || !m_refreshContext)
        return;
    delete m_refreshContext; // the abandoned listing's callbacks are never delivered
    m_refreshContext = nullptr;
    if (!m_fullyLoaded) {
        Q_EMIT loadProgress(-1, -1);
        markFirstLoadStopped();
    }
    ApiError error(ApiError::Kind::Timeout);
    const ApiClient *client = m_api->client();
    const int deadlineMs = client ? client->requestDeadlineMs() : m_deadline->interval();
    error.setTimeoutMs(deadlineMs);
    if (client)
        error.setRequest(QStringLiteral("GET"), client->requestUrl(QStringLiteral("workflows")));
    error.setDiagnostic(tr("the workflow list was not complete within the overall deadline of "
                           "%1 ms; that refresh was abandoned")
                            .arg(deadlineMs));
    if (m_health)
        m_health->recordFailure(error);
    m_refreshing = false;
    Q_EMIT refreshFailed(error);
    finishRefresh();
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

#pragma once

#include "api/ApiError.h"
#include "api/WorkflowListing.h"
#include "api/WorkflowQuery.h"

#include <QDateTime>
#include <QMap>
#include <QObject>

#include <functional>

class ConnectionHealth;
class QTimer;
class WorkflowApi;
class WorkflowListModel;

// Keeps WorkflowListModel in step with the server (the API has no lifecycle events, gap 22).
// - One refresh at a time: refreshNow() during a refresh is coalesced into exactly one
//   follow-up refresh, however often it is called.
// - A success goes to WorkflowListModel::setListing (keyed diff, never a reset after the
//   first load); a failure leaves the list as it is.
// - The delay before the next poll comes from ConnectionHealth (Retrying sooner, Offline
//   backing off toward 60 s, SignedOut: no polling until ConnectionHealth::signedIn()).
// - A refresh never outlives the client's overall request deadline
//   (ApiClient::requestDeadlineMs): a listing still unfinished then (a trickling server, or
//   many slow pages) is abandoned, fails with ApiError::Timeout, and polling goes on. Late
//   answers of an abandoned listing are dropped.
// - Until the first complete listing, pages are shown as they arrive (page 1 at once, later
//   ones together at most every ShowPagesEveryMs, none halfway when the rest is due within
//   RestDueSoonMs; one insertion per page, see
//   WorkflowListModel::insertLoadingPages), as an incomplete listing so nothing acts "on
//   all" of them yet; loadProgress reports "Loading 3,400 of 10,000…" after every page.
// - Page requests keep to half of the key's rate-limit budget (RateLimitBudget); when that
//   makes a poll take longer than the interval, pacingNote() says how often the list is
//   really read.
// Everything is asynchronous; the timer is single-shot and re-armed after each answer.
class WorkflowPoller : public QObject
{
    Q_OBJECT
public:
    using Clock = std::function<QDateTime()>;

    static constexpr int DefaultIntervalSeconds = 5;
    static constexpr int MinIntervalSeconds = 2;
    static constexpr int MaxIntervalSeconds = 300;

    // `health` may be null (then the poller keeps the plain interval); it is not owned.
    WorkflowPoller(WorkflowApi *api, WorkflowListModel *model, ConnectionHealth *health = nullptr,
                   QObject *parent = nullptr);

    // Clamped to 2–300 s; also becomes the health's base interval.
    void setInterval(int seconds);
    int interval() const;
    // Test seam: an unclamped interval in milliseconds.
    void setIntervalMs(int ms);
    int intervalMs() const { return m_intervalMs; }
    void setClock(Clock clock);                // stamps refreshSucceeded and times refreshes
    void setQuery(const WorkflowQuery &query); // server-side filters, normally empty
    WorkflowQuery query() const { return m_query; }

    // start() refreshes at once, then every interval; stop() cancels the schedule (a
    // refresh in flight still lands in the model).
    void start();
    void stop();
    bool isActive() const { return m_active; }

    // Refresh now (or right after the refresh in flight). Works while stopped, too.
    void refreshNow();
    bool isRefreshing() const { return m_refreshing; }
    bool hasFollowUpQueued() const { return m_followUp; }
    // Delay the timer is armed with, or -1 when nothing is scheduled.
    int scheduledDelayMs() const;
    QDateTime lastSuccess() const { return m_lastSuccess; }
    int refreshCount() const { return m_refreshCount; } // refreshes started so far
    // Pages arriving faster than this are shown together (one layout and paint for them).
    static constexpr int ShowPagesEveryMs = 50;
    // ... unless the rest of the list is due within this long (at the rate pages came so
    // far, by the poller's clock): a halfway show re-sorts and repaints every row shown
    // (20-30 ms at 10,000 workflows) and would only delay the full table.
    static constexpr int RestDueSoonMs = 250;
    // "Polling every 20 s to stay within DialNexa's rate limit", or empty when the budget
    // did not stretch the last poll.
    QString pacingNote() const { return m_pacingNote; }
    // "Loading 3,400 of 10,000…" (or "Loading 3,400…" without a total).
    static QString loadProgressText(int loaded, int total);

Q_SIGNALS:
    void refreshStarted();
    void refreshSucceeded(const QDateTime &at);
    void refreshFailed(const ApiError &error);
    // While the first listing loads: rows so far and the announced total (-1: unknown).
    // loaded == -1: loading is over (done or failed).
    void loadProgress(int loaded, int total);
    void pacingChanged(const QString &note);

private:
    void beginRefresh();
    void finishRefresh();
    void scheduleNext();
    int nextDelayMs() const;
    void onRefreshDeadline();
    void updatePacing(const WorkflowListing &listing);
    void markFirstLoadStopped();
    void showWaitingPages();
    void onShowTimer();
    bool restOfLoadDueWithin(int ms) const;
    void applyListing(const WorkflowListing &listing); // a complete one: the refresh succeeded

    WorkflowApi *m_api;
    WorkflowListModel *m_model;
    ConnectionHealth *m_health;
    QTimer *m_timer;
    QTimer *m_deadline;                  // bounds the refresh in flight
    QTimer *m_showTimer;                 // shows the pages waiting during the first load
    QObject *m_refreshContext = nullptr; // owns the listing in flight; deleted to abandon it
    Clock m_clock;
    WorkflowQuery m_query;
    int m_intervalMs = DefaultIntervalSeconds * 1000;
    bool m_active = false;
    bool m_refreshing = false;
    bool m_followUp = false;
    int m_refreshCount = 0;
    QDateTime m_lastSuccess;
    bool m_fullyLoaded = false;                // a complete first listing has been shown
    int m_loadBaseRows = 0;                    // rows shown before this first load began
    QMap<int, int> m_rowsShownByPage;          // page -> rows it added, while the first load runs
    QMap<int, QList<Workflow>> m_waitingPages; // arrived, not shown yet
    QString m_loadReason;                      // "Loading 3,400 of 10,000…"
    int m_loadedRows = 0;
    int m_loadTotalRows = -1;     // announced by the server; -1: unknown
    QDateTime m_refreshStartedAt; // by m_clock
    bool m_deadlineExtended = false;
    QString m_pacingNote;
};

#include "api/WorkflowApi.h"

#include "api/ApiClient.h"
#include "api/WorkflowDecoder.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMap>
#include <QPointer>
#include <QPromise>
#include <QSet>
#include <QThreadPool>
#include <QTimer>
#include <QUrlQuery>

#include <memory>

Q_LOGGING_CATEGORY(lcWorkflowApi, "dialnexa.api", QtInfoMsg)

namespace {

constexpr int PageLimit = 100;  // the documented maximum
constexpr int MaxPages = 10000; // 1,000,000 workflows: anything beyond is a broken server

QString segment(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

// Refuses what cannot be one path segment: Qt normalises "." and ".." away, so "pause .."
// would become POST /v1/pause. Ids come from servers and command lines alike.
// The refusal for the first id that cannot be a path segment, if any.
std::optional<ApiError> unusableId(std::initializer_list<QString> ids)
{
    for (const QString &id : ids) {
        if (const QString problem = WorkflowApi::idProblem(id); !problem.isEmpty()) {
            ApiError error(ApiError::Kind::InvalidRequest);
            error.setDiagnostic(problem);
            return error;
        }
    }
    return std::nullopt;
}

QJsonValue bodyValue(const ApiResponse &response)
{
    if (response.json.isObject())
        return response.json.object();
    if (response.json.isArray())
        return response.json.array();
    return QJsonValue(QJsonValue::Undefined);
}

ApiError badResponse(const ApiClient *client, const QString &method, const QString &path,
                     const QUrlQuery &query, const ApiResponse &response, const QString &reason)
{
    ApiError error(ApiError::Kind::BadResponse, response.httpStatus);
    error.setRequest(method, client->requestUrl(path, query));
    error.setDiagnostic(reason);
    return error;
}

template<typename T>
void deliver(const QPointer<QObject> &context, bool hasContext,
             const std::function<void(const ApiResult<T> &)> &callback, ApiResult<T> result)
{
    if (callback && (!hasContext || context))
        callback(result);
}

struct ListState
{
    WorkflowQuery query;
    QPointer<QObject> context;
    bool hasContext = false;
    std::function<void(const ApiResult<WorkflowListing> &)> callback;
    QMap<int, WorkflowDecoder::ListPage> pages;
    int totalPages = -1; // believed meta: fetch 2..totalPages concurrently; -1: walk in order
    int nextPage = 2;
    int inFlight = 0;
    bool done = false;
    QSet<QString> seenIds;    // sequential walk: what the pages so far brought
    QString incompleteReason; // set when the walk had to stop while pages were still full
    int loadedRows = 0;
    int totalRows = -1; // page 1's meta.total, -1 when not sent
    int unchangedPages = 0;
    int decoding = 0;       // pages answered but still being decoded on the thread pool
    QSet<QString> usedKeys; // page cache entries this listing used; the others are dropped
    WorkflowApi::Progress progress;

    // Pages by meta: every one asked for, answered and decoded.
    bool allPagesIn() const { return inFlight == 0 && decoding == 0 && nextPage > totalPages; }
};

struct DecodedPage
{
    std::optional<WorkflowDecoder::ListPage> page;
    QString why;
};

// Runs on a worker thread: only the body and plain values, nothing shared.
DecodedPage decodePageBody(const QByteArray &body)
{
    DecodedPage out;
    out.page = WorkflowDecoder::decodeWorkflowPageBody(body, &out.why);
    return out;
}

// The page size a page was cut to: the server's meta.limit, else the one we asked for.
int limitOf(const WorkflowDecoder::ListPage &page)
{
    return page.limit > 0 ? page.limit : PageLimit;
}

// A full page promises more after it; a short (or empty) one ends the list.
bool isFull(const WorkflowDecoder::ListPage &page)
{
    return page.rows >= limitOf(page);
}

// The number of pages page 1's meta announces, when it can be believed: totalPages (or
// ceil(total/limit)) within MaxPages, and the two agreeing when both are sent. Otherwise
// -1: the pages are walked one after the other until a short or empty one.
int believedTotalPages(const WorkflowDecoder::ListPage &first)
{
    const qint64 limit = limitOf(first);
    const qint64 fromTotal = first.total >= 0 ? (qint64(first.total) + limit - 1) / limit : -1;
    qint64 pages = first.totalPages >= 0 ? first.totalPages : fromTotal;
    if ((first.totalPages >= 0 && fromTotal >= 0 && fromTotal != first.totalPages) ||
        (first.total >= 0 && first.rows > first.total))
        pages = -1; // meta contradicts itself (or the rows it came with)
    return pages >= 0 && pages <= MaxPages ? int(pages) : -1;
}

// Why page `page` cannot be the last word: it was full and brought nothing new.
QString repeatedPageReason(int page, int rows)
{
    return QStringLiteral("page %1 was full (%2 rows) but brought no workflow the pages before "
                          "it had not: the server seems to ignore 'page'")
        .arg(page)
        .arg(rows);
}

QUrlQuery listQuery(const WorkflowQuery &query, int page)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("page"), QString::number(page));
    q.addQueryItem(QStringLiteral("limit"), QString::number(PageLimit));
    if (!query.status.isEmpty())
        q.addQueryItem(QStringLiteral("status"), query.status);
    if (!query.search.isEmpty())
        q.addQueryItem(QStringLiteral("search"), query.search);
    return q;
}

} // namespace

QString WorkflowApi::idProblem(const QString &id)
{
    if (id.isEmpty() || id == QLatin1String(".") || id == QLatin1String("..") ||
        id.contains(QLatin1Char('/')) || id.contains(QLatin1Char('\\')))
        return tr("“%1” is not a workflow id: an id cannot be empty, “.” or “..”, or contain "
                  "“/”. Nothing was sent.")
            .arg(id);
    return QString();
}

WorkflowApi::WorkflowApi(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{ }

void WorkflowApi::listAll(const WorkflowQuery &query, QObject *context,
                          std::function<void(const ApiResult<WorkflowListing> &)> callback,
                          Progress progress)
{
    auto state = std::make_shared<ListState>();
    state->progress = std::move(progress);
    state->query = query;
    state->context = context;
    state->hasContext = context != nullptr;
    state->callback = std::move(callback);

    QPointer<WorkflowApi> self(this);
    const int maxConcurrent = m_maxConcurrentPages;
    ApiClient *client = m_client;

    auto fail = [state](const ApiError &error) {
        if (state->done)
            return;
        state->done = true;
        deliver<WorkflowListing>(state->context, state->hasContext, state->callback, error);
    };
    auto complete = [state, self] {
        if (state->done)
            return;
        state->done = true;
        WorkflowListing listing;
        listing.incompleteReason = state->incompleteReason;
        // One hash operation per row and no regrowth: at 10k rows this runs in the GUI
        // thread's longest event of a poll.
        QSet<QString> ids;
        ids.reserve(state->loadedRows);
        listing.workflows.reserve(state->loadedRows);
        for (auto it = state->pages.cbegin(); it != state->pages.cend(); ++it) {
            listing.unreadableRows += it->unreadableRows;
            for (const QString &problem : it->problems)
                listing.problems.append(QStringLiteral("page %1, %2").arg(it.key()).arg(problem));
            bool anyNew = it->unreadableRows > 0;
            for (const Workflow &w : it->workflows) {
                // A record that moved between pages while we were paging appears once.
                const qsizetype before = ids.size();
                ids.insert(w.id);
                if (ids.size() == before)
                    continue;
                listing.workflows.append(w);
                anyNew = true;
            }
            // A full page that only repeats earlier ones: the list goes on somewhere we
            // were not shown (the sequential walk stops right there; pages fetched by
            // meta are checked here).
            if (it.key() > 1 && isFull(*it) && !anyNew && listing.incompleteReason.isEmpty())
                listing.incompleteReason = repeatedPageReason(it.key(), it->rows);
        }
        listing.complete = listing.incompleteReason.isEmpty();
        listing.requests = int(state->usedKeys.size());
        listing.unchangedPages = state->unchangedPages;
        if (self) {
            // Only the pages of this list are worth a validator next time.
            for (auto it = self->m_pageCache.begin(); it != self->m_pageCache.end();)
                it = state->usedKeys.contains(it.key()) ? std::next(it)
                                                        : self->m_pageCache.erase(it);
            self->logOnce(listing.problems);
            if (!listing.complete)
                self->logOnce({QStringLiteral("the workflow list is incomplete: %1")
                                   .arg(listing.incompleteReason)});
        }
        deliver<WorkflowListing>(state->context, state->hasContext, state->callback, listing);
    };

    auto fetch = std::make_shared<std::function<void(int)>>();
    auto pump = std::make_shared<std::function<void()>>();

    // Pages 2..totalPages, at most maxConcurrent at once, when page 1's meta is believed.
    *pump = [state, fetch, complete, maxConcurrent] {
        if (state->done)
            return;
        while (state->inFlight < maxConcurrent && state->nextPage <= state->totalPages)
            (*fetch)(state->nextPage++);
        if (state->allPagesIn())
            complete();
    };

    std::weak_ptr<std::function<void()>> weakPump = pump;
    std::weak_ptr<std::function<void(int)>> weakFetch = fetch;

    // What to do with page `page` once it is decoded (or known unchanged): on the GUI thread.
    auto accept = [state, self, complete, weakPump, weakFetch](int page,
                                                               const WorkflowDecoder::ListPage &p) {
        auto pumpStrong = weakPump.lock();
        auto fetchStrong = weakFetch.lock();
        if (state->done || !self || !pumpStrong || !fetchStrong)
            return;
        state->pages.insert(page, p);
        state->loadedRows += int(p.workflows.size());
        if (page == 1) {
            state->totalPages = believedTotalPages(p);
            state->totalRows = p.total;
        }
        // After asking for the next pages, so the server works while the page is shown.
        // The last page too, before the listing: the poller shows it with the pages still
        // waiting (one sort), not as rows the listing inserts one by one into a sorted table.
        const auto report = [&] {
            if (state->progress && !state->done)
                state->progress(page, p.workflows, state->loadedRows, state->totalRows);
        };
        if (state->totalPages >= 0) {
            const bool last = state->allPagesIn();
            if (last)
                report();
            (*pumpStrong)(); // completes the listing after the last page
            if (!last)
                report();
            return;
        }
        // No meta to believe (none, or an absurd one): one page after the other until
        // a short or empty page ends the list, or a full page that brings nothing new
        // shows that this server does not page at all.
        bool anyNew = p.unreadableRows > 0;
        for (const Workflow &w : p.workflows) {
            if (!state->seenIds.contains(w.id)) {
                state->seenIds.insert(w.id);
                anyNew = true;
            }
        }
        if (!isFull(p)) {
            report();
            complete();
            return;
        }
        if (!anyNew) {
            state->incompleteReason = repeatedPageReason(page, p.rows);
            complete();
            return;
        }
        if (page >= MaxPages) {
            state->incompleteReason =
                QStringLiteral("all %1 pages read were full; the rest was not asked for").arg(page);
            report();
            complete();
            return;
        }
        (*fetchStrong)(page + 1);
        report();
    };

    *fetch = [state, self, client, context, fail, accept, weakPump, weakFetch](int page) {
        if (!self || state->done)
            return;
        // The pump/fetch closures live as long as a request of theirs is pending or decoding.
        const auto hold = std::make_shared<std::pair<std::shared_ptr<std::function<void()>>,
                                                     std::shared_ptr<std::function<void(int)>>>>(
            weakPump.lock(), weakFetch.lock());
        const QString path = QStringLiteral("workflows");
        const QUrlQuery q = listQuery(state->query, page);
        const QString key = q.toString();
        ++state->inFlight;
        auto send = [state, self, client, context, fail, accept, page, path, q, key, hold,
                     weakPump] {
            if (!self || state->done || (state->hasContext && !state->context))
                return;
            ApiClient::GetOptions options;
            options.maxReplyBytes = ApiClient::ListPageMaxReplyBytes;
            options.parseJson = false; // parsed and decoded on a worker thread
            options.background = true;
            const auto cached = self->m_pageCache.constFind(key);
            if (cached != self->m_pageCache.cend()) {
                if (!cached->etag.isEmpty())
                    options.headers.append({"If-None-Match", cached->etag});
                if (!cached->lastModified.isEmpty())
                    options.headers.append({"If-Modified-Since", cached->lastModified});
            }
            client->budget()->notePollRequest(QDateTime::currentMSecsSinceEpoch());
            client->get(
                path, q, context,
                [=](const ApiResponse &response) {
                    Q_UNUSED(hold);
                    --state->inFlight;
                    if (state->done || !self)
                        return;
                    if (!response.ok()) {
                        fail(response.error);
                        return;
                    }
                    state->usedKeys.insert(key);
                    if (response.httpStatus == 304) {
                        const auto hit = self->m_pageCache.constFind(key);
                        if (hit == self->m_pageCache.cend()) {
                            fail(badResponse(client, QStringLiteral("GET"), path, q, response,
                                             QStringLiteral("page %1: 304 Not Modified for a "
                                                            "page never received")
                                                 .arg(page)));
                            return;
                        }
                        ++state->unchangedPages;
                        accept(page, hit->page);
                        return;
                    }
                    // Parsing and decoding ~35 kB of JSON per page would stall the GUI thread
                    // at 10,000 workflows: done on the thread pool, accepted back here. The
                    // next pages are asked for now, so fetching and decoding overlap.
                    ++state->decoding;
                    if (auto pumpStrong = weakPump.lock(); pumpStrong && state->totalPages >= 0)
                        (*pumpStrong)();
                    const QByteArray etag = response.header("ETag");
                    const QByteArray lastModified = response.header("Last-Modified");
                    auto promise = std::make_shared<QPromise<DecodedPage>>();
                    auto *watcher = new QFutureWatcher<DecodedPage>(
                        state->hasContext ? state->context.data() : self.data());
                    QObject::connect(
                        watcher, &QFutureWatcherBase::finished, watcher, [=, keep = hold] {
                            Q_UNUSED(keep);
                            watcher->deleteLater();
                            --state->decoding;
                            if (state->done || !self)
                                return;
                            const DecodedPage decoded = watcher->result();
                            if (!decoded.page) {
                                fail(badResponse(
                                    client, QStringLiteral("GET"), path, q, response,
                                    QStringLiteral("page %1: %2").arg(page).arg(decoded.why)));
                                return;
                            }
                            if (!etag.isEmpty() || !lastModified.isEmpty())
                                self->m_pageCache.insert(
                                    key, CachedPage{etag, lastModified, *decoded.page});
                            else
                                self->m_pageCache.remove(key);
                            accept(page, *decoded.page);
                        });
                    watcher->setFuture(promise->future());
                    promise->start();
                    QThreadPool::globalInstance()->start([promise, body = response.rawBody] {
                        promise->addResult(decodePageBody(body));
                        promise->finish();
                    });
                },
                options);
        };
        // Polling keeps to its half of the key's budget: page requests are spaced (and wait
        // while actions use the rest of a window).
        const int delay = client->budget()->pollDelayMs(QDateTime::currentMSecsSinceEpoch());
        if (delay <= 0) {
            send();
            return;
        }
        // Reserve the slot now, so pages of this poll line up one spacing apart.
        client->budget()->notePollRequest(QDateTime::currentMSecsSinceEpoch() + delay);
        QTimer::singleShot(delay, self.data(), send);
    };

    (*fetch)(1);
}

template<typename T>
bool WorkflowApi::refuseUnusableIds(std::initializer_list<QString> ids, QObject *context,
                                    const std::function<void(const ApiResult<T> &)> &callback)
{
    const std::optional<ApiError> refused = unusableId(ids);
    if (!refused)
        return false;
    QMetaObject::invokeMethod(
        context ? context : this, [callback, e = *refused] { callback(e); }, Qt::QueuedConnection);
    return true;
}

void WorkflowApi::get(const QString &id, QObject *context,
                      std::function<void(const ApiResult<Workflow> &)> callback)
{
    if (refuseUnusableIds({id}, context, callback))
        return;
    const QString path = QStringLiteral("workflows/") + segment(id);
    ApiClient *client = m_client;
    QPointer<WorkflowApi> self(this);
    client->get(path, QUrlQuery(), context,
                [self, client, path, id, callback](const ApiResponse &response) {
                    if (!response.ok()) {
                        callback(response.error);
                        return;
                    }
                    QString why;
                    QStringList problems;
                    auto w = WorkflowDecoder::decodeWorkflow(bodyValue(response), &why, &problems);
                    if (self)
                        self->logOnce(problems);
                    if (!w) {
                        callback(badResponse(client, QStringLiteral("GET"), path, QUrlQuery(),
                                             response, why));
                        return;
                    }
                    if (w->id != id) {
                        callback(badResponse(
                            client, QStringLiteral("GET"), path, QUrlQuery(), response,
                            QStringLiteral("asked for workflow '%1' but got '%2'").arg(id, w->id)));
                        return;
                    }
                    callback(*w);
                });
}

void WorkflowApi::perform(LifecycleAction action, const QString &id, QObject *context,
                          std::function<void(const ApiResult<ActionOutcome> &)> callback)
{
    if (refuseUnusableIds({id}, context, callback))
        return;
    const QString path = QStringLiteral("workflows/") + segment(id) + QLatin1Char('/') +
                         LifecycleActions::pathSegment(action);
    ApiClient *client = m_client;
    QPointer<WorkflowApi> self(this);
    // Empty body: no Content-Type, Content-Length 0 (the endpoints take no body). Never
    // retried: the API has no idempotency key (gap 14/15).
    client->post(
        path, QJsonObject(), context,
        [self, client, path, id, callback](const ApiResponse &response) {
            if (!response.ok()) {
                callback(response.error);
                return;
            }
            ActionOutcome outcome;
            outcome.httpStatus = response.httpStatus;
            if (response.json.isNull() && response.rawBody.trimmed().isEmpty()) {
                // Any 2xx is success (gap 5); with no body the caller re-reads the status.
                outcome.workflow.id = id;
                callback(outcome);
                return;
            }
            const QJsonValue body = bodyValue(response);
            if (!body.isObject()) {
                callback(badResponse(client, QStringLiteral("POST"), path, QUrlQuery(), response,
                                     QStringLiteral("the body is not a JSON object")));
                return;
            }
            QJsonObject object = body.toObject();
            const QJsonValue status = object.value(QStringLiteral("status"));
            if (!status.isString()) {
                callback(badResponse(client, QStringLiteral("POST"), path, QUrlQuery(), response,
                                     status.isUndefined() || status.isNull()
                                         ? QStringLiteral("the answer has no status")
                                         : QStringLiteral("field 'status' is not a string")));
                return;
            }
            const QJsonValue idValue = object.value(QStringLiteral("id"));
            if (idValue.isUndefined() || idValue.isNull())
                object.insert(QStringLiteral("id"), id); // tolerate a body that omits the id
            QString why;
            QStringList problems;
            auto w = WorkflowDecoder::decodeWorkflow(object, &why, &problems);
            if (self)
                self->logOnce(problems);
            if (!w) {
                callback(
                    badResponse(client, QStringLiteral("POST"), path, QUrlQuery(), response, why));
                return;
            }
            if (w->id != id) {
                callback(badResponse(
                    client, QStringLiteral("POST"), path, QUrlQuery(), response,
                    QStringLiteral("acted on workflow '%1' but the answer is about '%2'")
                        .arg(id, w->id)));
                return;
            }
            auto present = [&object](const char *key) {
                const QJsonValue v = object.value(QLatin1String(key));
                return !v.isUndefined() && !v.isNull();
            };
            outcome.fullRecord = present("title") || present("name");
            outcome.workflow = *w;
            callback(outcome);
        });
}

void WorkflowApi::listLeads(const QString &workflowId, int page, int limit, const QString &status,
                            QObject *context,
                            std::function<void(const ApiResult<LeadPage> &)> callback)
{
    if (refuseUnusableIds({workflowId}, context, callback))
        return;
    const QString path =
        QStringLiteral("workflows/") + segment(workflowId) + QStringLiteral("/leads");
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("page"), QString::number(qMax(1, page)));
    query.addQueryItem(QStringLiteral("limit"), QString::number(qBound(1, limit, 100)));
    if (!status.isEmpty())
        query.addQueryItem(QStringLiteral("status"), status);
    ApiClient *client = m_client;
    client->get(
        path, query, context,
        [client, path, query, page, limit, callback](const ApiResponse &response) {
            if (!response.ok()) {
                callback(response.error);
                return;
            }
            QString why;
            const QJsonValue body = bodyValue(response);
            auto decoded = WorkflowDecoder::decodeLeadPage(body, &why);
            if (!decoded) {
                callback(badResponse(client, QStringLiteral("GET"), path, query, response, why));
                return;
            }
            const QJsonObject meta = body.toObject().value(QStringLiteral("meta")).toObject();
            if (!meta.value(QStringLiteral("page")).isDouble())
                decoded->page = qMax(1, page);
            if (!meta.value(QStringLiteral("limit")).isDouble())
                decoded->limit = qBound(1, limit, 100);
            callback(*decoded);
        },
        ApiClient::ListPageMaxReplyBytes);
}

void WorkflowApi::leadHistory(
    const QString &workflowId, const QString &leadId, QObject *context,
    std::function<void(const ApiResult<QList<LeadHistoryEntry>> &)> callback)
{
    if (refuseUnusableIds({workflowId, leadId}, context, callback))
        return;
    getDecoded(QStringLiteral("workflows/") + segment(workflowId) + QStringLiteral("/leads/") +
                   segment(leadId) + QStringLiteral("/history"),
               context, &WorkflowDecoder::decodeLeadHistory, std::move(callback));
}

void WorkflowApi::listNodes(const QString &workflowId, QObject *context,
                            std::function<void(const ApiResult<QList<WorkflowNode>> &)> callback)
{
    if (refuseUnusableIds({workflowId}, context, callback))
        return;
    getDecoded(QStringLiteral("workflows/") + segment(workflowId) + QStringLiteral("/nodes"),
               context, &WorkflowDecoder::decodeNodeList, std::move(callback));
}

void WorkflowApi::logOnce(const QStringList &problems)
{
    constexpr qsizetype MaxRemembered = 10000; // a server sending new garbage every poll
    for (const QString &problem : problems) {
        if (m_logged.contains(problem))
            continue;
        if (m_logged.size() >= MaxRemembered)
            m_logged.clear();
        m_logged.insert(problem);
        qCWarning(lcWorkflowApi, "%s", qPrintable(problem));
    }
}

template<typename T>
void WorkflowApi::getDecoded(const QString &path, QObject *context,
                             std::optional<T> (*decode)(const QJsonValue &, QString *),
                             std::function<void(const ApiResult<T> &)> callback)
{
    ApiClient *client = m_client;
    client->get(path, QUrlQuery(), context,
                [client, path, decode, callback](const ApiResponse &response) {
                    if (!response.ok()) {
                        callback(response.error);
                        return;
                    }
                    QString why;
                    std::optional<T> decoded = decode(bodyValue(response), &why);
                    if (!decoded) {
                        callback(badResponse(client, QStringLiteral("GET"), path, QUrlQuery(),
                                             response, why));
                        return;
                    }
                    callback(*decoded);
                });
}

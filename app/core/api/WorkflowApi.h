#pragma once

#include "api/ActionOutcome.h"
#include "api/ApiResult.h"
#include "api/LeadPage.h"
#include "api/WorkflowDecoder.h"
#include "api/WorkflowListing.h"
#include "api/WorkflowQuery.h"
#include "domain/LeadHistoryEntry.h"
#include "domain/LifecycleAction.h"
#include "domain/Workflow.h"
#include "domain/WorkflowNode.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>

#include <functional>
#include <initializer_list>
#include <optional>

class ApiClient;

// Typed DialNexa workflow operations on top of ApiClient. Decoding is tolerant as the API
// doc's gaps 1–6 and 12 require; a body that cannot be decoded becomes ApiError::BadResponse.
class WorkflowApi : public QObject
{
    Q_OBJECT
public:
    explicit WorkflowApi(ApiClient *client, QObject *parent = nullptr);

    ApiClient *client() const { return m_client; }

    // Every page at limit=100. When page 1's meta can be believed (totalPages, or
    // ceil(total/limit), at most 10,000 and consistent), the other pages are fetched
    // concurrently (at most `maxConcurrentPages` at once); otherwise (no meta, or an absurd
    // one) one after the other until a short or empty page. A full page that brings no new
    // workflow (a server ignoring `page`) makes the listing incomplete (see WorkflowListing);
    // rows without a readable id or status are left out and counted. Each such problem is
    // logged once.
    //
    // Pages are parsed and decoded on the thread pool; everything else (and every callback)
    // happens on this object's thread. Page requests keep to the poll's half of the key's
    // rate-limit budget (ApiClient::budget()). A page the server answered with an ETag or
    // Last-Modified is asked for again with If-None-Match / If-Modified-Since; a 304 reuses
    // the page decoded last time.
    // `progress`, when set, runs after each page, the last one too (just before the
    // listing, which follows at once): its number and rows (ids of earlier pages not yet
    // left out), rows so far, and the total page 1 announced (-1 if none). Pages may come
    // out of order when they are fetched concurrently.
    using Progress = std::function<void(int page, const QList<Workflow> &pageRows, int loadedRows,
                                        int totalRows)>;
    void listAll(const WorkflowQuery &query, QObject *context,
                 std::function<void(const ApiResult<WorkflowListing> &)> callback,
                 Progress progress = {});
    void get(const QString &id, QObject *context,
             std::function<void(const ApiResult<Workflow> &)> callback);
    // Never retried automatically (no idempotency key exists).
    void perform(LifecycleAction action, const QString &id, QObject *context,
                 std::function<void(const ApiResult<ActionOutcome> &)> callback);
    void listLeads(const QString &workflowId, int page, int limit, const QString &status,
                   QObject *context, std::function<void(const ApiResult<LeadPage> &)> callback);
    void leadHistory(const QString &workflowId, const QString &leadId, QObject *context,
                     std::function<void(const ApiResult<QList<LeadHistoryEntry>> &)> callback);
    // GET /workflows/{id}/nodes: complete in one response (no meta is documented).
    void listNodes(const QString &workflowId, QObject *context,
                   std::function<void(const ApiResult<QList<WorkflowNode>> &)> callback);

    // Empty when `id` can be a URL path segment; otherwise why not, in a sentence.
    static QString idProblem(const QString &id);

    void setMaxConcurrentPages(int n) { m_maxConcurrentPages = qMax(1, n); }

private:
    // GET `path` and decode its body: the decoded value, the transport error, or
    // BadResponse naming why the body could not be read.
    // True (and `callback` gets the refusal, queued like an answer) when one of `ids` cannot
    // be a URL path segment: nothing is sent then.
    template<typename T>
    bool refuseUnusableIds(std::initializer_list<QString> ids, QObject *context,
                           const std::function<void(const ApiResult<T> &)> &callback);

    template<typename T>
    void getDecoded(const QString &path, QObject *context,
                    std::optional<T> (*decode)(const QJsonValue &, QString *),
                    std::function<void(const ApiResult<T> &)> callback);

    // Each problem (an unreadable row or field) is logged the first time it is seen, not on
    // every poll.
    void logOnce(const QStringList &problems);

    struct CachedPage
    {
        QByteArray etag;
        QByteArray lastModified;
        WorkflowDecoder::ListPage page;
    };

    ApiClient *m_client;
    int m_maxConcurrentPages = 4;
    QHash<QString, CachedPage> m_pageCache; // by page query: validators and the decoded page
    QSet<QString> m_logged;
};

#include "leads/LeadBreakdownLoader.h"

#include "api/WorkflowApi.h"
#include "domain/Lead.h"

LeadBreakdownLoader::LeadBreakdownLoader(WorkflowApi *api, QObject *parent)
    : QObject(parent)
    , m_api(api)
{ }

QStringList LeadBreakdownLoader::leadStatuses()
{
    return {QStringLiteral("pending"),   QStringLiteral("active"),  QStringLiteral("in_progress"),
            QStringLiteral("completed"), QStringLiteral("dropped"), QStringLiteral("removed"),
            QStringLiteral("failed")};
}

void LeadBreakdownLoader::load(const QString &workflowId)
{
    const bool wasLoading = isLoading();
    const int generation = ++m_generation;
    m_workflowId = workflowId;
    m_counts.clear();
    m_total = -1;
    m_error = ApiError();
    m_hasResult = false;
    m_failed = false;
    const QStringList statuses = leadStatuses();
    m_outstanding = int(statuses.size()) + 1;
    if (!wasLoading)
        Q_EMIT loadingChanged(true);
    requestOne(QString(), generation); // the overall total
    for (const QString &status : statuses)
        requestOne(status, generation);
}

void LeadBreakdownLoader::cancel()
{
    if (!isLoading())
        return;
    ++m_generation;
    m_outstanding = 0;
    Q_EMIT loadingChanged(false);
}

void LeadBreakdownLoader::requestOne(const QString &status, int generation)
{
    m_api->listLeads(m_workflowId, 1, 1, status, this,
                     [this, status, generation](const ApiResult<LeadPage> &result) {
                         if (generation != m_generation)
                             return; // an older load, or cancelled
                         if (result.ok()) {
                             if (status.isEmpty())
                                 m_total = result.value().total;
                             else
                                 m_counts.insert(status, result.value().total);
                         } else {
                             const ApiError::Kind kind = result.error().kind();
                             const bool unknownWord =
                                 kind == ApiError::Kind::Client && !status.isEmpty();
                             if (unknownWord) {
                                 m_counts.insert(status, -1);
                             } else if (!m_failed) {
                                 m_failed = true;
                                 m_error = result.error();
                             }
                         }
                         finishOne(generation);
                     });
}

void LeadBreakdownLoader::finishOne(int generation)
{
    if (generation != m_generation || m_outstanding <= 0)
        return;
    if (--m_outstanding > 0)
        return;
    Q_EMIT loadingChanged(false);
    if (m_failed) {
        Q_EMIT failed(m_workflowId, m_error);
    } else {
        m_hasResult = true;
        Q_EMIT loaded(m_workflowId);
    }
}

int LeadBreakdownLoader::sumOfStatuses() const
{
    int sum = 0;
    for (auto it = m_counts.cbegin(); it != m_counts.cend(); ++it)
        sum += qMax(0, it.value());
    return sum;
}

int LeadBreakdownLoader::otherCount() const
{
    if (m_total < 0)
        return -1;
    return qMax(0, m_total - sumOfStatuses());
}

int LeadBreakdownLoader::inProgressCount() const
{
    int sum = 0;
    for (auto it = m_counts.cbegin(); it != m_counts.cend(); ++it) {
        if (!Lead::isTerminalStatus(it.key()))
            sum += qMax(0, it.value());
    }
    return sum;
}

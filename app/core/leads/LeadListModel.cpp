#include "leads/LeadListModel.h"

#include "api/WorkflowApi.h"

#include <QLocale>

#include <algorithm>

LeadListModel::LeadListModel(WorkflowApi *api, QObject *parent)
    : QAbstractTableModel(parent)
    , m_api(api)
{ }

int LeadListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_leads.size());
}

int LeadListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LeadListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const Lead &lead = m_leads.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case PhoneColumn:
            return lead.phoneNumber;
        case StatusColumn:
            return lead.status.isEmpty() ? QStringLiteral("—") : lead.status;
        case CurrentNodeColumn:
            if (lead.currentNodeId.isEmpty())
                return QStringLiteral("—");
            return m_nodeNames.value(lead.currentNodeId, lead.currentNodeId);
        case EnrolledAtColumn:
            return lead.enrolledAt.isValid()
                       ? QLocale().toString(lead.enrolledAt.toLocalTime(), QLocale::ShortFormat)
                       : QStringLiteral("—");
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == EnrolledAtColumn && lead.enrolledAt.isValid())
            return lead.enrolledAt.toUTC().toString(Qt::ISODate);
        if (index.column() == PhoneColumn)
            return lead.id;
        if (index.column() == CurrentNodeColumn)
            return lead.currentNodeId;
        break;
    case LeadIdRole:
        return lead.id;
    case RawStatusRole:
        return lead.status;
    case TerminalRole:
        return Lead::isTerminalStatus(lead.status);
    case LeadRole:
        return QVariant::fromValue(lead);
    case SortRole:
        switch (index.column()) {
        case PhoneColumn:
            return lead.phoneNumber;
        case StatusColumn:
            return lead.status;
        case CurrentNodeColumn:
            return m_nodeNames.value(lead.currentNodeId, lead.currentNodeId);
        case EnrolledAtColumn:
            return lead.enrolledAt;
        }
        break;
    default:
        break;
    }
    return QVariant();
}

QVariant LeadListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case PhoneColumn:
        return tr("Phone");
    case StatusColumn:
        return tr("Status");
    case CurrentNodeColumn:
        return tr("Current node");
    case EnrolledAtColumn:
        return tr("Enrolled at");
    }
    return QVariant();
}

void LeadListModel::setWorkflow(const QString &workflowId)
{
    clear();
    m_workflowId = workflowId;
    if (!workflowId.isEmpty()) {
        request(1);
        requestNodes();
    }
}

void LeadListModel::requestNodes()
{
    // Keyed by workflow rather than by request generation: paging must not drop the names.
    const QString workflowId = m_workflowId;
    m_api->listNodes(
        workflowId, this, [this, workflowId](const ApiResult<QList<WorkflowNode>> &result) {
            if (workflowId != m_workflowId || !result.ok())
                return; // ids stay readable; a missing label is not worth an error
            for (const WorkflowNode &node : result.value()) {
                const QString label = node.label.isEmpty() ? node.id : node.label;
                m_nodeNames.insert(node.id, node.nodeType.isEmpty() ? label
                                                                    : QStringLiteral("%1 (%2)").arg(
                                                                          label, node.nodeType));
            }
            if (!m_leads.isEmpty())
                Q_EMIT dataChanged(index(0, CurrentNodeColumn),
                                   index(rowCount() - 1, CurrentNodeColumn));
        });
}

void LeadListModel::setPageSize(int limit)
{
    limit = std::clamp(limit, 1, 100);
    if (limit == m_limit)
        return;
    m_limit = limit;
    if (!m_workflowId.isEmpty())
        request(1);
}

void LeadListModel::setStatusFilter(const QString &status)
{
    if (status == m_status)
        return;
    m_status = status;
    if (!m_workflowId.isEmpty())
        request(1);
}

bool LeadListModel::hasNextPage() const
{
    if (m_pageCount >= 0)
        return m_page < m_pageCount;
    return m_leads.size() >= m_limit; // no meta: a full page may have a successor
}

void LeadListModel::nextPage()
{
    if (hasNextPage())
        request(m_page + 1);
}

void LeadListModel::previousPage()
{
    if (hasPreviousPage())
        request(m_page - 1);
}

void LeadListModel::setPage(int page)
{
    page = std::max(1, page);
    if (m_pageCount > 0)
        page = std::min(page, m_pageCount);
    request(page);
}

void LeadListModel::reload()
{
    if (!m_workflowId.isEmpty())
        request(m_page);
}

void LeadListModel::clear()
{
    ++m_generation; // drop answers in flight
    setLoading(false);
    const bool pageInfoChanged = m_page != 1 || m_pageCount != -1;
    if (!m_leads.isEmpty()) {
        beginResetModel();
        m_leads.clear();
        endResetModel();
    }
    m_workflowId.clear();
    m_nodeNames.clear();
    m_page = 1;
    m_pageCount = -1;
    m_total = -1;
    m_error = ApiError();
    if (pageInfoChanged)
        Q_EMIT pageChanged(m_page, m_pageCount);
}

Lead LeadListModel::leadAt(int row) const
{
    return row >= 0 && row < m_leads.size() ? m_leads.at(row) : Lead();
}

void LeadListModel::request(int page)
{
    if (m_workflowId.isEmpty())
        return;
    const int generation = ++m_generation;
    m_requestedPage = page;
    setLoading(true);
    m_api->listLeads(m_workflowId, page, m_limit, m_status, this,
                     [this, generation, page](const ApiResult<LeadPage> &result) {
                         if (generation != m_generation)
                             return;
                         if (!result.ok()) {
                             m_error = result.error();
                             setLoading(false);
                             Q_EMIT loadFailed(m_error);
                             return;
                         }
                         const LeadPage &lp = result.value();
                         m_error = ApiError();
                         beginResetModel();
                         m_leads = lp.leads;
                         endResetModel();
                         m_page = page;
                         m_total = lp.total;
                         if (lp.totalPages >= 0)
                             m_pageCount = lp.totalPages;
                         else if (lp.total >= 0)
                             m_pageCount = (lp.total + m_limit - 1) / m_limit;
                         else
                             m_pageCount = -1;
                         setLoading(false);
                         Q_EMIT pageChanged(m_page, m_pageCount);
                         Q_EMIT loaded();
                     });
}

void LeadListModel::setLoading(bool loading)
{
    if (loading == m_loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged(loading);
}

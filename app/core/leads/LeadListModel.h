#pragma once

#include "api/ApiError.h"
#include "domain/Lead.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

class WorkflowApi;

// One page of a workflow's leads (GET /workflows/{id}/leads?page&limit[&status]):
// phone, status, current node, enrolled at. Page count comes from meta (totalPages, else
// ceil(total/limit)); without meta, "next" is offered while pages come back full.
// Navigating keeps the current rows until the new page arrives (a failure keeps them and
// the page number); setWorkflow() clears at once so leads never show under the wrong
// workflow. Answers for an outdated request are dropped.
class LeadListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { PhoneColumn, StatusColumn, CurrentNodeColumn, EnrolledAtColumn, ColumnCount };
    enum Role {
        LeadIdRole = Qt::UserRole + 1, // QString
        RawStatusRole,                 // QString as the server sent it
        TerminalRole,                  // bool (Lead::isTerminalStatus)
        LeadRole,                      // QVariant::fromValue(Lead)
        SortRole                       // typed (QDateTime for enrolled at)
    };
    static constexpr int DefaultPageSize = 20;

    explicit LeadListModel(WorkflowApi *api, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Clears the rows and loads page 1 (an empty id just clears).
    void setWorkflow(const QString &workflowId);
    QString workflowId() const { return m_workflowId; }
    // 1–100 (the API's maximum); reloads page 1 when a workflow is set.
    void setPageSize(int limit);
    int pageSize() const { return m_limit; }
    // Empty = every status; reloads page 1.
    void setStatusFilter(const QString &status);
    QString statusFilter() const { return m_status; }

    int page() const { return m_page; }           // the page on display (1-based)
    int pageCount() const { return m_pageCount; } // -1 when the server sent no meta
    int totalLeads() const { return m_total; }    // -1 when unknown
    bool hasNextPage() const;
    bool hasPreviousPage() const { return m_page > 1; }
    void nextPage();
    void previousPage();
    void setPage(int page); // clamped to 1..pageCount when known
    void reload();
    void clear();

    bool isLoading() const { return m_loading; }
    int loadingPage() const { return m_loading ? m_requestedPage : -1; }
    ApiError error() const { return m_error; } // of the last load; None after a success
    Lead leadAt(int row) const;                // a default Lead when out of range

Q_SIGNALS:
    void loadingChanged(bool loading);
    void pageChanged(int page, int pageCount);
    void loaded();
    void loadFailed(const ApiError &error);

private:
    void request(int page);
    void setLoading(bool loading);

    void requestNodes();

    WorkflowApi *m_api;
    QString m_workflowId;
    // Node id -> "Label (TYPE)", so "Current node" reads as a step, not an opaque id.
    // Loaded once per workflow; without it the id is shown.
    QHash<QString, QString> m_nodeNames;
    QString m_status;
    QList<Lead> m_leads;
    int m_limit = DefaultPageSize;
    int m_page = 1;
    int m_pageCount = -1;
    int m_total = -1;
    int m_requestedPage = 1;
    int m_generation = 0;
    bool m_loading = false;
    ApiError m_error;
};

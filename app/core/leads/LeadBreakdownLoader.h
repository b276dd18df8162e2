#pragma once

#include "api/ApiError.h"

#include <QHash>
#include <QObject>
#include <QString>
#include <QStringList>

class WorkflowApi;

// Per-status lead counts for one workflow. The API has no aggregate endpoint, so load()
// sends one GET /workflows/{id}/leads?page=1&limit=1&status=<s> per status of the gap-16
// union (pending, active, in_progress, completed, dropped, removed, failed) and reads
// meta.total, plus one unfiltered limit=1 request for the overall total. All requests run
// concurrently; a new load() (or cancel()) discards answers of the previous one.
// A status the server rejects with a 4xx other than 401/403/404 (it does not know that
// word) counts as unknown (-1); any other failure fails the whole load.
class LeadBreakdownLoader : public QObject
{
    Q_OBJECT
public:
    explicit LeadBreakdownLoader(WorkflowApi *api, QObject *parent = nullptr);

    static QStringList leadStatuses(); // the union, in display order

    void load(const QString &workflowId);
    void cancel();
    bool isLoading() const { return m_outstanding > 0; }
    bool hasResult() const { return m_hasResult; }
    QString workflowId() const { return m_workflowId; }

    // meta.total for that status; -1 when unknown (no meta, rejected status, not loaded).
    int count(const QString &status) const { return m_counts.value(status, -1); }
    QHash<QString, int> counts() const { return m_counts; }
    // Sum of the known per-status counts.
    int sumOfStatuses() const;
    // The unfiltered meta.total (every lead, whatever its status); -1 when unknown.
    int total() const { return m_total; }
    // Leads whose status is outside the union (total - sum), or -1 when unknown.
    int otherCount() const;
    // Leads in non-terminal statuses (pending, active, in_progress) — "in transit".
    int inProgressCount() const;
    ApiError error() const { return m_error; }

Q_SIGNALS:
    void loadingChanged(bool loading);
    void loaded(const QString &workflowId);
    void failed(const QString &workflowId, const ApiError &error);

private:
    void requestOne(const QString &status, int generation);
    void finishOne(int generation);

    WorkflowApi *m_api;
    QString m_workflowId;
    int m_generation = 0;
    int m_outstanding = 0;
    bool m_hasResult = false;
    bool m_failed = false;
    QHash<QString, int> m_counts;
    int m_total = -1;
    ApiError m_error;
};

#include "audit/AuditReconciler.h"

#include "api/WorkflowApi.h"
#include "audit/AuditLog.h"

#include <QUrl>

AuditReconciler::AuditReconciler(WorkflowApi *api, AuditLog *audit, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_audit(audit)
{ }

bool AuditReconciler::start(const QString &apiHost)
{
    if (!m_api || !m_audit || !m_audit->isOpen() || isRunning() || apiHost.isEmpty())
        return false;
    QList<AuditEntry> rows;
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-m_minimumAgeSeconds);
    for (const AuditEntry &row : m_audit->pendingWithoutOutcome()) {
        if (row.apiHost.compare(apiHost, Qt::CaseInsensitive) == 0 && row.requestedAtUtc <= before)
            rows.append(row);
    }
    if (rows.isEmpty())
        return false;
    m_remaining = int(rows.size());
    m_completed = 0;
    m_left = 0;
    for (const AuditEntry &row : rows) {
        m_api->get(row.workflowId, this, [this, row](const ApiResult<Workflow> &r) {
            const bool gone = !r.ok() && r.error().kind() == ApiError::Kind::NotFound;
            onRead(row, r.ok() || gone, r.ok() ? r.value().status.raw() : QString(), gone);
        });
    }
    return true;
}

void AuditReconciler::onRead(const AuditEntry &row, bool answered, const QString &status, bool gone)
{
    if (answered && m_audit) {
        const QString what = gone
                                 ? tr("Outcome unknown — the workflow no longer exists on DialNexa")
                                 : tr("Outcome unknown — status read afterwards: %1").arg(status);
        if (m_audit->recordOutcome(row.id, QStringLiteral("unknown"), 0, what))
            ++m_completed;
        else
            ++m_left;
    } else {
        ++m_left; // the server did not answer: the row stays open for the next run
    }
    if (--m_remaining == 0)
        Q_EMIT finished(m_completed, m_left);
}

#pragma once

#include "audit/AuditEntry.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

class AuditLog;
class WorkflowApi;

// Gives an outcome to audit rows that were left without one (the console or dialnexa-ctl
// was killed, the machine lost power between the request and its answer). It runs when a
// process starts talking to a server: each such row *of that server* is completed with the
// status read now ("outcome unknown — status read afterwards: paused"), so the audit never
// keeps an action without an outcome. Rows of other servers wait for a run against theirs;
// a row whose re-read fails stays open for the next run.
class AuditReconciler : public QObject
{
    Q_OBJECT
public:
    AuditReconciler(WorkflowApi *api, AuditLog *audit, QObject *parent = nullptr);

    // Only rows older than this are taken: a younger one may still be in flight in another
    // console or script (a request never outlives its deadline, far below the default).
    static constexpr int DefaultMinimumAgeSeconds = 120;
    void setMinimumAgeSeconds(int seconds) { m_minimumAgeSeconds = seconds; }

    // Re-reads the open rows recorded for `apiHost` (as the audit spells hosts). False when
    // there is nothing to do (finished() is not emitted then).
    bool start(const QString &apiHost);
    bool isRunning() const { return m_remaining > 0; }

Q_SIGNALS:
    // `completed` rows got an outcome; `left` stay open (their re-read failed).
    void finished(int completed, int left);

private:
    void onRead(const AuditEntry &row, bool answered, const QString &status, bool gone);

    QPointer<WorkflowApi> m_api;
    QPointer<AuditLog> m_audit;
    int m_minimumAgeSeconds = DefaultMinimumAgeSeconds;
    int m_remaining = 0;
    int m_completed = 0;
    int m_left = 0;
};

#include "monitoring/ChangeTracker.h"

#include "monitoring/ActivityLogModel.h"
#include "workflows/WorkflowActionService.h"
#include "workflows/WorkflowListModel.h"

#include <QTimer>

#include <algorithm>
#include <limits>
#include <optional>
#include <utility>

ChangeTracker::ChangeTracker(WorkflowListModel *model, ActivityLogModel *log, QObject *parent)
    : QObject(parent)
    , m_model(model)
    , m_log(log)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
    , m_flushTimer(new QTimer(this))
    , m_expiryTimer(new QTimer(this))
{
    m_flushTimer->setSingleShot(true);
    m_flushTimer->setInterval(0);
    connect(m_flushTimer, &QTimer::timeout, this, &ChangeTracker::flush);
    m_expiryTimer->setSingleShot(true);
    connect(m_expiryTimer, &QTimer::timeout, this, [this] {
        expireHighlights(m_clock());
        armExpiryTimer();
    });
    connect(m_model, &WorkflowListModel::statusChanged, this, &ChangeTracker::onStatusChanged);
}

void ChangeTracker::setActionService(WorkflowActionService *service)
{
    disconnect(m_serviceConnection);
    m_service = service;
    if (service)
        m_serviceConnection = connect(service, &WorkflowActionService::actionSucceeded, this,
                                      &ChangeTracker::onActionSucceeded);
}

void ChangeTracker::setClock(Clock clock)
{
    m_clock = clock ? std::move(clock) : Clock([] { return QDateTime::currentDateTimeUtc(); });
}

void ChangeTracker::expectChange(const QString &workflowId, WorkflowState target)
{
    const QDateTime now = m_clock();
    QList<Expectation> &list = m_expected[workflowId];
    // Forget stale expectations while we are here.
    list.removeIf([&](const Expectation &e) { return e.at.msecsTo(now) > m_windowMs; });
    list.append({target, now});
}

bool ChangeTracker::isExpected(const QString &workflowId, WorkflowState state,
                               const QDateTime &now) const
{
    const auto it = m_expected.constFind(workflowId);
    if (it == m_expected.constEnd())
        return false;
    return std::any_of(it->cbegin(), it->cend(), [&](const Expectation &e) {
        return e.target == state && e.at.msecsTo(now) <= m_windowMs;
    });
}

bool ChangeTracker::consumeExpectation(const QString &id, WorkflowState state, const QDateTime &now)
{
    auto it = m_expected.find(id);
    if (it == m_expected.end())
        return false;
    bool found = false;
    for (qsizetype i = 0; i < it->size(); ++i) {
        const Expectation &e = it->at(i);
        if (e.target == state && e.at.msecsTo(now) <= m_windowMs) {
            it->removeAt(i);
            found = true;
            break;
        }
    }
    it->removeIf([&](const Expectation &e) { return e.at.msecsTo(now) > m_windowMs; });
    if (it->isEmpty())
        m_expected.erase(it);
    return found;
}

void ChangeTracker::onStatusChanged(const Workflow &workflow, const WorkflowStatus &previous)
{
    Pending change{workflow, previous, m_clock(), false};
    const WorkflowState state = workflow.status.state();
    if (consumeExpectation(workflow.id, state, change.at)) {
        change.own = true;
    } else if (const auto action =
                   m_model ? m_model->pendingAction(workflow.id) : std::optional<LifecycleAction>();
               action && LifecycleActions::targetState(*action) == state) {
        change.own = true;
    }
    m_pending.append(change);
    m_flushTimer->start();
}

void ChangeTracker::onActionSucceeded(LifecycleAction action, const Workflow &workflow)
{
    const WorkflowState target =
        workflow.status.isValid() ? workflow.status.state() : LifecycleActions::targetState(action);
    // The change the service just put into the model, still waiting for classification?
    for (Pending &p : m_pending) {
        if (!p.own && p.workflow.id == workflow.id && p.workflow.status.state() == target) {
            p.own = true;
            return;
        }
    }
    // Not seen yet (the service did not touch the model): the next poll will show it.
    expectChange(workflow.id, target);
}

void ChangeTracker::flush()
{
    m_flushTimer->stop();
    const QList<Pending> pending = std::exchange(m_pending, {});
    for (const Pending &p : pending)
        record(p);
    // Forget expectations whose window has passed (actions whose change never showed up).
    const QDateTime now = m_clock();
    for (auto it = m_expected.begin(); it != m_expected.end();) {
        it->removeIf([&](const Expectation &e) { return e.at.msecsTo(now) > m_windowMs; });
        it = it->isEmpty() ? m_expected.erase(it) : std::next(it);
    }
}

void ChangeTracker::noteTeammateAction(const QString &workflowId, WorkflowState target,
                                       const QString &teammate)
{
    const QDateTime now = m_clock();
    // Seen already (the poll came first): name them on that entry.
    if (m_log && m_log->attribute(workflowId, target, now.addMSecs(-m_windowMs), teammate))
        return;
    if (m_teammates.size() > 10000) { // never seen change (another server's workflows)
        for (auto it = m_teammates.begin(); it != m_teammates.end();)
            it = it->at.msecsTo(now) > m_windowMs ? m_teammates.erase(it) : std::next(it);
    }
    m_teammates.insert(workflowId, TeammateAction{target, now, teammate});
}

void ChangeTracker::record(const Pending &change)
{
    if (m_log) {
        ActivityEntry entry;
        entry.at = change.at;
        entry.workflowId = change.workflow.id;
        entry.workflowName = change.workflow.name;
        if (entry.workflowName.isEmpty() && m_model) {
            if (const auto current = m_model->workflow(change.workflow.id))
                entry.workflowName = current->name;
        }
        entry.previous = change.previous;
        entry.current = change.workflow.status;
        entry.origin =
            change.own ? ActivityEntry::Origin::ThisConsole : ActivityEntry::Origin::External;
        const auto teammate = m_teammates.constFind(change.workflow.id);
        if (!change.own && teammate != m_teammates.cend() &&
            teammate->target == entry.current.state() &&
            teammate->at.msecsTo(change.at) <= m_windowMs) {
            entry.teammate = teammate->teammate;
            m_teammates.erase(teammate);
        }
        m_log->append(entry);
    }

    m_highlight.insert(change.workflow.id, change.at.addMSecs(m_highlightMs));
    Q_EMIT highlightChanged(change.workflow.id);
    armExpiryTimer();

    if (change.own)
        Q_EMIT ownChange(change.workflow, change.previous);
    else
        Q_EMIT externalChange(change.workflow, change.previous);
}

bool ChangeTracker::isHighlighted(const QString &workflowId, const QDateTime &now) const
{
    const auto it = m_highlight.constFind(workflowId);
    return it != m_highlight.constEnd() && now < *it;
}

QStringList ChangeTracker::highlightedIds(const QDateTime &now) const
{
    QStringList ids;
    for (auto it = m_highlight.cbegin(); it != m_highlight.cend(); ++it) {
        if (now < it.value())
            ids.append(it.key());
    }
    ids.sort();
    return ids;
}

void ChangeTracker::expireHighlights(const QDateTime &now)
{
    QStringList expired;
    for (auto it = m_highlight.begin(); it != m_highlight.end();) {
        if (!(now < it.value())) {
            expired.append(it.key());
            it = m_highlight.erase(it);
        } else {
            ++it;
        }
    }
    expired.sort();
    for (const QString &id : std::as_const(expired))
        Q_EMIT highlightChanged(id);
}

void ChangeTracker::armExpiryTimer()
{
    if (m_highlight.isEmpty()) {
        m_expiryTimer->stop();
        return;
    }
    const QDateTime now = m_clock();
    qint64 soonest = std::numeric_limits<qint64>::max();
    for (const QDateTime &until : std::as_const(m_highlight))
        soonest = std::min(soonest, now.msecsTo(until));
    // With an injected clock the real timer still fires at the wall-clock delay; never
    // faster than every 100 ms, never slower than the highlight length.
    m_expiryTimer->start(int(std::clamp<qint64>(soonest, 100, std::max(100, m_highlightMs))));
}

#include "storage/TeamReplicator.h"

#include "storage/ConsoleDatabase.h"
#include "storage/ReplicatedTable.h"
#include "storage/TeamStore.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QSysInfo>
#include <QTimer>

namespace {

constexpr int BatchRows = 500;

QString dirty()
{
    return QStringLiteral("team_synced_rev >= 0 AND team_rev > team_synced_rev");
}

// One statement under the store's deadline: each statement, not the whole batch, is
// bounded, so a slow link still makes progress.
template<typename Statement>
bool bounded(TeamStore *team, Statement statement)
{
    const TeamStore::Call call(team);
    return statement();
}

} // namespace

TeamReplicator::TeamReplicator(ConsoleDatabase *local, TeamStore *team, QObject *parent)
    : QObject(parent)
    , m_local(local)
    , m_team(team)
    , m_retry(new QTimer(this))
    , m_soon(new QTimer(this))
{
    m_retry->setInterval(m_baseInterval);
    connect(m_retry, &QTimer::timeout, this, &TeamReplicator::pushNow);
    // Rows come in bursts (two per request of a bulk run): one push per burst, not per row.
    m_soon->setSingleShot(true);
    m_soon->setInterval(100);
    connect(m_soon, &QTimer::timeout, this, &TeamReplicator::pushNow);
    // A connection made in the background: push what waits as soon as it is up.
    connect(team, &TeamStore::connectAttemptFinished, this, [this](bool opened) {
        if (opened)
            pushNow();
        else
            setState(false);
    });
}

TeamReplicator::~TeamReplicator() = default;

void TeamReplicator::setRetryIntervalMs(int ms)
{
    m_baseInterval = qMax(1, ms);
    m_retry->setInterval(m_baseInterval);
}

void TeamReplicator::start()
{
    m_retry->start();
    schedule();
}

void TeamReplicator::schedule()
{
    if (!m_soon->isActive())
        m_soon->start();
}

int TeamReplicator::pendingRows() const
{
    if (!m_local || !m_local->isOpen())
        return 0;
    int total = 0;
    for (const ReplicatedTable &t : ReplicatedTable::all()) {
        QSqlQuery q(m_local->database());
        if (q.exec(QStringLiteral("SELECT count(*) FROM %1 WHERE %2").arg(t.name, dirty())) &&
            q.next())
            total += q.value(0).toInt();
    }
    return total;
}

int TeamReplicator::legacyRows() const
{
    if (!m_local || !m_local->isOpen())
        return 0;
    int total = 0;
    for (const ReplicatedTable &t : ReplicatedTable::all()) {
        QSqlQuery q(m_local->database());
        if (q.exec(
                QStringLiteral("SELECT count(*) FROM %1 WHERE team_synced_rev < 0").arg(t.name)) &&
            q.next())
            total += q.value(0).toInt();
    }
    return total;
}

int TeamReplicator::offerLegacyRows()
{
    if (!m_local || !m_local->isOpen())
        return 0;
    int total = 0;
    for (const ReplicatedTable &t : ReplicatedTable::all()) {
        QSqlQuery q(m_local->database());
        if (q.exec(QStringLiteral("UPDATE %1 SET team_synced_rev = 0 WHERE team_synced_rev < 0")
                       .arg(t.name)))
            total += q.numRowsAffected();
    }
    schedule();
    return total;
}

bool TeamReplicator::pushNow()
{
    if (!m_local || !m_local->isOpen() || !m_team)
        return false;
    if (!m_team->isOpen()) {
        // An unreachable host costs a connect timeout (on this thread unless the store
        // connects in the background): try less often.
        if (m_retry->isActive())
            m_retry->setInterval(qMin(m_retry->interval() * 2, 12 * m_baseInterval));
        if (m_team->connectsInBackground()) {
            m_team->reopenInBackground(); // connectAttemptFinished() pushes
            setState(false);
            return false;
        }
        if (!m_team->reopen()) {
            setState(false);
            return false;
        }
    }
    if (m_retry->interval() != m_baseInterval)
        m_retry->setInterval(m_baseInterval);
    bool ok = m_team->isWritable();
    for (int i = 0; ok && i < ReplicatedTable::all().size(); ++i) {
        int pushed = BatchRows;
        while (ok && pushed == BatchRows)
            ok = pushBatch(i, &pushed);
    }
    setState(ok);
    return ok;
}

bool TeamReplicator::pushBatch(int tableIndex, int *pushed)
{
    *pushed = 0;
    const ReplicatedTable &t = ReplicatedTable::all().at(tableIndex);
    QSqlQuery local(m_local->database());
    local.setForwardOnly(true);
    if (!local.exec(QStringLiteral("SELECT team_rev, %1 FROM %2 WHERE %3 ORDER BY rowid LIMIT %4")
                        .arg(t.columns.join(QStringLiteral(", ")), t.name, dirty())
                        .arg(BatchRows)))
        return false;
    struct Row
    {
        qint64 rev = 0;
        QVariantList values;
    };
    QList<Row> rows;
    while (local.next()) {
        Row row;
        row.rev = local.value(0).toLongLong();
        for (int c = 0; c < t.columns.size(); ++c)
            row.values << local.value(c + 1);
        rows.append(row);
    }
    local.finish();
    if (rows.isEmpty())
        return true;

    QStringList columns = t.columns;
    if (t.addsHost)
        columns << QStringLiteral("os_host");
    QStringList marks;
    for (int c = 0; c < columns.size(); ++c)
        marks << QStringLiteral("?");
    const QString insert = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT %4")
                               .arg(t.name, columns.join(QStringLiteral(", ")),
                                    marks.join(QStringLiteral(", ")), t.onConflict);
    QSqlDatabase team = m_team->database();
    if (!bounded(m_team, [&] { return team.transaction(); }))
        return m_team->noteFailure(tr("sending rows"), team.lastError().text());
    QSqlQuery q(team);
    if (!q.prepare(insert))
        return m_team->noteFailure(tr("sending rows"), q.lastError().text());
    const QString host = QSysInfo::machineHostName();
    for (const Row &row : std::as_const(rows)) {
        for (int c = 0; c < row.values.size(); ++c)
            q.bindValue(c, row.values.at(c));
        if (t.addsHost)
            q.bindValue(int(row.values.size()), host);
        if (!bounded(m_team, [&] { return q.exec(); })) {
            const QString error = q.lastError().text();
            team.rollback();
            return m_team->noteFailure(tr("sending %1 rows").arg(t.name), error);
        }
    }
    if (!bounded(m_team, [&] { return team.commit(); })) {
        const QString error = team.lastError().text();
        team.rollback();
        return m_team->noteFailure(tr("sending %1 rows").arg(t.name), error);
    }

    // Only the revision that was sent counts: a change written meanwhile stays waiting.
    QSqlDatabase ldb = m_local->database();
    ldb.transaction();
    QSqlQuery mark(ldb);
    QStringList where;
    for (const QString &k : t.key)
        where << QStringLiteral("%1 = ?").arg(k);
    mark.prepare(
        QStringLiteral("UPDATE %1 SET team_synced_rev = ? WHERE %2 AND team_synced_rev < ?")
            .arg(t.name, where.join(QStringLiteral(" AND "))));
    for (const Row &row : std::as_const(rows)) {
        mark.addBindValue(row.rev);
        for (const QString &k : t.key)
            mark.addBindValue(row.values.at(t.columns.indexOf(k)));
        mark.addBindValue(row.rev);
        mark.exec();
    }
    ldb.commit();
    *pushed = int(rows.size());
    return true;
}

void TeamReplicator::setState(bool online)
{
    const int pending = pendingRows();
    if (online == m_online && pending == m_lastPending)
        return;
    m_online = online;
    m_lastPending = pending;
    Q_EMIT stateChanged(online, pending);
}

QString TeamReplicator::statusText() const
{
    const int pending = pendingRows();
    const QString waiting = tr("%n row(s) waiting", nullptr, pending);
    if (m_online)
        return pending == 0 ? tr("Team store online") : tr("Team store online — %1").arg(waiting);
    return tr("Team store offline — %1").arg(waiting);
}

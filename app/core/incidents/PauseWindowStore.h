#pragma once

#include "incidents/PauseWindow.h"
#include "storage/TeamStore.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <optional>

class ConsoleDatabase;

// Durable pause windows (table pause_windows, migration 3 of ConsoleDatabase) beside the
// incidents. Every transition a runner executes is claimed first with one conditional
// UPDATE (… WHERE id = ? AND started_by IS NULL): the database lets exactly one runner
// win, whether the runners are two consoles, two dialnexa-ctl processes on one SQLite
// file, or (with the same SQL) two machines on a team's PostgreSQL. The SQL is kept
// portable for that: ISO-8601 UTC text timestamps (fixed width, so they compare as text),
// no SQLite-only functions.
class PauseWindowStore : public QObject
{
    Q_OBJECT
public:
    // What a runner has to do for a window now.
    struct Due
    {
        enum class Kind {
            Start, // planned, its start has come
            Skip,  // planned, but its whole occurrence passed unseen: move on
            End    // running, its end has come
        };
        Kind kind = Kind::Start;
        PauseWindow window;
    };

    explicit PauseWindowStore(ConsoleDatabase *database = nullptr, QObject *parent = nullptr);
    ~PauseWindowStore() override;

    // Team mode: from now on every window lives in the team's PostgreSQL (the same SQL and
    // claims), never in the local file, so a window is planned, listed and executed once
    // for the whole team. While the team store is down no window is read or run here (a
    // local fallback could run a start a teammate runs too). Null: the local file again.
    void setTeamStore(TeamStore *team);
    bool isTeamMode() const { return m_team != nullptr; }

    bool isOpen() const;
    QString lastError() const;

    // "WIN-yyyyMMdd-HHmm-xxx" (xxx: 3 random hex digits).
    static QString generateId(const QDateTime &nowUtc);
    static QString formatTimestamp(const QDateTime &utc); // 2026-11-29T04:12:00.000Z

    // Stores a new planned window (id, state and current occurrence are filled in from its
    // first occurrence). nullopt on a storage failure.
    std::optional<PauseWindow> add(const PauseWindow &window);
    std::optional<PauseWindow> window(const QString &id) const;
    QList<PauseWindow> windows() const; // by next start, finished ones last
    // The window whose current occurrence holds this incident, if any.
    std::optional<PauseWindow> windowOfIncident(const QString &incidentId) const;
    // How many workflows this incident paused that are not resumed yet, read where the
    // windows live (in team mode a teammate's incident counts too).
    int pausedCount(const QString &incidentId) const;
    // Transitions due at nowUtc for windows of this server, starts before ends.
    QList<Due> due(const QString &apiHost, const QDateTime &nowUtc) const;

    // Claims: true for exactly one caller per occurrence and transition.
    bool claimStart(const PauseWindow &window, const QString &runner, const QDateTime &nowUtc,
                    bool late);
    bool claimEnd(const PauseWindow &window, const QString &runner, const QDateTime &nowUtc);
    // A claimed start that could not run (the list failed): planned again, retried later.
    bool releaseStart(const QString &id, const QString &runner);
    bool setIncident(const QString &id, const QString &runner, const QString &incidentId);
    // After a claimed end (or a Skip): the next occurrence, or ended when there is none.
    // For a Skip, the claim is this call itself (WHERE started_by IS NULL).
    bool finishOccurrence(const PauseWindow &window, const QString &endedBy,
                          const QDateTime &nowUtc, bool skipped);

    // Supervisor changes; false (with lastError()) when the window is not in a state that
    // allows it any more (someone else started, ended or cancelled it first).
    bool cancel(const QString &id);
    bool endNow(const QString &id, const QDateTime &nowUtc); // a running one ends at nowUtc
    bool extend(const QString &id, const QDateTime &newEndUtc, const QDateTime &nowUtc);

Q_SIGNALS:
    void windowsChanged();

private:
    // Runs one statement; rows it changed, or -1 (lastError()) on failure.
    int exec(const QString &sql, const QVariantList &binds);
    QList<PauseWindow> select(const QString &where, const QVariantList &binds) const;

    QSqlDatabase connection() const;

    QPointer<ConsoleDatabase> m_db;
    QPointer<TeamStore> m_team;
    mutable QString m_lastError;
};

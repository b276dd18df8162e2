#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// One table that the local file (the outbox) replicates to the team store: same name and
// column names on both sides. Adding a table to team mode is one more entry in all() plus
// team_rev/team_synced_rev columns (and a revision trigger) in the local migration.
struct ReplicatedTable
{
    QString name;
    QStringList key;     // identifies the row in both stores
    QStringList columns; // copied as they are (the key columns included)
    // After "ON CONFLICT": the conflict target and what a replay does to a row the team
    // store already has. Replays must be idempotent: DO NOTHING, or a monotonic merge.
    QString onConflict;
    bool addsHost = false; // the team row gets os_host = this machine's name

    // In push order (a parent before the rows that reference it).
    static const QList<ReplicatedTable> &all();
};

#pragma once

#include "domain/NameSortKey.h"
#include "domain/WorkflowStatus.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>

#include <optional>

// One workflow as decoded from either documented object shape (§4.0 of the API doc):
// shape A carries title/organization_id/description/updated_at, shape B carries
// name/node_count/edge_count/enrolled_leads. Fields a shape lacks stay empty, so the
// console can show "—" instead of inventing a value.
struct Workflow
{
    QString id;   // opaque: wf_… and wfl_… alike
    QString name; // title ?? name
    QString description;
    QString organizationId;
    WorkflowStatus status;
    std::optional<int> nodeCount;
    std::optional<int> edgeCount;
    std::optional<int> enrolledLeads;
    QDateTime createdAt; // UTC; invalid when absent
    QDateTime updatedAt; // UTC; invalid when absent
    // A 64-bit hash of every field above, set where the record is decoded (on the thread
    // pool) so that a poll's diff on the GUI thread skips unchanged rows without comparing
    // their text. 0 = not computed. Derived data, not part of ==: code that edits a field
    // of a fingerprinted record must call refreshFingerprint() (mergeFrom does).
    quint64 fingerprint = 0;
    // The key `name` sorts by, made beside the fingerprint on the thread pool (null: not
    // made; sorting then collates the name). Derived data like the fingerprint; mergeFrom
    // takes the other record's key with its name.
    NameSortKey nameSortKey;

    bool operator==(const Workflow &other) const;
    bool operator!=(const Workflow &other) const { return !(*this == other); }

    // Takes every field the other record actually carries; keeps ours where it is silent.
    // Used when an action answers with a minimal {id, status} body.
    void mergeFrom(const Workflow &newer);

    // The hash of the fields now (never 0); fingerprint caches it.
    quint64 computeFingerprint() const;
    quint64 contentFingerprint() const { return fingerprint ? fingerprint : computeFingerprint(); }
    void refreshFingerprint() { fingerprint = computeFingerprint(); }
};

Q_DECLARE_METATYPE(Workflow)

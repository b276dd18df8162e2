#pragma once

#include "style/NoticeStrip.h"

#include <QPointer>

class WorkflowListModel;

// The strip above the table that says how far the list can be trusted, for as long as it
// is so (not a one-slot banner that the next message replaces):
// - "This list is incomplete …": the server stopped giving new workflows while its pages
//   were still full, so workflows may be missing, and "Pause all active…" will not run;
// - "N workflows from DialNexa could not be read …": rows without a usable id or status,
//   left out of the list.
// Hidden when the last listing was complete and every row could be read.
class ListCompletenessStrip : public NoticeStrip
{
    Q_OBJECT
public:
    explicit ListCompletenessStrip(WorkflowListModel *model, QWidget *parent = nullptr);

    QString text() const; // empty while hidden

public Q_SLOTS:
    void evaluate();

private:
    QPointer<WorkflowListModel> m_model;
};

#pragma once

#include "domain/WorkflowState.h"
#include "monitoring/StatusSummary.h"
#include "workflows/WorkflowListModel.h"

#include <QPointer>
#include <QWidget>

#include <array>
#include <optional>

class QLabel;
class QToolButton;

// The strip above the table: one chip per status bucket (Active, Paused, Draft,
// Completed, Cancelled, Other) with its count, coloured and iconed by StatusStyle.
// Clicking a chip asks for that status filter; clicking the chip of the filter already in
// force asks to clear it. The chips follow the filter however it was set (setActiveFilter).
class StatusSummaryBar : public QWidget
{
    Q_OBJECT
public:
    explicit StatusSummaryBar(StatusSummary *summary, QWidget *parent = nullptr);

    static WorkflowState stateOf(StatusSummary::Bucket bucket);
    // The untranslated name used in object names ("summaryChipActive").
    static QString objectKey(StatusSummary::Bucket bucket);
    static StatusSummary::Bucket bucketOf(WorkflowState state)
    {
        return StatusSummary::bucketOf(state);
    }

    QToolButton *chip(StatusSummary::Bucket bucket) const { return m_chips.at(bucket); }
    int shownCount(StatusSummary::Bucket bucket) const;
    void setActiveFilter(std::optional<WorkflowState> state);
    std::optional<WorkflowState> activeFilter() const { return m_filter; }

Q_SIGNALS:
    void filterRequested(std::optional<WorkflowState> state);

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateCounts();
    void applyLook();

    QPointer<StatusSummary> m_summary;
    std::array<QToolButton *, StatusSummary::BucketCount> m_chips{};
    std::array<int, StatusSummary::BucketCount> m_counts{};
    QLabel *m_total;
    std::optional<WorkflowState> m_filter;
    bool m_styling = false;
};

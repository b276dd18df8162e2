#include "monitoring/StatusSummaryBar.h"

#include "style/StatusStyle.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QToolButton>

StatusSummaryBar::StatusSummaryBar(StatusSummary *summary, QWidget *parent)
    : QWidget(parent)
    , m_summary(summary)
    , m_total(new QLabel(this))
{
    setObjectName(QStringLiteral("statusSummaryBar"));
    auto *h = new QHBoxLayout(this);
    h->setContentsMargins(0, 0, 0, 0);
    h->setSpacing(6);
    for (int b = 0; b < StatusSummary::BucketCount; ++b) {
        const auto bucket = static_cast<StatusSummary::Bucket>(b);
        auto *chip = new QToolButton(this);
        // The object name stays English whatever the language (bucketName() is translated).
        chip->setObjectName(QStringLiteral("summaryChip%1").arg(objectKey(bucket)));
        chip->setCheckable(true);
        chip->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        chip->setIconSize(QSize(14, 14));
        chip->setCursor(Qt::PointingHandCursor);
        chip->setFocusPolicy(Qt::TabFocus);
        chip->setToolTip(
            bucket == StatusSummary::Other
                ? tr("Workflows whose status the API does not document. Click to show only "
                     "them; click again to show all.")
                : tr("Click to show only %1 workflows; click again to show all.")
                      .arg(StatusSummary::bucketName(bucket).toLower()));
        connect(chip, &QToolButton::clicked, this, [this, bucket] {
            const WorkflowState state = stateOf(bucket);
            const bool clear = m_filter && *m_filter == state;
            // The filter decides the checked state (setActiveFilter), not the click.
            Q_EMIT filterRequested(clear ? std::nullopt : std::optional<WorkflowState>(state));
            setActiveFilter(m_filter);
        });
        m_chips[b] = chip;
        h->addWidget(chip);
    }
    h->addStretch(1);
    m_total->setObjectName(QStringLiteral("summaryTotal"));
    m_total->setEnabled(false);
    m_total->hide(); // the window's "40 workflows" already says it; kept for accessibility
    if (summary)
        connect(summary, &StatusSummary::countsChanged, this, &StatusSummaryBar::updateCounts);
    applyLook();
    updateCounts();
}

QString StatusSummaryBar::objectKey(StatusSummary::Bucket bucket)
{
    switch (bucket) {
    case StatusSummary::Active:
        return QStringLiteral("Active");
    case StatusSummary::Paused:
        return QStringLiteral("Paused");
    case StatusSummary::Draft:
        return QStringLiteral("Draft");
    case StatusSummary::Completed:
        return QStringLiteral("Completed");
    case StatusSummary::Cancelled:
        return QStringLiteral("Cancelled");
    case StatusSummary::Other:
    case StatusSummary::BucketCount:
        break;
    }
    return QStringLiteral("Other");
}

WorkflowState StatusSummaryBar::stateOf(StatusSummary::Bucket bucket)
{
    switch (bucket) {
    case StatusSummary::Active:
        return WorkflowState::Active;
    case StatusSummary::Paused:
        return WorkflowState::Paused;
    case StatusSummary::Draft:
        return WorkflowState::Draft;
    case StatusSummary::Completed:
        return WorkflowState::Completed;
    case StatusSummary::Cancelled:
        return WorkflowState::Cancelled;
    case StatusSummary::Other:
    case StatusSummary::BucketCount:
        break;
    }
    return WorkflowState::Unknown;
}

int StatusSummaryBar::shownCount(StatusSummary::Bucket bucket) const
{
    return m_counts.at(bucket);
}

void StatusSummaryBar::setActiveFilter(std::optional<WorkflowState> state)
{
    m_filter = state;
    for (int b = 0; b < StatusSummary::BucketCount; ++b)
        m_chips[b]->setChecked(state && stateOf(static_cast<StatusSummary::Bucket>(b)) == *state);
}

void StatusSummaryBar::updateCounts()
{
    const QLocale locale;
    for (int b = 0; b < StatusSummary::BucketCount; ++b) {
        const auto bucket = static_cast<StatusSummary::Bucket>(b);
        m_counts[b] = m_summary ? m_summary->count(bucket) : 0;
        m_chips[b]->setText(QStringLiteral("%1  %2").arg(StatusSummary::bucketName(bucket),
                                                         locale.toString(m_counts[b])));
        // A screen reader hears what the chip counts and that it filters.
        m_chips[b]->setAccessibleName(
            tr("%1: %2, filter").arg(StatusSummary::bucketName(bucket)).arg(m_counts[b]));
        m_chips[b]->setAccessibleDescription(
            tr("Shows only the %n workflow(s) counted here; press again to show all.", nullptr,
               m_counts[b]));
    }
    // "Other" only earns its place when the server sent a status nobody documented.
    m_chips[StatusSummary::Other]->setVisible(m_counts[StatusSummary::Other] > 0 ||
                                              (m_filter && *m_filter == WorkflowState::Unknown));
    m_total->setText(m_summary && m_summary->total() > 0
                         ? tr("Total %1").arg(locale.toString(m_summary->total()))
                         : QString());
}

void StatusSummaryBar::applyLook()
{
    m_styling = true;
    const QPalette pal = palette();
    for (int b = 0; b < StatusSummary::BucketCount; ++b) {
        const WorkflowState state = stateOf(static_cast<StatusSummary::Bucket>(b));
        const QColor accent = StatusStyle::color(state, pal);
        const QColor fill = StatusStyle::fill(state, pal);
        const QColor base = pal.color(QPalette::Base);
        const QColor border = StatusStyle::mix(fill, accent, 0.45);
        // Checked, the chip inverts (accent fill, base-coloured text and icon): the same
        // contrast as the accent on the list's background, which keeps 4.5:1.
        QIcon icon = StatusStyle::icon(state, pal);
        const QIcon onIcon = StatusStyle::tinted(StatusStyle::iconPath(state), base);
        for (const QSize &size : onIcon.availableSizes())
            icon.addPixmap(onIcon.pixmap(size), QIcon::Normal, QIcon::On);
        m_chips[b]->setIcon(icon);
        m_chips[b]->setStyleSheet(
            QStringLiteral("QToolButton { color: %1; background: %2; border: 1px solid %3;"
                           " border-radius: 11px; padding: 2px 10px; font-weight: 600; }"
                           "QToolButton:hover { border-color: %1; }"
                           "QToolButton:checked { color: %4; background: %1; border: 2px solid %1;"
                           " padding: 1px 9px; }")
                .arg(accent.name(), fill.name(), border.name(), base.name()));
    }
    m_styling = false;
}

void StatusSummaryBar::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && !m_styling)
        applyLook();
}

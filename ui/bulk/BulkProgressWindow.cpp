#include "bulk/BulkProgressWindow.h"

#include "storage/Settings.h"

#include "style/PlainText.h"
#include "style/StatusStyle.h"

#include <QCheckBox>
#include <QFont>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace {
QString statusWord(const std::optional<WorkflowStatus> &status)
{
    return status ? StatusStyle::text(*status).toLower() : QString();
}
// A 409 because the workflow completed on its own: nothing was left to act on.
bool completedMeanwhile(const BulkItemOutcome &o)
{
    return o.kind == BulkItemOutcome::Kind::Conflict && o.currentStatus &&
           o.currentStatus->state() == WorkflowState::Completed;
}
} // namespace

int BulkProgressWindow::savedConcurrency()
{
    return Settings().bulkConcurrency();
}

QString BulkProgressWindow::outcomeText(LifecycleAction action, const BulkItemOutcome &o)
{
    using Kind = BulkItemOutcome::Kind;
    switch (o.kind) {
    case Kind::Pending:
        return tr("Waiting");
    case Kind::Done: {
        QString done = LifecycleActions::pastTense(action);
        done[0] = done[0].toUpper();
        return done;
    }
    case Kind::AlreadyInTarget:
        return tr("Already %1")
            .arg(WorkflowStatus::displayText(LifecycleActions::targetState(action)).toLower());
    case Kind::Conflict:
        if (completedMeanwhile(o))
            return tr("Completed meanwhile — nothing to %1")
                .arg(LifecycleActions::verb(action).toLower());
        return o.currentStatus ? tr("Conflict (%1)").arg(statusWord(o.currentStatus))
                               : tr("Conflict");
    case Kind::NotFound:
        return tr("Not found");
    case Kind::Failed:
        // The reason is whole sentences: after a colon, not inside brackets.
        return o.reason.isEmpty() ? tr("Failed") : tr("Failed: %1").arg(o.reason);
    case Kind::Skipped:
        return tr("Skipped");
    }
    return QString();
}

QString BulkProgressWindow::resumeText(const ResumeItemReport &r)
{
    using O = ResumeItemReport::Outcome;
    switch (r.outcome) {
    case O::Resumed:
        if (!r.resumedBy.isEmpty())
            return tr("Resumed by %1 (paused by %2)").arg(r.resumedBy, r.pausedBy);
        return r.probablyPausedByIncident
                   ? tr("Resumed (paused by this incident, probably: its pause's outcome was "
                        "unknown)")
                   : tr("Resumed");
    case O::SkippedAlreadyActive:
        return tr("Already active (resumed by someone else)");
    case O::SkippedCancelled:
        return tr("Not resumed: cancelled meanwhile");
    case O::SkippedNotFound:
        return tr("Not resumed: not found (deleted, or not this server) — needs attention");
    case O::SkippedOtherState:
        return r.currentStatus ? tr("Not resumed: now %1").arg(statusWord(r.currentStatus))
                               : tr("Not resumed: in another state");
    case O::SkippedUnconfirmed:
        return tr("Not resumed: this incident's pause was never confirmed");
    case O::NotPausedByIncident:
        return tr("Left alone (this incident did not pause it)");
    case O::Failed:
        return r.message.isEmpty() ? tr("Failed") : tr("Failed: %1").arg(r.message);
    case O::Cancelled:
        return tr("Skipped (cancelled)");
    case O::ResumedElsewhere:
        if (!r.resumedBy.isEmpty() && !r.pausedBy.isEmpty())
            return tr("Already active: resumed by %1 (paused by %2)").arg(r.resumedBy, r.pausedBy);
        return tr("Already active (%1)").arg(r.message);
    case O::ResumingElsewhere:
        if (!r.resumingBy.isEmpty() && !r.pausedBy.isEmpty())
            return tr("Left to a teammate (%1 is resuming it; paused by %2)")
                .arg(r.resumingBy, r.pausedBy);
        return tr("Left to a teammate (%1)").arg(r.message);
    }
    return QString();
}

BulkProgressWindow::BulkProgressWindow(QWidget *parent)
    : QWidget(parent, Qt::Window)
{
    setObjectName(QStringLiteral("bulkProgressWindow"));
    setWindowTitle(tr("Bulk action"));

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(8);

    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("bulkProgressHeading"));
    m_heading->setWordWrap(true);
    m_heading->setTextFormat(Qt::PlainText);
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont big = m_heading->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.1);
    m_heading->setFont(big);
    layout->addWidget(m_heading);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("bulkProgressBar"));
    m_progress->setFormat(tr("%v of %m done"));
    layout->addWidget(m_progress);

    m_backoff = new QLabel(this);
    m_backoff->setObjectName(QStringLiteral("bulkBackoffNote"));
    m_backoff->setWordWrap(true);
    m_backoff->setVisible(false);
    m_backoff->setAutoFillBackground(true);
    m_backoff->setContentsMargins(8, 4, 8, 4);
    {
        QPalette pal = m_backoff->palette();
        pal.setColor(QPalette::Window, StatusStyle::pendingFill(palette()));
        m_backoff->setPalette(pal);
    }
    layout->addWidget(m_backoff);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("bulkResultsTable"));
    m_table->setAccessibleName(tr("Results"));
    m_table->setHorizontalHeaderLabels({tr("Workflow"), tr("Outcome"), tr("ID")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideMiddle); // a long name keeps its start and its end
    PlainText::showToolTipsLiterally(m_table);
    // Name and outcome share the width: in team mode an outcome names who paused and who
    // resumed, as long as a name. The ID only when asked for.
    m_table->horizontalHeader()->setSectionResizeMode(WorkflowColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(OutcomeColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(DetailColumn, QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->setColumnWidth(DetailColumn, 140);
    m_table->setColumnHidden(DetailColumn, true);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    layout->addWidget(m_table, 1);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("bulkSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);

    auto *buttons = new QHBoxLayout;
    m_showIds = new QCheckBox(tr("Show &IDs"), this);
    m_showIds->setObjectName(QStringLiteral("bulkShowIds"));
    connect(m_showIds, &QCheckBox::toggled, this,
            [this](bool on) { m_table->setColumnHidden(DetailColumn, !on); });
    buttons->addWidget(m_showIds);
    buttons->addStretch(1);
    m_retry = new QPushButton(tr("Retry failed"), this);
    m_retry->setObjectName(QStringLiteral("bulkRetryButton"));
    m_retry->setEnabled(false);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("bulkCancelButton"));
    m_cancel->setToolTip(tr("Start no new requests; those already sent finish."));
    m_close = new QPushButton(tr("Close"), this);
    m_close->setObjectName(QStringLiteral("bulkCloseButton"));
    buttons->addWidget(m_retry);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_close);
    layout->addLayout(buttons);

    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_cancel->setEnabled(false);
        m_cancel->setText(tr("Cancelling…"));
        Q_EMIT cancelRequested();
    });
    connect(m_retry, &QPushButton::clicked, this, &BulkProgressWindow::retryFailedRequested);
    connect(m_close, &QPushButton::clicked, this, &QWidget::close);

    m_backoffTick = new QTimer(this);
    m_backoffTick->setInterval(250);
    connect(m_backoffTick, &QTimer::timeout, this, &BulkProgressWindow::updateBackoffText);

    resize(860, 460);
}

void BulkProgressWindow::begin(LifecycleAction action, const QList<BulkItem> &items,
                               const QString &incidentId, const QString &heading)
{
    m_action = action;
    m_incidentId = incidentId;
    m_rows.clear();
    m_table->setRowCount(0);
    m_heading->setText(heading);
    setWindowTitle(incidentId.isEmpty() ? heading : tr("%1 — %2").arg(incidentId, heading));
    for (const BulkItem &item : items)
        setRow(item.id, item.name, tr("Waiting"), item.id, Tone::Neutral);
    m_summary->clear();
    clearBackoff();
    setProgress(0, int(items.size()));
    setRetryAvailable(false);
    setRunning(true);
}

int BulkProgressWindow::rowCount() const
{
    return m_table->rowCount();
}

int BulkProgressWindow::rowOf(const QString &workflowId) const
{
    return m_rows.value(workflowId, -1);
}

QString BulkProgressWindow::outcomeText(const QString &workflowId) const
{
    const int row = rowOf(workflowId);
    const QTableWidgetItem *item = row >= 0 ? m_table->item(row, OutcomeColumn) : nullptr;
    return item ? item->text() : QString();
}

void BulkProgressWindow::setRow(const QString &workflowId, const QString &name,
                                const QString &outcome, const QString &detail, Tone tone)
{
    int row = rowOf(workflowId);
    if (row < 0) {
        row = m_table->rowCount();
        m_table->insertRow(row);
        m_rows.insert(workflowId, row);
        m_table->setItem(row, WorkflowColumn, new QTableWidgetItem);
        m_table->setItem(row, OutcomeColumn, new QTableWidgetItem);
        m_table->setItem(row, DetailColumn, new QTableWidgetItem);
    }
    if (!name.isEmpty() || m_table->item(row, WorkflowColumn)->text().isEmpty())
        m_table->item(row, WorkflowColumn)->setText(name.isEmpty() ? workflowId : name);
    // The whole name (the column may elide it); the ID is in its own column.
    m_table->item(row, WorkflowColumn)->setToolTip(m_table->item(row, WorkflowColumn)->text());
    QTableWidgetItem *out = m_table->item(row, OutcomeColumn);
    out->setText(outcome);
    out->setToolTip(outcome); // shown literally by the table
    const QPalette &pal = palette();
    switch (tone) {
    case Tone::Neutral:
        out->setForeground(pal.color(QPalette::PlaceholderText));
        out->setIcon(QIcon());
        break;
    case Tone::Good:
        out->setForeground(StatusStyle::color(LifecycleActions::targetState(m_action), pal));
        out->setIcon(StatusStyle::icon(LifecycleActions::targetState(m_action), pal));
        break;
    case Tone::Info:
        out->setForeground(pal.color(QPalette::Text));
        out->setIcon(StatusStyle::pendingIcon(pal));
        break;
    case Tone::Same:
        out->setForeground(pal.color(QPalette::Text));
        out->setIcon(StatusStyle::icon(LifecycleActions::targetState(m_action), pal));
        break;
    case Tone::Completed: // finished on its own: plain text with the completed icon
        out->setForeground(pal.color(QPalette::Text));
        out->setIcon(StatusStyle::icon(WorkflowState::Completed, pal));
        break;
    case Tone::Bad:
        out->setForeground(StatusStyle::color(WorkflowState::Cancelled, pal));
        out->setIcon(StatusStyle::icon(WorkflowState::Cancelled, pal));
        break;
    }
    m_table->item(row, DetailColumn)->setText(detail);
}

void BulkProgressWindow::markStarted(const QString &workflowId)
{
    setRow(workflowId, QString(), LifecycleActions::pendingText(m_action), workflowId, Tone::Info);
}

void BulkProgressWindow::setOutcome(const BulkItemOutcome &o)
{
    using Kind = BulkItemOutcome::Kind;
    Tone tone = Tone::Bad;
    if (o.kind == Kind::Done)
        tone = Tone::Good;
    else if (o.kind == Kind::AlreadyInTarget)
        tone = Tone::Same;
    else if (completedMeanwhile(o))
        tone = Tone::Completed; // nothing left to do: information, not a failure
    else if (o.kind == Kind::Skipped)
        tone = Tone::Neutral;
    else if (o.kind == Kind::Pending)
        tone = Tone::Info;
    setRow(o.workflowId, o.workflowName, outcomeText(m_action, o), o.workflowId, tone);
}

void BulkProgressWindow::setResumeReport(const ResumeItemReport &r)
{
    using O = ResumeItemReport::Outcome;
    Tone tone = Tone::Neutral;
    if (r.outcome == O::Resumed)
        tone = Tone::Good;
    else if (r.outcome == O::SkippedAlreadyActive || r.outcome == O::ResumedElsewhere)
        tone = Tone::Same;
    else if (r.outcome == O::Failed)
        tone = Tone::Bad;
    setRow(r.workflowId, r.workflowName, resumeText(r), r.workflowId, tone);
}

void BulkProgressWindow::setProgress(int done, int total)
{
    m_progress->setRange(0, qMax(total, 1));
    m_progress->setValue(qMin(done, qMax(total, 1)));
    if (total == 0)
        m_progress->setFormat(tr("Nothing to do"));
    else
        m_progress->setFormat(tr("%v of %m done"));
}

void BulkProgressWindow::setBackoff(int delayMs)
{
    m_backoffMs = qMax(0, delayMs);
    m_backoffClock.start();
    m_backoff->setVisible(true);
    updateBackoffText();
    m_backoffTick->start();
}

void BulkProgressWindow::clearBackoff()
{
    m_backoffTick->stop();
    m_backoffMs = 0;
    m_backoff->clear();
    m_backoff->setVisible(false);
}

void BulkProgressWindow::updateBackoffText()
{
    const qint64 left = qMax<qint64>(0, m_backoffMs - m_backoffClock.elapsed());
    const int seconds = int((left + 999) / 1000);
    m_backoff->setText(
        tr("DialNexa asked us to slow down; waiting %1 s").arg(qMax(seconds, left > 0 ? 1 : 0)));
}

QString BulkProgressWindow::backoffText() const
{
    return m_backoff->isVisible() ? m_backoff->text() : QString();
}

void BulkProgressWindow::setRunning(bool running)
{
    m_running = running;
    m_cancel->setEnabled(running);
    m_cancel->setText(tr("Cancel"));
    if (!running)
        clearBackoff();
}

void BulkProgressWindow::setRetryAvailable(bool available)
{
    m_retry->setEnabled(available && !m_running);
}

void BulkProgressWindow::setSummary(const QString &text)
{
    m_summary->setText(text);
}

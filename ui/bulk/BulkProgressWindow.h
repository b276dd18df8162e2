#pragma once

#include "bulk/BulkItem.h"
#include "bulk/BulkItemOutcome.h"
#include "domain/LifecycleAction.h"
#include "incidents/ResumeItemReport.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QWidget>

class QLabel;
class QProgressBar;
class QCheckBox;
class QPushButton;
class QTableWidget;
class QTimer;

// The live view of a bulk run, in its own non-modal window: one row per workflow with its
// outcome in words ("Paused", "Already paused", "Completed meanwhile — nothing to pause"
// (information, not a failure), "Conflict (cancelled)", "Not found",
// "Failed (reason)", "Skipped"), a progress bar, a note while DialNexa rate-limits us
// ("DialNexa asked us to slow down; waiting 2 s"), Cancel (nothing new starts, in-flight
// requests finish) and Retry failed. Names get the width (elided in the middle, whole in
// the tooltip); the ID column is hidden until "Show IDs" is ticked. The number of parallel
// requests is a setting (File → Settings…), read when a run starts. Presentation only:
// the owner drives it and listens to its signals.
class BulkProgressWindow : public QWidget
{
    Q_OBJECT
public:
    enum Column { WorkflowColumn, OutcomeColumn, DetailColumn, ColumnCount };

    explicit BulkProgressWindow(QWidget *parent = nullptr);

    // Clears the table and shows one waiting row per item.
    void begin(LifecycleAction action, const QList<BulkItem> &items, const QString &incidentId,
               const QString &heading);
    void markStarted(const QString &workflowId);
    void setOutcome(const BulkItemOutcome &outcome);
    void setResumeReport(const ResumeItemReport &report);
    void setProgress(int done, int total);
    void setBackoff(int delayMs);
    void clearBackoff();
    void setRunning(bool running);
    void setRetryAvailable(bool available);
    void setSummary(const QString &text);

    LifecycleAction action() const { return m_action; }
    QString incidentId() const { return m_incidentId; }
    bool isRunning() const { return m_running; }
    int rowCount() const;
    QString outcomeText(const QString &workflowId) const;
    QString backoffText() const;

    QTableWidget *table() const { return m_table; }
    QProgressBar *progressBar() const { return m_progress; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *retryButton() const { return m_retry; }
    QLabel *summaryLabel() const { return m_summary; }

    static QString outcomeText(LifecycleAction action, const BulkItemOutcome &outcome);
    static QString resumeText(const ResumeItemReport &report);
    // Settings::bulkConcurrency(): how many requests a run keeps in flight.
    static int savedConcurrency();

Q_SIGNALS:
    void cancelRequested();
    void retryFailedRequested();

private:
    enum class Tone { Neutral, Good, Same, Completed, Info, Bad };
    int rowOf(const QString &workflowId) const;
    void setRow(const QString &workflowId, const QString &name, const QString &outcome,
                const QString &detail, Tone tone);
    void updateBackoffText();

    LifecycleAction m_action = LifecycleAction::Pause;
    QString m_incidentId;
    QHash<QString, int> m_rows;
    bool m_running = false;
    QLabel *m_heading = nullptr;
    QTableWidget *m_table = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_backoff = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_retry = nullptr;
    QPushButton *m_close = nullptr;
    QCheckBox *m_showIds = nullptr;
    QTimer *m_backoffTick = nullptr;
    QElapsedTimer m_backoffClock;
    int m_backoffMs = 0;
};

#pragma once

#include "monitoring/ChangeTracker.h"
#include "monitoring/ConnectionHealth.h"
#include "monitoring/StatusSummary.h"
#include "workflows/WorkflowListModel.h"

#include <QPointer>
#include <QWidget>

#include <array>

class QLabel;
class QListWidget;
class QTimer;

// Wallboard mode: a full-screen, large-type view for a room — the status counts as big
// tiles, and the workflows that need attention (recently changed first, then unknown
// statuses, then paused), with the connection state and data age. It reads the same
// model, summary, tracker and health as the main window, so it refreshes live.
// Esc or F11 leaves it (closed()).
class WallboardWindow : public QWidget
{
    Q_OBJECT
public:
    WallboardWindow(WorkflowListModel *model, StatusSummary *summary, ChangeTracker *tracker,
                    ConnectionHealth *health, QWidget *parent = nullptr);

    int tileCount(StatusSummary::Bucket bucket) const;
    QString tileText(StatusSummary::Bucket bucket) const;
    QListWidget *attentionList() const { return m_list; }
    QStringList attentionIds() const;
    // A running pause window ("Quiet hours until 08:00 — 37 paused"): shown under the
    // title, so the room knows why dialling stopped. Empty hides it.
    void setMarker(const QString &text);

public Q_SLOTS:
    void rebuild();

Q_SIGNALS:
    void closed();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void scheduleRebuild();
    void updateClock();
    void applyLook();
    // Type scales with the window so the board reads across a room on any screen.
    void applyFonts();

    QPointer<WorkflowListModel> m_model;
    QPointer<StatusSummary> m_summary;
    QPointer<ChangeTracker> m_tracker;
    QPointer<ConnectionHealth> m_health;
    std::array<QLabel *, StatusSummary::BucketCount> m_numbers{};
    std::array<QLabel *, StatusSummary::BucketCount> m_names{};
    std::array<QWidget *, StatusSummary::BucketCount> m_tiles{};
    QLabel *m_title;
    QLabel *m_clock;
    QLabel *m_connection;
    QLabel *m_marker;
    QLabel *m_attentionHeading;
    QListWidget *m_list;
    QTimer *m_rebuild;
    QTimer *m_tick;
    bool m_styling = false;
    QFont m_baseFont;
    qreal m_scale = 0;
    QLabel *m_hint = nullptr;
};

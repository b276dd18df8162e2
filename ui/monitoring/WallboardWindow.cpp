#include "monitoring/WallboardWindow.h"

#include "monitoring/ChangeTracker.h"
#include "monitoring/ConnectionHealth.h"
#include "monitoring/StatusSummaryBar.h"
#include "style/ConnectionStyle.h"
#include "style/PlainText.h"
#include "style/StatusStyle.h"
#include "workflows/WorkflowListModel.h"

#include <QCloseEvent>
#include <QDateTime>
#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace {

QFont scaled(const QFont &base, qreal factor, QFont::Weight weight)
{
    QFont f = base;
    f.setPointSizeF(base.pointSizeF() * factor);
    f.setWeight(weight);
    return f;
}

enum AttentionRole { WorkflowIdItemRole = Qt::UserRole + 1 };

} // namespace

WallboardWindow::WallboardWindow(WorkflowListModel *model, StatusSummary *summary,
                                 ChangeTracker *tracker, ConnectionHealth *health, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_model(model)
    , m_summary(summary)
    , m_tracker(tracker)
    , m_health(health)
    , m_title(new QLabel(tr("DialNexa — live workflows"), this))
    , m_clock(new QLabel(this))
    , m_connection(new QLabel(this))
    , m_marker(new QLabel(this))
    , m_attentionHeading(new QLabel(this))
    , m_list(new QListWidget(this))
    , m_rebuild(new QTimer(this))
    , m_tick(new QTimer(this))
{
    setObjectName(QStringLiteral("wallboard"));
    setWindowTitle(tr("DialNexa Wallboard"));
    setAttribute(Qt::WA_DeleteOnClose, false);
    setAutoFillBackground(true);
    m_baseFont = font();

    auto *v = new QVBoxLayout(this);
    v->setContentsMargins(36, 24, 36, 24);
    v->setSpacing(20);

    // Title and connection on the left, the clock on the right.
    auto *top = new QHBoxLayout;
    auto *heading = new QVBoxLayout;
    heading->setSpacing(2);
    m_clock->setObjectName(QStringLiteral("wallboardClock"));
    m_connection->setObjectName(QStringLiteral("wallboardConnection"));
    heading->addWidget(m_title);
    heading->addWidget(m_connection);
    m_marker->setObjectName(QStringLiteral("wallboardPauseWindow"));
    m_marker->setTextFormat(Qt::PlainText); // the reason is typed by a colleague
    m_marker->setWordWrap(true);
    m_marker->hide();
    heading->addWidget(m_marker);
    top->addLayout(heading, 1);
    top->addWidget(m_clock, 0, Qt::AlignTop);
    v->addLayout(top);

    auto *tiles = new QHBoxLayout; // a hidden tile ("Other" at 0) takes no room
    tiles->setSpacing(16);
    for (int b = 0; b < StatusSummary::BucketCount; ++b) {
        auto *tile = new QFrame(this);
        tile->setObjectName(
            QStringLiteral("wallboardTile%1")
                .arg(StatusSummary::bucketName(static_cast<StatusSummary::Bucket>(b))));
        tile->setAutoFillBackground(true);
        tile->setFrameShape(QFrame::StyledPanel);
        auto *tv = new QVBoxLayout(tile);
        tv->setContentsMargins(18, 14, 18, 16);
        tv->setSpacing(0);
        m_numbers[b] = new QLabel(QStringLiteral("0"), tile);
        m_numbers[b]->setAlignment(Qt::AlignCenter);
        m_names[b] =
            new QLabel(StatusSummary::bucketName(static_cast<StatusSummary::Bucket>(b)), tile);
        m_names[b]->setAlignment(Qt::AlignCenter);
        tv->addWidget(m_numbers[b]);
        tv->addWidget(m_names[b]);
        m_tiles[b] = tile;
        tiles->addWidget(tile, 1);
    }
    v->addLayout(tiles);

    v->addWidget(m_attentionHeading);
    m_list->setObjectName(QStringLiteral("wallboardAttention"));
    m_list->setSpacing(3);
    m_list->setFocusPolicy(Qt::NoFocus);
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setUniformItemSizes(true);
    // A long name elides in its middle: its start and the status at the end stay readable.
    m_list->setTextElideMode(Qt::ElideMiddle);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    v->addWidget(m_list, 1);
    m_hint = new QLabel(tr("Esc or F11 to leave the wallboard"), this);
    m_hint->setEnabled(false);
    m_hint->setAlignment(Qt::AlignRight);
    v->addWidget(m_hint);

    m_rebuild->setSingleShot(true);
    m_rebuild->setInterval(0);
    connect(m_rebuild, &QTimer::timeout, this, &WallboardWindow::rebuild);
    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, this, &WallboardWindow::updateClock);
    m_tick->start();
    if (model) {
        for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
            connect(model, signal, this, &WallboardWindow::scheduleRebuild);
        connect(model, &QAbstractItemModel::modelReset, this, &WallboardWindow::scheduleRebuild);
        connect(model, &QAbstractItemModel::layoutChanged, this, &WallboardWindow::scheduleRebuild);
        connect(model, &QAbstractItemModel::dataChanged, this, &WallboardWindow::scheduleRebuild);
        connect(model, &WorkflowListModel::listingStateChanged, this,
                &WallboardWindow::updateClock);
    }
    if (summary)
        connect(summary, &StatusSummary::countsChanged, this, &WallboardWindow::scheduleRebuild);
    if (tracker)
        connect(tracker, &ChangeTracker::highlightChanged, this, &WallboardWindow::scheduleRebuild);
    if (health) {
        connect(health, &ConnectionHealth::stateChanged, this, &WallboardWindow::updateClock);
        connect(health, &ConnectionHealth::staleChanged, this, &WallboardWindow::updateClock);
    }
    applyLook();
    applyFonts();
    rebuild();
}

void WallboardWindow::applyFonts()
{
    // 1.0 at 1600x900; never smaller than the desktop type allows for a room.
    const qreal scale = qBound(0.6, qMin(width() / 1600.0, height() / 900.0), 2.5);
    if (qFuzzyCompare(scale, m_scale))
        return;
    m_scale = scale;
    const QFont &base = m_baseFont;
    m_title->setFont(scaled(base, 2.4 * scale, QFont::Bold));
    m_clock->setFont(scaled(base, 3.0 * scale, QFont::DemiBold));
    m_connection->setFont(scaled(base, 1.6 * scale, QFont::DemiBold));
    m_marker->setFont(scaled(base, 1.8 * scale, QFont::Bold));
    for (int b = 0; b < StatusSummary::BucketCount; ++b) {
        m_numbers[b]->setFont(scaled(base, 7.0 * scale, QFont::Bold));
        m_names[b]->setFont(scaled(base, 1.8 * scale, QFont::DemiBold));
    }
    m_attentionHeading->setFont(scaled(base, 1.9 * scale, QFont::DemiBold));
    m_list->setFont(scaled(base, 2.2 * scale, QFont::Normal));
    const int icon = qRound(34 * scale);
    m_list->setIconSize(QSize(icon, icon));
    m_hint->setFont(scaled(base, qMax(1.0, scale), QFont::Normal));
    if (auto *v = qobject_cast<QVBoxLayout *>(layout())) {
        const int m = qRound(36 * scale);
        v->setContentsMargins(m, qRound(24 * scale), m, qRound(20 * scale));
        v->setSpacing(qRound(20 * scale));
    }
    rebuild(); // item fonts follow the list font
}

void WallboardWindow::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    applyFonts();
}

void WallboardWindow::scheduleRebuild()
{
    if (isVisible())
        m_rebuild->start();
}

void WallboardWindow::setMarker(const QString &text)
{
    m_marker->setText(text);
    m_marker->setVisible(!text.isEmpty());
}

int WallboardWindow::tileCount(StatusSummary::Bucket bucket) const
{
    return m_summary ? m_summary->count(bucket) : 0;
}

QString WallboardWindow::tileText(StatusSummary::Bucket bucket) const
{
    return m_numbers.at(bucket)->text();
}

QStringList WallboardWindow::attentionIds() const
{
    QStringList ids;
    for (int i = 0; i < m_list->count(); ++i) {
        const QString id = m_list->item(i)->data(WorkflowIdItemRole).toString();
        if (!id.isEmpty())
            ids << id;
    }
    return ids;
}

void WallboardWindow::rebuild()
{
    const QLocale locale;
    for (int b = 0; b < StatusSummary::BucketCount; ++b) {
        const int n = tileCount(static_cast<StatusSummary::Bucket>(b));
        m_numbers[b]->setText(locale.toString(n));
        // "Other" only matters when something is in it.
        if (b == StatusSummary::Other)
            m_tiles[b]->setVisible(n > 0);
    }

    const QPalette pal = palette();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    struct Row
    {
        int rank; // 0 recently changed, 1 unknown status, 2 paused
        Workflow w;
    };
    QList<Row> rows;
    if (m_model) {
        for (const Workflow &w : m_model->workflows()) {
            const WorkflowState s = w.status.state();
            if (m_tracker && m_tracker->isHighlighted(w.id, now))
                rows.append({0, w});
            else if (s == WorkflowState::Unknown)
                rows.append({1, w});
            else if (s == WorkflowState::Paused)
                rows.append({2, w});
        }
    }
    std::stable_sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
        if (a.rank != b.rank)
            return a.rank < b.rank;
        return a.w.name.localeAwareCompare(b.w.name) < 0;
    });
    m_attentionHeading->setText(
        rows.isEmpty() ? tr("Nothing needs attention: no paused, unknown or just-changed workflows")
                       : tr("Needs attention (%1)").arg(rows.size()));
    m_list->clear();
    for (const Row &r : rows) {
        const WorkflowState s = r.w.status.state();
        const QString name = r.w.name.isEmpty() ? r.w.id : r.w.name;
        QString why = StatusStyle::text(r.w.status);
        if (r.rank == 0)
            why = tr("%1 — just changed").arg(why);
        else if (r.rank == 1)
            why = tr("%1 — status not documented").arg(why);
        auto *item = new QListWidgetItem(StatusStyle::icon(s, pal),
                                         QStringLiteral("%1    ·    %2").arg(name, why), m_list);
        item->setData(WorkflowIdItemRole, r.w.id);
        item->setToolTip(PlainText::toolTip(name));
        item->setForeground(r.rank == 0 ? pal.color(QPalette::Text) : StatusStyle::color(s, pal));
        if (r.rank == 0) {
            item->setBackground(StatusStyle::mix(pal.color(QPalette::Base),
                                                 pal.color(QPalette::Highlight),
                                                 StatusStyle::isDark(pal) ? 0.30 : 0.16));
            QFont f = m_list->font();
            f.setWeight(QFont::DemiBold);
            item->setFont(f);
        }
    }
    m_list->doItemsLayout();
    updateClock();
}

void WallboardWindow::updateClock()
{
    m_clock->setText(QLocale().toString(QDateTime::currentDateTime(), QStringLiteral("HH:mm:ss")));
    if (!m_health)
        return;
    const QDateTime now = m_health->now();
    const ConnectionHealth::State state = m_health->state();
    const bool stale = m_health->lastSuccess().isValid() && m_health->isStale(now);
    // The tiles count the list; when the list is incomplete the room must know.
    const bool incomplete = m_model && !m_model->isListingComplete();
    QString text =
        QStringLiteral("● %1 · %2").arg(ConnectionHealth::stateText(state), m_health->ageText(now));
    if (incomplete)
        text += tr(" · list incomplete: counts may be low");
    m_connection->setText(text);
    QPalette p = m_connection->palette();
    p.setColor(QPalette::WindowText, stale || incomplete
                                         ? StatusStyle::color(WorkflowState::Cancelled, palette())
                                         : ConnectionStyle::color(state, palette()));
    m_connection->setPalette(p);
}

void WallboardWindow::applyLook()
{
    m_styling = true;
    const QPalette pal = palette();
    for (int b = 0; b < StatusSummary::BucketCount; ++b) {
        const WorkflowState state =
            StatusSummaryBar::stateOf(static_cast<StatusSummary::Bucket>(b));
        QPalette tp = m_tiles[b]->palette();
        tp.setColor(QPalette::Window, StatusStyle::fill(state, pal));
        tp.setColor(QPalette::WindowText, StatusStyle::color(state, pal));
        m_tiles[b]->setPalette(tp);
    }
    QPalette lp = m_list->palette();
    lp.setColor(QPalette::Base, pal.color(QPalette::Window));
    m_list->setPalette(lp);
    m_styling = false;
}

void WallboardWindow::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape || event->key() == Qt::Key_F11) {
        close();
        return;
    }
    QWidget::keyPressEvent(event);
}

void WallboardWindow::closeEvent(QCloseEvent *event)
{
    QWidget::closeEvent(event);
    Q_EMIT closed();
}

void WallboardWindow::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && !m_styling)
        applyLook();
}

void WallboardWindow::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    rebuild();
}

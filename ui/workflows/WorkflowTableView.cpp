#include "workflows/WorkflowTableView.h"

#include "domain/LifecycleAction.h"
#include "domain/WorkflowStatus.h"
#include "storage/Settings.h"
#include "style/PlainText.h"
#include "style/StatusDelegate.h"
#include "style/TextCellDelegate.h"
#include "workflows/WorkflowFilterProxy.h"
#include "workflows/WorkflowListModel.h"

#include <QFocusEvent>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QMenu>

#include <algorithm>

WorkflowTableView::WorkflowTableView(QWidget *parent)
    : QTableView(parent)
{
    setObjectName(QStringLiteral("workflowTable"));
    setAccessibleName(tr("Workflows"));
    setSortingEnabled(true);
    setAlternatingRowColors(true);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    // Several rows for the bulk actions; a click still selects one.
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setShowGrid(false);
    // Breathing room between a right-aligned number and the next left-aligned column.
    setStyleSheet(QStringLiteral("QTableView::item { padding-left: 6px; padding-right: 6px; }"));
    setWordWrap(false);
    PlainText::showToolTipsLiterally(this); // descriptions and raw statuses are the server's
    // Long names keep their start and their end ("Delivery Slot Con…ngaluru North").
    setTextElideMode(Qt::ElideMiddle);
    // Tab leaves the table for the next area; arrows move between rows.
    setTabKeyNavigation(false);
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    // Always there: a scroll bar appearing with the first rows of a load would narrow the
    // viewport, refit the columns and repaint every row twice more (issue 13), and shift
    // the columns under the supervisor's pointer.
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    verticalHeader()->hide();
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(qMax(30, fontMetrics().height() + 14));
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->setSectionsMovable(true);
    setItemDelegate(new TextCellDelegate(this)); // a repaint without shaping every cell's text
    setItemDelegateForColumn(WorkflowListModel::StatusColumn, new StatusDelegate(this));
    horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    horizontalHeader()->setToolTip(tr("Right-click to choose the columns"));
    connect(horizontalHeader(), &QHeaderView::customContextMenuRequested, this,
            &WorkflowTableView::showHeaderMenu);
    // The name's width as chosen (restored, fitted to the first rows, or dragged): a narrow
    // moment may shrink the column, the next wide one gives that width back.
    connect(horizontalHeader(), &QHeaderView::sectionResized, this,
            [this](int logical, int, int size) {
                if (logical == WorkflowListModel::NameColumn && !m_fitting)
                    m_preferredNameWidth = size;
            });
}

void WorkflowTableView::setModels(WorkflowListModel *model, WorkflowFilterProxy *proxy)
{
    m_model = model;
    m_proxy = proxy;
    setModel(proxy);
    connect(selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &WorkflowTableView::selectionChangedByUser);
    connect(selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &WorkflowTableView::selectionChangedByUser);
    connect(proxy, &QAbstractItemModel::rowsInserted, this, &WorkflowTableView::autoSizeColumns);
    connect(proxy, &QAbstractItemModel::modelReset, this, &WorkflowTableView::autoSizeColumns);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(proxy, signal, this, &WorkflowTableView::layOutBeforePaint);
    connect(proxy, &QAbstractItemModel::modelReset, this, &WorkflowTableView::layOutBeforePaint);
    connect(proxy, &QAbstractItemModel::layoutChanged, this, &WorkflowTableView::layOutBeforePaint);
}

void WorkflowTableView::layOutBeforePaint()
{
    if (m_layoutQueued)
        return;
    m_layoutQueued = true;
    // A change of rows paints the table, then the view's zero-time layout timer lays the
    // rows out and paints every visible row again (issue 13: milliseconds per paint at
    // 10,000 rows, during a load). Queued at normal priority, the layout runs before that
    // paint (the window's update request waits at low priority), which then shows it.
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_layoutQueued = false;
            executeDelayedItemsLayout();
        },
        Qt::QueuedConnection);
}

void WorkflowTableView::restoreHeader(const Settings &settings)
{
    QHeaderView *header = horizontalHeader();
    header->setSortIndicatorShown(true);
    const QByteArray state = settings.tableHeaderState();
    if (!state.isEmpty() && header->restoreState(state)) {
        sortByColumn(header->sortIndicatorSection(), header->sortIndicatorOrder());
        m_preferredNameWidth = header->sectionSize(WorkflowListModel::NameColumn);
        fitColumnsToWidth();
        return;
    }
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    header->resizeSection(WorkflowListModel::NameColumn, 20 * em);
    header->resizeSection(WorkflowListModel::StatusColumn, 9 * em + 24);
    header->resizeSection(WorkflowListModel::EnrolledLeadsColumn, 8 * em);
    header->resizeSection(WorkflowListModel::NodesColumn, 5 * em);
    header->resizeSection(WorkflowListModel::EdgesColumn, 5 * em);
    header->resizeSection(WorkflowListModel::CreatedColumn, 10 * em);
    header->resizeSection(WorkflowListModel::UpdatedColumn, 10 * em);
    header->resizeSection(WorkflowListModel::IdColumn, 12 * em);
    // No title is cut, even before the first rows arrive.
    for (int c = 0; c < header->count(); ++c)
        header->resizeSection(c, qMax(header->sectionSize(c), titleWidth(c)));
    // The ID is in the details pane and the search; the column is one right-click away.
    header->setSectionHidden(WorkflowListModel::IdColumn, true);
    sortByColumn(WorkflowListModel::NameColumn, Qt::AscendingOrder);
    m_autoSizePending = true; // fit the columns to the first data that arrives
    fitColumnsToWidth();
}

void WorkflowTableView::saveHeader(Settings &settings) const
{
    if (!model())
        return;
    // Columns hidden only for lack of room are saved as shown: the next screen may be wider.
    QHeaderView *header = horizontalHeader();
    const QSignalBlocker blocker(header);
    for (int c : m_hiddenForRoom)
        header->setSectionHidden(c, false);
    settings.setTableHeaderState(header->saveState());
    for (int c : m_hiddenForRoom)
        header->setSectionHidden(c, true);
}

int WorkflowTableView::titleWidth(int column) const
{
    return qMax(horizontalHeader()->sectionSizeHint(column), 0);
}

void WorkflowTableView::resizeEvent(QResizeEvent *event)
{
    QTableView::resizeEvent(event);
    fitColumnsToWidth();
}

void WorkflowTableView::fitColumnsToWidth()
{
    // Only at the view's real width: before it is shown, every column would look too wide.
    if (!model() || m_fitting || !isVisible())
        return;
    m_fitting = true;
    QHeaderView *header = horizontalHeader();
    const QSignalBlocker blocker(header);
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    // The name keeps room for a readable name before dates and counts are shown.
    const int nameMin = qMax(20 * em, titleWidth(WorkflowListModel::NameColumn));
    const int available = viewport()->width();
    // The name's chosen width comes before dates and counts: they give way first.
    const int nameWanted = qMax(nameMin, m_preferredNameWidth);
    // What gives way first when the window is narrow.
    const int order[] = {WorkflowListModel::IdColumn, WorkflowListModel::UpdatedColumn,
                         WorkflowListModel::CreatedColumn, WorkflowListModel::EdgesColumn,
                         WorkflowListModel::NodesColumn};
    // The last visible column is stretched over whatever is left, so its current size says
    // nothing about the room it needs: count what its title and rows need instead, or a
    // stretched column would push the others out one by one.
    auto others = [&] {
        int sum = 0;
        int last = -1;
        for (int v = header->count() - 1; v >= 0 && last < 0; --v) {
            if (!header->isSectionHidden(header->logicalIndex(v)))
                last = header->logicalIndex(v);
        }
        for (int c = 0; c < header->count(); ++c) {
            if (c == WorkflowListModel::NameColumn || header->isSectionHidden(c))
                continue;
            sum += c == last ? qMax(titleWidth(c), sizeHintForColumn(c)) : header->sectionSize(c);
        }
        return sum;
    };
    // Give back what fits again, most important first.
    for (auto it = std::rbegin(order); it != std::rend(order); ++it) {
        if (!m_hiddenForRoom.contains(*it))
            continue;
        if (others() + header->sectionSize(*it) + nameWanted <= available) {
            header->setSectionHidden(*it, false);
            m_hiddenForRoom.remove(*it);
        } else {
            break;
        }
    }
    for (int c : order) {
        if (others() + nameWanted <= available)
            break;
        if (!header->isSectionHidden(c)) {
            header->setSectionHidden(c, true);
            m_hiddenForRoom.insert(c);
        }
    }
    // The name keeps its chosen width where it fits, never less than its minimum; what is
    // left goes to the last column.
    const int room = available - others();
    const int name = qMax(nameMin, qMin(nameWanted, room));
    if (name != header->sectionSize(WorkflowListModel::NameColumn))
        header->resizeSection(WorkflowListModel::NameColumn, name);
    m_fitting = false;
    header->viewport()->update();
}

void WorkflowTableView::focusInEvent(QFocusEvent *event)
{
    QTableView::focusInEvent(event);
    // Arriving by keyboard selects the current row (or the first), so Ctrl+P acts at once.
    if (event->reason() == Qt::MouseFocusReason || !model() || model()->rowCount() == 0)
        return;
    if (selectionModel()->hasSelection())
        return;
    QModelIndex index = currentIndex();
    if (!index.isValid())
        index = model()->index(0, WorkflowListModel::NameColumn);
    selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                 QItemSelectionModel::Rows);
    scrollTo(index);
}

void WorkflowTableView::autoSizeColumns()
{
    if (!m_autoSizePending || !m_proxy || m_proxy->rowCount() == 0)
        return;
    m_autoSizePending = false;
    QHeaderView *header = horizontalHeader();
    // Blocked as in fitColumnsToWidth: told of each resized column, QTableView would repaint
    // the rows again from a zero-time timer, after the paint of the rows that brought this
    // (issue 13); the geometry and the repaint are done at the end instead.
    const QSignalBlocker blocker(header);
    // Compact widths from what each column holds; the name gets the rest.
    const QFontMetrics fm(font());
    auto fit = [&](int c, int contentWidth) {
        if (header->isSectionHidden(c))
            return 0;
        const int w = qMax(contentWidth, titleWidth(c));
        header->resizeSection(c, w);
        return w;
    };
    QFont badgeFont = font();
    badgeFont.setWeight(QFont::DemiBold);
    const QFontMetrics bfm(badgeFont);
    int badgeText = 0;
    for (const QString &t : {WorkflowStatus::displayText(WorkflowState::Completed),
                             WorkflowStatus::displayText(WorkflowState::Cancelled),
                             LifecycleActions::pendingText(LifecycleAction::Cancel),
                             LifecycleActions::pendingText(LifecycleAction::Activate)})
        badgeText = qMax(badgeText, bfm.horizontalAdvance(t));
    const int date = fm.horizontalAdvance(QStringLiteral("2026-12-31 23:59")) + 20;
    const int count = fm.horizontalAdvance(QStringLiteral("000,000")) + 20;
    const int smallCount = count - fm.horizontalAdvance(QStringLiteral("000,"));
    int used = 0;
    used += fit(WorkflowListModel::StatusColumn, badgeText + 16 + 5 + 2 * 8 + 2 * 6 + 4);
    used += fit(WorkflowListModel::EnrolledLeadsColumn, count);
    used += fit(WorkflowListModel::NodesColumn, smallCount);
    used += fit(WorkflowListModel::EdgesColumn, smallCount);
    used += fit(WorkflowListModel::CreatedColumn, date);
    used += fit(WorkflowListModel::UpdatedColumn, date);
    used += fit(WorkflowListModel::IdColumn,
                fm.horizontalAdvance(QStringLiteral("wfl_m3v7zb9rk2px")) + 20);
    const int available = viewport()->width() - used - 2; // the scroll bar is always there
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    header->resizeSection(WorkflowListModel::NameColumn, qBound(18 * em, available, 40 * em));
    m_preferredNameWidth = header->sectionSize(WorkflowListModel::NameColumn); // "fitted"
    fitColumnsToWidth();
    updateGeometries();
    viewport()->update();
}

void WorkflowTableView::showHeaderMenu(const QPoint &pos)
{
    QHeaderView *header = horizontalHeader();
    // popup(), not exec(): no nested event loop.
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    for (int c = 0; c < header->count(); ++c) {
        QAction *a = menu->addAction(model()->headerData(c, Qt::Horizontal).toString());
        a->setCheckable(true);
        a->setChecked(!header->isSectionHidden(c));
        // The name and the status always stay: they are what the list is for.
        a->setEnabled(c != WorkflowListModel::NameColumn && c != WorkflowListModel::StatusColumn);
        connect(a, &QAction::toggled, this, [this, header, c](bool on) {
            m_hiddenForRoom.remove(c); // the supervisor's choice from now on
            header->setSectionHidden(c, !on);
            fitColumnsToWidth();
        });
    }
    menu->popup(header->mapToGlobal(pos));
}

QString WorkflowTableView::currentWorkflowId() const
{
    if (!m_proxy)
        return QString();
    const QModelIndex current = selectionModel()->currentIndex();
    if (!current.isValid() || !selectionModel()->isRowSelected(current.row(), QModelIndex()))
        return QString();
    return current.data(WorkflowListModel::WorkflowIdRole).toString();
}

QStringList WorkflowTableView::selectedWorkflowIds() const
{
    if (!m_proxy)
        return {};
    QModelIndexList rows = selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QStringList ids;
    for (const QModelIndex &index : rows)
        ids.append(index.data(WorkflowListModel::WorkflowIdRole).toString());
    return ids;
}

bool WorkflowTableView::selectWorkflow(const QString &id)
{
    if (!m_model || !m_proxy)
        return false;
    const int sourceRow = m_model->rowOf(id);
    if (sourceRow < 0)
        return false;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(sourceRow, 0));
    if (!index.isValid())
        return false;
    selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                 QItemSelectionModel::Rows);
    scrollTo(index);
    return true;
}

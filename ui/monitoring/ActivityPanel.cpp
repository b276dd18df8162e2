#include "monitoring/ActivityPanel.h"

#include "monitoring/ActivityLogModel.h"
#include "style/PlainText.h"
#include "style/StatusStyle.h"

#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QLabel>
#include <QStackedLayout>
#include <QTableView>
#include <QVBoxLayout>

namespace {

// Colours the "who" of an external change so it stands out in the log.
class ActivityColourProxy : public QIdentityProxyModel
{
public:
    using QIdentityProxyModel::QIdentityProxyModel;
    QVariant data(const QModelIndex &index, int role) const override
    {
        // The supervisor's wall clock, like the rest of the window (the log keeps UTC).
        if (role == Qt::DisplayRole && index.column() == ActivityLogModel::TimeColumn) {
            const QVariant entry = index.data(ActivityLogModel::EntryRole);
            if (entry.canConvert<ActivityEntry>())
                return entry.value<ActivityEntry>().at.toLocalTime().toString(
                    QStringLiteral("HH:mm:ss"));
        }
        if (role == Qt::ForegroundRole && index.column() == ActivityLogModel::OriginColumn &&
            index.data(ActivityLogModel::OriginRole).toInt() ==
                int(ActivityEntry::Origin::External)) {
            if (auto *w = qobject_cast<QWidget *>(QObject::parent()))
                return StatusStyle::color(WorkflowState::Paused, w->palette());
        }
        if (role == Qt::FontRole && index.column() == ActivityLogModel::OriginColumn &&
            index.data(ActivityLogModel::OriginRole).toInt() ==
                int(ActivityEntry::Origin::External)) {
            QFont f;
            f.setWeight(QFont::DemiBold);
            return f;
        }
        return QIdentityProxyModel::data(index, role);
    }
};

} // namespace

ActivityPanel::ActivityPanel(ActivityLogModel *log, QWidget *parent)
    : QDockWidget(tr("Activity"), parent)
    , m_log(log)
    , m_view(new QTableView)
    , m_empty(new QLabel(tr("No status changes seen yet this session.")))
{
    setObjectName(QStringLiteral("activityDock"));
    setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable |
                QDockWidget::DockWidgetFloatable);
    auto *body = new QWidget(this);
    auto *stack = new QStackedLayout(body);
    m_view->setObjectName(QStringLiteral("activityTable"));
    PlainText::showToolTipsLiterally(m_view);
    auto *proxy = new ActivityColourProxy(m_view);
    proxy->setSourceModel(log);
    m_view->setModel(proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setShowGrid(false);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_view->horizontalHeader()->setStretchLastSection(false);
    // Time, change and who fit their contents; the workflow name takes the rest.
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(ActivityLogModel::TimeColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ActivityLogModel::WorkflowColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(ActivityLogModel::ChangeColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ActivityLogModel::OriginColumn, QHeaderView::ResizeToContents);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setEnabled(false);
    stack->addWidget(m_empty);
    stack->addWidget(m_view);
    setWidget(body);

    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT workflowActivated(index.data(ActivityLogModel::WorkflowIdRole).toString());
    });
    connect(log, &QAbstractItemModel::rowsInserted, this, &ActivityPanel::updateEmptyState);
    connect(log, &QAbstractItemModel::rowsRemoved, this, &ActivityPanel::updateEmptyState);
    connect(log, &QAbstractItemModel::modelReset, this, &ActivityPanel::updateEmptyState);
    updateEmptyState();
}

void ActivityPanel::updateEmptyState()
{
    auto *stack = static_cast<QStackedLayout *>(widget()->layout());
    stack->setCurrentIndex(m_log->rowCount() > 0 ? 1 : 0);
}

QSize ActivityPanel::sizeHint() const
{
    // A compact strip of log under the table, not half the window.
    return {QDockWidget::sizeHint().width(), fontMetrics().height() * 8};
}

#include "leads/LeadsPanel.h"

#include "leads/LeadBreakdownLoader.h"
#include "leads/LeadHistoryDialog.h"
#include "leads/LeadListModel.h"
#include "style/ElidedLabel.h"
#include "style/PlainText.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace {

QString statusLabel(const QString &status)
{
    QString s = status;
    s.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!s.isEmpty())
        s[0] = s[0].toUpper();
    return s;
}

QString countText(int n)
{
    return n < 0 ? QStringLiteral("—") : QLocale().toString(n);
}

} // namespace

LeadsPanel::LeadsPanel(WorkflowApi *api, QWidget *parent)
    : QWidget(parent)
    , m_api(api)
    , m_loader(new LeadBreakdownLoader(api, this))
    , m_leads(new LeadListModel(api, this))
    , m_settle(new QTimer(this))
    , m_title(new ElidedLabel(this))
    , m_breakdownState(new QLabel(this))
    , m_grid(new QGridLayout)
    , m_total(new QLabel(this))
    , m_other(new QLabel(this))
    , m_view(new QTableView(this))
    , m_listState(new QLabel(this))
    , m_previous(new QPushButton(tr("◀ Previous"), this))
    , m_next(new QPushButton(tr("Next ▶"), this))
    , m_page(new QLabel(this))
    , m_history(new QPushButton(tr("History…"), this))
{
    setObjectName(QStringLiteral("leadsPanel"));
    auto *v = new QVBoxLayout(this);
    v->setContentsMargins(12, 10, 12, 10);
    v->setSpacing(8);

    m_title->setObjectName(QStringLiteral("leadsTitle"));
    m_title->setMaxLines(2);
    QFont title = m_title->font();
    title.setWeight(QFont::DemiBold);
    title.setPointSizeF(title.pointSizeF() * 1.15);
    m_title->setFont(title);
    v->addWidget(m_title);

    auto *heading = new QLabel(tr("Leads by status"), this);
    QFont bold = heading->font();
    bold.setWeight(QFont::DemiBold);
    heading->setFont(bold);
    v->addWidget(heading);
    m_breakdownState->setObjectName(QStringLiteral("breakdownState"));
    m_breakdownState->setWordWrap(true);
    m_breakdownState->setTextFormat(Qt::PlainText);
    m_breakdownState->setEnabled(false);
    v->addWidget(m_breakdownState);

    m_grid->setHorizontalSpacing(10);
    m_grid->setVerticalSpacing(3);
    const QStringList statuses = LeadBreakdownLoader::leadStatuses();
    // Two columns of "Status  count" pairs keep the block short.
    const int rows = int((statuses.size() + 1) / 2);
    for (int i = 0; i < statuses.size(); ++i) {
        const int row = i % rows;
        const int col = (i / rows) * 2;
        auto *name = new QLabel(statusLabel(statuses.at(i)), this);
        name->setEnabled(false);
        auto *count = new QLabel(QStringLiteral("—"), this);
        count->setObjectName(QStringLiteral("breakdown_%1").arg(statuses.at(i)));
        count->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_grid->addWidget(name, row, col);
        m_grid->addWidget(count, row, col + 1);
        m_counts.insert(statuses.at(i), count);
    }
    auto *otherName = new QLabel(tr("Other"), this);
    otherName->setEnabled(false);
    otherName->setToolTip(tr("Leads in a status outside the documented ones"));
    m_other->setObjectName(QStringLiteral("breakdown_other"));
    m_other->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_grid->addWidget(otherName, rows - 1 + (statuses.size() % 2 == 0 ? 1 : 0), 2);
    m_grid->addWidget(m_other, rows - 1 + (statuses.size() % 2 == 0 ? 1 : 0), 3);
    m_grid->setColumnStretch(1, 1);
    m_grid->setColumnStretch(3, 1);
    m_grid->setColumnMinimumWidth(2, 12);
    v->addLayout(m_grid);
    m_total->setObjectName(QStringLiteral("breakdownTotal"));
    m_total->setFont(bold);
    v->addWidget(m_total);

    auto *line = new QFrame(this);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);
    v->addWidget(line);
    auto *listHeading = new QHBoxLayout;
    auto *leadsLabel = new QLabel(tr("Leads"), this);
    leadsLabel->setFont(bold);
    listHeading->addWidget(leadsLabel, 1);
    listHeading->addWidget(m_history);
    v->addLayout(listHeading);

    m_view->setObjectName(QStringLiteral("leadsTable"));
    PlainText::showToolTipsLiterally(m_view);
    m_view->setModel(m_leads);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    // Phone and status are what a supervisor reads first: never cut them; the rest scrolls.
    m_view->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->horizontalHeader()->setSectionResizeMode(LeadListModel::PhoneColumn,
                                                     QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(LeadListModel::StatusColumn,
                                                     QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(LeadListModel::CurrentNodeColumn,
                                                     QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setSectionResizeMode(LeadListModel::EnrolledAtColumn,
                                                     QHeaderView::ResizeToContents);
    v->addWidget(m_view, 1);
    m_listState->setObjectName(QStringLiteral("leadsState"));
    m_listState->setWordWrap(true);
    m_listState->setTextFormat(Qt::PlainText);
    m_listState->setEnabled(false);
    m_listState->hide();
    v->addWidget(m_listState);

    auto *pager = new QHBoxLayout;
    pager->setSpacing(6);
    m_previous->setObjectName(QStringLiteral("leadsPrevious"));
    m_next->setObjectName(QStringLiteral("leadsNext"));
    m_page->setObjectName(QStringLiteral("leadsPage"));
    m_page->setAlignment(Qt::AlignCenter);
    m_history->setObjectName(QStringLiteral("leadsHistory"));
    m_history->setToolTip(
        tr("Show the selected lead's steps through the workflow (or double-click it)"));
    pager->addWidget(m_previous);
    pager->addWidget(m_page, 1);
    pager->addWidget(m_next);
    v->addLayout(pager);

    m_settle->setSingleShot(true);
    m_settle->setInterval(SettleMs);
    connect(m_settle, &QTimer::timeout, this, &LeadsPanel::loadIfDue);
    connect(m_loader, &LeadBreakdownLoader::loadingChanged, this, &LeadsPanel::updateBreakdown);
    connect(m_loader, &LeadBreakdownLoader::loaded, this, &LeadsPanel::updateBreakdown);
    connect(m_loader, &LeadBreakdownLoader::failed, this, &LeadsPanel::updateBreakdown);
    connect(m_leads, &LeadListModel::loadingChanged, this, &LeadsPanel::updatePager);
    connect(m_leads, &LeadListModel::pageChanged, this, &LeadsPanel::updatePager);
    connect(m_leads, &LeadListModel::loaded, this, &LeadsPanel::updatePager);
    connect(m_leads, &LeadListModel::loadFailed, this, &LeadsPanel::updatePager);
    connect(m_leads, &QAbstractItemModel::modelReset, this, &LeadsPanel::updatePager);
    connect(m_previous, &QPushButton::clicked, m_leads, &LeadListModel::previousPage);
    connect(m_next, &QPushButton::clicked, m_leads, &LeadListModel::nextPage);
    connect(m_history, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_view->currentIndex();
        openHistory(current.isValid() ? current.row() : -1);
    });
    connect(m_view, &QTableView::doubleClicked, this,
            [this](const QModelIndex &index) { openHistory(index.row()); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &LeadsPanel::updatePager);
    updateBreakdown();
    updatePager();
}

void LeadsPanel::setWorkflow(const QString &workflowId, const QString &name)
{
    m_wantedName = name;
    if (workflowId == m_wantedId)
        return;
    m_wantedId = workflowId;
    m_title->setFullText(name.isEmpty() ? workflowId : name);
    m_settle->start();
}

void LeadsPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_wantedId != m_loadedId && !m_settle->isActive())
        m_settle->start();
}

void LeadsPanel::loadIfDue()
{
    if (!isVisible() || m_wantedId == m_loadedId)
        return;
    m_loadedId = m_wantedId;
    ++m_loadCount;
    if (m_loadedId.isEmpty()) {
        m_loader->cancel();
        m_leads->setWorkflow(QString());
    } else {
        m_loader->load(m_loadedId);
        m_leads->setWorkflow(m_loadedId);
    }
    updateBreakdown();
    updatePager();
}

void LeadsPanel::reload()
{
    if (m_loadedId.isEmpty())
        return;
    ++m_loadCount;
    m_loader->load(m_loadedId);
    m_leads->reload();
}

bool LeadsPanel::isSettling() const
{
    return m_settle->isActive();
}

QString LeadsPanel::pageText() const
{
    return m_page->text();
}

QString LeadsPanel::breakdownText(const QString &status) const
{
    const QLabel *l = m_counts.value(status);
    return l ? l->text() : QString();
}

QString LeadsPanel::totalText() const
{
    return m_total->text();
}

void LeadsPanel::updateBreakdown()
{
    const bool mine = !m_loadedId.isEmpty() && m_loader->workflowId() == m_loadedId;
    const bool have = mine && m_loader->hasResult() && !m_loader->isLoading();
    for (auto it = m_counts.cbegin(); it != m_counts.cend(); ++it)
        it.value()->setText(have ? countText(m_loader->count(it.key())) : QStringLiteral("—"));
    m_other->setText(have ? countText(m_loader->otherCount()) : QStringLiteral("—"));
    m_other->setToolTip(have && m_loader->otherCount() < 0
                            ? tr("Unknown: some statuses could not be counted")
                            : QString());
    if (m_loadedId.isEmpty()) {
        m_breakdownState->setText(tr("Select a workflow to see its leads."));
        m_breakdownState->show();
        m_total->clear();
    } else if (m_loader->isLoading()) {
        m_breakdownState->setText(tr("Counting leads…"));
        m_breakdownState->show();
    } else if (mine && m_loader->error().kind() != ApiError::Kind::None && !m_loader->hasResult()) {
        m_breakdownState->setText(
            tr("Could not count the leads: %1").arg(m_loader->error().userMessage()));
        m_breakdownState->show();
    } else {
        m_breakdownState->hide();
    }
    m_total->setText(
        have ? tr("%1 leads in total · %2 not finished yet")
                   .arg(countText(m_loader->total()), countText(m_loader->inProgressCount()))
             : QString());
}

void LeadsPanel::updatePager()
{
    const bool any = !m_leads->workflowId().isEmpty();
    m_previous->setEnabled(any && !m_leads->isLoading() && m_leads->hasPreviousPage());
    m_next->setEnabled(any && !m_leads->isLoading() && m_leads->hasNextPage());
    m_history->setEnabled(any && m_view->currentIndex().isValid());
    if (!any) {
        m_page->clear();
    } else if (m_leads->pageCount() > 0) {
        m_page->setText(tr("Page %1 of %2").arg(m_leads->page()).arg(m_leads->pageCount()));
    } else if (m_leads->pageCount() == 0 || (m_leads->rowCount() == 0 && !m_leads->isLoading())) {
        m_page->setText(tr("No leads"));
    } else {
        m_page->setText(tr("Page %1").arg(m_leads->page()));
    }
    QString state;
    if (any && m_leads->isLoading())
        state = tr("Loading page %1…").arg(m_leads->loadingPage());
    else if (any && m_leads->error().kind() != ApiError::Kind::None)
        state = tr("Could not load the leads: %1").arg(m_leads->error().userMessage());
    m_listState->setText(state);
    m_listState->setVisible(!state.isEmpty());
}

LeadHistoryDialog *LeadsPanel::openHistory(int row)
{
    if (row < 0 || row >= m_leads->rowCount())
        return nullptr;
    auto *dialog =
        new LeadHistoryDialog(m_api, m_leads->workflowId(), m_leads->leadAt(row), window());
    dialog->show();
    Q_EMIT historyOpened(dialog);
    return dialog;
}

#include "incidents/IncidentsDialog.h"

#include "incidents/IncidentStore.h"
#include "storage/TeamStore.h"
#include "style/PlainText.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace { } // namespace

IncidentsDialog::IncidentsDialog(IncidentStore *store, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
{
    setObjectName(QStringLiteral("incidentsDialog"));
    setWindowTitle(tr("Incidents"));
    setAttribute(Qt::WA_DeleteOnClose);

    // Tab "Incidents"; the console adds "Pause windows" beside it (addTab).
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("incidentsTabs"));
    auto *page = new QWidget(m_tabs);
    page->setObjectName(QStringLiteral("incidentsPage"));
    auto *layout = new QVBoxLayout(page);
    m_hint =
        new QLabel(tr("Resuming an incident gives back only the workflows its pause moved from "
                      "active to paused and that are still paused. Anything paused before, or "
                      "resumed by someone else since, is left alone and reported."),
                   this);
    m_hint->setWordWrap(true);
    layout->addWidget(m_hint);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("incidentsTable"));
    m_table->setAccessibleName(tr("Incidents"));
    m_table->setHorizontalHeaderLabels({tr("Incident"), tr("Reason"), tr("Started (UTC)"),
                                        tr("Operator"), tr("API host"), tr("Status"),
                                        tr("Paused by it")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(ReasonColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    layout->addWidget(m_table, 1);

    m_serverNote = new QLabel(this);
    m_serverNote->setObjectName(QStringLiteral("incidentsServerNote"));
    m_serverNote->setWordWrap(true);
    m_serverNote->setTextFormat(Qt::PlainText);
    m_serverNote->setVisible(false);
    layout->addWidget(m_serverNote);

    m_showClosed = new QCheckBox(tr("Show closed incidents"), this);
    m_showClosed->setObjectName(QStringLiteral("incidentsShowClosed"));
    layout->addWidget(m_showClosed);

    m_resume = new QPushButton(tr("Resume incident…"), page);
    m_resume->setObjectName(QStringLiteral("incidentsResumeButton"));
    layout->addWidget(m_resume, 0, Qt::AlignRight);
    m_tabs->addTab(page, tr("Incidents"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *outer = new QVBoxLayout(this);
    outer->addWidget(m_tabs, 1);
    outer->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_resume, &QPushButton::clicked, this, [this] {
        const QString id = selectedIncidentId();
        if (!id.isEmpty() && m_resume->isEnabled())
            Q_EMIT resumeRequested(id);
    });
    connect(m_showClosed, &QCheckBox::toggled, this, &IncidentsDialog::reload);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &IncidentsDialog::updateButtons);
    if (store)
        connect(store, &IncidentStore::incidentsChanged, this, &IncidentsDialog::reload);

    reload();
    resize(860, 380);
}

void IncidentsDialog::setTeamStore(TeamStore *team)
{
    m_team = team;
    if (team) {
        // A 1,000-workflow pause is 1,000 notifications: one reload per burst.
        auto *soon = new QTimer(this);
        soon->setSingleShot(true);
        soon->setInterval(100);
        connect(soon, &QTimer::timeout, this, &IncidentsDialog::reload);
        connect(team, &TeamStore::teamChanged, soon, [soon] {
            if (!soon->isActive())
                soon->start();
        });
    }
    reload();
}

void IncidentsDialog::reload()
{
    const QString keep = selectedIncidentId();
    m_table->setRowCount(0);
    const bool team = m_team && m_team->isOpen();
    QList<Incident> incidents;
    QSet<QString> fromTeam;
    if (team) {
        for (const Incident &inc : m_team->incidents()) {
            fromTeam.insert(inc.id);
            incidents.append(inc);
        }
    }
    if (m_store) {
        // This computer's incidents that have not reached the team store yet.
        for (const Incident &inc : m_store->allIncidents()) {
            if (!fromTeam.contains(inc.id))
                incidents.append(inc);
        }
    }
    std::stable_sort(incidents.begin(), incidents.end(), [](const Incident &a, const Incident &b) {
        return a.startedAtUtc > b.startedAtUtc;
    });
    for (const Incident &inc : std::as_const(incidents)) {
        if (!inc.isOpen() && !m_showClosed->isChecked())
            continue;
        int paused = 0;
        int stillOwed = 0;
        const QList<IncidentWorkflow> workflows =
            fromTeam.contains(inc.id) ? m_team->workflows(inc.id) : m_store->workflows(inc.id);
        for (const IncidentWorkflow &w : workflows) {
            if (w.pausedByIncident) {
                ++paused;
                stillOwed += w.resumed ? 0 : 1;
            }
        }
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto *idItem = new QTableWidgetItem(inc.id);
        idItem->setData(Qt::UserRole, inc.id);
        idItem->setData(Qt::UserRole + 1, inc.isOpen());
        m_table->setItem(row, IdColumn, idItem);
        auto *reason =
            new QTableWidgetItem(inc.reason.isEmpty() ? tr("(no reason given)") : inc.reason);
        reason->setToolTip(PlainText::toolTip(inc.reason));
        m_table->setItem(row, ReasonColumn, reason);
        m_table->setItem(row, StartedColumn,
                         new QTableWidgetItem(inc.startedAtUtc.toUTC().toString(
                             QStringLiteral("yyyy-MM-dd HH:mm"))));
        m_table->setItem(row, OperatorColumn, new QTableWidgetItem(inc.operatorName));
        m_table->setItem(row, ApiHostColumn, new QTableWidgetItem(inc.apiHost));
        m_table->setItem(row, StatusColumn, new QTableWidgetItem(Incident::statusName(inc.status)));
        QString pausedText = tr("%n workflow(s)", nullptr, paused);
        if (inc.isOpen() && stillOwed != paused)
            pausedText += QLatin1Char(' ') + tr("(%1 still to resume)").arg(stillOwed);
        m_table->setItem(row, PausedColumn, new QTableWidgetItem(pausedText));
        if (!inc.isOpen()) {
            for (int c = 0; c < ColumnCount; ++c)
                m_table->item(row, c)->setForeground(palette().color(QPalette::PlaceholderText));
        }
    }
    for (int c : {int(IdColumn), int(StartedColumn), int(OperatorColumn), int(ApiHostColumn),
                  int(StatusColumn), int(PausedColumn)}) {
        m_table->resizeColumnToContents(c);
        m_table->setColumnWidth(c, m_table->columnWidth(c) + 16);
    }
    if (!selectIncident(keep) && m_table->rowCount() > 0)
        m_table->selectRow(0);
    updateButtons();
}

void IncidentsDialog::addTab(QWidget *page, const QString &title)
{
    m_tabs->addTab(page, title);
}

QString IncidentsDialog::selectedIncidentId() const
{
    const QList<QTableWidgetItem *> items = m_table->selectedItems();
    for (const QTableWidgetItem *item : items) {
        if (item->column() == IdColumn)
            return item->data(Qt::UserRole).toString();
    }
    return QString();
}

bool IncidentsDialog::selectIncident(const QString &id)
{
    if (id.isEmpty())
        return false;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, IdColumn)->data(Qt::UserRole).toString() == id) {
            m_table->selectRow(row);
            return true;
        }
    }
    return false;
}

void IncidentsDialog::setBusy(bool busy)
{
    m_busy = busy;
    updateButtons();
}

void IncidentsDialog::setServerCheck(std::function<QString(const QString &)> check)
{
    m_serverCheck = std::move(check);
    updateButtons();
}

void IncidentsDialog::updateButtons()
{
    bool open = false;
    for (const QTableWidgetItem *item : m_table->selectedItems()) {
        if (item->column() == IdColumn)
            open = item->data(Qt::UserRole + 1).toBool();
    }
    const QString otherServer =
        open && m_serverCheck ? m_serverCheck(selectedIncidentId()) : QString();
    m_serverNote->setText(otherServer);
    m_serverNote->setVisible(!otherServer.isEmpty());
    m_resume->setEnabled(open && !m_busy && otherServer.isEmpty());
    m_resume->setToolTip(m_busy                   ? tr("Another bulk action is still running.")
                         : !open                  ? tr("Select an open incident.")
                         : !otherServer.isEmpty() ? otherServer
                                                  : QString());
}

#include "incidents/PauseWindowsPanel.h"

#include "incidents/Clock.h"
#include "incidents/IncidentStore.h"
#include "incidents/PauseWindowStore.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimeZone>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {
QString localText(const QDateTime &utc)
{
    return utc.toLocalTime().toString(QStringLiteral("ddd yyyy-MM-dd HH:mm"));
}
} // namespace

PauseWindowsPanel::PauseWindowsPanel(PauseWindowStore *windows, IncidentStore *incidents,
                                     const Clock *clock, QWidget *parent)
    : QWidget(parent)
    , m_windows(windows)
    , m_incidents(incidents)
    , m_clock(clock)
    , m_list(new QTreeWidget(this))
    , m_reason(new QLineEdit(this))
    , m_start(new QDateTimeEdit(this))
    , m_end(new QDateTimeEdit(this))
    , m_search(new QLineEdit(this))
    , m_repeat(new QComboBox(this))
    , m_preview(new QLabel(this))
    , m_error(new QLabel(this))
    , m_add(new QPushButton(tr("Plan window"), this))
    , m_cancel(new QPushButton(tr("Cancel window"), this))
    , m_endNow(new QPushButton(tr("End now"), this))
    , m_extend(new QPushButton(tr("Extend 1 h"), this))
{
    setObjectName(QStringLiteral("pauseWindowsPanel"));

    m_list->setObjectName(QStringLiteral("pauseWindowList"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Reason"), tr("State"), tr("Next start"), tr("Next end"),
                             tr("Repeat"), tr("Scope"), tr("Planned by")});
    // The reason takes the spare width (it ran into the state column when every column
    // was sized to its text); the others fit what they show.
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(ReasonColumn, QHeaderView::Stretch);
    m_list->header()->setStretchLastSection(false);

    m_reason->setObjectName(QStringLiteral("windowReason"));
    m_reason->setPlaceholderText(tr("e.g. Quiet hours"));
    // Pickers in local time; stored in UTC. The next full hour by default, one hour long.
    const QDateTime now = m_clock->nowUtc().toLocalTime();
    const QDateTime nextHour(now.date(), QTime(now.time().hour(), 0));
    for (QDateTimeEdit *edit : {m_start, m_end}) {
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
        edit->setTimeSpec(Qt::LocalTime);
        edit->setCalendarPopup(true);
    }
    m_start->setObjectName(QStringLiteral("windowStart"));
    m_end->setObjectName(QStringLiteral("windowEnd"));
    m_start->setDateTime(nextHour.addSecs(3600));
    m_end->setDateTime(nextHour.addSecs(7200));
    m_search->setObjectName(QStringLiteral("windowSearch"));
    m_search->setPlaceholderText(tr("Name or ID contains… (empty: every active workflow)"));
    m_repeat->setObjectName(QStringLiteral("windowRepeat"));
    m_repeat->addItem(tr("Once"), QStringLiteral("none"));
    m_repeat->addItem(tr("Daily"), QStringLiteral("daily"));
    m_repeat->addItem(tr("Weekdays (Mon–Fri)"), QStringLiteral("weekdays:mon,tue,wed,thu,fri"));
    m_preview->setObjectName(QStringLiteral("windowPreview"));
    m_preview->setTextFormat(Qt::PlainText); // workflow names are server text
    m_preview->setWordWrap(true);
    m_error->setObjectName(QStringLiteral("windowError"));
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->hide();
    m_add->setObjectName(QStringLiteral("addWindowButton"));
    m_cancel->setObjectName(QStringLiteral("cancelWindowButton"));
    m_endNow->setObjectName(QStringLiteral("endWindowButton"));
    m_extend->setObjectName(QStringLiteral("extendWindowButton"));

    auto *form = new QFormLayout;
    form->addRow(tr("Reason:"), m_reason);
    // A date and a time need no 900 px: the pickers keep their natural width.
    for (QDateTimeEdit *edit : {m_start, m_end})
        edit->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    form->addRow(tr("Start (local):"), m_start);
    form->addRow(tr("End (local):"), m_end);
    form->addRow(tr("Search:"), m_search);
    form->addRow(tr("Repeat:"), m_repeat);
    form->addRow(tr("Matches now:"), m_preview);
    auto *planBox = new QGroupBox(tr("Plan a window"), this);
    auto *planLayout = new QVBoxLayout(planBox);
    planLayout->addLayout(form);
    planLayout->addWidget(m_add, 0, Qt::AlignRight);

    auto *rowButtons = new QHBoxLayout;
    rowButtons->addWidget(m_cancel);
    rowButtons->addWidget(m_endNow);
    rowButtons->addWidget(m_extend);
    rowButtons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addLayout(rowButtons);
    layout->addWidget(m_error);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(planBox);

    connect(m_search, &QLineEdit::textChanged, this, &PauseWindowsPanel::updatePreview);
    connect(m_reason, &QLineEdit::textChanged, this, &PauseWindowsPanel::updateButtons);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &PauseWindowsPanel::updateButtons);
    connect(m_add, &QPushButton::clicked, this, &PauseWindowsPanel::plan);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (!m_windows->cancel(selectedWindowId()))
            showError(m_windows->lastError());
    });
    connect(m_endNow, &QPushButton::clicked, this, [this] {
        if (!m_windows->endNow(selectedWindowId(), m_clock->nowUtc()))
            showError(m_windows->lastError());
        else
            Q_EMIT passRequested();
    });
    connect(m_extend, &QPushButton::clicked, this, [this] {
        const std::optional<PauseWindow> w = m_windows->window(selectedWindowId());
        if (w && !m_windows->extend(w->id, w->endUtc.addSecs(3600), m_clock->nowUtc()))
            showError(m_windows->lastError());
    });
    if (m_windows)
        connect(m_windows, &PauseWindowStore::windowsChanged, this, &PauseWindowsPanel::reload);
    reload();
    updatePreview();
}

void PauseWindowsPanel::setContext(const Context &context)
{
    m_context = context;
    updatePreview();
}

QString PauseWindowsPanel::selectedWindowId() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item && item->isSelected() ? item->data(ReasonColumn, Qt::UserRole).toString()
                                      : QString();
}

QString PauseWindowsPanel::pausedText(const PauseWindow &w) const
{
    if (!w.isRunning())
        return PauseWindow::stateName(w.state);
    const int paused = m_windows ? m_windows->pausedCount(w.incidentId) : 0;
    return tr("running — %1 paused").arg(paused);
}

void PauseWindowsPanel::reload()
{
    const QString selected = selectedWindowId();
    m_list->clear();
    if (!m_windows)
        return;
    for (const PauseWindow &w : m_windows->windows()) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(ReasonColumn, w.reason);
        item->setData(ReasonColumn, Qt::UserRole, w.id);
        item->setToolTip(ReasonColumn, w.id);
        item->setText(StateColumn, pausedText(w));
        item->setText(StartColumn, w.isFinal() ? QStringLiteral("—") : localText(w.startUtc));
        item->setText(EndColumn, w.isFinal() ? QStringLiteral("—") : localText(w.endUtc));
        item->setText(RepeatColumn, w.repeat.displayText());
        item->setText(ScopeColumn, w.scopeText());
        item->setText(PlannedByColumn, w.plannedBy);
        if (w.id == selected) {
            m_list->setCurrentItem(item);
            item->setSelected(true);
        }
    }
    updateButtons();
}

PauseWindow PauseWindowsPanel::draft() const
{
    PauseWindow w;
    w.reason = m_reason->text().simplified();
    w.firstStartUtc = m_start->dateTime().toUTC();
    w.firstEndUtc = m_end->dateTime().toUTC();
    w.timeZoneId = QString::fromUtf8(QTimeZone::systemTimeZoneId());
    w.search = m_search->text().trimmed();
    w.repeat =
        PauseWindowRepeat::parse(m_repeat->currentData().toString()).value_or(PauseWindowRepeat());
    w.plannedBy = m_context.plannedBy;
    w.plannedAtUtc = m_clock->nowUtc();
    w.profile = m_context.profile;
    w.apiHost = m_context.apiHost;
    return w;
}

// What the scope covers now, as the bulk confirmation says it: count, names, leads.
void PauseWindowsPanel::updatePreview()
{
    const PauseWindow w = draft();
    QStringList names;
    int leads = 0;
    const QList<Workflow> all = m_context.workflows ? m_context.workflows() : QList<Workflow>();
    for (const Workflow &wf : all) {
        if (wf.status.state() != WorkflowState::Active || !w.covers(wf))
            continue;
        names.append(wf.name);
        leads += wf.enrolledLeads.value_or(0);
    }
    QString text =
        names.size() == 1 ? tr("1 active workflow") : tr("%1 active workflows").arg(names.size());
    if (!names.isEmpty()) {
        const QStringList shown = names.mid(0, 5);
        text += tr(" (%1%2), %3 enrolled leads")
                    .arg(shown.join(QStringLiteral(", ")),
                         names.size() > shown.size() ? QStringLiteral(", …") : QString())
                    .arg(leads);
    }
    m_preview->setText(text);
}

void PauseWindowsPanel::updateButtons()
{
    m_add->setEnabled(!m_reason->text().trimmed().isEmpty());
    const std::optional<PauseWindow> w =
        m_windows ? m_windows->window(selectedWindowId()) : std::nullopt;
    m_cancel->setEnabled(w && w->state == PauseWindow::State::Planned);
    const bool running = w && w->isRunning() && w->endedBy.isEmpty();
    m_endNow->setEnabled(running);
    m_extend->setEnabled(running);
}

void PauseWindowsPanel::showError(const QString &text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

void PauseWindowsPanel::plan()
{
    const PauseWindow w = draft();
    if (w.firstEndUtc <= w.firstStartUtc) {
        showError(tr("The end must be later than the start."));
        return;
    }
    if (!m_windows || !m_windows->add(w)) {
        showError(tr("The window could not be stored: %1")
                      .arg(m_windows ? m_windows->lastError() : QString()));
        return;
    }
    showError(QString());
    m_reason->clear();
}

#include "audit/AuditPanel.h"

#include "audit/AuditLog.h"
#include "audit/AuditLogModel.h"
#include "style/PlainText.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace { } // namespace

AuditPanel::AuditPanel(AuditLog *log, QWidget *parent)
    : QWidget(parent)
    , m_log(log)
    , m_model(new AuditLogModel(log, this))
    , m_sorted(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("auditPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(6);

    auto *filters = new QHBoxLayout;
    filters->setSpacing(6);
    m_sinceOn = new QCheckBox(tr("Since"), this);
    m_sinceOn->setObjectName(QStringLiteral("auditSinceCheck"));
    m_since = new QDateTimeEdit(QDateTime::currentDateTimeUtc().addDays(-1), this);
    m_since->setObjectName(QStringLiteral("auditSince"));
    m_since->setTimeSpec(Qt::UTC);
    m_since->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
    m_since->setCalendarPopup(true);
    m_since->setEnabled(false);
    m_text = new QLineEdit(this);
    m_text->setObjectName(QStringLiteral("auditText"));
    m_text->setPlaceholderText(tr("Workflow name or ID"));
    m_text->setClearButtonEnabled(true);
    m_action = new QComboBox(this);
    m_action->setObjectName(QStringLiteral("auditAction"));
    m_action->addItem(tr("Any action"), QString());
    for (const char *a : {"pause", "resume", "cancel", "activate"})
        m_action->addItem(QString::fromLatin1(a), QString::fromLatin1(a));
    m_outcome = new QComboBox(this);
    m_outcome->setObjectName(QStringLiteral("auditOutcome"));
    m_outcome->addItem(tr("Any outcome"), QString());
    const QList<QPair<QString, QString>> outcomes = {
        {tr("done"), QStringLiteral("done")},
        {tr("already in target"), QStringLiteral("already_in_target")},
        {tr("conflict"), QStringLiteral("conflict")},
        {tr("not found"), QStringLiteral("not_found")},
        {tr("failed"), QStringLiteral("failed")},
        {tr("skipped"), QStringLiteral("skipped")},
        {tr("pending (no outcome)"), QStringLiteral("pending")}};
    for (const auto &o : outcomes)
        m_outcome->addItem(o.first, o.second);
    m_incident = new QComboBox(this);
    m_incident->setObjectName(QStringLiteral("auditIncident"));
    m_incident->addItem(tr("Any incident"), QString());
    m_incident->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_operator = new QLineEdit(this);
    m_operator->setObjectName(QStringLiteral("auditOperator"));
    m_operator->setPlaceholderText(tr("Operator"));
    m_operator->setAccessibleName(tr("Operator filter"));
    m_operator->setClearButtonEnabled(true);
    m_export = new QPushButton(tr("Export CSV…"), this);
    m_export->setObjectName(QStringLiteral("auditExportButton"));

    filters->addWidget(m_sinceOn);
    filters->addWidget(m_since);
    filters->addWidget(m_text, 1);
    filters->addWidget(m_action);
    filters->addWidget(m_outcome);
    filters->addWidget(m_incident);
    filters->addWidget(m_operator);
    filters->addWidget(m_export);
    layout->addLayout(filters);

    m_sorted->setSourceModel(m_model);
    m_sorted->setDynamicSortFilter(true);
    m_sorted->setSortRole(AuditLogModel::EntryIdRole);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("auditTable"));
    PlainText::showToolTipsLiterally(m_table);
    m_table->setModel(m_sorted);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->sortByColumn(AuditLogModel::RequestedAt, Qt::DescendingOrder);
    for (int c : {AuditLogModel::CompletedAt, AuditLogModel::ApiHost, AuditLogModel::WorkflowId})
        m_table->setColumnHidden(c, true);
    const QFontMetrics fm = m_table->fontMetrics();
    m_table->setColumnWidth(AuditLogModel::RequestedAt,
                            fm.horizontalAdvance(QStringLiteral("2026-11-29T04:12:00.000Z")) + 16);
    m_table->setColumnWidth(AuditLogModel::Operator,
                            fm.horizontalAdvance(QStringLiteral("operator")) + 24);
    m_table->setColumnWidth(AuditLogModel::Profile,
                            fm.horizontalAdvance(QStringLiteral("production")) + 16);
    m_table->setColumnWidth(AuditLogModel::WorkflowName,
                            fm.horizontalAdvance(QStringLiteral("A fairly long workflow")) + 16);
    m_table->setColumnWidth(AuditLogModel::Action,
                            fm.horizontalAdvance(QStringLiteral("activate")) + 16);
    m_table->setColumnWidth(AuditLogModel::Outcome,
                            fm.horizontalAdvance(QStringLiteral("already_in_target")) + 16);
    m_table->setColumnWidth(AuditLogModel::HttpStatus,
                            fm.horizontalAdvance(QStringLiteral("HTTP")) + 20);
    m_table->setColumnWidth(AuditLogModel::ServerMessage,
                            fm.horizontalAdvance(QStringLiteral("Workflow is already paused")) +
                                16);
    m_table->setColumnWidth(AuditLogModel::Reason,
                            fm.horizontalAdvance(QStringLiteral("Carrier outage on UK routes")) +
                                16);
    layout->addWidget(m_table, 1);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("auditStatus"));
    m_status->setTextFormat(Qt::PlainText);
    layout->addWidget(m_status);

    connect(m_sinceOn, &QCheckBox::toggled, m_since, &QWidget::setEnabled);
    connect(m_sinceOn, &QCheckBox::toggled, this, &AuditPanel::applyFilter);
    connect(m_since, &QDateTimeEdit::dateTimeChanged, this, [this] {
        if (m_sinceOn->isChecked())
            applyFilter();
    });
    connect(m_text, &QLineEdit::textChanged, this, &AuditPanel::applyFilter);
    connect(m_action, &QComboBox::currentIndexChanged, this, &AuditPanel::applyFilter);
    connect(m_outcome, &QComboBox::currentIndexChanged, this, &AuditPanel::applyFilter);
    connect(m_incident, &QComboBox::currentIndexChanged, this, &AuditPanel::applyFilter);
    connect(m_operator, &QLineEdit::textChanged, this, &AuditPanel::applyFilter);
    connect(m_export, &QPushButton::clicked, this, &AuditPanel::openExportDialog);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &AuditPanel::updateCount);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &AuditPanel::updateCount);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AuditPanel::updateCount);

    m_model->setAutoRefresh(true);
    applyFilter();
    if (!m_log || !m_log->isOpen())
        m_status->setText(tr("The audit log is not available: %1")
                              .arg(m_log ? m_log->lastError() : tr("not opened")));
}

AuditFilter AuditPanel::currentFilter() const
{
    AuditFilter f;
    if (m_sinceOn->isChecked())
        f.since = m_since->dateTime().toUTC();
    f.workflowText = m_text->text().trimmed();
    f.action = m_action->currentData().toString();
    f.outcome = m_outcome->currentData().toString();
    f.incidentId = m_incident->currentData().toString();
    f.operatorText = m_operator->text().trimmed();
    return f;
}

void AuditPanel::setIncidentIds(const QStringList &ids)
{
    const QString current = m_incident->currentData().toString();
    QSignalBlocker block(m_incident);
    m_incident->clear();
    m_incident->addItem(tr("Any incident"), QString());
    for (const QString &id : ids)
        m_incident->addItem(id, id);
    const int index = m_incident->findData(current);
    m_incident->setCurrentIndex(index < 0 ? 0 : index);
    if (index < 0 && !current.isEmpty())
        applyFilter();
}

void AuditPanel::refresh()
{
    m_model->refresh();
    updateCount();
}

void AuditPanel::setTeamStore(TeamStore *team)
{
    m_model->setTeamStore(team);
    updateCount();
}

void AuditPanel::applyFilter()
{
    m_model->setFilter(currentFilter());
    updateCount();
}

void AuditPanel::updateCount()
{
    if (m_model->showsTeam())
        m_status->setText(
            tr("%n audited request(s) of the whole team shown", nullptr, m_model->rowCount()));
    else if (m_log && m_log->isOpen())
        m_status->setText(tr("%n audited request(s) shown", nullptr, m_model->rowCount()));
}

QString AuditPanel::statusText() const
{
    return m_status->text();
}

void AuditPanel::openExportDialog()
{
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return;
    }
    auto *dialog = new QFileDialog(this, tr("Export audit log"));
    dialog->setObjectName(QStringLiteral("auditExportDialog"));
    dialog->setOption(QFileDialog::DontUseNativeDialog, true);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    dialog->setNameFilter(tr("CSV files (*.csv)"));
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    dialog->setDirectory(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    dialog->selectFile(
        QStringLiteral("dialnexa-audit-%1.csv")
            .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmm"))));
    connect(dialog, &QFileDialog::fileSelected, this,
            [this](const QString &path) { exportTo(path); });
    m_dialog = dialog;
    dialog->open();
}

bool AuditPanel::exportTo(const QString &path)
{
    QSaveFile file(path);
    const QByteArray csv = m_model->toCsv().toUtf8();
    if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size() || !file.commit()) {
        m_status->setText(
            tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    m_status->setText(tr("Exported %n row(s) to %1", nullptr, m_model->rowCount())
                          .arg(QDir::toNativeSeparators(path)));
    return true;
}

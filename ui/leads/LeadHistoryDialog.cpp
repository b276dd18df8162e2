#include "leads/LeadHistoryDialog.h"

#include "api/WorkflowApi.h"
#include "domain/LeadHistoryEntry.h"
#include "style/PlainText.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

QString when(const QDateTime &utc)
{
    return utc.isValid()
               ? QLocale().toString(utc.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss"))
               : QString();
}

QString orDash(const QString &s)
{
    return s.trimmed().isEmpty() ? QStringLiteral("—") : s;
}

} // namespace

LeadHistoryDialog::LeadHistoryDialog(WorkflowApi *api, const QString &workflowId, const Lead &lead,
                                     QWidget *parent)
    : QDialog(parent)
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_state(new QLabel(tr("Loading the lead's history…"), this))
{
    setObjectName(QStringLiteral("leadHistoryDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    const QString who = lead.phoneNumber.isEmpty() ? lead.id : lead.phoneNumber;
    setWindowTitle(tr("Lead history — %1").arg(who));
    auto *v = new QVBoxLayout(this);
    auto *heading = new QLabel(
        tr("<b>%1</b> &nbsp; %2 &nbsp; status: %3")
            .arg(who.toHtmlEscaped(), lead.id.toHtmlEscaped(), orDash(lead.status).toHtmlEscaped()),
        this);
    heading->setObjectName(QStringLiteral("leadHistoryHeading"));
    heading->setTextFormat(Qt::RichText); // the server's parts are escaped above
    v->addWidget(heading);
    m_state->setObjectName(QStringLiteral("leadHistoryState"));
    m_state->setWordWrap(true);
    m_state->setTextFormat(Qt::PlainText);
    v->addWidget(m_state);
    m_table->setObjectName(QStringLiteral("leadHistoryTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Node"), tr("Type"), tr("Status"), tr("Entered"), tr("Exited / ends")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->horizontalHeader()->setStretchLastSection(true);
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    m_table->setColumnWidth(NodeColumn, 14 * em);
    m_table->setColumnWidth(TypeColumn, 8 * em);
    m_table->setColumnWidth(StatusColumn, 8 * em);
    m_table->setColumnWidth(EnteredColumn, 11 * em);
    v->addWidget(m_table, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    v->addWidget(buttons);
    resize(70 * em, 26 * em);

    api->leadHistory(
        workflowId, lead.id, this, [this](const ApiResult<QList<LeadHistoryEntry>> &result) {
            m_loaded = true;
            if (!result.ok()) {
                m_state->setText(
                    tr("Could not load the history: %1").arg(result.error().userMessage()));
                Q_EMIT loaded();
                return;
            }
            const QList<LeadHistoryEntry> &steps = result.value();
            m_table->setRowCount(int(steps.size()));
            for (int r = 0; r < steps.size(); ++r) {
                const LeadHistoryEntry &e = steps.at(r);
                QString exited = when(e.exitedAt);
                if (exited.isEmpty() && e.endsAt.isValid())
                    exited = tr("ends %1").arg(when(e.endsAt));
                if (exited.isEmpty())
                    exited = tr("still here");
                const QStringList cells{orDash(e.nodeLabel.isEmpty() ? e.nodeId : e.nodeLabel),
                                        orDash(e.nodeType), orDash(e.status),
                                        orDash(when(e.enteredAt)), exited};
                for (int c = 0; c < cells.size(); ++c)
                    m_table->setItem(r, c, new QTableWidgetItem(cells.at(c)));
                if (!e.callId.isEmpty())
                    m_table->item(r, NodeColumn)
                        ->setToolTip(PlainText::toolTip(tr("Call %1").arg(e.callId)));
            }
            m_table->resizeColumnsToContents();
            m_state->setText(steps.isEmpty()
                                 ? tr("This lead has no steps yet.")
                                 : tr("%n step(s), oldest first.", nullptr, int(steps.size())));
            Q_EMIT loaded();
        });
}

QString LeadHistoryDialog::stateText() const
{
    return m_state->text();
}

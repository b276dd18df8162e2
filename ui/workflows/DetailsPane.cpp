#include "workflows/DetailsPane.h"

#include "style/ElidedLabel.h"
#include "style/StatusStyle.h"

#include <QEvent>
#include <QFormLayout>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QResizeEvent>
#include <QScrollArea>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

QString orDash(const QString &s)
{
    return s.trimmed().isEmpty() ? QStringLiteral("—") : s;
}

QString number(const std::optional<int> &n)
{
    return n ? QLocale().toString(*n) : QStringLiteral("—");
}

QString when(const QDateTime &utc)
{
    if (!utc.isValid())
        return QStringLiteral("—");
    const QDateTime local = utc.toLocalTime();
    return QLocale().toString(local, QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QToolButton *actionButton(QWidget *parent, const QString &objectName)
{
    auto *b = new QToolButton(parent);
    b->setObjectName(objectName);
    b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    b->setIconSize(QSize(18, 18));
    b->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    b->setMinimumHeight(32);
    return b;
}

} // namespace

DetailsPane::DetailsPane(QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("detailsPane"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);

    // Page 0: nothing selected.
    auto *placeholder = new QLabel(tr("Select a workflow to see its details."), m_stack);
    placeholder->setObjectName(QStringLiteral("detailsPlaceholder"));
    placeholder->setAlignment(Qt::AlignCenter);
    placeholder->setWordWrap(true);
    placeholder->setEnabled(false);
    m_stack->addWidget(placeholder);

    // Page 1: the workflow.
    auto *scroll = new QScrollArea(m_stack);
    m_scroll = scroll;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *page = new QWidget(scroll);
    auto *v = new QVBoxLayout(page);
    v->setContentsMargins(16, 14, 16, 14);
    v->setSpacing(10);

    m_name = new ElidedLabel(page);
    m_name->setObjectName(QStringLiteral("detailsName"));
    m_name->setMaxLines(3); // a long name wraps at spaces, an unbreakable one elides
    QFont title = m_name->font();
    title.setPointSizeF(title.pointSizeF() * 1.35);
    title.setWeight(QFont::DemiBold);
    m_name->setFont(title);
    v->addWidget(m_name);

    auto *statusRow = new QHBoxLayout;
    statusRow->setSpacing(6);
    m_statusIcon = new QLabel(page);
    m_status = new QLabel(page);
    m_status->setObjectName(QStringLiteral("detailsStatus"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_status->font();
    bold.setWeight(QFont::DemiBold);
    m_status->setFont(bold);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    statusRow->addWidget(m_statusIcon, 0, Qt::AlignTop);
    statusRow->addWidget(m_status, 1);
    v->addLayout(statusRow);

    m_buttons = new QGridLayout;
    m_buttons->setSpacing(6);
    m_pause = actionButton(page, QStringLiteral("detailsPauseButton"));
    m_resume = actionButton(page, QStringLiteral("detailsResumeButton"));
    m_cancel = actionButton(page, QStringLiteral("detailsCancelButton"));
    m_buttons->addWidget(m_pause, 0, 0);
    m_buttons->addWidget(m_resume, 0, 1);
    m_buttons->addWidget(m_cancel, 0, 2);
    v->addLayout(m_buttons);

    auto *hint = new QLabel(tr("Pause stops new calls from starting; calls already in progress may "
                               "finish. Cancel is permanent."),
                            page);
    hint->setObjectName(QStringLiteral("detailsActionHint"));
    hint->setWordWrap(true);
    hint->setEnabled(false);
    v->addWidget(hint);

    auto *line = new QFrame(page);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);
    v->addWidget(line);

    auto *form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setHorizontalSpacing(12);
    form->setVerticalSpacing(8);
    m_id = addField(form, tr("ID"), QStringLiteral("detailsId"));
    m_description = addField(form, tr("Description"), QStringLiteral("detailsDescription"));
    m_organization = addField(form, tr("Organization"), QStringLiteral("detailsOrganization"));
    m_leads = addField(form, tr("Enrolled leads"), QStringLiteral("detailsLeads"));
    m_nodes = addField(form, tr("Nodes"), QStringLiteral("detailsNodes"));
    m_edges = addField(form, tr("Edges"), QStringLiteral("detailsEdges"));
    m_created = addField(form, tr("Created"), QStringLiteral("detailsCreated"));
    m_updated = addField(form, tr("Updated"), QStringLiteral("detailsUpdated"));
    v->addLayout(form);
    v->addStretch(1);

    scroll->setWidget(page);
    m_stack->addWidget(scroll);
    m_stack->setCurrentIndex(0);
    setMinimumWidth(300);
}

QLabel *DetailsPane::addField(QFormLayout *form, const QString &label, const QString &objectName)
{
    auto *value = new QLabel(form->parentWidget());
    value->setObjectName(objectName);
    value->setWordWrap(true);
    value->setTextFormat(Qt::PlainText);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *caption = new QLabel(label + QLatin1Char(':'));
    caption->setEnabled(false); // a quieter colour for captions
    form->addRow(caption, value);
    return value;
}

void DetailsPane::setActions(QAction *pause, QAction *resume, QAction *cancel)
{
    m_pause->setDefaultAction(pause);
    m_resume->setDefaultAction(resume);
    m_cancel->setDefaultAction(cancel);
    // The buttons have taken the new text before changed() is emitted.
    for (QAction *a : {pause, resume, cancel})
        connect(a, &QAction::changed, this, &DetailsPane::reflowButtons);
    reflowButtons();
}

void DetailsPane::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    reflowButtons();
}

void DetailsPane::reflowButtons()
{
    const QMargins margins = m_scroll->widget()->layout()->contentsMargins();
    const int available = m_scroll->viewport()->width() - margins.left() - margins.right();
    const int needed = m_pause->sizeHint().width() + m_resume->sizeHint().width() +
                       m_cancel->sizeHint().width() + 2 * m_buttons->horizontalSpacing();
    const bool oneRow = needed <= available;
    if (oneRow == (m_buttons->itemAtPosition(0, 2) != nullptr))
        return;
    m_buttons->removeWidget(m_cancel);
    if (oneRow)
        m_buttons->addWidget(m_cancel, 0, 2);
    else
        m_buttons->addWidget(m_cancel, 1, 0, 1, 2);
}

void DetailsPane::setWorkflow(const std::optional<Workflow> &workflow,
                              std::optional<LifecycleAction> pending)
{
    m_workflow = workflow;
    m_pending = pending;
    if (!workflow) {
        m_stack->setCurrentIndex(0);
        return;
    }
    const Workflow &w = *workflow;
    m_name->setFullText(w.name.isEmpty() ? tr("(unnamed workflow)") : w.name);
    m_id->setText(orDash(w.id));
    m_description->setText(orDash(w.description));
    m_organization->setText(orDash(w.organizationId));
    m_leads->setText(number(w.enrolledLeads));
    m_nodes->setText(number(w.nodeCount));
    m_edges->setText(number(w.edgeCount));
    m_created->setText(when(w.createdAt));
    m_updated->setText(when(w.updatedAt));
    refreshStatusLine();
    m_stack->setCurrentIndex(1);
}

QString DetailsPane::statusText() const
{
    return m_status->text();
}

void DetailsPane::refreshStatusLine()
{
    if (!m_workflow)
        return;
    const WorkflowStatus &status = m_workflow->status;
    const QPalette pal = palette();
    QString text;
    if (!status.isValid())
        text = tr("No status received");
    else if (status.state() == WorkflowState::Unknown)
        text =
            tr("“%1” — a status the API does not document; no action is offered").arg(status.raw());
    else
        text = tr("%1  (server: “%2”)").arg(StatusStyle::text(status), status.raw());
    if (m_pending)
        text = tr("%1 waiting for DialNexa\nLast confirmed: %2")
                   .arg(LifecycleActions::pendingText(*m_pending), text);
    m_status->setText(text);
    const QIcon icon =
        m_pending ? StatusStyle::pendingIcon(pal) : StatusStyle::icon(status.state(), pal);
    m_statusIcon->setPixmap(icon.pixmap(18, 18));
    QPalette lp = m_status->palette();
    lp.setColor(QPalette::WindowText, m_pending ? StatusStyle::pendingColor(pal)
                                                : StatusStyle::color(status.state(), pal));
    m_status->setPalette(lp);
}

void DetailsPane::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        refreshStatusLine();
}

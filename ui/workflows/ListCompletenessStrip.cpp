#include "workflows/ListCompletenessStrip.h"

#include "style/StatusStyle.h"
#include "workflows/WorkflowListModel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>

ListCompletenessStrip::ListCompletenessStrip(WorkflowListModel *model, QWidget *parent)
    : QFrame(parent)
    , m_model(model)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
{
    setObjectName(QStringLiteral("listCompletenessStrip"));
    m_text->setObjectName(QStringLiteral("listCompletenessText"));
    m_text->setTextFormat(Qt::PlainText); // the reason quotes what the server did
    m_text->setWordWrap(true);
    setAutoFillBackground(true);
    setFrameShape(QFrame::StyledPanel);
    auto *h = new QHBoxLayout(this);
    h->setContentsMargins(10, 5, 10, 5);
    h->setSpacing(8);
    h->addWidget(m_icon, 0, Qt::AlignTop);
    h->addWidget(m_text, 1);
    QFont f = m_text->font();
    f.setWeight(QFont::DemiBold);
    m_text->setFont(f);
    if (model)
        connect(model, &WorkflowListModel::listingStateChanged, this,
                &ListCompletenessStrip::evaluate);
    applyLook();
    hide();
    evaluate();
}

QString ListCompletenessStrip::text() const
{
    return isHidden() ? QString() : m_text->text();
}

void ListCompletenessStrip::evaluate()
{
    QStringList parts;
    if (m_model && !m_model->isListingComplete()) {
        parts << tr("This list is incomplete: DialNexa kept sending workflows it had already "
                    "sent instead of the next page, so workflows may be missing from it. "
                    "“Pause all active…” will not run until the whole list arrives; pause "
                    "workflows one by one or by selection meanwhile.");
        setToolTip(tr("Why: %1").arg(m_model->incompleteReason()));
    } else {
        setToolTip(QString());
    }
    const int unreadable = m_model ? m_model->unreadableRows() : 0;
    if (unreadable > 0) {
        // No translation catalogue is loaded, so no %n plurals.
        parts << (unreadable == 1
                      ? tr("1 workflow from DialNexa could not be read (no usable id or status) "
                           "and is not shown.")
                      : tr("%1 workflows from DialNexa could not be read (no usable id or "
                           "status) and are not shown.")
                            .arg(unreadable));
    }
    m_text->setText(parts.join(QLatin1Char(' ')));
    setVisible(!parts.isEmpty());
}

void ListCompletenessStrip::applyLook()
{
    const QPalette base = parentWidget() ? parentWidget()->palette() : palette();
    const QColor accent = StatusStyle::color(WorkflowState::Paused, base);
    QPalette pal = palette();
    pal.setColor(QPalette::Window, StatusStyle::mix(base.color(QPalette::Base), accent,
                                                    StatusStyle::isDark(base) ? 0.25 : 0.16));
    pal.setColor(QPalette::WindowText, base.color(QPalette::WindowText));
    setPalette(pal);
    m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(18, 18));
}

void ListCompletenessStrip::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        // Setting our own palette raises a PaletteChange too; guard re-entry.
        static bool busy = false;
        if (!busy) {
            busy = true;
            applyLook();
            busy = false;
        }
    }
}

#include "workflows/ListCompletenessStrip.h"

#include "style/StatusStyle.h"
#include "workflows/WorkflowListModel.h"

#include <QApplication>
#include <QEvent>
#include <QLabel>
#include <QStyle>

ListCompletenessStrip::ListCompletenessStrip(WorkflowListModel *model, QWidget *parent)
    : NoticeStrip(
          WorkflowState::Paused, 0.16,
          [](const QColor &) {
              return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
          },
          parent)
    , m_model(model)
{
    setObjectName(QStringLiteral("listCompletenessStrip"));
    messageLabel()->setObjectName(QStringLiteral("listCompletenessText"));
    if (model)
        connect(model, &WorkflowListModel::listingStateChanged, this,
                &ListCompletenessStrip::evaluate);
    hide();
    evaluate();
}

QString ListCompletenessStrip::text() const
{
    return isHidden() ? QString() : message();
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
        parts << tr("%n workflow(s) from DialNexa could not be read (no usable id or status) "
                    "and are not shown.",
                    nullptr, unreadable);
    }
    setMessage(parts.join(QLatin1Char(' ')));
    setVisible(!parts.isEmpty());
}

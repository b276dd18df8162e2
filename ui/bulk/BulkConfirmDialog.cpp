#include "bulk/BulkConfirmDialog.h"

#include "style/PlainText.h"
#include "style/StatusStyle.h"

#include <QDialogButtonBox>
#include <QFont>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
QString number(int n)
{
    QLocale locale;
    if (locale.language() == QLocale::C) // the C locale omits group separators
        locale = QLocale(QLocale::English, QLocale::UnitedStates);
    locale.setNumberOptions(QLocale::DefaultNumberOptions);
    return locale.toString(n);
}

// "1 workflow" / "37 workflows" (no translation catalogue is loaded, so no %n plurals).
QString count(int n, const char *one, const char *many)
{
    return n == 1 ? QStringLiteral("1 %1").arg(QLatin1String(one))
                  : QStringLiteral("%1 %2").arg(n).arg(QLatin1String(many));
}
} // namespace

QString BulkConfirmDialog::confirmText(LifecycleAction action, int count)
{
    return count == 1 ? tr("%1 1 workflow").arg(LifecycleActions::verb(action))
                      : tr("%1 %2 workflows").arg(LifecycleActions::verb(action), number(count));
}

QString BulkConfirmDialog::leadsText(LifecycleAction action, const QList<BulkItem> &items)
{
    qint64 total = 0;
    int unknown = 0;
    for (const BulkItem &item : items) {
        if (item.enrolledLeads)
            total += *item.enrolledLeads;
        else
            ++unknown;
    }
    const bool stopping = action != LifecycleAction::Resume && action != LifecycleAction::Activate;
    const QString verb = stopping ? tr("stop moving") : tr("start moving again");
    if (unknown == items.size())
        return stopping
                   ? tr("Their enrolled leads stop moving (DialNexa does not report how many).")
                   : tr("Their enrolled leads start moving again (DialNexa does not report how "
                        "many).");
    QString text = total == 1 ? tr("About 1 enrolled lead %1").arg(verb)
                              : tr("About %1 enrolled leads %2").arg(number(int(total)), verb);
    if (unknown > 0)
        text += QLatin1Char(' ') + tr("(plus those of %1 that do not report a count)")
                                       .arg(count(unknown, "workflow", "workflows"));
    return text + QLatin1Char('.');
}

BulkConfirmDialog::BulkConfirmDialog(LifecycleAction action, const QList<BulkItem> &items,
                                     bool reasonRequired, QWidget *parent)
    : QDialog(parent)
    , m_action(action)
    , m_items(items)
    , m_reasonRequired(reasonRequired)
{
    setObjectName(QStringLiteral("bulkConfirmDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("%1 %2?").arg(LifecycleActions::verb(action),
                                    count(int(items.size()), "workflow", "workflows")));
    setWindowModality(Qt::WindowModal);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(10);

    auto *icon = new QLabel(this);
    icon->setPixmap(StatusStyle::actionIcon(action, palette()).pixmap(28, 28));
    auto *title = new QLabel(
        items.size() == 1 ? tr("%1 this workflow?").arg(LifecycleActions::verb(action))
                          : tr("%1 these %2 workflows?")
                                .arg(LifecycleActions::verb(action), number(int(items.size()))),
        this);
    title->setObjectName(QStringLiteral("bulkConfirmTitle"));
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    big.setBold(true);
    title->setFont(big);
    auto *head = new QHBoxLayout;
    head->addWidget(icon);
    head->addWidget(title, 1);
    layout->addLayout(head);

    m_leads = new QLabel(leadsText(action, items), this);
    m_leads->setObjectName(QStringLiteral("bulkConfirmLeads"));
    m_leads->setWordWrap(true);
    layout->addWidget(m_leads);

    m_names = new QListWidget(this);
    m_names->setObjectName(QStringLiteral("bulkConfirmNames"));
    m_names->setSelectionMode(QAbstractItemView::NoSelection);
    m_names->setFocusPolicy(Qt::NoFocus);
    m_names->setTextElideMode(Qt::ElideMiddle);
    for (const BulkItem &item : items) {
        QString line = item.name.isEmpty() ? item.id : item.name;
        if (item.enrolledLeads)
            line += QStringLiteral("  ·  ") +
                    (*item.enrolledLeads == 1 ? tr("1 lead")
                                              : tr("%1 leads").arg(number(*item.enrolledLeads)));
        auto *row = new QListWidgetItem(line, m_names);
        // The whole line (the list elides long names in the middle), then the ID.
        row->setToolTip(PlainText::toolTip(line + QLatin1Char('\n') + item.id));
    }
    // Tall enough for every name up to about ten, then it scrolls.
    const int rowHeight = qMax(m_names->sizeHintForRow(0), m_names->fontMetrics().height() + 2);
    m_names->setFixedHeight(qBound(3, int(items.size()), 10) * rowHeight +
                            2 * m_names->frameWidth() + 6);
    layout->addWidget(m_names);

    auto *reasonLabel = new QLabel(reasonRequired ? tr("Reason (required, kept in the audit log):")
                                                  : tr("Reason (optional, kept in the audit log):"),
                                   this);
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("bulkConfirmReason"));
    m_reason->setPlaceholderText(tr("e.g. Carrier outage on UK routes"));
    m_reason->setClearButtonEnabled(true);
    reasonLabel->setBuddy(m_reason);
    layout->addWidget(reasonLabel);
    layout->addWidget(m_reason);

    auto *buttons = new QDialogButtonBox(this);
    m_confirm =
        buttons->addButton(confirmText(action, int(items.size())), QDialogButtonBox::AcceptRole);
    m_confirm->setObjectName(QStringLiteral("bulkConfirmButton"));
    m_confirm->setIcon(StatusStyle::actionIcon(action, palette()));
    m_confirm->setAutoDefault(false);
    m_safe = buttons->addButton(tr("Don't %1").arg(LifecycleActions::verb(action).toLower()),
                                QDialogButtonBox::RejectRole);
    m_safe->setObjectName(QStringLiteral("bulkSafeButton"));
    m_safe->setAutoDefault(true);
    m_safe->setDefault(true);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!m_confirm->isEnabled())
            return;
        const QString why = reason();
        accept();
        Q_EMIT confirmed(why);
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reason, &QLineEdit::textChanged, this, &BulkConfirmDialog::updateConfirm);
    // Enter (also in the reason field) presses the default button, the safe one: confirming
    // always takes a deliberate click or Alt+shortcut on the confirm button.
    updateConfirm();
    resize(qMax(440, sizeHint().width()), sizeHint().height());
    m_safe->setFocus();
}

QString BulkConfirmDialog::reason() const
{
    return m_reason->text().simplified();
}

void BulkConfirmDialog::updateConfirm()
{
    const bool ok = !m_items.isEmpty() && (!m_reasonRequired || !reason().isEmpty());
    m_confirm->setEnabled(ok);
    m_confirm->setToolTip(ok ? QString() : tr("Type a reason first: it is kept in the audit log."));
}

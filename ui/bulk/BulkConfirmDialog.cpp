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

} // namespace

QString BulkConfirmDialog::confirmText(LifecycleAction action, int count)
{
    // The count picks the plural form; %2 shows it with group separators ("1,240").
    return tr("%1 %2 workflow(s)", nullptr, count)
        .arg(LifecycleActions::verb(action), number(count));
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
    QString text =
        tr("About %1 enrolled lead(s) %2", nullptr, int(total)).arg(number(int(total)), verb);
    if (unknown > 0)
        text += QLatin1Char(' ') +
                tr("(plus those of %n workflow(s) that do not report a count)", nullptr, unknown);
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
    setWindowModality(Qt::WindowModal);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(10);

    auto *icon = new QLabel(this);
    icon->setPixmap(StatusStyle::actionIcon(action, palette()).pixmap(28, 28));
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("bulkConfirmTitle"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    big.setBold(true);
    m_title->setFont(big);
    auto *head = new QHBoxLayout;
    head->addWidget(icon);
    head->addWidget(m_title, 1);
    layout->addLayout(head);

    m_leads = new QLabel(this);
    m_leads->setObjectName(QStringLiteral("bulkConfirmLeads"));
    m_leads->setWordWrap(true);
    layout->addWidget(m_leads);

    m_names = new QListWidget(this);
    m_names->setObjectName(QStringLiteral("bulkConfirmNames"));
    m_names->setAccessibleName(tr("Workflows in this action"));
    m_names->setSelectionMode(QAbstractItemView::NoSelection);
    m_names->setFocusPolicy(Qt::NoFocus);
    m_names->setTextElideMode(Qt::ElideMiddle);
    layout->addWidget(m_names);

    m_changes = new QLabel(this);
    m_changes->setObjectName(QStringLiteral("bulkConfirmChanges"));
    m_changes->setTextFormat(Qt::PlainText); // workflow names are server text
    m_changes->setWordWrap(true);
    m_changes->setVisible(false);
    layout->addWidget(m_changes);

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
    m_confirm = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_confirm->setObjectName(QStringLiteral("bulkConfirmButton"));
    m_confirm->setIcon(StatusStyle::actionIcon(action, palette()));
    m_safe = buttons->addButton(tr("Don't %1").arg(LifecycleActions::verb(action).toLower()),
                                QDialogButtonBox::RejectRole);
    m_safe->setObjectName(QStringLiteral("bulkSafeButton"));
    // Pause and resume are reversible and wanted now: Enter confirms (a disabled default
    // button makes Enter do nothing while a required reason is missing). Anything else
    // keeps the safe default.
    const bool reversible = action == LifecycleAction::Pause || action == LifecycleAction::Resume;
    QPushButton *preferred = reversible ? m_confirm : m_safe;
    QPushButton *other = reversible ? m_safe : m_confirm;
    other->setAutoDefault(false);
    preferred->setAutoDefault(true);
    preferred->setDefault(true);
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
    showItems();
    resize(qMax(440, sizeHint().width()), sizeHint().height());
    if (reversible)
        m_reason->setFocus();
    else
        m_safe->setFocus();
}

void BulkConfirmDialog::setItems(const QList<BulkItem> &items)
{
    QStringList before, after;
    for (const BulkItem &item : std::as_const(m_items))
        before << item.id;
    for (const BulkItem &item : items)
        after << item.id;
    const bool same = before == after;
    m_items = items;
    if (!same)
        showItems();
}

void BulkConfirmDialog::setChanges(const QStringList &lines)
{
    m_changes->setText(lines.join(QLatin1Char('\n')));
    m_changes->setVisible(!lines.isEmpty());
}

void BulkConfirmDialog::showItems()
{
    const QString verb = LifecycleActions::verb(m_action);
    const int n = int(m_items.size());
    setWindowTitle(tr("%1 %n workflow(s)?", nullptr, n).arg(verb));
    m_title->setText(n == 1 ? tr("%1 this workflow?").arg(verb)
                            : tr("%1 these %2 workflow(s)?", nullptr, n).arg(verb, number(n)));
    m_leads->setText(n == 0 ? tr("Nothing is left to %1.").arg(verb.toLower())
                            : leadsText(m_action, m_items));
    m_names->clear();
    for (const BulkItem &item : std::as_const(m_items)) {
        QString line = item.name.isEmpty() ? item.id : item.name;
        if (item.enrolledLeads)
            line += QStringLiteral("  ·  ") +
                    tr("%1 lead(s)", nullptr, *item.enrolledLeads).arg(number(*item.enrolledLeads));
        auto *row = new QListWidgetItem(line, m_names);
        // The whole line (the list elides long names in the middle), then the ID.
        row->setToolTip(PlainText::toolTip(line + QLatin1Char('\n') + item.id));
    }
    // Tall enough for every name up to about ten, then it scrolls.
    const int rowHeight = qMax(m_names->sizeHintForRow(0), m_names->fontMetrics().height() + 2);
    m_names->setFixedHeight(qBound(3, n, 10) * rowHeight + 2 * m_names->frameWidth() + 6);
    m_confirm->setText(confirmText(m_action, n));
    updateConfirm();
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

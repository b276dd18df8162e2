#include "incidents/IncidentResumeDialog.h"

#include "bulk/BulkItemOutcome.h"
#include "domain/LifecycleAction.h"
#include "incidents/IncidentCoordinator.h"
#include "style/PlainText.h"
#include "style/StatusStyle.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFont>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMap>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
// One clause of the "left alone" sentence: why, in the singular and the plural.
struct Why
{
    const char *one;
    const char *many;
};

Why whyLeftAlone(const IncidentWorkflow &w)
{
    using Kind = BulkItemOutcome::Kind;
    if (w.resumed)
        return {"was already given back by an earlier resume of this incident",
                "were already given back by an earlier resume of this incident"};
    if (w.pauseOutcome == BulkItemOutcome::kindName(Kind::AlreadyInTarget))
        return {"was already paused before the incident",
                "were already paused before the incident"};
    if (w.pauseOutcome == BulkItemOutcome::kindName(Kind::Conflict))
        return {"was not active when the incident's pause reached it",
                "were not active when the incident's pause reached them"};
    if (w.pauseOutcome == BulkItemOutcome::kindName(Kind::NotFound))
        return {"no longer existed when the incident's pause reached it",
                "no longer existed when the incident's pause reached them"};
    if (w.pauseOutcome == BulkItemOutcome::kindName(Kind::Failed))
        return {"was never paused: its pause failed", "were never paused: their pause failed"};
    return {"was never paused by the incident (its pause was stopped before it was sent)",
            "were never paused by the incident (its pause was stopped before they were sent)"};
}

QString names(const QStringList &list)
{
    constexpr int shown = 5;
    QString text = list.mid(0, shown).join(QStringLiteral(", "));
    if (list.size() > shown)
        text += QCoreApplication::translate("IncidentResumeDialog", " and %1 more")
                    .arg(list.size() - shown);
    return text;
}
} // namespace

QString IncidentResumeDialog::leftAloneText(const QList<IncidentWorkflow> &workflows)
{
    // Clauses in the order the reasons first appear; names in the incident's order.
    QStringList order;
    QMap<QString, QStringList> byReason;
    QMap<QString, Why> why;
    for (const IncidentWorkflow &w : workflows) {
        if (IncidentCoordinator::isResumeCandidate(w))
            continue;
        const Why reason = whyLeftAlone(w);
        const QString key = QLatin1String(reason.one);
        if (!byReason.contains(key)) {
            order.append(key);
            why.insert(key, reason);
        }
        byReason[key].append(w.workflowName.isEmpty() ? w.workflowId : w.workflowName);
    }
    QStringList clauses;
    for (const QString &key : order) {
        const QStringList list = byReason.value(key);
        const Why reason = why.value(key);
        clauses << (list.size() == 1
                        ? tr("1 %1 (%2)").arg(tr(reason.one), names(list))
                        : tr("%1 %2 (%3)").arg(list.size()).arg(tr(reason.many), names(list)));
    }
    return clauses.isEmpty() ? QString()
                             : tr("Left alone: %1.").arg(clauses.join(QStringLiteral("; ")));
}

IncidentResumeDialog::IncidentResumeDialog(const Incident &incident,
                                           const QList<IncidentWorkflow> &workflows,
                                           QWidget *parent)
    : QDialog(parent)
    , m_incidentId(incident.id)
{
    setObjectName(QStringLiteral("incidentResumeDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowModality(Qt::WindowModal);

    QStringList toResume;
    for (const IncidentWorkflow &w : workflows) {
        if (IncidentCoordinator::isResumeCandidate(w))
            toResume << (w.workflowName.isEmpty() ? w.workflowId : w.workflowName);
    }
    m_resumeCount = int(toResume.size());
    const QString verb = LifecycleActions::verb(LifecycleAction::Resume);
    const QString what =
        m_resumeCount == 1 ? tr("1 workflow") : tr("%1 workflows").arg(m_resumeCount);
    setWindowTitle(tr("Resume incident %1?").arg(incident.id));

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    auto *icon = new QLabel(this);
    icon->setPixmap(StatusStyle::actionIcon(LifecycleAction::Resume, palette()).pixmap(28, 28));
    auto *title =
        new QLabel(tr("Resume the %1 that incident %2 paused?").arg(what, incident.id), this);
    title->setObjectName(QStringLiteral("incidentResumeTitle"));
    title->setTextFormat(Qt::PlainText);
    title->setWordWrap(true);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    big.setBold(true);
    title->setFont(big);
    auto *head = new QHBoxLayout;
    head->addWidget(icon);
    head->addWidget(title, 1);
    layout->addLayout(head);

    if (!incident.reason.isEmpty()) {
        auto *reason = new QLabel(tr("Paused for: “%1”").arg(incident.reason), this);
        reason->setObjectName(QStringLiteral("incidentResumeReason"));
        reason->setTextFormat(Qt::PlainText);
        reason->setWordWrap(true);
        layout->addWidget(reason);
    }

    m_names = new QListWidget(this);
    m_names->setObjectName(QStringLiteral("incidentResumeNames"));
    m_names->setSelectionMode(QAbstractItemView::NoSelection);
    m_names->setFocusPolicy(Qt::NoFocus);
    for (const IncidentWorkflow &w : workflows) {
        if (!IncidentCoordinator::isResumeCandidate(w))
            continue;
        auto *row =
            new QListWidgetItem(w.workflowName.isEmpty() ? w.workflowId : w.workflowName, m_names);
        row->setToolTip(PlainText::toolTip(w.workflowId));
    }
    const int rowHeight = qMax(m_names->sizeHintForRow(0), m_names->fontMetrics().height() + 2);
    m_names->setFixedHeight(qBound(2, m_resumeCount, 8) * rowHeight + 2 * m_names->frameWidth() +
                            6);
    layout->addWidget(m_names);

    auto *check = new QLabel(tr("Each one is checked first: one that is no longer paused "
                                "(resumed by someone else, cancelled, completed) is left as it "
                                "is and reported."),
                             this);
    check->setWordWrap(true);
    layout->addWidget(check);

    m_leftAlone = new QLabel(leftAloneText(workflows), this);
    m_leftAlone->setObjectName(QStringLiteral("incidentResumeLeftAlone"));
    m_leftAlone->setTextFormat(Qt::PlainText); // workflow names are server text
    m_leftAlone->setWordWrap(true);
    m_leftAlone->setVisible(!m_leftAlone->text().isEmpty());
    layout->addWidget(m_leftAlone);

    auto *noteLabel = new QLabel(tr("&Note (optional, kept in the audit log):"), this);
    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("incidentResumeNote"));
    m_note->setPlaceholderText(tr("e.g. Carrier confirmed the fix"));
    m_note->setClearButtonEnabled(true);
    noteLabel->setBuddy(m_note);
    layout->addWidget(noteLabel);
    layout->addWidget(m_note);

    auto *buttons = new QDialogButtonBox(this);
    m_confirm =
        buttons->addButton(m_resumeCount == 1 ? tr("%1 1 workflow").arg(verb)
                                              : tr("%1 %2 workflows").arg(verb).arg(m_resumeCount),
                           QDialogButtonBox::AcceptRole);
    m_confirm->setObjectName(QStringLiteral("incidentResumeConfirmButton"));
    m_confirm->setIcon(StatusStyle::actionIcon(LifecycleAction::Resume, palette()));
    m_confirm->setEnabled(m_resumeCount > 0);
    m_safe = buttons->addButton(tr("Don't resume"), QDialogButtonBox::RejectRole);
    m_safe->setObjectName(QStringLiteral("incidentResumeSafeButton"));
    m_safe->setAutoDefault(false);
    // Resuming is what the supervisor asked for and can be undone by a pause: Enter goes
    // ahead, Escape is the way out.
    m_confirm->setAutoDefault(true);
    m_confirm->setDefault(true);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!m_confirm->isEnabled())
            return;
        const QString text = note();
        accept();
        Q_EMIT confirmed(text);
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(qMax(460, sizeHint().width()), sizeHint().height());
    m_note->setFocus();
}

QString IncidentResumeDialog::note() const
{
    return m_note->text().simplified();
}

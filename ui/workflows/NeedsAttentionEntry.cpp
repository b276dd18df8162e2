#include "workflows/NeedsAttentionEntry.h"

#include "style/PlainText.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

NeedsAttentionEntry::NeedsAttentionEntry(const ActionProblem &problem, QWidget *parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
    , m_retry(new QPushButton(tr("Retry"), this))
    , m_details(new QPushButton(tr("Details…"), this))
    , m_dismiss(new QPushButton(tr("Dismiss"), this))
{
    setObjectName(QStringLiteral("needsAttentionEntry"));
    setFrameShape(QFrame::StyledPanel);
    m_text->setObjectName(QStringLiteral("needsAttentionText"));
    m_text->setTextFormat(Qt::PlainText); // names and answers are server text
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_retry->setObjectName(QStringLiteral("needsAttentionRetry"));
    m_details->setObjectName(QStringLiteral("needsAttentionDetails"));
    m_dismiss->setObjectName(QStringLiteral("needsAttentionDismiss"));
    m_dismiss->setToolTip(tr("Remove this entry; nothing is sent"));

    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(8, 4, 8, 4);
    row->addWidget(m_text, 1);
    row->addWidget(m_retry, 0, Qt::AlignVCenter);
    row->addWidget(m_details, 0, Qt::AlignVCenter);
    row->addWidget(m_dismiss, 0, Qt::AlignVCenter);

    connect(m_retry, &QPushButton::clicked, this, [this] { Q_EMIT retryClicked(m_key); });
    connect(m_details, &QPushButton::clicked, this, [this] { Q_EMIT detailsClicked(m_key); });
    connect(m_dismiss, &QPushButton::clicked, this, [this] { Q_EMIT dismissClicked(m_key); });
    setProblem(problem);
}

void NeedsAttentionEntry::setProblem(const ActionProblem &problem)
{
    m_key = problem.key;
    const QString name = problem.workflowName.isEmpty() ? problem.workflowId : problem.workflowName;
    const QString verb = LifecycleActions::verb(problem.action);
    const QString when = QLocale().toString(problem.at.toLocalTime().time(), QLocale::ShortFormat);
    const QString head = problem.outcomeUnknown
                             ? tr("%1 “%2”: outcome unknown (%3)").arg(verb, name, when)
                             : tr("%1 “%2” failed (%3)").arg(verb, name, when);
    m_text->setText(head + QLatin1Char('\n') + problem.answer);
    m_text->setToolTip(PlainText::toolTip(head + QLatin1Char('\n') + problem.answer));
    m_retry->setToolTip(
        problem.incidentId.isEmpty()
            ? tr("Send the %1 again").arg(verb.toLower())
            : tr("Send incident %1's failed requests again").arg(problem.incidentId));
}

QString NeedsAttentionEntry::text() const
{
    return m_text->text();
}

#include "workflows/NeedsAttentionPanel.h"

#include "style/PlainText.h"
#include "workflows/ActionProblemList.h"
#include "workflows/NeedsAttentionEntry.h"

#include <QLabel>
#include <QMessageBox>
#include <QScrollArea>
#include <QVBoxLayout>

NeedsAttentionPanel::NeedsAttentionPanel(ActionProblemList *problems, QWidget *parent)
    : QWidget(parent)
    , m_problems(problems)
{
    setObjectName(QStringLiteral("needsAttentionPanel"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // entries wrap instead
    auto *content = new QWidget(scroll);
    m_entries = new QVBoxLayout(content);
    m_entries->setContentsMargins(6, 6, 6, 6);
    m_entries->setSpacing(4);
    m_empty = new QLabel(tr("Nothing needs attention: every action went through or was "
                            "dismissed."),
                         content);
    m_empty->setObjectName(QStringLiteral("needsAttentionEmpty"));
    m_empty->setEnabled(false);
    m_entries->addWidget(m_empty);
    m_entries->addStretch(1);
    scroll->setWidget(content);
    outer->addWidget(scroll);

    for (const ActionProblem &p : problems->problems())
        add(p);
    connect(problems, &ActionProblemList::added, this, &NeedsAttentionPanel::add);
    connect(problems, &ActionProblemList::updated, this, [this](const ActionProblem &p) {
        if (NeedsAttentionEntry *entry = m_byKey.value(p.key))
            entry->setProblem(p);
    });
    connect(problems, &ActionProblemList::removed, this, [this](quint64 key) {
        if (NeedsAttentionEntry *entry = m_byKey.take(key))
            entry->deleteLater();
        m_empty->setVisible(m_byKey.isEmpty());
    });
}

void NeedsAttentionPanel::add(const ActionProblem &problem)
{
    auto *entry = new NeedsAttentionEntry(problem, m_empty->parentWidget());
    m_entries->insertWidget(0, entry); // newest first
    m_byKey.insert(problem.key, entry);
    m_empty->hide();
    connect(entry, &NeedsAttentionEntry::retryClicked, this, [this](quint64 key) {
        QString why;
        if (m_problems && !m_problems->retry(key, &why))
            Q_EMIT notice(why);
    });
    connect(entry, &NeedsAttentionEntry::dismissClicked, this, [this](quint64 key) {
        if (m_problems)
            m_problems->dismiss(key);
    });
    connect(entry, &NeedsAttentionEntry::detailsClicked, this, &NeedsAttentionPanel::showDetails);
}

void NeedsAttentionPanel::showDetails(quint64 key)
{
    const std::optional<ActionProblem> p = m_problems ? m_problems->problem(key) : std::nullopt;
    NeedsAttentionEntry *entry = m_byKey.value(key);
    if (!p || !entry)
        return;
    auto *box = new QMessageBox(QMessageBox::Information, tr("Problem details"), entry->text(),
                                QMessageBox::Close, this);
    box->setObjectName(QStringLiteral("needsAttentionDetailsDialog"));
    box->setInformativeText(p->details.isEmpty() ? tr("No further details.") : p->details);
    PlainText::apply(box);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

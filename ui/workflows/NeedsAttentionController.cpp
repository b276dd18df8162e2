#include "workflows/NeedsAttentionController.h"

#include "domain/WorkflowState.h"
#include "shell/MainWindow.h"
#include "style/StatusStyle.h"
#include "workflows/ActionProblemList.h"
#include "workflows/NeedsAttentionPanel.h"

#include <QAction>
#include <QDockWidget>
#include <QMenu>
#include <QToolButton>

NeedsAttentionController::NeedsAttentionController(MainWindow *window, ActionProblemList *problems,
                                                   QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_dock(new QDockWidget(tr("Needs attention"), window))
    , m_count(new QToolButton(window))
{
    m_dock->setObjectName(QStringLiteral("needsAttentionDock"));
    auto *panel = new NeedsAttentionPanel(problems, m_dock);
    m_dock->setWidget(panel);
    window->addBottomDock(m_dock);
    connect(panel, &NeedsAttentionPanel::notice, window,
            [window](const QString &text) { window->showStatusMessage(text, 10000); });

    QAction *toggle = m_dock->toggleViewAction();
    toggle->setText(tr("Needs &attention"));
    toggle->setToolTip(tr("Actions that failed or whose outcome is unknown, until retried or "
                          "dismissed"));
    window->viewMenu()->addAction(toggle);

    m_count->setObjectName(QStringLiteral("needsAttentionButton"));
    m_count->setAutoRaise(true);
    m_count->setToolTip(tr("Open the list of actions that need attention"));
    QPalette p = m_count->palette();
    p.setColor(QPalette::ButtonText, StatusStyle::color(WorkflowState::Cancelled, p));
    m_count->setPalette(p);
    QFont f = m_count->font();
    f.setWeight(QFont::DemiBold);
    m_count->setFont(f);
    window->addStatusBarWidget(m_count);
    connect(m_count, &QToolButton::clicked, this, &NeedsAttentionController::open);
    connect(problems, &ActionProblemList::countChanged, this,
            &NeedsAttentionController::updateCount);
    updateCount(problems->count());
}

void NeedsAttentionController::open()
{
    m_dock->show();
    m_dock->raise();
}

void NeedsAttentionController::updateCount(int count)
{
    m_count->setText(tr("%n need(s) attention", nullptr, count));
    m_count->setVisible(count > 0);
}

#pragma once

#include "workflows/WorkflowActionService.h"

#include <QMessageBox>

class QPushButton;

// Explains a 409. When the workflow already is where the action wanted it, it reads as
// information ("Already paused — someone else did it. Nothing more to do.", Close only).
// Otherwise a warning naming the workflow, the attempted action, the current status from
// the re-read and the server's message, offering the suggested next step ("Resume
// instead"), "Refresh" and "Close" (the default). Show with open() or show().
class ConflictDialog : public QMessageBox
{
    Q_OBJECT
public:
    explicit ConflictDialog(const ConflictReport &report, QWidget *parent = nullptr);

    const ConflictReport &report() const { return m_report; }
    QPushButton *suggestedButton() const { return m_suggested; } // null when none
    QPushButton *refreshButton() const { return m_refresh; }     // null when informational
    QPushButton *closeButton() const { return m_close; }

Q_SIGNALS:
    void suggestedActionRequested(LifecycleAction action, const QString &workflowId);
    void refreshRequested();

private:
    ConflictReport m_report;
    QPushButton *m_suggested = nullptr;
    QPushButton *m_refresh = nullptr;
    QPushButton *m_close = nullptr;
};

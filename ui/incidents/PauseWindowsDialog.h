#pragma once

#include "incidents/PauseWindowsPanel.h"

#include <QDialog>

// "Pause windows…" in the Workflow menu: the PauseWindowsPanel in a window of its own.
class PauseWindowsDialog : public QDialog
{
    Q_OBJECT
public:
    PauseWindowsDialog(PauseWindowStore *windows, IncidentStore *incidents, const Clock *clock,
                       QWidget *parent = nullptr);

    PauseWindowsPanel *panel() const { return m_panel; }

private:
    PauseWindowsPanel *m_panel;
};

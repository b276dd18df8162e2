#pragma once

#include <QObject>
#include <QPointer>

class ActionProblemList;
class MainWindow;
class QDockWidget;
class QToolButton;

// Puts "Needs attention" into the main window through its intent-level calls: a bottom
// dock with the NeedsAttentionPanel (View → Needs attention), and a status-bar count
// ("2 need attention", warning colour, hidden at 0) that opens it. Refresh problems keep
// the banner and the stale strip; nothing here ever clears an entry on a poll.
class NeedsAttentionController : public QObject
{
    Q_OBJECT
public:
    NeedsAttentionController(MainWindow *window, ActionProblemList *problems,
                             QObject *parent = nullptr);

    void open();

private:
    void updateCount(int count);

    QPointer<MainWindow> m_window;
    QDockWidget *m_dock;
    QToolButton *m_count;
};

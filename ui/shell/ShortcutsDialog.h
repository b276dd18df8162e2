#pragma once

#include <QDialog>
#include <QList>

class QAction;
class QTableWidget;

// Help → Keyboard shortcuts: every given action with its shortcuts, in the order given,
// read from the actions themselves (so the list is never out of date), plus the keys that
// move between the window's areas.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ShortcutsDialog(const QList<QAction *> &actions, QWidget *parent = nullptr);

    // "Pause" → "Ctrl+P", one entry per row as shown.
    QList<QPair<QString, QString>> rows() const;

private:
    QTableWidget *m_table;
};

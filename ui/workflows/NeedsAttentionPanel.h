#pragma once

#include <QHash>
#include <QPointer>
#include <QWidget>

class ActionProblemList;
class NeedsAttentionEntry;
class QLabel;
class QVBoxLayout;
struct ActionProblem;

// The "Needs attention" list: one NeedsAttentionEntry per open ActionProblem, newest
// first, "Nothing needs attention." when empty. Retry and Dismiss go to the list; Details
// opens the diagnostic. A retry that cannot be sent says why (notice()).
class NeedsAttentionPanel : public QWidget
{
    Q_OBJECT
public:
    explicit NeedsAttentionPanel(ActionProblemList *problems, QWidget *parent = nullptr);

Q_SIGNALS:
    void notice(const QString &text);

private:
    void add(const ActionProblem &problem);
    void showDetails(quint64 key);

    QPointer<ActionProblemList> m_problems;
    QVBoxLayout *m_entries;
    QLabel *m_empty;
    QHash<quint64, NeedsAttentionEntry *> m_byKey;
};

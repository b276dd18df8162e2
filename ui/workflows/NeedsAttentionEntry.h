#pragma once

#include "workflows/ActionProblem.h"

#include <QFrame>

class QLabel;
class QPushButton;

// One row of "Needs attention": what was tried on which workflow, when, and DialNexa's
// answer (plain text), with Retry, Details… and Dismiss.
class NeedsAttentionEntry : public QFrame
{
    Q_OBJECT
public:
    explicit NeedsAttentionEntry(const ActionProblem &problem, QWidget *parent = nullptr);

    void setProblem(const ActionProblem &problem);
    quint64 key() const { return m_key; }
    QString text() const;

Q_SIGNALS:
    void retryClicked(quint64 key);
    void detailsClicked(quint64 key);
    void dismissClicked(quint64 key);

private:
    quint64 m_key = 0;
    QLabel *m_text;
    QPushButton *m_retry;
    QPushButton *m_details;
    QPushButton *m_dismiss;
};

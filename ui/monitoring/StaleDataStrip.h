#pragma once

#include "monitoring/ConnectionHealth.h"

#include <QDateTime>
#include <QFrame>
#include <QPointer>

class QLabel;

// The strip above the table that says the list is not live any more: "Showing data from
// 12:04:31 — DialNexa unreachable" (Offline), "— signed out", or "— not updated for
// 3 refreshes" (stale while retrying). While shown it also dims the table it guards
// (greyed text and base, the list stays readable and usable); it hides and restores the
// table when fresh data arrives.
class StaleDataStrip : public QFrame
{
    Q_OBJECT
public:
    explicit StaleDataStrip(ConnectionHealth *health, QWidget *parent = nullptr);

    // The view to dim while stale (not owned).
    void setDimTarget(QWidget *view);
    // Only data that was loaded once can be stale; before that there is nothing to mark.
    void setHasData(bool hasData);

    bool isShowingStale() const { return m_stale; }
    QString text() const;

public Q_SLOTS:
    void evaluate();

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyLook();
    void dim(bool on);

    QPointer<ConnectionHealth> m_health;
    QPointer<QWidget> m_target;
    QLabel *m_icon;
    QLabel *m_text;
    bool m_hasData = false;
    bool m_stale = false;
    bool m_dimmed = false;
};

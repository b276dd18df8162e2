#pragma once

#include "monitoring/ConnectionHealth.h"

#include "style/NoticeStrip.h"
#include <QDateTime>
#include <QPointer>

// The strip above the table that says the list is not live any more: "Showing data from
// 12:04:31 — DialNexa unreachable" (Offline), "— signed out", or "— not updated for
// 3 refreshes" (stale while retrying). It says when it shows and hides (staleChanged),
// so the window can dim the list it guards while the data is stale.
class StaleDataStrip : public NoticeStrip
{
    Q_OBJECT
public:
    explicit StaleDataStrip(ConnectionHealth *health, QWidget *parent = nullptr);

    // Only data that was loaded once can be stale; before that there is nothing to mark.
    void setHasData(bool hasData);

    bool isShowingStale() const { return m_stale; }
    QString text() const;

public Q_SLOTS:
    void evaluate();

Q_SIGNALS:
    // Shown or hidden: the list it guards should look stale, or current again.
    void staleChanged(bool stale);

private:
    QPointer<ConnectionHealth> m_health;
    bool m_hasData = false;
    bool m_stale = false;
    bool m_announced = false;
};

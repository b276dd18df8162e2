#pragma once

#include "monitoring/ConnectionHealth.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QTimer;

// Status-bar indicator of how far the list can be trusted: the connection state with a
// coloured dot and its word (Online / Retrying… / Offline / Signed out), and the age of
// the data ("Updated 4 s ago"), refreshed every second. When the data is stale (older
// than ConnectionHealth::StaleAfterIntervals intervals) the age turns into a warning.
class ConnectionIndicator : public QWidget
{
    Q_OBJECT
public:
    explicit ConnectionIndicator(ConnectionHealth *health, QWidget *parent = nullptr);

    // The console has no key (before sign-in, after sign-out): shown as "Signed out"
    // whatever the health says.
    void setSignedOut(bool signedOut);

    QString stateText() const;
    QString ageText() const;
    bool isAgeWarning() const { return m_warning; }

public Q_SLOTS:
    void refresh();

protected:
    void changeEvent(QEvent *event) override;

private:
    ConnectionHealth::State effectiveState() const;

    QPointer<ConnectionHealth> m_health;
    QLabel *m_dot;
    QLabel *m_state;
    QLabel *m_age;
    QTimer *m_timer;
    bool m_signedOut = false;
    bool m_warning = false;
};

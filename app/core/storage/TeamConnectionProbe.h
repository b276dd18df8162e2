#pragma once

#include "storage/TeamStoreConfig.h"

#include <QObject>
#include <QString>

// Tries the team store's connection on the thread it lives on (TeamStore gives it one), so
// a host that drops packets costs that thread libpq's connect timeout, not the console's
// window. Connects with the same options and password as the store, then hangs up: only
// a server that answered and accepted the password is connected to on the GUI thread.
class TeamConnectionProbe : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    void probe(const TeamStoreConfig &config);

Q_SIGNALS:
    // error: libpq's text (one line, never the password) when not connected.
    void finished(bool connected, const QString &error);
};

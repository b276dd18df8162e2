#pragma once

#include "account/Profile.h"

#include <QObject>
#include <QUrl>

class ApiClient;

// Who the console is talking to, as one value: the profile, its server (origin), whether
// that is the built-in sandbox, and whether a key for it is in use. Every change goes
// through here so the pieces never disagree: pointing at another server drops the key and
// the signed-in state *before* the address changes, so no request can leave with the old
// key for the new server; a key is only ever handed to the client for the current origin.
class ConnectionSession : public QObject
{
    Q_OBJECT
public:
    struct State
    {
        Profile profile;
        QUrl baseUrl;
        bool sandbox = false; // the in-process simulator
        bool signedIn = false;
    };

    explicit ConnectionSession(ApiClient *client, QObject *parent = nullptr);

    const State &state() const { return m_state; }
    bool isSignedIn() const { return m_state.signedIn; }
    // "api.dialnexa.com" or "127.0.0.1:8787": what the status bar and the audit show.
    QString host() const;

    // Ends the current session (ended()), then points at the profile's server, signed out.
    void connectTo(const Profile &profile, const QUrl &baseUrl, bool sandbox);
    // Uses `key` for the current origin; the session is signed in from now on.
    void signIn(const QString &key);
    // The server refused the key (401/403) or it could not be found: same origin, no key.
    void signOut();
    // The supervisor signed out: no key, and what was shown of this server goes (ended()).
    void end();

Q_SIGNALS:
    // The list, the requests in flight and everything else of the old session should go.
    void ended();
    void changed(const ConnectionSession::State &state);

private:
    ApiClient *m_client;
    State m_state;
};

#pragma once

#include "api/ProxySettings.h"

#include <QDialog>
#include <QUrl>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

// Asks for a profile name, a base URL (v1 or the legacy unversioned base) and an API key.
// The base URL is checked with ApiClient::validateBaseUrl as you type and the reason is
// shown inline. The key field uses password echo and is never stored by this dialog:
// on "Sign in" it emits signInRequested() and the caller stores the key through
// ApiKeyResolver. Show with open(); the caller closes it with accept() once stored.
// The profile's CA file and proxy are edited here too (no proxy password: the console asks
// for it when the proxy does, and keeps it in the keychain), and its team store.
class SignInDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SignInDialog(QWidget *parent = nullptr);

    void setProfileName(const QString &name);
    QString profileName() const;
    void setBaseUrl(const QUrl &url);
    QUrl baseUrl() const;
    QString apiKey() const;
    // The profile's network: "Trusted CA certificates" (a PEM file added to the system's
    // roots) and its proxy (system settings, none, or manual host:port with a user name).
    void setNetwork(const QString &caFile, const ProxySettings &proxy);
    QString caFile() const;
    ProxySettings proxySettings() const;
    // "Team store": the profile's postgresql:// URL (checked as typed, no password in it) and
    // its password, which the caller keeps in the keychain, never in settings.
    void setTeamStore(const QString &url);
    QString teamStore() const;
    QString teamStorePassword() const;

    // A sentence at the top, e.g. why sign-in is needed ("DialNexa refused the key…").
    void setExplanation(const QString &text);
    // An inline problem below the fields (e.g. the keychain answer); empty hides it.
    void setProblem(const QString &text);
    // While the key is being stored: fields and "Sign in" disabled.
    void setBusy(bool busy);

    QLineEdit *apiKeyField() const { return m_key; }
    QPushButton *signInButton() const { return m_signIn; }

Q_SIGNALS:
    void signInRequested(const QString &profileName, const QUrl &baseUrl, const QString &apiKey);

private:
    void validate();

    QLabel *m_explanation;
    QLineEdit *m_profile;
    QComboBox *m_url;
    QLabel *m_urlHint;
    QLineEdit *m_key;
    QLineEdit *m_caFile;
    QComboBox *m_proxyMode;
    QLineEdit *m_proxyHostPort;
    QLineEdit *m_proxyUser;
    QLabel *m_networkHint;
    QLineEdit *m_teamStore;
    QLineEdit *m_teamPassword;
    QLabel *m_teamHint;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
    QPushButton *m_signIn;
    bool m_busy = false;
};

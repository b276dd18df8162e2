#include "account/NetworkController.h"

#include "account/SecretStore.h"
#include "account/TlsProblemDialog.h"
#include "api/ApiClient.h"
#include "api/TrustedCaFile.h"
#include "shell/MainWindow.h"

#include <QInputDialog>
#include <QLineEdit>

namespace {
const QString CaSource = QStringLiteral("network.ca");
const QString ProxySource = QStringLiteral("network.proxy");
} // namespace

NetworkController::NetworkController(ApiClient *client, ConnectionSession *session,
                                     SecretStore *secrets, MainWindow *window,
                                     const QString &caFileOverride, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_session(session)
    , m_secrets(secrets)
    , m_window(window)
    , m_caFileOverride(caFileOverride)
{
    connect(session, &ConnectionSession::changed, this,
            [this](const ConnectionSession::State &state) { apply(state.profile); });
    connect(client, &ApiClient::requestFinished, this, &NetworkController::onRequestFinished);
    connect(client, &ApiClient::proxyCredentialsRequired, this,
            &NetworkController::askProxyPassword);
    apply(session->state().profile);
}

NetworkController::~NetworkController()
{
    delete m_tlsDialog;
}

void NetworkController::apply(const Profile &profile)
{
    if (m_applied && profile == m_profile)
        return;
    const bool otherServer = !m_applied || profile.name != m_profile.name;
    m_applied = true;
    m_profile = profile;
    m_readingPassword = false;
    if (otherServer) {
        m_shownTls.clear();
        m_sessionPassword.clear();
    }

    const QString caFile = m_caFileOverride.isEmpty() ? profile.caFile : m_caFileOverride;
    QList<QSslCertificate> cas;
    m_window->dismissMessage(CaSource);
    if (!caFile.isEmpty()) {
        QString why;
        cas = TrustedCaFile::load(caFile, &why);
        if (cas.isEmpty())
            m_window->showProblem(
                tr("%1 Only the system's certificate authorities are trusted.").arg(why), QString(),
                nullptr, CaSource);
    }
    m_client->setExtraCaCertificates(cas);

    const ProxySettings proxy = profile.proxy;
    m_client->setProxySettings(proxy, m_sessionPassword);
    if (proxy.mode == ProxySettings::Mode::Manual && !proxy.user.isEmpty() && m_secrets) {
        QPointer<NetworkController> self(this);
        m_readingPassword = true;
        m_secrets->read(proxy.secretAccount(), [self, proxy](const SecretStore::Result &r) {
            if (!self || self->m_profile.proxy != proxy)
                return;
            self->m_readingPassword = false;
            if (r.ok() && self->m_sessionPassword.isEmpty())
                self->m_client->setProxySettings(proxy, r.secret);
        });
    }
}

void NetworkController::onRequestFinished(const ApiError &error)
{
    if (error.kind() != ApiError::Kind::Tls || error.tlsProblem().isNull())
        return;
    const TlsProblem problem = error.tlsProblem();
    // The poller keeps trying: one dialog per certificate and problem, not one per poll.
    const QString key = problem.host() + QLatin1Char('|') + problem.sha256Fingerprint() +
                        QLatin1Char('|') + problem.whatIsWrong();
    if (key == m_shownTls || m_tlsDialog)
        return;
    m_shownTls = key;
    auto *dialog = new TlsProblemDialog(problem, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_tlsDialog = dialog;
    dialog->open();
}

void NetworkController::askProxyPassword(const ProxySettings &proxy)
{
    // A request that left before the keychain answered: the next one carries the password.
    if (m_askingPassword || m_readingPassword || proxy != m_profile.proxy)
        return;
    if (proxy.mode != ProxySettings::Mode::Manual || proxy.user.isEmpty()) {
        m_window->showProblem(
            tr("The proxy asks for a user name and password. Set the proxy, with its user "
               "name, in the profile (Manual proxy)."),
            QString(), nullptr, ProxySource);
        return;
    }
    m_askingPassword = true;
    auto *dialog = new QInputDialog(m_window);
    dialog->setObjectName(QStringLiteral("proxyPasswordDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Proxy password"));
    dialog->setLabelText(tr("Password of %1 for the proxy %2:%3 (kept in the keychain):")
                             .arg(proxy.user, proxy.host)
                             .arg(proxy.port));
    dialog->setTextEchoMode(QLineEdit::Password);
    connect(dialog, &QInputDialog::finished, this, [this] { m_askingPassword = false; });
    connect(dialog, &QInputDialog::textValueSelected, this, [this, proxy](const QString &password) {
        if (proxy != m_profile.proxy)
            return;
        m_window->dismissMessage(ProxySource);
        m_client->setProxySettings(proxy, password);
        m_sessionPassword = password; // until the keychain has it (or for this run)
        if (m_secrets) {
            QPointer<NetworkController> self(this);
            m_secrets->write(proxy.secretAccount(), password, [self](const SecretStore::Result &r) {
                if (self && r.ok())
                    self->m_sessionPassword.clear();
            });
        }
    });
    dialog->open();
}

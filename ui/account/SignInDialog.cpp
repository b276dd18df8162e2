#include "account/SignInDialog.h"

#include "api/ApiClient.h"
#include "api/TrustedCaFile.h"
#include "storage/TeamStoreConfig.h"
#include "style/StatusStyle.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

SignInDialog::SignInDialog(QWidget *parent)
    : QDialog(parent)
    , m_explanation(new QLabel(this))
    , m_profile(new QLineEdit(this))
    , m_url(new QComboBox(this))
    , m_urlHint(new QLabel(this))
    , m_key(new QLineEdit(this))
    , m_caFile(new QLineEdit(this))
    , m_proxyMode(new QComboBox(this))
    , m_proxyHostPort(new QLineEdit(this))
    , m_proxyUser(new QLineEdit(this))
    , m_networkHint(new QLabel(this))
    , m_teamStore(new QLineEdit(this))
    , m_teamPassword(new QLineEdit(this))
    , m_teamHint(new QLabel(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(this))
{
    setObjectName(QStringLiteral("signInDialog"));
    setWindowTitle(tr("Sign in to DialNexa"));
    setMinimumWidth(520);

    m_explanation->setObjectName(QStringLiteral("signInExplanation"));
    m_explanation->setWordWrap(true);
    m_explanation->setTextFormat(Qt::PlainText);
    m_explanation->setText(tr("Enter the API key of your DialNexa workspace. The key is kept in "
                              "the system keychain, never in a settings file."));

    m_profile->setObjectName(QStringLiteral("signInProfile"));
    m_profile->setPlaceholderText(tr("e.g. Production"));

    m_url->setObjectName(QStringLiteral("signInBaseUrl"));
    m_url->setEditable(true);
    m_url->addItem(QString::fromLatin1(ApiClient::DefaultBaseUrl));
    m_url->addItem(QString::fromLatin1(ApiClient::LegacyBaseUrl));
    m_url->setItemData(0, tr("Current v1 API (recommended)"), Qt::ToolTipRole);
    m_url->setItemData(1, tr("Legacy unversioned API — scheduled for deprecation on July 31, 2026"),
                       Qt::ToolTipRole);
    m_url->setInsertPolicy(QComboBox::NoInsert);

    m_urlHint->setObjectName(QStringLiteral("signInUrlHint"));
    m_urlHint->setWordWrap(true);
    m_urlHint->setTextFormat(Qt::PlainText);

    m_key->setObjectName(QStringLiteral("signInApiKey"));
    m_key->setEchoMode(QLineEdit::Password);
    m_key->setPlaceholderText(tr("keyId:secret"));
    m_key->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhNoPredictiveText |
                               Qt::ImhNoAutoUppercase);
    m_problem->setObjectName(QStringLiteral("signInProblem"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->hide();

    m_caFile->setObjectName(QStringLiteral("signInCaFile"));
    m_caFile->setAccessibleName(tr("Trusted CA certificates"));
    m_caFile->setPlaceholderText(tr("none: the system's certificate authorities only"));
    m_caFile->setToolTip(tr("A PEM file with your company's CA certificates (ask your IT). "
                            "They are trusted in addition to the system's."));
    auto *browse = new QPushButton(tr("Bro&wse…"), this);
    browse->setObjectName(QStringLiteral("signInCaFileBrowse"));
    connect(browse, &QPushButton::clicked, this, [this] {
        auto *chooser = new QFileDialog(this, tr("Trusted CA certificates"), m_caFile->text(),
                                        tr("Certificates (*.pem *.crt *.cer);;All files (*)"));
        chooser->setAttribute(Qt::WA_DeleteOnClose);
        chooser->setFileMode(QFileDialog::ExistingFile);
        connect(chooser, &QFileDialog::fileSelected, m_caFile, &QLineEdit::setText);
        chooser->open();
    });
    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(browse);

    m_proxyMode->setObjectName(QStringLiteral("signInProxyMode"));
    m_proxyMode->addItem(tr("System settings (https_proxy, no_proxy)"),
                         int(ProxySettings::Mode::System));
    m_proxyMode->addItem(tr("No proxy"), int(ProxySettings::Mode::None));
    m_proxyMode->addItem(tr("Manual"), int(ProxySettings::Mode::Manual));
    m_proxyHostPort->setObjectName(QStringLiteral("signInProxyHostPort"));
    m_proxyHostPort->setPlaceholderText(tr("proxy.example.com:3128"));
    m_proxyUser->setObjectName(QStringLiteral("signInProxyUser"));
    m_proxyUser->setPlaceholderText(tr("only if the proxy asks"));
    m_networkHint->setObjectName(QStringLiteral("signInNetworkHint"));
    m_networkHint->setWordWrap(true);
    m_networkHint->setTextFormat(Qt::PlainText);
    m_networkHint->hide();

    m_teamStore->setObjectName(QStringLiteral("signInTeamStore"));
    m_teamStore->setAccessibleName(tr("Team store"));
    m_teamStore->setPlaceholderText(tr("none: this computer only"));
    m_teamStore->setToolTip(tr("Where the team shares incidents and the audit trail: "
                               "postgresql://USER@HOST:PORT/DATABASE?sslmode=verify-full"));
    m_teamPassword->setObjectName(QStringLiteral("signInTeamStorePassword"));
    m_teamPassword->setAccessibleName(tr("Team store password"));
    m_teamPassword->setEchoMode(QLineEdit::Password);
    m_teamPassword->setPlaceholderText(tr("kept in the system keychain"));
    m_teamPassword->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhNoPredictiveText |
                                        Qt::ImhNoAutoUppercase);
    m_teamHint->setObjectName(QStringLiteral("signInTeamStoreHint"));
    m_teamHint->setWordWrap(true);
    m_teamHint->setTextFormat(Qt::PlainText);
    m_teamHint->hide();

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setVerticalSpacing(8);
    form->addRow(tr("&Profile name:"), m_profile);
    form->addRow(tr("&Base URL:"), m_url);
    form->addRow(QString(), m_urlHint);
    form->addRow(tr("API &key:"), m_key);
    form->addRow(tr("&Trusted CA certificates:"), caRow);
    form->addRow(tr("Pro&xy:"), m_proxyMode);
    form->addRow(tr("Proxy &host:port:"), m_proxyHostPort);
    form->addRow(tr("Proxy &user:"), m_proxyUser);
    form->addRow(QString(), m_networkHint);
    form->addRow(tr("T&eam store:"), m_teamStore);
    form->addRow(tr("Team store pass&word:"), m_teamPassword);
    form->addRow(QString(), m_teamHint);

    m_signIn = m_buttons->addButton(tr("Sign in"), QDialogButtonBox::AcceptRole);
    m_signIn->setObjectName(QStringLiteral("signInButton"));
    m_signIn->setDefault(true);
    auto *cancel = m_buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("signInCancelButton"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(18, 16, 18, 14);
    layout->setSpacing(12);
    layout->addWidget(m_explanation);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!m_signIn->isEnabled())
            return;
        Q_EMIT signInRequested(profileName(), baseUrl(), apiKey());
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_profile, &QLineEdit::textChanged, this, &SignInDialog::validate);
    connect(m_url, &QComboBox::editTextChanged, this, &SignInDialog::validate);
    connect(m_key, &QLineEdit::textChanged, this, &SignInDialog::validate);
    connect(m_caFile, &QLineEdit::textChanged, this, &SignInDialog::validate);
    connect(m_proxyMode, &QComboBox::currentIndexChanged, this, &SignInDialog::validate);
    connect(m_proxyHostPort, &QLineEdit::textChanged, this, &SignInDialog::validate);
    connect(m_teamStore, &QLineEdit::textChanged, this, &SignInDialog::validate);
    validate();
}

void SignInDialog::setProfileName(const QString &name)
{
    m_profile->setText(name);
}

QString SignInDialog::profileName() const
{
    return m_profile->text().trimmed();
}

void SignInDialog::setBaseUrl(const QUrl &url)
{
    m_url->setEditText(url.toString());
}

QUrl SignInDialog::baseUrl() const
{
    return QUrl::fromUserInput(m_url->currentText().trimmed());
}

QString SignInDialog::apiKey() const
{
    return m_key->text().trimmed();
}

void SignInDialog::setNetwork(const QString &caFile, const ProxySettings &proxy)
{
    m_caFile->setText(caFile);
    m_proxyMode->setCurrentIndex(qMax(0, m_proxyMode->findData(int(proxy.mode))));
    m_proxyHostPort->setText(proxy.host.isEmpty()
                                 ? QString()
                                 : proxy.host + QLatin1Char(':') + QString::number(proxy.port));
    m_proxyUser->setText(proxy.user);
    validate();
}

QString SignInDialog::caFile() const
{
    return m_caFile->text().trimmed();
}

ProxySettings SignInDialog::proxySettings() const
{
    ProxySettings proxy;
    proxy.mode = ProxySettings::Mode(m_proxyMode->currentData().toInt());
    if (proxy.mode == ProxySettings::Mode::Manual) {
        ProxySettings::parseHostPort(m_proxyHostPort->text(), &proxy.host, &proxy.port);
        proxy.user = m_proxyUser->text().trimmed();
    }
    return proxy;
}

void SignInDialog::setTeamStore(const QString &url)
{
    m_teamStore->setText(url);
    validate();
}

QString SignInDialog::teamStore() const
{
    return m_teamStore->text().trimmed();
}

QString SignInDialog::teamStorePassword() const
{
    return m_teamPassword->text();
}

void SignInDialog::setExplanation(const QString &text)
{
    m_explanation->setText(text);
}

void SignInDialog::setProblem(const QString &text)
{
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
}

void SignInDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_profile->setEnabled(!busy);
    m_url->setEnabled(!busy);
    m_key->setEnabled(!busy);
    m_caFile->setEnabled(!busy);
    m_proxyMode->setEnabled(!busy);
    m_teamStore->setEnabled(!busy);
    m_teamPassword->setEnabled(!busy);
    validate();
}

void SignInDialog::validate()
{
    const QString urlText = m_url->currentText().trimmed();
    QString urlProblem = urlText.isEmpty() ? tr("Enter the DialNexa API address.")
                                           : ApiClient::validateBaseUrl(baseUrl());
    const QPalette pal = palette();
    QPalette hp = m_urlHint->palette();
    // The hint speaks of DialNexa's own addresses only; a custom address gets none.
    bool hint = true;
    if (!urlProblem.isEmpty()) {
        m_urlHint->setText(urlProblem);
        hp.setColor(QPalette::WindowText, StatusStyle::color(WorkflowState::Cancelled, pal));
    } else if (urlText != QLatin1String(ApiClient::DefaultBaseUrl) &&
               baseUrl().host() != QUrl(QString::fromLatin1(ApiClient::DefaultBaseUrl)).host()) {
        hint = false;
        m_urlHint->clear();
    } else if (baseUrl().path().isEmpty() || baseUrl().path() == QLatin1String("/")) {
        m_urlHint->setText(tr("Legacy unversioned base: still supported, but scheduled for "
                              "deprecation on July 31, 2026. Prefer …/v1."));
        hp.setColor(QPalette::WindowText, StatusStyle::color(WorkflowState::Paused, pal));
    } else {
        m_urlHint->setText(tr("Current v1 API (recommended); the legacy unversioned base "
                              "%1 is also accepted.")
                               .arg(QString::fromLatin1(ApiClient::LegacyBaseUrl)));
        hp.setColor(QPalette::WindowText, pal.color(QPalette::PlaceholderText));
    }
    m_urlHint->setPalette(hp);
    m_urlHint->setVisible(hint);

    // The network: a CA file must hold a certificate, a manual proxy needs host:port.
    const bool manual =
        ProxySettings::Mode(m_proxyMode->currentData().toInt()) == ProxySettings::Mode::Manual;
    m_proxyHostPort->setEnabled(!m_busy && manual);
    m_proxyUser->setEnabled(!m_busy && manual);
    QString networkProblem;
    if (!caFile().isEmpty())
        TrustedCaFile::load(caFile(), &networkProblem);
    if (networkProblem.isEmpty() && manual) {
        QString host;
        quint16 port = 0;
        networkProblem = ProxySettings::parseHostPort(m_proxyHostPort->text(), &host, &port);
    }
    m_networkHint->setText(networkProblem);
    m_networkHint->setVisible(!networkProblem.isEmpty());
    QPalette np = m_networkHint->palette();
    np.setColor(QPalette::WindowText, StatusStyle::color(WorkflowState::Cancelled, pal));
    m_networkHint->setPalette(np);

    QString teamProblem;
    if (!teamStore().isEmpty())
        TeamStoreConfig::parse(teamStore(), &teamProblem);
    m_teamHint->setText(teamProblem);
    m_teamHint->setVisible(!teamProblem.isEmpty());
    m_teamHint->setPalette(np);

    const bool ok = !m_busy && urlProblem.isEmpty() && networkProblem.isEmpty() &&
                    teamProblem.isEmpty() && !profileName().isEmpty() && !apiKey().isEmpty();
    m_signIn->setEnabled(ok);
}

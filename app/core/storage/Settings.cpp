#include "storage/Settings.h"

#include "bulk/BulkOptions.h"

#include <QSettings>
#include <QUrl>

namespace {
const QString ProfileListKey = QStringLiteral("Profiles/list");
const QString CurrentProfileKey = QStringLiteral("Profiles/current");
const QString ProfileNameKey = QStringLiteral("name");
const QString ProfileUrlKey = QStringLiteral("baseUrl");
const QString ProfileCaFileKey = QStringLiteral("caFile");
const QString ProfileProxyModeKey = QStringLiteral("proxy");
const QString ProfileProxyHostKey = QStringLiteral("proxyHost");
const QString ProfileProxyPortKey = QStringLiteral("proxyPort");
const QString ProfileProxyUserKey = QStringLiteral("proxyUser");
const QString ProfileTeamStoreKey = QStringLiteral("teamStore");
const QString GeometryKey = QStringLiteral("MainWindow/geometry");
const QString SplitterKey = QStringLiteral("MainWindow/splitter");
const QString HeaderKey = QStringLiteral("MainWindow/header");
const QString NotificationsKey = QStringLiteral("monitoring/notifications");
const QString ConcurrencyKey = QStringLiteral("bulk/concurrency");

// A profile name may hold '/' or '=': percent-encoded into one key.
QString longPauseKey(const QString &profile)
{
    return QStringLiteral("incidents/longPauseReminderHours_") +
           QString::fromLatin1(QUrl::toPercentEncoding(profile));
}
} // namespace

Settings::Settings()
    : m_store(std::make_unique<QSettings>(QSettings::IniFormat, QSettings::UserScope,
                                          QStringLiteral("DialNexa"),
                                          QStringLiteral("dialnexa-console")))
{ }

Settings::Settings(const QString &iniFilePath)
    : m_store(std::make_unique<QSettings>(iniFilePath, QSettings::IniFormat))
{ }

Settings::~Settings() = default;

QString Settings::fileName() const
{
    return m_store->fileName();
}

void Settings::sync()
{
    m_store->sync();
}

void Settings::clear()
{
    m_store->clear();
    m_store->sync();
}

QList<Profile> Settings::profiles() const
{
    QList<Profile> out;
    const int n = m_store->beginReadArray(ProfileListKey);
    for (int i = 0; i < n; ++i) {
        m_store->setArrayIndex(i);
        Profile p;
        p.name = m_store->value(ProfileNameKey).toString();
        p.baseUrl = QUrl(m_store->value(ProfileUrlKey).toString());
        p.caFile = m_store->value(ProfileCaFileKey).toString();
        ProxySettings::modeFromName(m_store->value(ProfileProxyModeKey).toString(),
                                    &p.proxy.mode); // unknown or absent: system
        p.proxy.host = m_store->value(ProfileProxyHostKey).toString();
        p.proxy.port = quint16(m_store->value(ProfileProxyPortKey).toUInt());
        p.proxy.user = m_store->value(ProfileProxyUserKey).toString();
        p.teamStore = m_store->value(ProfileTeamStoreKey).toString();
        if (!p.name.isEmpty())
            out.append(p);
    }
    m_store->endArray();
    return out;
}

void Settings::setProfiles(const QList<Profile> &profiles)
{
    m_store->remove(ProfileListKey);
    m_store->beginWriteArray(ProfileListKey, int(profiles.size()));
    for (int i = 0; i < profiles.size(); ++i) {
        m_store->setArrayIndex(i);
        m_store->setValue(ProfileNameKey, profiles.at(i).name);
        const Profile &p = profiles.at(i);
        m_store->setValue(ProfileUrlKey, p.baseUrl.toString());
        // Only what differs from the defaults, so older files stay as they were.
        if (!p.caFile.isEmpty())
            m_store->setValue(ProfileCaFileKey, p.caFile);
        if (p.proxy.mode != ProxySettings::Mode::System)
            m_store->setValue(ProfileProxyModeKey, ProxySettings::modeName(p.proxy.mode));
        if (p.proxy.mode == ProxySettings::Mode::Manual) {
            m_store->setValue(ProfileProxyHostKey, p.proxy.host);
            m_store->setValue(ProfileProxyPortKey, p.proxy.port);
            if (!p.proxy.user.isEmpty())
                m_store->setValue(ProfileProxyUserKey, p.proxy.user);
        }
        if (!p.teamStore.isEmpty())
            m_store->setValue(ProfileTeamStoreKey, p.teamStore);
    }
    m_store->endArray();
    m_store->sync();
}

QString Settings::currentProfileName() const
{
    return m_store->value(CurrentProfileKey).toString();
}

void Settings::setCurrentProfileName(const QString &name)
{
    if (name.isEmpty())
        m_store->remove(CurrentProfileKey);
    else
        m_store->setValue(CurrentProfileKey, name);
    m_store->sync();
}

QByteArray Settings::windowGeometry() const
{
    return m_store->value(GeometryKey).toByteArray();
}

void Settings::setWindowGeometry(const QByteArray &geometry)
{
    m_store->setValue(GeometryKey, geometry);
}

QByteArray Settings::splitterState() const
{
    return m_store->value(SplitterKey).toByteArray();
}

void Settings::setSplitterState(const QByteArray &state)
{
    m_store->setValue(SplitterKey, state);
}

QByteArray Settings::tableHeaderState() const
{
    return m_store->value(HeaderKey).toByteArray();
}

void Settings::setTableHeaderState(const QByteArray &state)
{
    m_store->setValue(HeaderKey, state);
}

bool Settings::notificationsEnabled() const
{
    return m_store->value(NotificationsKey, true).toBool();
}

void Settings::setNotificationsEnabled(bool enabled)
{
    m_store->setValue(NotificationsKey, enabled);
}

int Settings::bulkConcurrency() const
{
    const int value = m_store->value(ConcurrencyKey, BulkOptions::DefaultConcurrency).toInt();
    return qBound(BulkOptions::MinConcurrency, value, BulkOptions::MaxConcurrency);
}

void Settings::setBulkConcurrency(int concurrency)
{
    m_store->setValue(ConcurrencyKey, qBound(BulkOptions::MinConcurrency, concurrency,
                                             BulkOptions::MaxConcurrency));
}

int Settings::longPauseReminderHours(const QString &profile) const
{
    return qBound(1, m_store->value(longPauseKey(profile), DefaultLongPauseReminderHours).toInt(),
                  72);
}

void Settings::setLongPauseReminderHours(const QString &profile, int hours)
{
    m_store->setValue(longPauseKey(profile), qBound(1, hours, 72));
}

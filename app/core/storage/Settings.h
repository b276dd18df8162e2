#pragma once

#include "account/Profile.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>

class QSettings;

// The console's preferences: one INI file shared by the console and dialnexa-ctl
// (<config>/DialNexa/dialnexa-console.ini), read and written only through these typed
// accessors, so every key is spelled once. Holds no secret: API keys and passwords live in
// the system keychain. Cheap to create; instances on the same file see each other's writes.
class Settings
{
public:
    Settings();
    // An explicit INI file (tests, portable setups).
    explicit Settings(const QString &iniFilePath);
    ~Settings();
    Settings(const Settings &) = delete;
    Settings &operator=(const Settings &) = delete;

    QString fileName() const;
    void sync();
    void clear(); // back to the defaults

    // Connection profiles (names and base URLs; the built-in Sandbox is not stored).
    QList<Profile> profiles() const;
    void setProfiles(const QList<Profile> &profiles);
    QString currentProfileName() const;              // empty when none was chosen
    void setCurrentProfileName(const QString &name); // empty forgets the choice

    // Main window layout, as saved by QMainWindow/QSplitter/QHeaderView.
    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray splitterState() const;
    void setSplitterState(const QByteArray &state);
    QByteArray tableHeaderState() const;
    void setTableHeaderState(const QByteArray &state);

    // Desktop notifications for changes not made by this console (default on).
    bool notificationsEnabled() const;
    void setNotificationsEnabled(bool enabled);

    // Parallel requests of a bulk action, clamped to BulkOptions' range (default 4).
    int bulkConcurrency() const;
    void setBulkConcurrency(int concurrency);

    // Per profile: after how many hours an incident that still keeps workflows paused
    // raises a reminder (default 2, 1..72).
    static constexpr int DefaultLongPauseReminderHours = 2;
    int longPauseReminderHours(const QString &profile) const;
    void setLongPauseReminderHours(const QString &profile, int hours);

private:
    std::unique_ptr<QSettings> m_store;
};

#pragma once

#include "domain/Workflow.h"

#include <QObject>
#include <QPointer>

#include <functional>

class ChangeTracker;
class QSystemTrayIcon;
class QTimer;
class QWidget;

// Announces status changes this console did not make. For each batch of external changes
// (one poll's worth, coalesced) it emits announced("“Name” was paused — not by this
// console") for the status bar, and — when desktop notifications are enabled and the
// window is not the active one — notificationRequested(title, text). A QSystemTrayIcon
// (created only when the platform has a system tray) turns those requests into desktop
// notifications; without a tray they are skipped quietly. The on/off setting persists in
// QSettings "notifications/enabled" (default on).
class ChangeNotifier : public QObject
{
    Q_OBJECT
public:
    static constexpr const char *SettingsKey = "notifications/enabled";

    ChangeNotifier(ChangeTracker *tracker, QWidget *window, QObject *parent = nullptr);
    ~ChangeNotifier() override;

    bool notificationsEnabled() const { return m_enabled; }
    void setNotificationsEnabled(bool enabled); // persisted
    // Whether the window counts as "being looked at" (default: window->isActiveWindow()).
    void setWindowActiveProbe(std::function<bool()> probe) { m_probe = std::move(probe); }
    // Creates the tray icon when the platform has a tray; returns whether it did.
    bool installTrayIcon();
    QSystemTrayIcon *trayIcon() const { return m_tray; }

    // "“Summer outreach” was paused — not by this console"
    static QString describe(const Workflow &workflow, const WorkflowStatus &previous);
    // "was paused", "was resumed", "was cancelled", "completed", "changed to “archived”"
    static QString verbPhrase(const WorkflowStatus &previous, const WorkflowStatus &current);

Q_SIGNALS:
    void announced(const QString &text);
    void notificationRequested(const QString &title, const QString &text);

private:
    struct Change
    {
        Workflow workflow;
        WorkflowStatus previous;
    };
    void onExternalChange(const Workflow &workflow, const WorkflowStatus &previous);
    void deliver();

    QPointer<QWidget> m_window;
    QSystemTrayIcon *m_tray = nullptr;
    QTimer *m_batch;
    QList<Change> m_pending;
    std::function<bool()> m_probe;
    bool m_enabled = true;
};

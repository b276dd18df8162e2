#include "monitoring/ChangeNotifier.h"

#include "storage/Settings.h"

#include "monitoring/ChangeTracker.h"
#include "style/StatusStyle.h"

#include <QSystemTrayIcon>
#include <QTimer>
#include <QWidget>

#include <utility>

ChangeNotifier::ChangeNotifier(ChangeTracker *tracker, QWidget *window, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_batch(new QTimer(this))
{
    m_enabled = Settings().notificationsEnabled();
    // ChangeTracker classifies one poll's changes in one go; collect them into one message.
    m_batch->setSingleShot(true);
    m_batch->setInterval(50);
    connect(m_batch, &QTimer::timeout, this, &ChangeNotifier::deliver);
    if (tracker)
        connect(tracker, &ChangeTracker::externalChange, this, &ChangeNotifier::onExternalChange);
    m_probe = [this] { return m_window && m_window->isActiveWindow(); };
}

ChangeNotifier::~ChangeNotifier()
{
    if (m_tray)
        m_tray->hide();
}

void ChangeNotifier::setNotificationsEnabled(bool enabled)
{
    m_enabled = enabled;
    Settings().setNotificationsEnabled(enabled);
}

bool ChangeNotifier::installTrayIcon()
{
    if (m_tray)
        return true;
    if (!QSystemTrayIcon::isSystemTrayAvailable() || !QSystemTrayIcon::supportsMessages())
        return false; // no tray: notifications are skipped quietly
    m_tray = new QSystemTrayIcon(StatusStyle::appIcon(), this);
    m_tray->setToolTip(tr("DialNexa Console"));
    connect(this, &ChangeNotifier::notificationRequested, m_tray,
            [this](const QString &title, const QString &text) {
                m_tray->showMessage(title, text, QSystemTrayIcon::Information, 8000);
            });
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
        if (m_window) {
            m_window->showNormal();
            m_window->raise();
            m_window->activateWindow();
        }
    });
    m_tray->show();
    return true;
}

QString ChangeNotifier::verbPhrase(const WorkflowStatus &previous, const WorkflowStatus &current)
{
    switch (current.state()) {
    case WorkflowState::Paused:
        return tr("was paused");
    case WorkflowState::Cancelled:
        return tr("was cancelled");
    case WorkflowState::Completed:
        return tr("completed");
    case WorkflowState::Active:
        if (previous.state() == WorkflowState::Paused)
            return tr("was resumed");
        if (previous.state() == WorkflowState::Draft)
            return tr("was activated");
        return tr("became active");
    case WorkflowState::Draft:
        return tr("went back to draft");
    case WorkflowState::Unknown:
        break;
    }
    return tr("changed to “%1”").arg(current.displayText());
}

QString ChangeNotifier::describe(const Workflow &workflow, const WorkflowStatus &previous)
{
    const QString name = workflow.name.isEmpty() ? workflow.id : workflow.name;
    return tr("“%1” %2 — not by this console").arg(name, verbPhrase(previous, workflow.status));
}

void ChangeNotifier::onExternalChange(const Workflow &workflow, const WorkflowStatus &previous)
{
    m_pending.append({workflow, previous});
    m_batch->start();
}

void ChangeNotifier::deliver()
{
    if (m_pending.isEmpty())
        return;
    const QList<Change> batch = std::exchange(m_pending, {});
    QString text;
    QString title;
    if (batch.size() == 1) {
        const Change &c = batch.constFirst();
        text = describe(c.workflow, c.previous);
        title = tr("Workflow %1").arg(StatusStyle::text(c.workflow.status).toLower());
    } else {
        int paused = 0;
        for (const Change &c : batch)
            paused += c.workflow.status.state() == WorkflowState::Paused ? 1 : 0;
        text =
            tr("%n workflow(s) changed status — not by this console", nullptr, int(batch.size()));
        if (paused > 0)
            text += tr(" (%1 paused)").arg(paused);
        title = tr("Workflows changed");
    }
    Q_EMIT announced(text);
    if (m_enabled && !(m_probe && m_probe()))
        Q_EMIT notificationRequested(title, text + QLatin1Char('.'));
}

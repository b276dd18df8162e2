#pragma once

#include "api/ApiError.h"

#include <QObject>
#include <QPointer>

class ConnectionHealth;
class ConnectionSession;
class MainWindow;
class WorkflowListModel;
class WorkflowPoller;

// What the window says about the live list: "Refreshing…", "Connected to host", a
// banner with Retry when a refresh fails (its own source, so an action's failure is not
// cleared by the next good poll), and a strip above the table while the list is incomplete
// or has unreadable rows (ListCompletenessStrip). 401/403 go to whoever owns sign-in.
class RefreshPresenter : public QObject
{
    Q_OBJECT
public:
    RefreshPresenter(WorkflowPoller *poller, ConnectionHealth *health, ConnectionSession *session,
                     WorkflowListModel *model, MainWindow *window, QObject *parent = nullptr);

Q_SIGNALS:
    void authenticationRequired(const ApiError &error);
    // The first refresh after start that brought the list (once).
    void firstLoad();

private:
    void onFailed(const ApiError &error);

    WorkflowPoller *m_poller;
    ConnectionHealth *m_health;
    ConnectionSession *m_session;
    WorkflowListModel *m_model;
    QPointer<MainWindow> m_window;
    bool m_loadedOnce = false;
};

#pragma once

#include "CtlIncidentRunner.h"
#include "CtlOptions.h"
#include "CtlWindowsRunner.h"

#include "api/ProxySettings.h"
#include "domain/LifecycleAction.h"
#include "domain/Workflow.h"
#include "storage/TeamStoreConfig.h"

#include <QObject>
#include <QUrl>

#include <optional>

class ApiClient;
class AuditLog;
class ConsoleDatabase;
class ApiError;
class ApiKeyResolver;
class ProfileStore;
class SecretStore;
class WorkflowApi;

// Runs one dialnexa-ctl command asynchronously inside the application's single event
// loop: resolve the address and key, send the requests, print, then emit finished(code).
// Nothing blocks and no nested event loop is started.
class CtlRunner : public QObject
{
    Q_OBJECT
public:
    // `profiles` and `secrets` are borrowed; they must outlive the runner.
    CtlRunner(CtlOptions options, ProfileStore *profiles, SecretStore *secrets,
              QObject *parent = nullptr);
    ~CtlRunner() override;

    void start();

Q_SIGNALS:
    void finished(int exitCode);

private:
    void reconcileThenDispatch();
    void dispatch();
    void run(const QString &apiKey);
    void runList();
    bool isIncidentCommand() const;
    CtlIncidentTask::Kind incidentTaskKind() const;
    void runIncidentTask(WorkflowApi *api);
    CtlWindowsTask windowsTask() const;
    void runWindowsTask(WorkflowApi *api);
    void runGet();
    void runNextAction();
    void reportAction(const QString &id, const Workflow &workflow);
    void reportActionFailure(const QString &id, const ApiError &error);
    qint64 auditRequest(const QString &id);
    void auditOutcome(qint64 row, const QString &outcome, int httpStatus,
                      const QString &message = QString());
    void finish(int exitCode);
    void printOut(const QString &text);
    // JSON and CSV: exact bytes (they escape or quote what they carry).
    void printRaw(const QString &text);
    void printErr(const QString &text);

    CtlOptions m_options;
    ProfileStore *m_profiles;
    SecretStore *m_secrets;
    ApiKeyResolver *m_resolver = nullptr;
    ApiClient *m_client = nullptr;
    ConsoleDatabase *m_database = nullptr;
    AuditLog *m_audit = nullptr; // single actions are recorded like the console's
    WorkflowApi *m_api = nullptr;
    QString m_profileName;
    QUrl m_baseUrl;
    std::optional<TeamStoreConfig> m_team; // team mode: --team-store or the environment
    QString m_caFile;                      // --ca-file, else the profile's
    ProxySettings m_proxy;                 // the profile's
    int m_nextIndex = 0;
    int m_exitCode = 0;
    bool m_finished = false;
};

// Helper process for tst_bulk_crash: opens the audit/incident stores at argv[2], starts a
// bulk-pause incident over argv[3..] at concurrency 1 against the API at argv[1] (key in
// DIALNEXA_API_KEY) and reports progress on stdout until the test kills it.
#include "api/ApiClient.h"
#include "api/ServerName.h"
#include "api/WorkflowApi.h"
#include "audit/AuditLog.h"
#include "audit/AuditReconciler.h"
#include "bulk/BulkItem.h"
#include "incidents/IncidentCoordinator.h"
#include "incidents/IncidentStore.h"
#include "storage/ConsoleDatabase.h"

#include <QCoreApplication>
#include <QUrl>

#include <cstdio>

namespace {
int indexOf(const QList<BulkItem> &items, const QString &id)
{
    for (int i = 0; i < items.size(); ++i) {
        if (items.at(i).id == id)
            return i;
    }
    return -1;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 4) {
        std::fprintf(stderr, "usage: crash_helper BASE_URL DB_PATH ID...\n");
        return 2;
    }
    ApiClient client;
    client.setBaseUrl(QUrl(args.at(1)));
    client.setApiKey(qEnvironmentVariable("DIALNEXA_API_KEY"));
    client.setTransferTimeoutMs(60000);
    WorkflowApi api(&client);
    ConsoleDatabase database;
    AuditLog audit(&database);
    IncidentStore store(&database);
    if (!database.open(args.at(2))) {
        std::fprintf(stderr, "cannot open stores\n");
        return 3;
    }
    IncidentCoordinator coordinator(&api, &store, &audit);
    coordinator.setConcurrency(1);
    QList<BulkItem> items;
    for (int i = 3; i < args.size(); ++i)
        items.append({args.at(i), QStringLiteral("Crash %1").arg(i - 2), std::nullopt});
    // Progress by position in `items`, so the test can tell which request never finished.
    QObject::connect(&coordinator, &IncidentCoordinator::itemStarted,
                     [&items](const QString &, const BulkItem &item, LifecycleAction) {
                         std::printf("STARTED %d\n", indexOf(items, item.id));
                         std::fflush(stdout);
                     });
    QObject::connect(&coordinator, &IncidentCoordinator::itemFinished,
                     [&items](const QString &, const BulkItemOutcome &outcome) {
                         std::printf("FINISHED %d %s\n", indexOf(items, outcome.workflowId),
                                     qPrintable(BulkItemOutcome::kindName(outcome.kind)));
                         std::fflush(stdout);
                     });
    const QString id =
        coordinator.startPauseIncident(QStringLiteral("Carrier outage"), items,
                                       QStringLiteral("crash"), ServerName::of(QUrl(args.at(1))));
    std::printf("INCIDENT %s\n", qPrintable(id));
    std::fflush(stdout);
    return app.exec();
}

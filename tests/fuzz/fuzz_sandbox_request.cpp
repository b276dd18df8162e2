// The sandbox's parsing of what a client sends: method, path segments, query string and
// JSON body reach WorkflowRoutes as they would from Qt HttpServer. Input: method byte, then
// "path?query\n" and the body.
#include "SandboxOptions.h"
#include "http/WorkflowRoutes.h"
#include "simulation/SeedGenerator.h"
#include "simulation/WorkflowSimulator.h"
#include "simulation/WorkflowStore.h"

#include <QUrl>
#include <QUrlQuery>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    static const char *const methods[] = {"GET", "POST", "PATCH", "DELETE", "PUT"};
    const QString method = QString::fromLatin1(methods[data[0] % 5]);
    const QByteArray rest(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const qsizetype newline = rest.indexOf('\n');
    const QByteArray target = newline < 0 ? rest : rest.left(newline);
    const QByteArray body = newline < 0 ? QByteArray() : rest.mid(newline + 1);

    static WorkflowStore store(7);
    static WorkflowSimulator simulator(7);
    static bool seeded = false;
    if (!seeded) {
        SandboxOptions options;
        options.workflowCount = 6;
        options.seed = 7;
        SeedGenerator::populate(store, simulator, options, 0);
        seeded = true;
    }
    const QUrl url(QStringLiteral("http://127.0.0.1/v1/") + QString::fromUtf8(target));
    QStringList segments = url.path().split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (!segments.isEmpty())
        segments.removeFirst();     // "v1"
    static const ListQuirks quirks; // a well-behaved list
    WorkflowRoutes routes(store, quirks);
    (void)routes.handle(method, url.path(), segments, QUrlQuery(url), body, 1000);
    return 0;
}

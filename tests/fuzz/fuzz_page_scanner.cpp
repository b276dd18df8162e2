// WorkflowPageScanner against the decoding it stands in for: whenever it reads a page
// (instead of declining it), QJsonDocument + WorkflowDecoder::decodeWorkflowPage must read
// the very same page from the same bytes. Any difference aborts with what differs.
#include "support/PageScanCheck.h"

#include "api/WorkflowPageScanner.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));
    const std::optional<WorkflowDecoder::ListPage> scanned = WorkflowPageScanner::scan(body);
    if (!scanned)
        return 0;
    const std::optional<WorkflowDecoder::ListPage> expected = PageScanCheck::viaJsonDocument(body);
    const QString difference = expected ? PageScanCheck::difference(*scanned, *expected)
                                        : QStringLiteral("QJsonDocument refuses this page");
    if (!difference.isEmpty()) {
        std::fprintf(stderr, "page scanner disagrees: %s\n", qPrintable(difference));
        std::abort();
    }
    return 0;
}

// bench_decode: the thread pool's share of a first load at 10,000 workflows (issue 13):
// the sandbox's 100 list pages, fetched once, decoded the way the console decodes each
// page (WorkflowDecoder::decodeWorkflowPageBody: WorkflowPageScanner reads plain pages
// straight from their bytes), against the QJsonDocument way
// (WorkflowDecoder::decodeWorkflowPageJson; the way every page went before, and the one
// pages the scanner declines still go) and against QJsonDocument's parse alone, in the
// same run. Name sort keys and fingerprints are made in all but the parse.
//
// Times are one thread's CPU time (CLOCK_THREAD_CPUTIME_ID) for all the pages, medians of
// 15 rounds of the three in turns after 2 warm-up rounds; decode_speedup is the median of
// the rounds' QJsonDocument-way / console-way ratios. decode_pages_scanned: pages the
// scanner read (all of them, or the figure measures the fallback). Output: only
// "BENCH <metric> <value> <unit>" lines. BENCH_SMOKE=1: 1,000 workflows, 3 rounds.
#include "support/BareFetch.h"
#include "support/BenchFigures.h"

#include "SandboxHost.h"
#include "api/WorkflowDecoder.h"
#include "api/WorkflowPageScanner.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <vector>

namespace {

using BenchFigures::atScale;
using BenchFigures::median;
using BenchFigures::print;
using BenchFigures::threadCpuMs;

enum class Way { Console, JsonDocument, ParseOnly };

// Thread CPU ms to decode every page `way`; -1 when a page does not decode to its rows.
double pagesCpuMs(const std::vector<QByteArray> &pages, Way way)
{
    const double before = threadCpuMs();
    for (const QByteArray &body : pages) {
        QString why;
        std::optional<WorkflowDecoder::ListPage> page;
        if (way == Way::ParseOnly) {
            if (!QJsonDocument::fromJson(body).isObject())
                return -1;
            continue;
        }
        page = way == Way::Console ? WorkflowDecoder::decodeWorkflowPageBody(body, &why)
                                   : WorkflowDecoder::decodeWorkflowPageJson(body, &why);
        if (!page || page->workflows.size() != page->rows || page->rows == 0)
            return -1;
    }
    return threadCpuMs() - before;
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_LOGGING_RULES", "*.debug=false;*.info=false;*.warning=false");
    QCoreApplication app(argc, argv);
    const bool smoke = BenchFigures::smoke();
    const int n = smoke ? 1000 : 10000;
    const int pageCount = n / 100;

    SandboxHost host;
    SandboxOptions options;
    options.tickMs = 0;
    options.workflowCount = n;
    options.rateLimitPerSecond = 0;
    if (!host.start(options))
        return 1;
    std::vector<QByteArray> pages(static_cast<size_t>(pageCount));
    BareFetch::fetchPages(
        host.baseUrl(), host.apiKey(), pageCount, 4,
        [&](int page, const QByteArray &body) { pages[size_t(page - 1)] = body; });
    qint64 bytes = 0;
    for (const QByteArray &body : pages)
        bytes += body.size();

    int scanned = 0;
    for (const QByteArray &body : pages)
        scanned += WorkflowPageScanner::scan(body) ? 1 : 0;

    const int rounds = smoke ? 3 : 15;
    std::vector<double> consoleMs, documentMs, parseMs, speedups;
    for (int round = -2; round < rounds; ++round) {
        const double console = pagesCpuMs(pages, Way::Console);
        const double document = pagesCpuMs(pages, Way::JsonDocument);
        const double parse = pagesCpuMs(pages, Way::ParseOnly);
        if (console < 0 || document < 0 || parse < 0)
            return 2; // a page that does not decode is not a figure
        if (round < 0)
            continue; // warm-up
        consoleMs.push_back(console);
        documentMs.push_back(document);
        parseMs.push_back(parse);
        speedups.push_back(document / console);
    }
    print(atScale("decode_pages_ms", smoke), median(consoleMs), "ms");
    print(atScale("decode_json_document_ms", smoke), median(documentMs), "ms");
    print(atScale("decode_parse_only_ms", smoke), median(parseMs), "ms");
    print("decode_speedup", median(speedups), "x");
    print("decode_pages_scanned", scanned, "pages");
    print("decode_pages", double(pages.size()), "pages");
    print(atScale("decode_page_bytes", smoke), double(bytes) / pageCount, "bytes");
    return 0;
}

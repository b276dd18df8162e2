// bench_decode: the thread pool's share of a first load at 10,000 workflows (issue 13):
// the sandbox's 100 list pages, fetched once, decoded into workflow records the way the
// console decodes each page (QJsonDocument, then WorkflowDecoder::decodeWorkflowPage, its
// name sort keys and fingerprints included), against parsing the same bytes with
// QJsonDocument alone, in the same run.
//
// Times are one thread's CPU time (CLOCK_THREAD_CPUTIME_ID) for all the pages, medians of
// 15 rounds of the two in turns after 2 warm-up rounds; decode_parse_share is the median of
// the rounds' parse / decode ratios. Output: only "BENCH <metric> <value> <unit>" lines.
// BENCH_SMOKE=1: 1,000 workflows, 3 rounds.
#include "support/BareFetch.h"
#include "support/BenchFigures.h"

#include "SandboxHost.h"
#include "api/WorkflowDecoder.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <vector>

namespace {

using BenchFigures::atScale;
using BenchFigures::median;
using BenchFigures::print;
using BenchFigures::threadCpuMs;

// Parses every page; with `decode`, also decodes its rows (`rows`: rows decoded, or pages
// parsed without). -1 when a page does not decode.
double pagesCpuMs(const std::vector<QByteArray> &pages, bool decode, int *rows)
{
    *rows = 0;
    const double before = threadCpuMs();
    for (const QByteArray &body : pages) {
        const QJsonDocument doc = QJsonDocument::fromJson(body);
        if (!decode) {
            *rows += doc.isObject() ? 1 : 0; // pages parsed
            continue;
        }
        QString why;
        const auto page = WorkflowDecoder::decodeWorkflowPage(doc.object(), &why);
        if (!page)
            return -1;
        *rows += int(page->workflows.size());
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
    BareFetch::fetchPages(host.baseUrl(), host.apiKey(), pageCount, 4,
                          [&](int page, const QByteArray &body) { pages[size_t(page - 1)] = body; });
    qint64 bytes = 0;
    for (const QByteArray &body : pages)
        bytes += body.size();

    const int rounds = smoke ? 3 : 15;
    std::vector<double> decodeMs, parseMs, shares;
    int rows = 0;
    int parsedPages = 0;
    for (int round = -2; round < rounds; ++round) {
        const double decode = pagesCpuMs(pages, true, &rows);
        const double parse = pagesCpuMs(pages, false, &parsedPages);
        if (decode < 0 || rows != n || parsedPages != pageCount)
            return 2; // a page that does not decode is not a figure
        if (round < 0)
            continue; // warm-up
        decodeMs.push_back(decode);
        parseMs.push_back(parse);
        shares.push_back(parse / decode);
    }
    print(atScale("decode_pages_ms", smoke), median(decodeMs), "ms");
    print(atScale("decode_parse_only_ms", smoke), median(parseMs), "ms");
    print("decode_parse_share", median(shares), "x");
    print(atScale("decode_page_bytes", smoke), double(bytes) / pageCount, "bytes");
    return 0;
}

// Server bytes -> values: the workflow, page, lead, history and node decoders, the error
// body and timestamps. The first byte picks the decoder, the rest is the body as received.
#include "api/WorkflowDecoder.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const int pick = data[0] % 8;
    const QByteArray body(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    const QJsonValue value = doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
    QString error;
    switch (pick) {
    case 0:
        if (const auto page = WorkflowDecoder::decodeWorkflowPage(value, &error)) {
            for (const Workflow &w : page->workflows)
                (void)w.status.canPause();
        }
        break;
    case 1:
        (void)WorkflowDecoder::decodeWorkflow(value, &error);
        break;
    case 2:
        (void)WorkflowDecoder::decodeLeadPage(value, &error);
        break;
    case 3:
        (void)WorkflowDecoder::decodeLead(value, &error);
        break;
    case 4:
        (void)WorkflowDecoder::decodeLeadHistory(value, &error);
        break;
    case 5:
        (void)WorkflowDecoder::decodeNodeList(value, &error);
        break;
    case 6:
        (void)WorkflowDecoder::decodeErrorMessage(value);
        break;
    default:
        (void)WorkflowDecoder::decodeTimestamp(QJsonValue(QString::fromUtf8(body)));
        break;
    }
    return 0;
}

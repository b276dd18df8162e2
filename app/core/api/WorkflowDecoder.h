#pragma once

#include "api/LeadPage.h"
#include "domain/LeadHistoryEntry.h"
#include "domain/Workflow.h"
#include "domain/WorkflowNode.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// Tolerant JSON -> domain decoding. Each function returns nullopt and fills `error` with a
// short reason ("field 'status' is a number, expected a string") when the value cannot be
// trusted; unknown fields are ignored, optional fields may be absent or null.
namespace WorkflowDecoder {

struct ListPage
{
    QList<Workflow> workflows;
    int rows = 0;           // elements of 'data', readable or not: a full page is a full page
    int unreadableRows = 0; // rows without a usable string id or status, left out
    QStringList problems;   // unreadable rows and unreadable optional fields, one line each
    int page = -1;          // -1 when meta is absent
    int limit = -1;
    int total = -1;
    int totalPages = -1; // -1 when absent: caller falls back to ceil(total/limit) or short page
};

// A workflow needs a non-empty string `id` and a non-empty string `status`; without them it
// is refused (nullopt, `error` says why). An optional field (title/name, description,
// organization_id, node_count, edge_count, enrolled_leads, timestamps) that cannot be read
// is left empty and described in `fieldProblems` ("workflow 'wf_1': field ... ").
std::optional<Workflow> decodeWorkflow(const QJsonValue &value, QString *error,
                                       QStringList *fieldProblems = nullptr);
std::optional<ListPage> decodeWorkflowPage(const QJsonValue &body, QString *error);
// A list page from the bytes of its body, parsed with QJsonDocument and decoded as above
// ("invalid JSON at offset ..." when it does not parse). An empty body is a body without
// 'data'.
std::optional<ListPage> decodeWorkflowPageJson(const QByteArray &body, QString *error);
// The same page, read directly by WorkflowPageScanner when it is plain (most pages, at a
// fraction of the cost); decodeWorkflowPageJson for every page the scanner declines.
std::optional<ListPage> decodeWorkflowPageBody(const QByteArray &body, QString *error);
std::optional<Lead> decodeLead(const QJsonValue &value, QString *error);
std::optional<LeadPage> decodeLeadPage(const QJsonValue &body, QString *error);
std::optional<QList<LeadHistoryEntry>> decodeLeadHistory(const QJsonValue &body, QString *error);
// `{ "data": [node, ...] }` with or without meta (gap 20), or a bare array.
std::optional<QList<WorkflowNode>> decodeNodeList(const QJsonValue &body, QString *error);
// The error envelope's "message": a string, or an array of strings joined with "; ".
QString decodeErrorMessage(const QJsonValue &body);
QDateTime decodeTimestamp(const QJsonValue &value);
// decodeTimestamp for a value known to be a string.
QDateTime decodeTimestampText(const QString &text);

} // namespace WorkflowDecoder

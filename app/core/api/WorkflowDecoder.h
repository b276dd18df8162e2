#pragma once

#include "api/LeadPage.h"
#include "domain/LeadHistoryEntry.h"
#include "domain/Workflow.h"
#include "domain/WorkflowNode.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

// Tolerant JSON -> domain decoding. Each function returns nullopt and fills `error` with a
// short reason ("field 'status' is a number, expected a string") when the value cannot be
// trusted; unknown fields are ignored, optional fields may be absent or null.
namespace WorkflowDecoder {

struct ListPage
{
    QList<Workflow> workflows;
    int page = -1; // -1 when meta is absent
    int limit = -1;
    int total = -1;
    int totalPages = -1; // -1 when absent: caller falls back to ceil(total/limit) or short page
};

std::optional<Workflow> decodeWorkflow(const QJsonValue &value, QString *error);
std::optional<ListPage> decodeWorkflowPage(const QJsonValue &body, QString *error);
std::optional<Lead> decodeLead(const QJsonValue &value, QString *error);
std::optional<LeadPage> decodeLeadPage(const QJsonValue &body, QString *error);
std::optional<QList<LeadHistoryEntry>> decodeLeadHistory(const QJsonValue &body, QString *error);
// `{ "data": [node, ...] }` with or without meta (gap 20), or a bare array.
std::optional<QList<WorkflowNode>> decodeNodeList(const QJsonValue &body, QString *error);
// The error envelope's "message": a string, or an array of strings joined with "; ".
QString decodeErrorMessage(const QJsonValue &body);
QDateTime decodeTimestamp(const QJsonValue &value);

} // namespace WorkflowDecoder

#pragma once

#include "api/WorkflowDecoder.h"

#include <QByteArray>

#include <optional>

// A workflow list page read straight from its bytes: the same ListPage that
// WorkflowDecoder::decodeWorkflowPage makes from a QJsonDocument of those bytes, without
// building the document (issue 13: parsing and looking fields up in it was most of the
// CPU of a 10,000-workflow load). It reads only pages the decoder would read without a
// single problem; for anything else (a field of an unexpected type, a value the decoder
// would describe, an escape or UTF-8 sequence it is not sure of, a duplicate field, deep
// nesting, a syntax error) it declines with std::nullopt, and the page goes the
// QJsonDocument way, which has the words for what is wrong.
namespace WorkflowPageScanner {

std::optional<WorkflowDecoder::ListPage> scan(const QByteArray &body);

} // namespace WorkflowPageScanner

#pragma once

#include "domain/Workflow.h"

#include <QJsonObject>
#include <QList>
#include <QString>

// How dialnexa-ctl prints workflows: an aligned text table or JSON.
namespace CtlFormat {

// The normalised status word: "active" for both active and legacy running; an unknown
// status keeps the server's own word.
QString statusWord(const WorkflowStatus &status);

// {id, name, status, raw_status, description?, organization_id?, node_count?, edge_count?,
//  enrolled_leads?, created_at, updated_at} (timestamps ISO-8601 UTC or null).
QJsonObject toJson(const Workflow &workflow);

// Columns ID, STATUS, NAME, LEADS, left-aligned, two spaces apart; "-" for unknown leads.
QString table(const QList<Workflow> &workflows);

// A longer, one-field-per-line description for `get` without --json.
QString details(const Workflow &workflow);

// Server text for a terminal: every control character (C0 with newline and CR, DEL, C1)
// as a visible escape (\e, \x07, \u009b), so names and messages cannot clear the screen,
// write the clipboard or forge a line. For one field.
QString visible(const QString &serverText);
// The same for whole output, keeping the layout's own newlines.
QString terminalSafe(const QString &text);

// "dialnexa-ctl: 2 workflow rows could not be read (…) and are left out." (no newline):
// rows of a list without a usable id or status (WorkflowListing::unreadableRows).
QString unreadableRows(int rows);

} // namespace CtlFormat

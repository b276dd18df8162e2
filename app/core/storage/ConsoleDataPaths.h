#pragma once

#include <QString>

// Where the console keeps its durable files (audit log and incident sessions), shared by
// dialnexa-console and dialnexa-ctl so both read and write the same audit.sqlite:
//   $DIALNEXA_DATA_DIR when set (tests, portable installs), else
//   <GenericDataLocation>/DialNexa/DialNexa Console — the console's AppDataLocation
//   (~/.local/share/DialNexa/DialNexa Console, honouring XDG_DATA_HOME).
namespace ConsoleDataPaths {
QString dataDir();
QString auditDatabasePath(); // dataDir()/audit.sqlite (incidents live in the same file)
// The built-in sandbox's own file (dataDir()/sandbox/audit.sqlite): drills on the simulator
// never mix with the incidents and audit trail of real workspaces.
QString sandboxDatabasePath();
} // namespace ConsoleDataPaths

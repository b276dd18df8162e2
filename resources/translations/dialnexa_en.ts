<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ActionOutcomePresenter</name>
    <message numerus="yes">
        <source>DialNexa asks to wait %n second(s) before retrying.</source>
        <translation>
            <numerusform>DialNexa asks to wait %n second before retrying.</numerusform>
            <numerusform>DialNexa asks to wait %n seconds before retrying.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditPanel</name>
    <message numerus="yes">
        <source>%n audited request(s) shown</source>
        <translation>
            <numerusform>%n audited request shown</numerusform>
            <numerusform>%n audited requests shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1</source>
        <translation>
            <numerusform>Exported %n row to %1</numerusform>
            <numerusform>Exported %n rows to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n audited request(s) of the whole team shown</source>
        <translation>
            <numerusform>%n audited request of the whole team shown</numerusform>
            <numerusform>%n audited requests of the whole team shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkActionsController</name>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>— DialNexa asked us to slow down %n time(s).</source>
        <translation>
            <numerusform>— DialNexa asked us to slow down %n time.</numerusform>
            <numerusform>— DialNexa asked us to slow down %n times.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n workflow(s)</source>
        <translation>
            <numerusform>%n workflow</numerusform>
            <numerusform>%n workflows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Resuming %n workflow(s)</source>
        <translation>
            <numerusform>Resuming %n workflow</numerusform>
            <numerusform>Resuming %n workflows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkConfirmDialog</name>
    <message numerus="yes">
        <source>%1 %2 workflow(s)</source>
        <translation>
            <numerusform>%1 %2 workflow</numerusform>
            <numerusform>%1 %2 workflows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>About %1 enrolled lead(s) %2</source>
        <translation>
            <numerusform>About %1 enrolled lead %2</numerusform>
            <numerusform>About %1 enrolled leads %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(plus those of %n workflow(s) that do not report a count)</source>
        <translation>
            <numerusform>(plus those of %n workflow that do not report a count)</numerusform>
            <numerusform>(plus those of %n workflows that do not report a count)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 %n workflow(s)?</source>
        <translation>
            <numerusform>%1 %n workflow?</numerusform>
            <numerusform>%1 %n workflows?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 these %2 workflow(s)?</source>
        <translation>
            <numerusform>%1 these %2 workflow?</numerusform>
            <numerusform>%1 these %2 workflows?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 lead(s)</source>
        <translation>
            <numerusform>%1 lead</numerusform>
            <numerusform>%1 leads</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangeNotifier</name>
    <message numerus="yes">
        <source>%n workflow(s) changed status — not by this console</source>
        <translation>
            <numerusform>%n workflow changed status — not by this console</numerusform>
            <numerusform>%n workflows changed status — not by this console</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConsoleApp</name>
    <message numerus="yes">
        <source>%n earlier action(s) on %1 had no recorded outcome; the audit log now has the status read afterwards.</source>
        <translation>
            <numerusform>%n earlier action on %1 had no recorded outcome; the audit log now has the status read afterwards.</numerusform>
            <numerusform>%n earlier actions on %1 had no recorded outcome; the audit log now has the status read afterwards.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) from this computer are on their way to the team store.</source>
        <translation>
            <numerusform>%n row from this computer is on its way to the team store.</numerusform>
            <numerusform>%n rows from this computer are on their way to the team store.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CtlOptions</name>
    <message numerus="yes">
        <source>refusing to cancel %n workflow(s) without --yes: cancelling is permanent and cannot be undone. Nothing was sent.</source>
        <translation>
            <numerusform>refusing to cancel %n workflow without --yes: cancelling is permanent and cannot be undone. Nothing was sent.</numerusform>
            <numerusform>refusing to cancel %n workflows without --yes: cancelling is permanent and cannot be undone. Nothing was sent.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IncidentsController</name>
    <message numerus="yes">
        <source>Incident %1 stays open: %2, %n not done. “Retry failed” tries those again.</source>
        <translation>
            <numerusform>Incident %1 stays open: %2, %n not done. “Retry failed” tries those again.</numerusform>
            <numerusform>Incident %1 stays open: %2, %n not done. “Retry failed” tries those again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n workflow(s) resumed, %1 left alone</source>
        <translation>
            <numerusform>%n workflow resumed, %1 left alone</numerusform>
            <numerusform>%n workflows resumed, %1 left alone</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IncidentsDialog</name>
    <message numerus="yes">
        <source>%n workflow(s)</source>
        <translation>
            <numerusform>%n workflow</numerusform>
            <numerusform>%n workflows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeadHistoryDialog</name>
    <message numerus="yes">
        <source>%n step(s), oldest first.</source>
        <translation>
            <numerusform>%n step, oldest first.</numerusform>
            <numerusform>%n steps, oldest first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ListCompletenessStrip</name>
    <message numerus="yes">
        <source>%n workflow(s) from DialNexa could not be read (no usable id or status) and are not shown.</source>
        <translation>
            <numerusform>%n workflow from DialNexa could not be read (no usable id or status) and is not shown.</numerusform>
            <numerusform>%n workflows from DialNexa could not be read (no usable id or status) and are not shown.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n workflow(s)</source>
        <translation>
            <numerusform>%n workflow</numerusform>
            <numerusform>%n workflows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n workflow(s)</source>
        <translation>
            <numerusform>%1 of %n workflow</numerusform>
            <numerusform>%1 of %n workflows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NeedsAttentionController</name>
    <message numerus="yes">
        <source>%n need(s) attention</source>
        <translation>
            <numerusform>%n needs attention</numerusform>
            <numerusform>%n need attention</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusSummaryBar</name>
    <message numerus="yes">
        <source>Shows only the %n workflow(s) counted here; press again to show all.</source>
        <translation>
            <numerusform>Shows only the %n workflow counted here; press again to show all.</numerusform>
            <numerusform>Shows only the %n workflows counted here; press again to show all.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamActivityFeed</name>
    <message numerus="yes">
        <source>%1 resumed %n workflow(s) — incident %2 %3</source>
        <translation>
            <numerusform>%1 resumed %n workflow — incident %2 %3</numerusform>
            <numerusform>%1 resumed %n workflows — incident %2 %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 paused %n workflow(s) — incident %2 %3</source>
        <translation>
            <numerusform>%1 paused %n workflow — incident %2 %3</numerusform>
            <numerusform>%1 paused %n workflows — incident %2 %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamReplicator</name>
    <message numerus="yes">
        <source>%n row(s) waiting</source>
        <translation>
            <numerusform>%n row waiting</numerusform>
            <numerusform>%n rows waiting</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamUploadOffer</name>
    <message numerus="yes">
        <source>This computer holds %n incident and audit row(s) from before team mode. Upload them so the team sees them?</source>
        <translation>
            <numerusform>This computer holds %n incident and audit row from before team mode. Upload it so the team sees it?</numerusform>
            <numerusform>This computer holds %n incident and audit rows from before team mode. Upload them so the team sees them?</numerusform>
        </translation>
    </message>
</context>
</TS>

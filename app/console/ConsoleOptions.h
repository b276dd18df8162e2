#pragma once

#include <QString>
#include <QUrl>

// How dialnexa-console was asked to run (its command line, or a test's setup).
struct ConsoleOptions
{
    bool sandbox = false; // talk to a sandbox already listening at sandboxBaseUrl
    QUrl sandboxBaseUrl;
    QString sandboxApiKey; // memory only
    QString profileName;   // --profile; empty = the last used
    QUrl baseUrlOverride;  // --base-url; this run only, not saved
    QString caFile;        // --ca-file: trusted besides the system's roots (any profile)
    // Profiles in Settings and keys in the system keychain; off = this run only (tests).
    bool persistentAccount = true;
    int refreshIntervalMs = 5000; // the live poll
    // --timeout-ms: the client's inactivity timeout and overall deadline; 0 = the defaults.
    int timeoutMs = 0;
    QString screenshotPath;          // --screenshot: grab after the first load, then finish
    QString wallboardScreenshotPath; // --screenshot-wallboard
    int screenshotDelayMs = 600;
    int screenshotDeadlineMs = 30000;
    QString dataPath; // audit + incident file; empty = ConsoleDataPaths' (sandbox: its own)
};

// SandboxHost's thread, as a process that embeds the sandbox relies on it: stop() returns
// only once the server's thread is gone from the process. A thread still running its
// thread-local cleanup while the process exits raced the exit's own cleanup (a double free
// under AddressSanitizer, then a hang: CI's ctl_tls_proxy, 2026-12-03).
#include "SandboxHost.h"
#include "SandboxOptions.h"

#include <QDir>
#include <QFile>
#include <QtTest>

class TestSandboxHost : public QObject
{
    Q_OBJECT

    // The threads of this process whose name starts with `prefix` (Linux: /proc/self/task).
    static int threadsNamed(const QByteArray &prefix)
    {
        int count = 0;
        const QDir tasks(QStringLiteral("/proc/self/task"));
        for (const QString &task : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            QFile comm(tasks.filePath(task + QStringLiteral("/comm")));
            if (comm.open(QIODevice::ReadOnly) && comm.readAll().startsWith(prefix))
                ++count;
        }
        return count;
    }

private Q_SLOTS:
    void stopReturnsOnceTheServerThreadIsGone()
    {
        SandboxOptions options;
        options.tickMs = 0;
        options.workflowCount = 1;
        for (int round = 0; round < 100; ++round) {
            SandboxHost host;
            QVERIFY(host.start(options));
            QCOMPARE(threadsNamed("dialnexa-sandbo"), 1);
            host.stop();
            QCOMPARE(threadsNamed("dialnexa-sandbo"), 0);
        }
    }
};

QTEST_GUILESS_MAIN(TestSandboxHost)
#include "tst_sandbox_host.moc"

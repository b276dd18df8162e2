#include "shell/ScreenshotRunner.h"

#include "monitoring/MonitoringController.h"
#include "shell/MainWindow.h"
#include "workflows/WorkflowListModel.h"

#include <QDir>
#include <QFileInfo>
#include <QPixmap>
#include <QTimer>

ScreenshotRunner::ScreenshotRunner(MainWindow *window, QAbstractItemModel *rows,
                                   MonitoringController *monitor, const Options &options,
                                   QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_rows(rows)
    , m_monitor(monitor)
    , m_options(options)
{ }

bool ScreenshotRunner::isWanted() const
{
    return !m_options.windowPath.isEmpty() || !m_options.wallboardPath.isEmpty();
}

void ScreenshotRunner::arm()
{
    if (!isWanted() || m_deadline)
        return;
    m_deadline = new QTimer(this);
    m_deadline->setSingleShot(true);
    connect(m_deadline, &QTimer::timeout, this, [this] {
        finish(false, tr("No successful load within %1 s; no screenshot taken.")
                          .arg(m_options.deadlineMs / 1000));
    });
    m_deadline->start(m_options.deadlineMs);
}

void ScreenshotRunner::onFirstLoad()
{
    if (!isWanted() || m_done)
        return;
    QTimer::singleShot(qMax(0, m_options.delayMs), this, [this] {
        selectRepresentativeRow();
        // Let the selection paint before grabbing.
        QTimer::singleShot(150, this, &ScreenshotRunner::take);
    });
}

void ScreenshotRunner::selectRepresentativeRow()
{
    QString pick;
    for (int row = 0; row < m_rows->rowCount() && pick.isEmpty(); ++row) {
        const QModelIndex index = m_rows->index(row, 0);
        if (index.data(WorkflowListModel::StatusStateRole).toInt() == int(WorkflowState::Active))
            pick = index.data(WorkflowListModel::WorkflowIdRole).toString();
    }
    if (pick.isEmpty() && m_rows->rowCount() > 0)
        pick = m_rows->index(0, 0).data(WorkflowListModel::WorkflowIdRole).toString();
    if (!pick.isEmpty() && m_window)
        m_window->selectWorkflow(pick);
}

void ScreenshotRunner::take()
{
    if (m_done || !m_window)
        return;
    QStringList saved;
    if (const QString path = m_options.windowPath; !path.isEmpty()) {
        const QPixmap shot = m_window->grab();
        QDir().mkpath(QFileInfo(path).absolutePath());
        if (shot.isNull() || !shot.save(path, "PNG")) {
            finish(false, tr("Could not write the screenshot to %1.").arg(path));
            return;
        }
        saved
            << tr("Screenshot saved to %1 (%2×%3).").arg(path).arg(shot.width()).arg(shot.height());
    }
    if (const QString path = m_options.wallboardPath; !path.isEmpty()) {
        if (!m_monitor || !m_monitor->saveWallboardScreenshot(path, QSize(1600, 900))) {
            finish(false, tr("Could not write the wallboard screenshot to %1.").arg(path));
            return;
        }
        saved << tr("Wallboard screenshot saved to %1 (1600×900).").arg(path);
    }
    finish(true, saved.join(QLatin1Char('\n')));
}

void ScreenshotRunner::finish(bool ok, const QString &message)
{
    if (m_done)
        return;
    m_done = true;
    if (m_deadline)
        m_deadline->stop();
    Q_EMIT finished(ok, message);
}

#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

class MainWindow;
class MonitoringController;
class QAbstractItemModel;
class QTimer;

// `--screenshot FILE` and `--screenshot-wallboard FILE`: after the first successful load,
// select a representative workflow (an active one, so the details and actions show), let it
// paint, save PNGs made with QWidget::grab(), and report once (finished). A load that does
// not come within the deadline ends the run with a sentence instead.
class ScreenshotRunner : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QString windowPath;    // empty = no main-window shot
        QString wallboardPath; // empty = no wallboard shot
        int delayMs = 600;     // after the first load
        int deadlineMs = 30000;
    };

    ScreenshotRunner(MainWindow *window, QAbstractItemModel *rows, MonitoringController *monitor,
                     const Options &options, QObject *parent = nullptr);

    bool isWanted() const;
    // Starts the deadline; call once the window is shown.
    void arm();
    // The first load arrived: take the shots after the delay.
    void onFirstLoad();

Q_SIGNALS:
    void finished(bool ok, const QString &message);

private:
    void selectRepresentativeRow();
    void take();
    void finish(bool ok, const QString &message);

    QPointer<MainWindow> m_window;
    QAbstractItemModel *m_rows;
    QPointer<MonitoringController> m_monitor;
    Options m_options;
    QTimer *m_deadline = nullptr;
    bool m_done = false;
};

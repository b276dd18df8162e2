#pragma once

#include <QDialog>

class QSpinBox;

// File → Settings…: the console's technical knobs, out of the supervisor's daily views.
// How many requests a bulk action keeps in flight (Settings::bulkConcurrency, read when a
// run starts), and, for the current profile, after how many hours a long-paused incident
// raises a reminder. Saved on OK; Cancel and Escape change nothing.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    // `profile`: the profile the per-profile settings are for (the one in use).
    explicit SettingsDialog(const QString &profile, QWidget *parent = nullptr);

    void accept() override;

private:
    QString m_profile;
    QSpinBox *m_concurrency;
    QSpinBox *m_longPause;
};

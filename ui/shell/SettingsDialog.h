#pragma once

#include <QDialog>

class QSpinBox;

// File → Settings…: the console's technical knobs, out of the supervisor's daily views.
// Today: how many requests a bulk action keeps in flight (Settings::bulkConcurrency, read
// when a run starts). Saved on OK; Cancel and Escape change nothing.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(QWidget *parent = nullptr);

    void accept() override;

private:
    QSpinBox *m_concurrency;
};

#include "shell/SettingsDialog.h"

#include "bulk/BulkOptions.h"
#include "storage/Settings.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

SettingsDialog::SettingsDialog(const QString &profile, QWidget *parent)
    : QDialog(parent)
    , m_profile(profile)
    , m_concurrency(new QSpinBox(this))
    , m_longPause(new QSpinBox(this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    auto *v = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_concurrency->setObjectName(QStringLiteral("settingsBulkConcurrency"));
    m_concurrency->setRange(BulkOptions::MinConcurrency, BulkOptions::MaxConcurrency);
    m_concurrency->setValue(Settings().bulkConcurrency());
    m_concurrency->setAccessibleName(tr("Parallel requests for bulk actions"));
    form->addRow(tr("&Parallel requests for bulk actions:"), m_concurrency);
    v->addLayout(form);
    auto *hint = new QLabel(tr("How many pause or resume requests a bulk action keeps in flight "
                               "at once. More is faster; DialNexa may ask the console to slow "
                               "down. Applies to the next run."),
                            this);
    hint->setWordWrap(true);
    hint->setEnabled(false);
    v->addWidget(hint);

    auto *perProfile = new QFormLayout;
    m_longPause->setObjectName(QStringLiteral("settingsLongPauseHours"));
    m_longPause->setRange(1, 72);
    m_longPause->setSuffix(tr(" h"));
    m_longPause->setValue(Settings().longPauseReminderHours(profile));
    m_longPause->setAccessibleName(tr("Remind of an incident paused longer than"));
    perProfile->addRow(tr("&Remind of an incident paused longer than:"), m_longPause);
    v->addLayout(perProfile);
    auto *longHint =
        new QLabel(tr("For the profile “%1”: an incident that still keeps workflows paused "
                      "after this long raises a reminder once.")
                       .arg(profile),
                   this);
    longHint->setTextFormat(Qt::PlainText);
    longHint->setWordWrap(true);
    longHint->setEnabled(false);
    v->addWidget(longHint);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    v->addWidget(buttons);
}

void SettingsDialog::accept()
{
    Settings settings;
    settings.setBulkConcurrency(m_concurrency->value());
    settings.setLongPauseReminderHours(m_profile, m_longPause->value());
    QDialog::accept();
}

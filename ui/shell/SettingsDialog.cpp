#include "shell/SettingsDialog.h"

#include "bulk/BulkOptions.h"
#include "storage/Settings.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
    , m_concurrency(new QSpinBox(this))
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
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    v->addWidget(buttons);
}

void SettingsDialog::accept()
{
    Settings().setBulkConcurrency(m_concurrency->value());
    QDialog::accept();
}

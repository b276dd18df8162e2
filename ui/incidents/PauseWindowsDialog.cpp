#include "incidents/PauseWindowsDialog.h"

#include <QDialogButtonBox>
#include <QVBoxLayout>

PauseWindowsDialog::PauseWindowsDialog(PauseWindowStore *windows, IncidentStore *incidents,
                                       const Clock *clock, QWidget *parent)
    : QDialog(parent)
    , m_panel(new PauseWindowsPanel(windows, incidents, clock, this))
{
    setObjectName(QStringLiteral("pauseWindowsDialog"));
    setWindowTitle(tr("Pause windows"));
    resize(900, 560);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_panel, 1);
    layout->addWidget(close);
}

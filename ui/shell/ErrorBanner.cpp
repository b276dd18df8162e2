#include "shell/ErrorBanner.h"

#include "style/PlainText.h"
#include "style/StatusStyle.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

ErrorBanner::ErrorBanner(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_retry(new QPushButton(tr("Retry"), this))
    , m_details(new QPushButton(tr("Details…"), this))
    , m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("errorBanner"));
    m_text->setObjectName(QStringLiteral("errorBannerText"));
    m_retry->setObjectName(QStringLiteral("errorBannerRetry"));
    m_details->setObjectName(QStringLiteral("errorBannerDetails"));
    m_close->setObjectName(QStringLiteral("errorBannerClose"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);

    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_close->setAutoRaise(true);
    m_close->setText(QStringLiteral("✕"));
    m_close->setToolTip(tr("Hide this message"));
    m_close->setAccessibleName(tr("Hide message"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 8, 8, 8);
    layout->setSpacing(10);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_retry, 0, Qt::AlignVCenter);
    layout->addWidget(m_details, 0, Qt::AlignVCenter);
    layout->addWidget(m_close, 0, Qt::AlignTop);

    connect(m_retry, &QPushButton::clicked, this, [this] {
        const auto fn = m_retryFn;
        dismiss();
        Q_EMIT retryClicked();
        if (fn)
            fn();
    });
    connect(m_details, &QPushButton::clicked, this, &ErrorBanner::showDetails);
    connect(m_close, &QToolButton::clicked, this, &ErrorBanner::dismiss);

    applyLook();
    hide();
}

void ErrorBanner::showProblem(const QString &message, const QString &details,
                              std::function<void()> retry, const QString &source)
{
    m_problem = true;
    m_text->setText(message);
    m_detailsText = details;
    m_retryFn = std::move(retry);
    m_source = source;
    m_retry->setVisible(bool(m_retryFn));
    m_details->setVisible(!m_detailsText.isEmpty());
    applyLook();
    show();
}

void ErrorBanner::showNotice(const QString &message, const QString &source)
{
    m_problem = false;
    m_text->setText(message);
    m_detailsText.clear();
    m_retryFn = nullptr;
    m_source = source;
    m_retry->hide();
    m_details->hide();
    applyLook();
    show();
}

void ErrorBanner::dismiss()
{
    hide();
    m_retryFn = nullptr;
    m_source.clear();
}

void ErrorBanner::dismissFrom(const QString &source)
{
    if (isVisible() && m_source == source)
        dismiss();
}

QString ErrorBanner::message() const
{
    return m_text->text();
}

void ErrorBanner::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange) {
        // Re-derive colours from the (new) parent palette.
        static bool updating = false;
        if (!updating) {
            updating = true;
            applyLook();
            updating = false;
        }
    }
}

void ErrorBanner::applyLook()
{
    const QPalette base = parentWidget() ? parentWidget()->palette() : QPalette();
    const WorkflowState tone = m_problem ? WorkflowState::Paused : WorkflowState::Completed;
    const QColor accent = StatusStyle::color(tone, base);
    QPalette pal = base;
    pal.setColor(QPalette::Window, StatusStyle::mix(base.color(QPalette::Base), accent,
                                                    StatusStyle::isDark(base) ? 0.2 : 0.14));
    setPalette(pal);
    const QStyle::StandardPixmap sp =
        m_problem ? QStyle::SP_MessageBoxWarning : QStyle::SP_MessageBoxInformation;
    m_icon->setPixmap(style()->standardIcon(sp).pixmap(22, 22));
}

void ErrorBanner::showDetails()
{
    auto *box = new QMessageBox(QMessageBox::Information, tr("Problem details"), m_text->text(),
                                QMessageBox::Close, window());
    box->setObjectName(QStringLiteral("errorDetailsDialog"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(m_detailsText);
    PlainText::apply(box); // server messages and URLs, shown as sent
    box->setTextInteractionFlags(Qt::TextSelectableByMouse);
    box->open();
}

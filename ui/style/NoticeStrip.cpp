#include "style/NoticeStrip.h"

#include "style/StatusStyle.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>

NoticeStrip::NoticeStrip(WorkflowState accent, double lightTint,
                         std::function<QIcon(const QColor &)> icon, QWidget *parent)
    : QFrame(parent)
    , m_accent(accent)
    , m_lightTint(lightTint)
    , m_iconFor(std::move(icon))
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
{
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    QFont f = m_text->font();
    f.setWeight(QFont::DemiBold);
    m_text->setFont(f);
    setAutoFillBackground(true);
    setFrameShape(QFrame::StyledPanel);
    auto *h = new QHBoxLayout(this);
    h->setContentsMargins(10, 5, 10, 5);
    h->setSpacing(8);
    h->addWidget(m_icon, 0, Qt::AlignTop);
    h->addWidget(m_text, 1);
    applyLook();
}

void NoticeStrip::setMessage(const QString &text)
{
    m_text->setText(text);
}

QString NoticeStrip::message() const
{
    return m_text->text();
}

void NoticeStrip::applyLook()
{
    const QPalette base = parentWidget() ? parentWidget()->palette() : palette();
    const QColor accent = StatusStyle::color(m_accent, base);
    QPalette pal = palette();
    pal.setColor(QPalette::Window,
                 StatusStyle::mix(base.color(QPalette::Base), accent,
                                  StatusStyle::isDark(base) ? 0.25 : m_lightTint));
    pal.setColor(QPalette::WindowText, base.color(QPalette::WindowText));
    setPalette(pal);
    m_icon->setPixmap(m_iconFor(accent).pixmap(18, 18));
}

void NoticeStrip::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    // Setting our own palette raises a PaletteChange too; guard re-entry.
    if (event->type() == QEvent::PaletteChange && !m_applying) {
        m_applying = true;
        applyLook();
        m_applying = false;
    }
}

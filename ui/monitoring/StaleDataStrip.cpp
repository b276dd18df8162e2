#include "monitoring/StaleDataStrip.h"

#include "style/StatusStyle.h"

#include <QAbstractScrollArea>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>

StaleDataStrip::StaleDataStrip(ConnectionHealth *health, QWidget *parent)
    : QFrame(parent)
    , m_health(health)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
{
    setObjectName(QStringLiteral("staleDataStrip"));
    m_text->setObjectName(QStringLiteral("staleDataText"));
    setAutoFillBackground(true);
    setFrameShape(QFrame::StyledPanel);
    auto *h = new QHBoxLayout(this);
    h->setContentsMargins(10, 5, 10, 5);
    h->setSpacing(8);
    h->addWidget(m_icon);
    h->addWidget(m_text, 1);
    m_text->setWordWrap(true);
    QFont f = m_text->font();
    f.setWeight(QFont::DemiBold);
    m_text->setFont(f);
    if (health) {
        connect(health, &ConnectionHealth::stateChanged, this, &StaleDataStrip::evaluate);
        connect(health, &ConnectionHealth::staleChanged, this, &StaleDataStrip::evaluate);
    }
    applyLook();
    hide();
}

void StaleDataStrip::setHasData(bool hasData)
{
    m_hasData = hasData;
    evaluate();
}

QString StaleDataStrip::text() const
{
    return m_stale ? m_text->text() : QString();
}

void StaleDataStrip::evaluate()
{
    if (!m_health) {
        m_stale = false;
    } else {
        using State = ConnectionHealth::State;
        const State state = m_health->state();
        const QDateTime last = m_health->lastSuccess();
        m_stale = m_hasData && last.isValid() &&
                  (state == State::Offline || state == State::SignedOut || m_health->isStale());
        if (m_stale) {
            const QString at = QLocale().toString(last.toLocalTime(), QStringLiteral("HH:mm:ss"));
            QString why;
            if (state == State::Offline)
                why = tr("DialNexa unreachable");
            else if (state == State::SignedOut)
                why = tr("signed out, not refreshing");
            else
                why = tr("not updated for %n refresh(es)", nullptr,
                         ConnectionHealth::StaleAfterIntervals);
            m_text->setText(
                tr("Showing data from %1 — %2. Statuses may have changed since.").arg(at, why));
        }
    }
    setVisible(m_stale);
    if (m_stale != m_announced) {
        m_announced = m_stale;
        Q_EMIT staleChanged(m_stale);
    }
}

void StaleDataStrip::applyLook()
{
    const QPalette base = parentWidget() ? parentWidget()->palette() : palette();
    const QColor accent = StatusStyle::color(WorkflowState::Cancelled, base);
    QPalette pal = palette();
    pal.setColor(QPalette::Window, StatusStyle::mix(base.color(QPalette::Base), accent,
                                                    StatusStyle::isDark(base) ? 0.25 : 0.12));
    pal.setColor(QPalette::WindowText, base.color(QPalette::WindowText));
    setPalette(pal);
    m_icon->setPixmap(
        StatusStyle::tinted(QStringLiteral(":/icons/unknown.svg"), accent).pixmap(18, 18));
}

void StaleDataStrip::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        // Setting our own palette raises a PaletteChange too; guard re-entry.
        static bool busy = false;
        if (!busy) {
            busy = true;
            applyLook();
            busy = false;
        }
    }
}

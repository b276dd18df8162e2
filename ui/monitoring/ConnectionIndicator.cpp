#include "monitoring/ConnectionIndicator.h"

#include "style/ConnectionStyle.h"
#include "style/StatusStyle.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QTimer>

ConnectionIndicator::ConnectionIndicator(ConnectionHealth *health, QWidget *parent)
    : QWidget(parent)
    , m_health(health)
    , m_dot(new QLabel(this))
    , m_state(new QLabel(this))
    , m_age(new QLabel(this))
    , m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("connectionIndicator"));
    m_state->setObjectName(QStringLiteral("connectionState"));
    m_age->setObjectName(QStringLiteral("dataAge"));
    auto *h = new QHBoxLayout(this);
    h->setContentsMargins(6, 0, 6, 0);
    h->setSpacing(5);
    h->addWidget(m_dot);
    h->addWidget(m_state);
    h->addSpacing(10);
    h->addWidget(m_age);
    QFont bold = m_state->font();
    bold.setWeight(QFont::DemiBold);
    m_state->setFont(bold);

    m_timer->setInterval(1000);
    connect(m_timer, &QTimer::timeout, this, &ConnectionIndicator::refresh);
    m_timer->start();
    if (health) {
        // The health emits before it has stored everything about the outcome; read it
        // once the current event is done.
        auto later = [this] { QTimer::singleShot(0, this, &ConnectionIndicator::refresh); };
        connect(health, &ConnectionHealth::stateChanged, this, later);
        connect(health, &ConnectionHealth::staleChanged, this, later);
        connect(health, &ConnectionHealth::intervalChanged, this, later);
    }
    refresh();
}

void ConnectionIndicator::setSignedOut(bool signedOut)
{
    if (m_signedOut == signedOut)
        return;
    m_signedOut = signedOut;
    refresh();
}

ConnectionHealth::State ConnectionIndicator::effectiveState() const
{
    if (m_signedOut || !m_health)
        return ConnectionHealth::State::SignedOut;
    return m_health->state();
}

QString ConnectionIndicator::stateText() const
{
    return m_state->text();
}

QString ConnectionIndicator::ageText() const
{
    return m_age->text();
}

void ConnectionIndicator::refresh()
{
    const QPalette pal = palette();
    const ConnectionHealth::State state = effectiveState();
    const QColor accent = ConnectionStyle::color(state, pal);
    m_dot->setPixmap(
        ConnectionStyle::dot(accent, fontMetrics().height() * 2 / 3, devicePixelRatio()));
    m_state->setText(ConnectionHealth::stateText(state));
    QPalette sp = m_state->palette();
    sp.setColor(QPalette::WindowText, accent);
    m_state->setPalette(sp);

    const QDateTime now = m_health ? m_health->now() : QDateTime::currentDateTimeUtc();
    const bool loadedOnce = m_health && m_health->lastSuccess().isValid();
    m_warning = m_health && state != ConnectionHealth::State::SignedOut && loadedOnce &&
                m_health->isStale(now);
    QString age = m_health ? m_health->ageText(now) : QString();
    if (m_warning)
        age = tr("⚠ %1 — data may be out of date").arg(age);
    m_age->setText(age);
    QPalette ap = m_age->palette();
    ap.setColor(QPalette::WindowText, m_warning ? StatusStyle::color(WorkflowState::Paused, pal)
                                                : pal.color(QPalette::WindowText));
    m_age->setPalette(ap);
    QFont f = m_age->font();
    f.setWeight(m_warning ? QFont::DemiBold : QFont::Normal);
    m_age->setFont(f);

    const QString last = loadedOnce ? QLocale().toString(m_health->lastSuccess().toLocalTime(),
                                                         QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                                    : tr("never");
    setToolTip(tr("Connection: %1\nLast successful refresh: %2").arg(m_state->text(), last) +
               (m_health && m_health->consecutiveFailures() > 0
                    ? tr("\nFailed refreshes in a row: %1").arg(m_health->consecutiveFailures())
                    : QString()));
}

void ConnectionIndicator::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        refresh();
}

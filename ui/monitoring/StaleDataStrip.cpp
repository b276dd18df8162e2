#include "monitoring/StaleDataStrip.h"

#include "style/StatusStyle.h"

#include <QEvent>
#include <QLabel>
#include <QLocale>

StaleDataStrip::StaleDataStrip(ConnectionHealth *health, QWidget *parent)
    : NoticeStrip(
          WorkflowState::Cancelled, 0.12,
          [](const QColor &accent) {
              return StatusStyle::tinted(QStringLiteral(":/icons/unknown.svg"), accent);
          },
          parent)
    , m_health(health)
{
    setObjectName(QStringLiteral("staleDataStrip"));
    messageLabel()->setObjectName(QStringLiteral("staleDataText"));
    if (health) {
        connect(health, &ConnectionHealth::stateChanged, this, &StaleDataStrip::evaluate);
        connect(health, &ConnectionHealth::staleChanged, this, &StaleDataStrip::evaluate);
    }
    hide();
}

void StaleDataStrip::setHasData(bool hasData)
{
    m_hasData = hasData;
    evaluate();
}

QString StaleDataStrip::text() const
{
    return m_stale ? message() : QString();
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
            // An HTTP answer (5xx, 4xx, unreadable) means DialNexa is there but failing.
            const bool answered = m_health->lastError().httpStatus() > 0;
            if (state == State::Offline)
                why =
                    answered ? tr("DialNexa is answering with errors") : tr("DialNexa unreachable");
            else if (state == State::SignedOut)
                why = tr("signed out, not updating");
            else
                why = tr("no update in the last %1 checks")
                          .arg(ConnectionHealth::StaleAfterIntervals);
            setMessage(
                tr("Showing data from %1 — %2. Statuses may have changed since.").arg(at, why));
        }
    }
    setVisible(m_stale);
    if (m_stale != m_announced) {
        m_announced = m_stale;
        Q_EMIT staleChanged(m_stale);
    }
}

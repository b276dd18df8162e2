#pragma once

#include "domain/WorkflowState.h"

#include <QFrame>
#include <QIcon>

#include <functional>

class QLabel;

// A full-width strip above the table that says something about the whole list (stale,
// incomplete): an icon and one or two bold sentences on a background tinted with the
// colour of a status, following the palette (light and dark) as it changes. The text is
// plain: it may quote what a server did.
class NoticeStrip : public QFrame
{
    Q_OBJECT
public:
    // `icon` gives the icon for the accent colour of the current palette.
    NoticeStrip(WorkflowState accent, double lightTint, std::function<QIcon(const QColor &)> icon,
                QWidget *parent = nullptr);

protected:
    void setMessage(const QString &text);
    QString message() const;
    QLabel *messageLabel() const { return m_text; }
    void changeEvent(QEvent *event) override;

private:
    void applyLook();

    WorkflowState m_accent;
    double m_lightTint;
    std::function<QIcon(const QColor &)> m_iconFor;
    QLabel *m_icon;
    QLabel *m_text;
    bool m_applying = false;
};

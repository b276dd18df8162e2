#pragma once

#include "incidents/Incident.h"
#include "incidents/IncidentWorkflow.h"

#include <QDialog>
#include <QList>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

// Asks before an incident is resumed, as its pause did: how many workflows and which ones
// will be checked and resumed if still paused, what is left alone and why ("1 was already
// paused before the incident: …"), and an optional note for the audit log. Resuming is
// reversible, so the confirm button ("Resume 14 workflows") is the default: Enter in the
// note field confirms; Escape or "Don't resume" sends nothing. Non-blocking: open() it and
// listen to confirmed().
class IncidentResumeDialog : public QDialog
{
    Q_OBJECT
public:
    IncidentResumeDialog(const Incident &incident, const QList<IncidentWorkflow> &workflows,
                         QWidget *parent = nullptr);

    QString incidentId() const { return m_incidentId; }
    QString note() const;
    int resumeCount() const { return m_resumeCount; }

    QPushButton *confirmButton() const { return m_confirm; }
    QPushButton *safeButton() const { return m_safe; }
    QListWidget *nameList() const { return m_names; }
    QLabel *leftAloneLabel() const { return m_leftAlone; }
    QLineEdit *noteField() const { return m_note; }

    // The sentence for the workflows the resume leaves alone, one clause per reason, or
    // empty when there are none.
    static QString leftAloneText(const QList<IncidentWorkflow> &workflows);

Q_SIGNALS:
    void confirmed(const QString &note);

private:
    QString m_incidentId;
    int m_resumeCount = 0;
    QListWidget *m_names = nullptr;
    QLabel *m_leftAlone = nullptr;
    QLineEdit *m_note = nullptr;
    QPushButton *m_confirm = nullptr;
    QPushButton *m_safe = nullptr;
};

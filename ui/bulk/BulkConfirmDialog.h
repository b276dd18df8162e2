#pragma once

#include "bulk/BulkItem.h"
#include "domain/LifecycleAction.h"

#include <QDialog>
#include <QList>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

// Asks before a bulk pause/resume: how many workflows, which ones (scrollable), how many
// enrolled leads stop (or start) moving, and why. The confirm button names the verb and
// the count ("Pause 37 workflows"). Pause and resume are reversible and urgent: the reason
// field has the focus and Enter confirms (once a reason is typed when reasonRequired, which
// keeps the confirm button disabled until then); Esc and "Don't pause" send nothing. For
// any other action the safe button is the default. While open, the owner keeps it live
// (setItems: the count and list follow the polls; setChanges: what left or joined the list
// since it opened, e.g. "completed meanwhile — nothing to pause"). Non-blocking: open() it
// and listen to confirmed() (and rejected()).
class BulkConfirmDialog : public QDialog
{
    Q_OBJECT
public:
    BulkConfirmDialog(LifecycleAction action, const QList<BulkItem> &items, bool reasonRequired,
                      QWidget *parent = nullptr);

    LifecycleAction action() const { return m_action; }
    QList<BulkItem> items() const { return m_items; }
    QString reason() const;
    bool isReasonRequired() const { return m_reasonRequired; }

    QPushButton *confirmButton() const { return m_confirm; }
    QPushButton *safeButton() const { return m_safe; }
    QLineEdit *reasonField() const { return m_reason; }
    QListWidget *nameList() const { return m_names; }
    QLabel *leadsLabel() const { return m_leads; }
    QLabel *changesLabel() const { return m_changes; }

    // The workflows a confirmation would act on now (after a poll).
    void setItems(const QList<BulkItem> &items);
    // Lines saying what changed since the dialog opened; hidden when empty.
    void setChanges(const QStringList &lines);

    // "About 1,240 enrolled leads stop moving" (and the unknown-count variants).
    static QString leadsText(LifecycleAction action, const QList<BulkItem> &items);
    // "Pause 37 workflows" / "Resume 1 workflow".
    static QString confirmText(LifecycleAction action, int count);

Q_SIGNALS:
    void confirmed(const QString &reason);

private:
    void updateConfirm();
    void showItems();

    LifecycleAction m_action;
    QList<BulkItem> m_items;
    bool m_reasonRequired;
    QLabel *m_title = nullptr;
    QLabel *m_leads = nullptr;
    QLabel *m_changes = nullptr;
    QListWidget *m_names = nullptr;
    QLineEdit *m_reason = nullptr;
    QPushButton *m_confirm = nullptr;
    QPushButton *m_safe = nullptr;
};

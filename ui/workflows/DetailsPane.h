#pragma once

#include "domain/LifecycleAction.h"
#include "domain/Workflow.h"

#include <QWidget>

#include <optional>

class ElidedLabel;
class QAction;
class QLabel;
class QStackedWidget;
class QToolButton;

// The right-hand pane: every field of the current workflow (name, id, status with the
// server's own word, description, organization, nodes/edges/enrolled leads, created and
// updated) and buttons for the window's Pause/Resume/Cancel actions. A field the server
// did not send shows "—" rather than an invented value.
class DetailsPane : public QWidget
{
    Q_OBJECT
public:
    explicit DetailsPane(QWidget *parent = nullptr);

    // The buttons mirror these actions (text, icon, enabled state).
    void setActions(QAction *pause, QAction *resume, QAction *cancel);
    // nullopt shows the "select a workflow" placeholder.
    void setWorkflow(const std::optional<Workflow> &workflow,
                     std::optional<LifecycleAction> pending = std::nullopt);
    std::optional<Workflow> workflow() const { return m_workflow; }

    QString statusText() const; // what the status line shows (for tests)

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void refreshStatusLine();
    // One row of buttons when they fit the pane, else Cancel on a row of its own (a
    // selection's "Resume 3 workflows" is wider than "Resume").
    void reflowButtons();
    QLabel *addField(class QFormLayout *form, const QString &label, const QString &objectName);

    QStackedWidget *m_stack;
    ElidedLabel *m_name;
    QLabel *m_statusIcon;
    QLabel *m_status;
    QLabel *m_id;
    QLabel *m_description;
    QLabel *m_organization;
    QLabel *m_nodes;
    QLabel *m_edges;
    QLabel *m_leads;
    QLabel *m_created;
    QLabel *m_updated;
    QToolButton *m_pause;
    QToolButton *m_resume;
    QToolButton *m_cancel;
    class QGridLayout *m_buttons = nullptr;
    class QScrollArea *m_scroll = nullptr;
    std::optional<Workflow> m_workflow;
    std::optional<LifecycleAction> m_pending;
};

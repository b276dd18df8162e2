#pragma once

#include "domain/Lead.h"

#include <QDialog>

class QLabel;
class QTableWidget;
class WorkflowApi;

// One lead's path through its workflow, loaded on open (GET …/leads/{id}/history):
// node label, node type, status, entered, and exited — or "ends HH:mm" for the node the
// lead is still waiting on. Non-modal (show()/open(), never exec()); deletes itself on close.
class LeadHistoryDialog : public QDialog
{
    Q_OBJECT
public:
    LeadHistoryDialog(WorkflowApi *api, const QString &workflowId, const Lead &lead,
                      QWidget *parent = nullptr);

    enum Column { NodeColumn, TypeColumn, StatusColumn, EnteredColumn, ExitedColumn, ColumnCount };
    QTableWidget *table() const { return m_table; }
    bool isLoaded() const { return m_loaded; }
    QString stateText() const;

Q_SIGNALS:
    void loaded();

private:
    QTableWidget *m_table;
    QLabel *m_state;
    bool m_loaded = false;
};

#pragma once

// Finds the console's widgets the way a person finds them on screen: by what they are
// (their object names), not through accessors the product would otherwise have to keep.
// A missing widget fails the test with its name.

#include "shell/ErrorBanner.h"
#include "workflows/DetailsPane.h"

#include <QAction>
#include <QComboBox>
#include <QLineEdit>
#include <QMenu>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QToolBar>
#include <QWidget>

namespace ConsoleProbe {

template<typename T>
T *find(const QWidget *root, const char *objectName)
{
    T *found = root ? root->findChild<T *>(QLatin1String(objectName)) : nullptr;
    if (!found)
        qFatal("ConsoleProbe: no %s named \"%s\"", T::staticMetaObject.className(), objectName);
    return found;
}

inline QTableView *table(const QWidget *w)
{
    return find<QTableView>(w, "workflowTable");
}
inline QLineEdit *searchField(const QWidget *w)
{
    return find<QLineEdit>(w, "searchField");
}
inline QComboBox *statusFilter(const QWidget *w)
{
    return find<QComboBox>(w, "statusFilter");
}
inline QComboBox *profileCombo(const QWidget *w)
{
    return find<QComboBox>(w, "profileCombo");
}
inline ErrorBanner *banner(const QWidget *w)
{
    return find<ErrorBanner>(w, "errorBanner");
}
inline DetailsPane *details(const QWidget *w)
{
    return find<DetailsPane>(w, "detailsPane");
}
inline QToolBar *toolBar(const QWidget *w)
{
    return find<QToolBar>(w, "mainToolBar");
}
inline QMenu *viewMenu(const QWidget *w)
{
    return find<QMenu>(w, "viewMenu");
}
inline QMenu *workflowMenu(const QWidget *w)
{
    return find<QMenu>(w, "workflowMenu");
}
inline QTabWidget *sidePaneTabs(const QWidget *w)
{
    return find<QTabWidget>(w, "sidePaneTabs");
}
inline QAction *action(const QWidget *w, const char *objectName)
{
    return find<QAction>(w, objectName);
}
inline QAction *refreshAction(const QWidget *w)
{
    return action(w, "refreshAction");
}
inline QAction *pauseAction(const QWidget *w)
{
    return action(w, "pauseAction");
}
inline QAction *resumeAction(const QWidget *w)
{
    return action(w, "resumeAction");
}
inline QAction *cancelAction(const QWidget *w)
{
    return action(w, "cancelAction");
}

} // namespace ConsoleProbe

// Text from the server is data. Anyone in a workspace can name a workflow, and the console
// shows that name (and the server's messages) in its dialogs: a name such as
// `<a href="https://evil/reauth">Spring promo</a>` must read as exactly those characters,
// never become a clickable link, and `<span style="font-size:0">` must not hide a word of a
// destructive confirmation. Each dialog, pane, banner and tooltip is opened the way a
// supervisor opens it, against the in-process sandbox, and every QLabel in it is checked.

#include "ConsoleApp.h"
#include "api/ApiClient.h"
#include "bulk/BulkActionsController.h"
#include "bulk/BulkConfirmDialog.h"
#include "bulk/BulkProgressWindow.h"
#include "incidents/IncidentResumeDialog.h"
#include "incidents/IncidentsController.h"
#include "incidents/IncidentsDialog.h"
#include "leads/LeadHistoryDialog.h"
#include "leads/LeadListModel.h"
#include "leads/LeadsPanel.h"
#include "monitoring/MonitoringController.h"
#include "monitoring/WallboardWindow.h"
#include "shell/ErrorBanner.h"
#include "shell/MainWindow.h"
#include "style/PlainText.h"
#include "workflows/CancelConfirmation.h"
#include "workflows/ConflictDialog.h"
#include "workflows/DetailsPane.h"
#include "workflows/WorkflowFilterProxy.h"
#include "workflows/WorkflowListModel.h"

#include "SandboxHost.h"
#include "SandboxOptions.h"
#include "storage/Settings.h"
#include "support/ConsoleProbe.h"
#include "support/SandboxControl.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QHelpEvent>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QToolBar>
#include <QToolTip>

#include <memory>

namespace {

const QString LinkName = QStringLiteral("<a href=\"https://evil/reauth\">Spring promo</a>");
const QString HiddenWordName =
    QStringLiteral("Keep <span style=\"font-size:0\">not </span>running");
const QString BoldName = QStringLiteral("<b>bold</b> offer");
const QString LinkMessage =
    QStringLiteral("<a href=\"https://evil/reauth\">Sign in again</a> to continue");

bool isRich(const QLabel *label)
{
    return label->textFormat() == Qt::RichText ||
           (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(label->text()));
}

// What a person reads in the label: plain text as it is, rich text as rendered.
QString shown(const QLabel *label)
{
    if (!isRich(label))
        return label->text();
    QTextDocument doc;
    doc.setHtml(label->text());
    return doc.toPlainText();
}

bool hasLink(const QLabel *label)
{
    if (!isRich(label))
        return false;
    QTextDocument doc;
    doc.setHtml(label->text());
    for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            if (it.fragment().charFormat().isAnchor())
                return true;
        }
    }
    return false;
}

// The same for a tooltip, which has no text format of its own and guesses.
QString shownToolTip(const QString &tip)
{
    if (!Qt::mightBeRichText(tip))
        return tip;
    QTextDocument doc;
    doc.setHtml(tip);
    return doc.toPlainText();
}

QList<QLabel *> labelsOf(QWidget *root)
{
    QList<QLabel *> labels = root->findChildren<QLabel *>();
    if (auto *self = qobject_cast<QLabel *>(root))
        labels.prepend(self);
    return labels;
}

// Every label under `root` is free of live markup: no link, and a rich label carries none
// of the hostile tags unescaped. Returns what the labels show, one per line.
QString checkLabels(QWidget *root)
{
    QStringList texts;
    for (QLabel *label : labelsOf(root)) {
        const QString where = label->objectName() + QStringLiteral(": ") + label->text();
        if (hasLink(label))
            qWarning("a link in %s", qPrintable(where));
        if (isRich(label)) {
            for (const char *tag : {"<a ", "<span", "<b>bold"}) {
                if (label->text().contains(QLatin1String(tag)))
                    qWarning("server markup read as rich text in %s", qPrintable(where));
            }
        }
        texts << shown(label);
    }
    return texts.join(QLatin1Char('\n'));
}

bool labelsClean(QWidget *root)
{
    for (QLabel *label : labelsOf(root)) {
        if (hasLink(label))
            return false;
        if (isRich(label)) {
            for (const char *tag : {"<a ", "<span", "<b>bold"}) {
                if (label->text().contains(QLatin1String(tag)))
                    return false;
            }
        }
    }
    return true;
}

} // namespace

class TestHostileNames : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void detailsPaneAndCancelConfirmationShowTheNameLiterally();
    void hiddenWordStaysVisibleInCancelConfirmation();
    void conflictShowsNameAndServerMessageLiterally();
    void notFoundShowsTheNameLiterally();
    void refusalBannerAndItsDetailsShowServerMessageLiterally();
    void bulkConfirmationProgressAndIncidentResumeShowNamesLiterally();
    void leadsPanelShowsNameAndServerMessageLiterally();
    void leadHistoryShowsHostileLeadLiterally();
    void wallboardShowsTheNameLiterally();
    void tableToolTipShowsDescriptionLiterally();

private:
    SandboxControl &sandbox();
    QJsonObject control(const QByteArray &method, const QString &path,
                        const QJsonObject &body = QJsonObject());
    void insert(const QString &id, const QString &name, const QString &status, int leads = 0);
    void refreshAndWaitFor(const QStringList &ids);
    QWidget *toolButton(QAction *action) const;
    template<typename T>
    T *findTopLevel(const QString &objectName) const;
    // Saves a PNG of `w` in DIALNEXA_UI_SHOT_DIR when it is set (for looking at the UI).
    static void shot(QWidget *w, const QString &name);

    QTemporaryDir m_data;
    SandboxHost m_sandbox;
    std::unique_ptr<SandboxControl> m_control;
    std::unique_ptr<ConsoleApp> m_console;
};

void TestHostileNames::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("DialNexaTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_ui_hostile_names"));
    Settings().clear();
    QVERIFY(m_data.isValid());
    qputenv("DIALNEXA_DATA_DIR", m_data.path().toUtf8());

    SandboxOptions options;
    options.tickMs = 0; // statuses change only when a test says so
    options.workflowCount = 4;
    options.seed = 5;
    QVERIFY(m_sandbox.start(options));
}

void TestHostileNames::init()
{
    control("POST", QStringLiteral("reset"));
    control("DELETE", QStringLiteral("faults"));
    ConsoleOptions options;
    options.persistentAccount = false;
    options.sandbox = true;
    options.sandboxBaseUrl = m_sandbox.baseUrl();
    options.sandboxApiKey = m_sandbox.apiKey();
    options.refreshIntervalMs = 10 * 60 * 1000; // tests refresh explicitly
    m_console = std::make_unique<ConsoleApp>(options);
    m_console->start();
    QTRY_VERIFY_WITH_TIMEOUT(m_console->model()->hasLoaded(), 10000);
    QVERIFY(QTest::qWaitForWindowExposed(m_console->window()));
}

void TestHostileNames::cleanup()
{
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if ((qobject_cast<QDialog *>(w) || w->objectName() == QLatin1String("wallboard")) &&
            w->isVisible())
            w->close();
    }
    m_console.reset();
}

SandboxControl &TestHostileNames::sandbox()
{
    if (!m_control)
        m_control = std::make_unique<SandboxControl>(m_sandbox.controlUrl());
    return *m_control;
}

QJsonObject TestHostileNames::control(const QByteArray &method, const QString &path,
                                      const QJsonObject &body)
{
    return sandbox().json(method, path, body);
}

void TestHostileNames::insert(const QString &id, const QString &name, const QString &status,
                              int leads)
{
    QVERIFY(sandbox().insertWorkflow(id, name, status, leads));
}

void TestHostileNames::refreshAndWaitFor(const QStringList &ids)
{
    ConsoleProbe::refreshAction(m_console->window())->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(
        std::all_of(ids.begin(), ids.end(),
                    [this](const QString &id) { return m_console->model()->rowOf(id) >= 0; }),
        10000);
}

QWidget *TestHostileNames::toolButton(QAction *action) const
{
    return ConsoleProbe::toolBar(m_console->window())->widgetForAction(action);
}

template<typename T>
T *TestHostileNames::findTopLevel(const QString &objectName) const
{
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (w->objectName() == objectName && w->isVisible())
            if (auto *t = qobject_cast<T *>(w))
                return t;
    }
    return nullptr;
}

void TestHostileNames::shot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("DIALNEXA_UI_SHOT_DIR");
    if (dir.isEmpty() || !w)
        return;
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    w->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

// ---------------------------------------------------------------------------------------

void TestHostileNames::detailsPaneAndCancelConfirmationShowTheNameLiterally()
{
    const QString id = QStringLiteral("wf_h_link");
    insert(id, LinkName, QStringLiteral("active"));
    refreshAndWaitFor({id});
    MainWindow *window = m_console->window();
    QVERIFY(window->selectWorkflow(id));

    DetailsPane *details = ConsoleProbe::details(window);
    QTRY_COMPARE(details->workflow()->id, id);
    auto *name = details->findChild<QLabel *>(QStringLiteral("detailsName"));
    QVERIFY(name);
    QCOMPARE(name->textFormat(), Qt::PlainText);
    QCOMPARE(name->text(), LinkName);
    QVERIFY(labelsClean(details));
    QVERIFY(checkLabels(details).contains(LinkName));

    QTest::mouseClick(toolButton(ConsoleProbe::cancelAction(window)), Qt::LeftButton);
    CancelConfirmation *confirm = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(
        (confirm = findTopLevel<CancelConfirmation>(QStringLiteral("cancelConfirmation"))), 10000);
    QCOMPARE(confirm->textFormat(), Qt::PlainText);
    QCOMPARE(confirm->text(), QStringLiteral("Cancel “%1” permanently?").arg(LinkName));
    QVERIFY(labelsClean(confirm));
    const QString seen = checkLabels(confirm);
    QVERIFY2(seen.contains(QStringLiteral("Cancel “%1” permanently?").arg(LinkName)),
             qPrintable(seen));
    shot(confirm, QStringLiteral("hostile-cancel-confirmation"));
    for (QAbstractButton *b : confirm->buttons()) {
        if (b->objectName() == QLatin1String("keepWorkflowButton"))
            QTest::mouseClick(b, Qt::LeftButton);
    }
    QTRY_VERIFY(!findTopLevel<CancelConfirmation>(QStringLiteral("cancelConfirmation")));
    QCOMPARE(control("GET", QStringLiteral("workflows/%1/state").arg(id))
                 .value(QStringLiteral("status"))
                 .toString(),
             QStringLiteral("active"));
}

void TestHostileNames::hiddenWordStaysVisibleInCancelConfirmation()
{
    const QString id = QStringLiteral("wf_h_hide");
    insert(id, HiddenWordName, QStringLiteral("active"));
    refreshAndWaitFor({id});
    MainWindow *window = m_console->window();
    QVERIFY(window->selectWorkflow(id));
    QTest::mouseClick(toolButton(ConsoleProbe::cancelAction(window)), Qt::LeftButton);
    CancelConfirmation *confirm = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(
        (confirm = findTopLevel<CancelConfirmation>(QStringLiteral("cancelConfirmation"))), 10000);
    QVERIFY(labelsClean(confirm));
    // The word the span would hide is on screen, with the markup around it.
    const QString seen = checkLabels(confirm);
    QVERIFY2(seen.contains(HiddenWordName), qPrintable(seen));
    confirm->close();
}

void TestHostileNames::conflictShowsNameAndServerMessageLiterally()
{
    const QString id = QStringLiteral("wf_h_conflict");
    insert(id, LinkName, QStringLiteral("active"));
    refreshAndWaitFor({id});
    MainWindow *window = m_console->window();
    QVERIFY(window->selectWorkflow(id));
    // Someone cancelled it meanwhile, and the 409 carries a message with a link in it.
    QVERIFY(m_control->setStatus(id, QStringLiteral("cancelled")));
    QVERIFY(m_control->fault(
        {{"method", "POST"},
         {"path", QStringLiteral("/v1/workflows/%1/pause").arg(id)},
         {"count", 1},
         {"status", 409},
         {"body",
          QJsonObject{{"statusCode", 409}, {"message", LinkMessage}, {"error", "Conflict"}}}}));

    QTest::mouseClick(toolButton(ConsoleProbe::pauseAction(window)), Qt::LeftButton);
    ConflictDialog *dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(
        (dialog = findTopLevel<ConflictDialog>(QStringLiteral("conflictDialog"))), 10000);
    QCOMPARE(dialog->textFormat(), Qt::PlainText);
    QVERIFY2(dialog->informativeText().contains(LinkMessage),
             qPrintable(dialog->informativeText()));
    auto *info = dialog->findChild<QLabel *>(QStringLiteral("qt_msgbox_informativelabel"));
    QVERIFY(info);
    QCOMPARE(info->textFormat(), Qt::PlainText);
    QVERIFY(!info->openExternalLinks());
    QVERIFY(labelsClean(dialog));
    const QString seen = checkLabels(dialog);
    QVERIFY2(seen.contains(LinkName), qPrintable(seen));
    QVERIFY2(seen.contains(QStringLiteral("DialNexa said: “%1”").arg(LinkMessage)),
             qPrintable(seen));
    shot(dialog, QStringLiteral("hostile-conflict"));
    dialog->close();
}

void TestHostileNames::notFoundShowsTheNameLiterally()
{
    const QString id = QStringLiteral("wf_h_gone");
    insert(id, BoldName, QStringLiteral("active"));
    refreshAndWaitFor({id});
    MainWindow *window = m_console->window();
    QVERIFY(window->selectWorkflow(id));
    QVERIFY(m_control->remove(id)); // someone deleted it meanwhile
    QTest::mouseClick(toolButton(ConsoleProbe::pauseAction(window)), Qt::LeftButton);

    QMessageBox *box = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(
        (box = findTopLevel<QMessageBox>(QStringLiteral("workflowGoneDialog"))), 10000);
    QCOMPARE(box->textFormat(), Qt::PlainText);
    QVERIFY(labelsClean(box));
    const QString seen = checkLabels(box);
    QVERIFY2(seen.contains(QStringLiteral("“%1” no longer exists").arg(BoldName)),
             qPrintable(seen));
    box->close();
}

void TestHostileNames::refusalBannerAndItsDetailsShowServerMessageLiterally()
{
    const QString id = QStringLiteral("wf_h_refused");
    insert(id, LinkName, QStringLiteral("active"));
    refreshAndWaitFor({id});
    MainWindow *window = m_console->window();
    QVERIFY(window->selectWorkflow(id));
    QVERIFY(m_control->fault({{"method", "POST"},
                              {"path", QStringLiteral("/v1/workflows/%1/pause").arg(id)},
                              {"count", 1},
                              {"status", 422},
                              {"body", QJsonObject{{"statusCode", 422},
                                                   {"message", LinkMessage},
                                                   {"error", "Unprocessable Entity"}}}}));
    QTest::mouseClick(toolButton(ConsoleProbe::pauseAction(window)), Qt::LeftButton);
    ErrorBanner *banner = ConsoleProbe::banner(window);
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 10000);
    QVERIFY(labelsClean(banner));
    const QString inBanner = checkLabels(banner);
    QVERIFY2(inBanner.contains(LinkName) && inBanner.contains(LinkMessage), qPrintable(inBanner));

    QTest::mouseClick(banner->detailsButton(), Qt::LeftButton);
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = findTopLevel<QMessageBox>(QStringLiteral("errorDetailsDialog"))));
    QCOMPARE(box->textFormat(), Qt::PlainText);
    QVERIFY(labelsClean(box));
    const QString seen = checkLabels(box);
    QVERIFY2(seen.contains(LinkMessage), qPrintable(seen));
    shot(box, QStringLiteral("hostile-error-details"));
    box->close();
}

void TestHostileNames::bulkConfirmationProgressAndIncidentResumeShowNamesLiterally()
{
    const QStringList ids = {QStringLiteral("wf_h_b1"), QStringLiteral("wf_h_b2"),
                             QStringLiteral("wf_h_b3")};
    const QStringList names = {LinkName, HiddenWordName, BoldName};
    for (int i = 0; i < ids.size(); ++i)
        insert(ids.at(i), names.at(i), QStringLiteral("active"), 2);
    refreshAndWaitFor(ids);
    QTableView *table = ConsoleProbe::table(m_console->window());
    table->clearSelection();
    for (const QString &id : ids) {
        const QModelIndex index = m_console->shownRows()->mapFromSource(
            m_console->model()->index(m_console->model()->rowOf(id), 0));
        table->selectionModel()->select(index,
                                        QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
    BulkActionsController *bulk = m_console->bulkActions();
    QTRY_COMPARE(bulk->pauseSelectedAction()->text(), QStringLiteral("Pause selected (3)"));
    bulk->pauseSelectedAction()->trigger();
    BulkConfirmDialog *confirm = nullptr;
    QTRY_VERIFY((confirm = bulk->confirmDialog()) && confirm->isVisible());
    QVERIFY(labelsClean(confirm));
    checkLabels(confirm);
    QStringList rows;
    for (int i = 0; i < confirm->nameList()->count(); ++i) {
        const QListWidgetItem *item = confirm->nameList()->item(i);
        rows << item->text();
        // The whole line (the list may elide it) and the ID.
        QVERIFY2(std::any_of(ids.begin(), ids.end(),
                             [item](const QString &id) {
                                 return item->toolTip() ==
                                        PlainText::toolTip(item->text() + QLatin1Char('\n') + id);
                             }),
                 qPrintable(item->toolTip()));
    }
    for (const QString &name : names)
        QVERIFY2(rows.join(QLatin1Char('\n')).contains(name), qPrintable(rows.join('\n')));
    shot(confirm, QStringLiteral("hostile-bulk-confirm"));
    // The reason is the supervisor's, but it travels through the incident store and back.
    confirm->reasonField()->setText(LinkMessage);
    confirm->confirmButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(
        !bulk->isBusy() && bulk->progressWindow() && !bulk->progressWindow()->isRunning(), 10000);

    BulkProgressWindow *progress = bulk->progressWindow();
    QVERIFY(progress->isVisible());
    for (const QString &id : ids)
        QCOMPARE(progress->outcomeText(id), QStringLiteral("Paused"));
    for (int r = 0; r < progress->table()->rowCount(); ++r) {
        const QTableWidgetItem *item =
            progress->table()->item(r, BulkProgressWindow::WorkflowColumn);
        QVERIFY(names.contains(item->text()));
        QCOMPARE(item->toolTip(), item->text()); // the whole name, shown literally
    }
    QVERIFY(labelsClean(progress));
    QCOMPARE(progress->summaryLabel()->textFormat(), Qt::PlainText);
    checkLabels(progress);
    const QString incident = progress->incidentId();
    QVERIFY(!incident.isEmpty());

    // The incident resume: the list of incidents, then the report.
    m_console->incidents()->resumeIncidentAction()->trigger();
    IncidentsDialog *incidents = nullptr;
    QTRY_VERIFY((incidents = m_console->incidents()->incidentsDialog()) && incidents->isVisible());
    QVERIFY(incidents->selectIncident(incident));
    QVERIFY(labelsClean(incidents));
    bool reasonShown = false;
    for (int r = 0; r < incidents->table()->rowCount(); ++r) {
        const QTableWidgetItem *reason = incidents->table()->item(r, IncidentsDialog::ReasonColumn);
        if (reason->text() == LinkMessage) {
            reasonShown = true;
            QCOMPARE(shownToolTip(reason->toolTip()), LinkMessage);
        }
    }
    QVERIFY(reasonShown);
    incidents->resumeButton()->click();
    // It asks first, naming the workflows literally.
    IncidentResumeDialog *ask = nullptr;
    QTRY_VERIFY((ask = incidents->findChild<IncidentResumeDialog *>()) && ask->isVisible());
    QVERIFY(labelsClean(ask));
    checkLabels(ask);
    QCOMPARE(ask->nameList()->count(), int(ids.size()));
    ask->confirmButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(progress->outcomeText(ids.at(0)) == QStringLiteral("Resumed") &&
                                 !progress->isRunning(),
                             10000);
    for (const QString &id : ids)
        QCOMPARE(progress->outcomeText(id), QStringLiteral("Resumed"));
    QVERIFY(labelsClean(progress));
    const QString seen = checkLabels(progress);
    QVERIFY2(!progress->summaryLabel()->text().isEmpty(), qPrintable(seen));
    shot(progress, QStringLiteral("hostile-incident-resume"));
}

void TestHostileNames::leadsPanelShowsNameAndServerMessageLiterally()
{
    const QString id = QStringLiteral("wf_h_leads");
    insert(id, LinkName, QStringLiteral("active"), 5);
    refreshAndWaitFor({id});
    // Every lead request is refused with a message that carries a link.
    QVERIFY(m_control->fault(
        {{"method", "GET"},
         {"path", QStringLiteral("/v1/workflows/%1/leads").arg(id)},
         {"count", 100},
         {"status", 403},
         {"body",
          QJsonObject{{"statusCode", 403}, {"message", LinkMessage}, {"error", "Forbidden"}}}}));
    MainWindow *window = m_console->window();
    LeadsPanel *panel = m_console->monitor()->leadsPanel();
    QVERIFY(window->selectWorkflow(id));
    ConsoleProbe::sidePaneTabs(window)->setCurrentWidget(panel);
    QTRY_COMPARE_WITH_TIMEOUT(panel->loadedWorkflowId(), id, 10000);
    auto *title = panel->findChild<QLabel *>(QStringLiteral("leadsTitle"));
    QVERIFY(title);
    QCOMPARE(title->textFormat(), Qt::PlainText);
    QCOMPARE(title->text(), LinkName);
    QTRY_VERIFY_WITH_TIMEOUT(checkLabels(panel).contains(LinkMessage), 10000);
    QVERIFY(labelsClean(panel));
    shot(panel, QStringLiteral("hostile-leads"));
}

void TestHostileNames::leadHistoryShowsHostileLeadLiterally()
{
    const QString id = QStringLiteral("wf_h_lead");
    insert(id, BoldName, QStringLiteral("active"), 1);
    refreshAndWaitFor({id});
    // The server lists one lead whose phone number and status carry markup, and refuses its
    // history with a message that carries a link.
    const QJsonObject lead{{"id", "wflead_h1"},        {"workflow_id", id},
                           {"phone_number", LinkName}, {"current_node_id", ""},
                           {"status", HiddenWordName}, {"created_at", "2026-01-05T10:00:00Z"}};
    const QJsonObject page{
        {"data", QJsonArray{lead}},
        {"meta", QJsonObject{{"page", 1}, {"limit", 25}, {"total", 1}, {"totalPages", 1}}}};
    QVERIFY(m_control->fault({{"method", "GET"},
                              {"path", QStringLiteral("/v1/workflows/%1/leads").arg(id)},
                              {"count", 100},
                              {"status", 200},
                              {"body", page}}));
    QVERIFY(m_control->fault(
        {{"method", "GET"},
         {"path", QStringLiteral("/v1/workflows/%1/leads/wflead_h1/history").arg(id)},
         {"count", 10},
         {"status", 403},
         {"body",
          QJsonObject{{"statusCode", 403}, {"message", LinkMessage}, {"error", "Forbidden"}}}}));
    MainWindow *window = m_console->window();
    LeadsPanel *panel = m_console->monitor()->leadsPanel();
    QVERIFY(window->selectWorkflow(id));
    ConsoleProbe::sidePaneTabs(window)->setCurrentWidget(panel);
    QTRY_COMPARE_WITH_TIMEOUT(panel->leads()->rowCount(), 1, 10000);
    QCOMPARE(panel->leads()->leadAt(0).phoneNumber, LinkName);
    QVERIFY(labelsClean(panel));
    QVERIFY(checkLabels(panel).contains(BoldName)); // the workflow name, as the title

    panel->leadsView()->selectRow(0);
    QTRY_VERIFY(panel->historyButton()->isEnabled());
    QSignalSpy opened(panel, &LeadsPanel::historyOpened);
    QTest::mouseClick(panel->historyButton(), Qt::LeftButton);
    QTRY_COMPARE(opened.count(), 1);
    auto *dialog = opened.at(0).at(0).value<LeadHistoryDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->isLoaded(), 10000);
    // The heading keeps its bold markup and escapes the server's parts.
    auto *heading = dialog->findChild<QLabel *>(QStringLiteral("leadHistoryHeading"));
    QVERIFY(heading);
    QCOMPARE(heading->textFormat(), Qt::RichText);
    QVERIFY2(heading->text().contains(QStringLiteral("&lt;a href=")), qPrintable(heading->text()));
    QVERIFY(!hasLink(heading));
    QVERIFY2(shown(heading).contains(LinkName), qPrintable(shown(heading)));
    QVERIFY2(shown(heading).contains(HiddenWordName), qPrintable(shown(heading)));
    QVERIFY(labelsClean(dialog));
    const QString seen = checkLabels(dialog);
    QVERIFY2(seen.contains(LinkMessage), qPrintable(seen));
    shot(dialog, QStringLiteral("hostile-lead-history"));
    dialog->close();
}

void TestHostileNames::wallboardShowsTheNameLiterally()
{
    const QString id = QStringLiteral("wf_h_board");
    insert(id, LinkName, QStringLiteral("paused")); // paused: on the board's attention list
    refreshAndWaitFor({id});
    MonitoringController *monitor = m_console->monitor();
    monitor->wallboardAction()->trigger();
    WallboardWindow *board = nullptr;
    QTRY_VERIFY((board = monitor->wallboard()) && board->isVisible());
    QTRY_VERIFY(board->attentionIds().contains(id));
    QListWidget *list = board->attentionList();
    QStringList rows;
    for (int i = 0; i < list->count(); ++i)
        rows << list->item(i)->text();
    QVERIFY2(rows.join('\n').contains(LinkName), qPrintable(rows.join('\n')));
    QVERIFY(labelsClean(board));
    checkLabels(board);
    board->close();
}

void TestHostileNames::tableToolTipShowsDescriptionLiterally()
{
    const QString id = QStringLiteral("wf_h_tip");
    QVERIFY(m_control->insertRaw({{"id", id},
                                  {"name", BoldName},
                                  {"description", LinkMessage},
                                  {"status", "active"},
                                  {"enrolled_leads", 0}}));
    refreshAndWaitFor({id});
    QTableView *table = ConsoleProbe::table(m_console->window());
    const QModelIndex cell = m_console->shownRows()->mapFromSource(
        m_console->model()->index(m_console->model()->rowOf(id), WorkflowListModel::NameColumn));
    // The whole name first (the column may elide it), then the description.
    QCOMPARE(cell.data(Qt::ToolTipRole).toString(),
             BoldName + QStringLiteral("\n\n") + LinkMessage);
    table->scrollTo(cell);
    const QPoint at = table->visualRect(cell).center();
    // Hovering the name: the tooltip the supervisor sees is the description, as sent.
    QHelpEvent hover(QEvent::ToolTip, at, table->viewport()->mapToGlobal(at));
    QApplication::sendEvent(table->viewport(), &hover);
    QTRY_VERIFY(QToolTip::isVisible());
    const QString seen = shownToolTip(QToolTip::text());
    QVERIFY2(seen.startsWith(BoldName) && seen.endsWith(LinkMessage), qPrintable(seen));
    QToolTip::hideText();
}

QTEST_MAIN(TestHostileNames)
#include "tst_hostile_names.moc"

#include "account/TlsProblemDialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

TlsProblemDialog::TlsProblemDialog(const TlsProblem &problem, QWidget *parent)
    : QDialog(parent)
    , m_problem(problem)
{
    setObjectName(QStringLiteral("tlsProblemDialog"));
    setWindowTitle(tr("Connection not trusted"));
    auto *layout = new QVBoxLayout(this);

    // Certificate names and the host are the server's text: shown literally.
    auto *headline = new QLabel(this);
    headline->setObjectName(QStringLiteral("tlsProblemHeadline"));
    headline->setTextFormat(Qt::PlainText);
    headline->setWordWrap(true);
    headline->setText(tr("The console refused the secure connection to %1 and sent nothing: %2.")
                          .arg(problem.host(), problem.whatIsWrong()));
    QFont bold = headline->font();
    bold.setBold(true);
    headline->setFont(bold);
    layout->addWidget(headline);

    auto *form = new QFormLayout;
    form->addRow(tr("Host:"), addValue(QStringLiteral("tlsProblemHost"), problem.host()));
    form->addRow(tr("Problem:"), addValue(QStringLiteral("tlsProblemWhat"), problem.whatIsWrong()));
    form->addRow(tr("Subject:"), addValue(QStringLiteral("tlsProblemSubject"), problem.subject()));
    form->addRow(tr("Issuer:"), addValue(QStringLiteral("tlsProblemIssuer"), problem.issuer()));
    form->addRow(tr("Valid:"),
                 addValue(QStringLiteral("tlsProblemValidity"), problem.validityText()));
    form->addRow(tr("SHA-256:"),
                 addValue(QStringLiteral("tlsProblemFingerprint"), problem.sha256Fingerprint()));
    layout->addLayout(form);

    auto *advice = new QLabel(this);
    advice->setObjectName(QStringLiteral("tlsProblemAdvice"));
    advice->setTextFormat(Qt::PlainText);
    advice->setWordWrap(true);
    advice->setText(problem.advice());
    layout->addWidget(advice);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *copy = buttons->addButton(tr("Copy details"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("tlsProblemCopy"));
    connect(copy, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_problem.paragraph()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    buttons->button(QDialogButtonBox::Close)->setDefault(true);
    layout->addWidget(buttons);
    setMinimumWidth(560);
}

QLabel *TlsProblemDialog::addValue(const QString &objectName, const QString &text)
{
    auto *label = new QLabel(this);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    label->setText(text);
    return label;
}

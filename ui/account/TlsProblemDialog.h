#pragma once

#include "api/TlsProblem.h"

#include <QDialog>

class QLabel;

// "This connection is not trusted": the host, what is wrong with its certificate, the
// certificate's subject, issuer, validity and SHA-256 fingerprint, and what to do. It only
// informs: there is no button to trust the certificate anyway.
class TlsProblemDialog : public QDialog
{
    Q_OBJECT
public:
    explicit TlsProblemDialog(const TlsProblem &problem, QWidget *parent = nullptr);

    TlsProblem problem() const { return m_problem; }

private:
    QLabel *addValue(const QString &objectName, const QString &text);

    TlsProblem m_problem;
};

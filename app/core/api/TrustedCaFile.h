#pragma once

#include <QList>
#include <QSslCertificate>
#include <QString>

// A company's CA certificates from one file (PEM, one or many; or a single DER), to be
// trusted in addition to the system's roots, never instead of them.
class TrustedCaFile
{
public:
    // The certificates in `path`; empty with *error set (a sentence) when unusable.
    static QList<QSslCertificate> load(const QString &path, QString *error);
};

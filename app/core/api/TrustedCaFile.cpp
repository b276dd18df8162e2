#include "api/TrustedCaFile.h"

#include <QCoreApplication>
#include <QFile>

QList<QSslCertificate> TrustedCaFile::load(const QString &path, QString *error)
{
    auto fail = [&](const QString &why) {
        if (error)
            *error = why;
        return QList<QSslCertificate>();
    };
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(QCoreApplication::translate("TrustedCaFile", "Cannot read the CA file %1: %2.")
                        .arg(path, file.errorString()));
    // A CA bundle is small; a huge file is a mistake, not a certificate list.
    const QByteArray data = file.read(4 * 1024 * 1024);
    QList<QSslCertificate> certs = QSslCertificate::fromData(data, QSsl::Pem);
    if (certs.isEmpty())
        certs = QSslCertificate::fromData(data, QSsl::Der);
    if (certs.isEmpty())
        return fail(QCoreApplication::translate("TrustedCaFile",
                                                "%1 holds no certificate (PEM or DER expected).")
                        .arg(path));
    if (error)
        error->clear();
    return certs;
}

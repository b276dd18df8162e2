#pragma once

// Throwaway TLS material made at test time with the openssl tool (never committed): a
// "company" CA, a server certificate it signed for the given names (DNS names and IP
// addresses in subjectAltName), and a self-signed certificate for the same names. Files
// live in a temporary directory that goes with the fixture. Test code only.

#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QProcess>
#include <QSslCertificate>
#include <QStandardPaths>
#include <QStringList>
#include <QTemporaryDir>

class TlsFixture
{
public:
    static QString opensslPath()
    {
        return QStandardPaths::findExecutable(QStringLiteral("openssl"));
    }

    // Empty on success, else what failed.
    QString create(const QStringList &names)
    {
        if (!m_dir.isValid())
            return QStringLiteral("no temporary directory");
        QStringList san;
        for (const QString &n : names)
            san << (QHostAddress(n).isNull() ? QStringLiteral("DNS:") : QStringLiteral("IP:")) + n;
        const QString sanLine = QStringLiteral("subjectAltName=") + san.join(QLatin1Char(','));
        QFile ext(path(QStringLiteral("server.ext")));
        if (!ext.open(QIODevice::WriteOnly))
            return QStringLiteral("cannot write server.ext");
        ext.write((sanLine + QStringLiteral("\nbasicConstraints=CA:FALSE\n"
                                            "keyUsage=digitalSignature\n"
                                            "extendedKeyUsage=serverAuth\n"))
                      .toUtf8());
        ext.close();
        const QStringList ec{
            QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
            QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes")};
        const QList<QStringList> steps{
            QStringList{QStringLiteral("req"), QStringLiteral("-x509")} + ec +
                QStringList{QStringLiteral("-keyout"), path(QStringLiteral("ca.key")),
                            QStringLiteral("-out"), caFile(), QStringLiteral("-days"),
                            QStringLiteral("2"), QStringLiteral("-subj"),
                            QStringLiteral("/O=Example Corp/CN=Example Corp Inspection CA"),
                            QStringLiteral("-addext"),
                            QStringLiteral("basicConstraints=critical,CA:TRUE"),
                            QStringLiteral("-addext"),
                            QStringLiteral("keyUsage=critical,keyCertSign,cRLSign")},
            QStringList{QStringLiteral("req")} + ec +
                QStringList{QStringLiteral("-keyout"), keyFile(), QStringLiteral("-out"),
                            path(QStringLiteral("server.csr")), QStringLiteral("-subj"),
                            QStringLiteral("/CN=") + names.value(0)},
            QStringList{QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                        path(QStringLiteral("server.csr")), QStringLiteral("-CA"), caFile(),
                        QStringLiteral("-CAkey"), path(QStringLiteral("ca.key")),
                        QStringLiteral("-CAcreateserial"), QStringLiteral("-out"), certFile(),
                        QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-extfile"),
                        path(QStringLiteral("server.ext"))},
            QStringList{QStringLiteral("req"), QStringLiteral("-x509")} + ec +
                QStringList{QStringLiteral("-keyout"), selfSignedKeyFile(), QStringLiteral("-out"),
                            selfSignedCertFile(), QStringLiteral("-days"), QStringLiteral("2"),
                            QStringLiteral("-subj"), QStringLiteral("/CN=") + names.value(0),
                            QStringLiteral("-addext"), sanLine},
        };
        for (const QStringList &args : steps) {
            QProcess p;
            p.start(opensslPath(), args);
            if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit ||
                p.exitCode() != 0)
                return QStringLiteral("openssl %1 failed: %2")
                    .arg(args.join(QLatin1Char(' ')),
                         QString::fromLocal8Bit(p.readAllStandardError()));
        }
        return QString();
    }

    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString caFile() const { return path(QStringLiteral("ca.pem")); }
    QString certFile() const { return path(QStringLiteral("server.pem")); }
    QString keyFile() const { return path(QStringLiteral("server.key")); }
    QString selfSignedCertFile() const { return path(QStringLiteral("self.pem")); }
    QString selfSignedKeyFile() const { return path(QStringLiteral("self.key")); }

    static QSslCertificate load(const QString &file)
    {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            return QSslCertificate();
        return QSslCertificate(&f, QSsl::Pem);
    }
    // "AB:CD:…" as openssl itself computes it (an oracle independent of Qt).
    static QString fingerprint(const QString &file)
    {
        QProcess p;
        p.start(opensslPath(),
                {QStringLiteral("x509"), QStringLiteral("-noout"), QStringLiteral("-fingerprint"),
                 QStringLiteral("-sha256"), QStringLiteral("-in"), file});
        if (!p.waitForFinished(30000))
            return QString();
        const QString out = QString::fromLatin1(p.readAllStandardOutput()).trimmed();
        return out.mid(out.indexOf(QLatin1Char('=')) + 1).toUpper();
    }

private:
    QTemporaryDir m_dir;
};

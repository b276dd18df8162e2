#include "api/TlsProblem.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSslCertificate>
#include <QSslError>

#include <algorithm>

namespace {

TlsProblem::Reason reasonFor(QSslError::SslError error)
{
    switch (error) {
    case QSslError::NoError:
        return TlsProblem::Reason::None;
    case QSslError::SelfSignedCertificate:
        return TlsProblem::Reason::SelfSigned;
    // A chain that ends at a root this computer does not have: the company-CA case.
    case QSslError::SelfSignedCertificateInChain:
    case QSslError::UnableToGetIssuerCertificate:
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToVerifyFirstCertificate:
    case QSslError::CertificateUntrusted:
        return TlsProblem::Reason::UnknownIssuer;
    case QSslError::HostNameMismatch:
        return TlsProblem::Reason::WrongHost;
    case QSslError::CertificateExpired:
        return TlsProblem::Reason::Expired;
    case QSslError::CertificateNotYetValid:
        return TlsProblem::Reason::NotYetValid;
    case QSslError::CertificateRevoked:
        return TlsProblem::Reason::Revoked;
    default:
        return TlsProblem::Reason::Other;
    }
}

// Lower is more actionable: a missing company CA first (the usual cause behind a
// TLS-inspecting proxy), then the name, then the dates.
int rank(TlsProblem::Reason reason)
{
    switch (reason) {
    case TlsProblem::Reason::UnknownIssuer:
        return 0;
    case TlsProblem::Reason::SelfSigned:
        return 1;
    case TlsProblem::Reason::WrongHost:
        return 2;
    case TlsProblem::Reason::Expired:
        return 3;
    case TlsProblem::Reason::NotYetValid:
        return 4;
    case TlsProblem::Reason::Revoked:
        return 5;
    case TlsProblem::Reason::Other:
        return 6;
    case TlsProblem::Reason::None:
        break;
    }
    return 7;
}

QString nameOf(const QSslCertificate &cert, bool issuer)
{
    const QString text = issuer ? cert.issuerDisplayName() : cert.subjectDisplayName();
    return text.isEmpty() ? QCoreApplication::translate("TlsProblem", "(no name)") : text;
}

QString dateText(const QDateTime &when)
{
    return when.isValid() ? when.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"))
                          : QCoreApplication::translate("TlsProblem", "unknown");
}

} // namespace

TlsProblem TlsProblem::fromErrors(const QString &host, const QList<QSslError> &errors,
                                  const QSslCertificate &peer)
{
    TlsProblem p;
    p.m_host = host;
    QSslCertificate cert = peer;
    for (const QSslError &e : errors) {
        const Reason r = reasonFor(e.error());
        if (r != Reason::None && !p.m_reasons.contains(r))
            p.m_reasons.append(r);
        if (cert.isNull() && !e.certificate().isNull())
            cert = e.certificate();
    }
    std::stable_sort(p.m_reasons.begin(), p.m_reasons.end(),
                     [](Reason a, Reason b) { return rank(a) < rank(b); });
    if (!cert.isNull()) {
        p.m_subject = nameOf(cert, false);
        p.m_issuer = nameOf(cert, true);
        p.m_notBefore = cert.effectiveDate();
        p.m_notAfter = cert.expiryDate();
        p.m_fingerprint =
            QString::fromLatin1(cert.digest(QCryptographicHash::Sha256).toHex(':').toUpper());
        const auto alt = cert.subjectAlternativeNames();
        for (auto it = alt.cbegin(); it != alt.cend(); ++it)
            p.m_names.append(it.value());
    }
    return p;
}

TlsProblem::Reason TlsProblem::reason() const
{
    return m_reasons.isEmpty() ? Reason::None : m_reasons.constFirst();
}

QString TlsProblem::reasonText(Reason reason)
{
    switch (reason) {
    case Reason::None:
        return QString();
    case Reason::UnknownIssuer:
        return QCoreApplication::translate(
            "TlsProblem", "the certificate was issued by an authority this computer does not trust "
                          "(unknown issuer)");
    case Reason::SelfSigned:
        return QCoreApplication::translate(
            "TlsProblem", "the certificate is self-signed (the server vouches for itself)");
    case Reason::WrongHost:
        return QCoreApplication::translate("TlsProblem",
                                           "the certificate is for another host name (wrong host)");
    case Reason::Expired:
        return QCoreApplication::translate("TlsProblem", "the certificate has expired");
    case Reason::NotYetValid:
        return QCoreApplication::translate("TlsProblem", "the certificate is not valid yet");
    case Reason::Revoked:
        return QCoreApplication::translate("TlsProblem", "the certificate has been revoked");
    case Reason::Other:
        break;
    }
    return QCoreApplication::translate("TlsProblem", "the certificate could not be verified");
}

QString TlsProblem::whatIsWrong() const
{
    QStringList parts;
    for (Reason r : m_reasons)
        parts << reasonText(r);
    return parts.join(QStringLiteral("; "));
}

QString TlsProblem::validityText() const
{
    return QCoreApplication::translate("TlsProblem", "%1 to %2")
        .arg(dateText(m_notBefore), dateText(m_notAfter));
}

QString TlsProblem::advice() const
{
    switch (reason()) {
    case Reason::UnknownIssuer:
    case Reason::SelfSigned:
        return QCoreApplication::translate(
            "TlsProblem", "If your company inspects secure traffic, ask your IT for the company CA "
                          "file and add it to the profile (Trusted CA certificates) or pass "
                          "--ca-file; otherwise someone may be intercepting the connection.");
    case Reason::WrongHost:
        return QCoreApplication::translate(
            "TlsProblem", "Check the base URL. If it is right, the server or a proxy presents a "
                          "certificate for another name: tell your IT.");
    case Reason::Expired:
    case Reason::NotYetValid:
        return QCoreApplication::translate(
            "TlsProblem", "Check this computer's date and time; if they are right, tell your IT or "
                          "DialNexa that the certificate is out of date.");
    default:
        break;
    }
    return QCoreApplication::translate("TlsProblem",
                                       "Tell your IT; the connection cannot be trusted as it is.");
}

QString TlsProblem::paragraph() const
{
    QString text =
        QCoreApplication::translate("TlsProblem", "The secure connection to %1 was refused: %2.")
            .arg(m_host, whatIsWrong());
    if (!m_fingerprint.isEmpty())
        text += QLatin1Char(' ') +
                QCoreApplication::translate("TlsProblem",
                                            "Certificate: subject %1, issuer %2, valid %3, SHA-256 "
                                            "fingerprint %4.")
                    .arg(m_subject, m_issuer, validityText(), m_fingerprint);
    text += QLatin1Char(' ') + advice() + QLatin1Char(' ') +
            QCoreApplication::translate("TlsProblem", "Nothing was sent to the server.");
    return text;
}

#pragma once

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

class QSslCertificate;
class QSslError;

// A failed certificate check, described so a person can act on it: which host, what is
// wrong (expired, wrong host, unknown issuer, self-signed), the certificate's subject,
// issuer, validity and SHA-256 fingerprint, and what to do. Built from Qt's QSslError list
// by ApiClient; shown by the console's TLS dialog and printed by dialnexa-ctl.
class TlsProblem
{
public:
    enum class Reason {
        None,
        UnknownIssuer, // signed by a CA this computer does not trust (a company CA)
        SelfSigned,    // the server signed its own certificate
        WrongHost,     // issued for another name
        Expired,
        NotYetValid,
        Revoked,
        Other
    };

    TlsProblem() = default;
    // `peer` is the certificate the server presented (may be null: then the first error's).
    static TlsProblem fromErrors(const QString &host, const QList<QSslError> &errors,
                                 const QSslCertificate &peer);

    bool isNull() const { return m_reasons.isEmpty(); }
    Reason reason() const; // the most actionable of reasons()
    QList<Reason> reasons() const { return m_reasons; }
    QString host() const { return m_host; }
    QString subject() const { return m_subject; }
    QString issuer() const { return m_issuer; }
    QDateTime notBefore() const { return m_notBefore; }
    QDateTime notAfter() const { return m_notAfter; }
    QString sha256Fingerprint() const { return m_fingerprint; } // "AB:CD:…"
    QStringList certificateNames() const { return m_names; }    // subjectAltName DNS/IP

    static QString reasonText(Reason reason); // "the certificate has expired"
    QString whatIsWrong() const;              // every reason, joined
    QString validityText() const;             // "2026-01-01 00:00 UTC to 2027-01-01 00:00 UTC"
    QString advice() const;                   // what to do, for the primary reason
    // One paragraph: host, what is wrong, the certificate, what to do, "nothing was sent".
    QString paragraph() const;

private:
    QString m_host;
    QList<Reason> m_reasons;
    QString m_subject;
    QString m_issuer;
    QDateTime m_notBefore;
    QDateTime m_notAfter;
    QString m_fingerprint;
    QStringList m_names;
};

Q_DECLARE_METATYPE(TlsProblem)

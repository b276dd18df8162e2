// TlsProblem: what a person is told about a certificate that failed, from Qt's QSslError
// list and the certificate itself (made at run time with openssl; no key is committed).
#include "api/ApiError.h"
#include "api/TlsProblem.h"

#include "support/TlsFixture.h"

#include <QSslError>
#include <QtTest>

class TestTlsProblem : public QObject
{
    Q_OBJECT

    TlsFixture m_tls;
    QSslCertificate m_server;
    QSslCertificate m_self;

private Q_SLOTS:
    void initTestCase()
    {
        if (TlsFixture::opensslPath().isEmpty())
            QSKIP("openssl is not installed (packaging/install-deps.sh installs it)");
        const QString problem =
            m_tls.create({QStringLiteral("dialnexa.test"), QStringLiteral("127.0.0.1")});
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        m_server = TlsFixture::load(m_tls.certFile());
        m_self = TlsFixture::load(m_tls.selfSignedCertFile());
        QVERIFY(!m_server.isNull());
        QVERIFY(!m_self.isNull());
    }

    void unknownIssuerNamesTheCertificateAndWhatToDo()
    {
        const TlsProblem p = TlsProblem::fromErrors(
            QStringLiteral("dialnexa.test"),
            {QSslError(QSslError::UnableToGetLocalIssuerCertificate, m_server),
             QSslError(QSslError::UnableToVerifyFirstCertificate, m_server)},
            m_server);
        QCOMPARE(p.reason(), TlsProblem::Reason::UnknownIssuer);
        QCOMPARE(p.reasons().size(), 1); // both errors say the same thing
        QCOMPARE(p.subject(), QStringLiteral("dialnexa.test"));
        QCOMPARE(p.issuer(), QStringLiteral("Example Corp Inspection CA"));
        QCOMPARE(p.sha256Fingerprint(), TlsFixture::fingerprint(m_tls.certFile()));
        QVERIFY(p.certificateNames().contains(QStringLiteral("dialnexa.test")));
        const QString text = p.paragraph();
        for (const QString &part :
             {QStringLiteral("dialnexa.test"), QStringLiteral("(unknown issuer)"),
              QStringLiteral("issuer Example Corp Inspection CA"),
              TlsFixture::fingerprint(m_tls.certFile()),
              m_server.expiryDate().toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
              QStringLiteral("ask your IT for the company CA file and add it to the profile"),
              QStringLiteral("Nothing was sent")})
            QVERIFY2(text.contains(part), qPrintable(part + QStringLiteral(" | ") + text));
        QVERIFY(!text.contains(QLatin1Char('\n'))); // one paragraph
    }

    void selfSigned()
    {
        const TlsProblem p =
            TlsProblem::fromErrors(QStringLiteral("dialnexa.test"),
                                   {QSslError(QSslError::SelfSignedCertificate, m_self)}, m_self);
        QCOMPARE(p.reason(), TlsProblem::Reason::SelfSigned);
        QCOMPARE(p.issuer(), QStringLiteral("dialnexa.test"));
        QVERIFY(p.paragraph().contains(QStringLiteral("self-signed")));
        QVERIFY(p.advice().contains(QStringLiteral("company CA file")));
    }

    // Several problems at once: all are named, the most actionable decides the advice.
    void wrongHostAndExpired()
    {
        const TlsProblem p =
            TlsProblem::fromErrors(QStringLiteral("api.example.com"),
                                   {QSslError(QSslError::CertificateExpired, m_server),
                                    QSslError(QSslError::HostNameMismatch, m_server)},
                                   QSslCertificate());
        QCOMPARE(p.reasons(), (QList<TlsProblem::Reason>{TlsProblem::Reason::WrongHost,
                                                         TlsProblem::Reason::Expired}));
        QVERIFY(p.whatIsWrong().contains(QStringLiteral("wrong host")));
        QVERIFY(p.whatIsWrong().contains(QStringLiteral("has expired")));
        QVERIFY(p.advice().startsWith(QStringLiteral("Check the base URL")));
        // No peer certificate given: the errors' certificate is described.
        QCOMPARE(p.sha256Fingerprint(), TlsFixture::fingerprint(m_tls.certFile()));
    }

    void expiredAdvice()
    {
        const TlsProblem p =
            TlsProblem::fromErrors(QStringLiteral("api.example.com"),
                                   {QSslError(QSslError::CertificateExpired, m_server)}, m_server);
        QCOMPARE(p.reason(), TlsProblem::Reason::Expired);
        QVERIFY(p.advice().contains(QStringLiteral("date and time")));
    }

    void noErrorsIsNull()
    {
        QVERIFY(TlsProblem().isNull());
        QVERIFY(TlsProblem::fromErrors(QStringLiteral("h"), {}, m_server).isNull());
    }

    // ApiError's message for a certificate failure is the paragraph (console and ctl).
    void apiErrorSaysTheParagraph()
    {
        ApiError e(ApiError::Kind::Tls);
        e.setRequest(QStringLiteral("GET"), QUrl(QStringLiteral("https://dialnexa.test/v1/x")));
        const TlsProblem p = TlsProblem::fromErrors(
            QStringLiteral("dialnexa.test"),
            {QSslError(QSslError::UnableToGetLocalIssuerCertificate, m_server)}, m_server);
        e.setTlsProblem(p);
        QCOMPARE(e.userMessage(), p.paragraph());
    }
};

QTEST_GUILESS_MAIN(TestTlsProblem)
#include "tst_tlsproblem.moc"

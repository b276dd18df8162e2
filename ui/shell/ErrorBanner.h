#pragma once

#include <QFrame>

#include <functional>

class QLabel;
class QPushButton;
class QToolButton;

// A non-blocking problem report at the top of the central area: an icon, one or two
// sentences, "Retry" and "Details…". The window stays usable underneath; a newer problem
// replaces the older one. `source` tags who raised it (e.g. "refresh") so that source can
// clear its own banner once things work again without hiding someone else's.
class ErrorBanner : public QFrame
{
    Q_OBJECT
public:
    explicit ErrorBanner(QWidget *parent = nullptr);

    // `retry` may be empty (no Retry button); `details` may be empty (no Details… button).
    void showProblem(const QString &message, const QString &details, std::function<void()> retry,
                     const QString &source = QString());
    // An informational note (no Retry), e.g. "the key will be kept for this session only".
    void showNotice(const QString &message, const QString &source = QString());
    void dismiss();
    // Hides the banner only when it was raised by `source`.
    void dismissFrom(const QString &source);

    QString message() const;
    QString source() const { return m_source; }
    bool isProblem() const { return m_problem; }

    QPushButton *retryButton() const { return m_retry; }
    QPushButton *detailsButton() const { return m_details; }

Q_SIGNALS:
    void retryClicked();

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyLook();
    void showDetails();

    QLabel *m_icon;
    QLabel *m_text;
    QPushButton *m_retry;
    QPushButton *m_details;
    QToolButton *m_close;
    std::function<void()> m_retryFn;
    QString m_detailsText;
    QString m_source;
    bool m_problem = true;
};

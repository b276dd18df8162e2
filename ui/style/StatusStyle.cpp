#include "style/StatusStyle.h"

#include <QHash>
#include <QImage>
#include <QPainter>
#include <QPixmap>
#include <QSvgRenderer>

static void initConsoleResources()
{
    // The resources live in an OBJECT library folded into a static library; referencing
    // the initialiser keeps the linker from dropping it.
    static const bool done = [] {
        Q_INIT_RESOURCE(resources);
        return true;
    }();
    Q_UNUSED(done);
}

bool StatusStyle::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

QColor StatusStyle::color(WorkflowState state, const QPalette &palette)
{
    const bool dark = isDark(palette);
    switch (state) {
    // Each keeps at least 4.5:1 (WCAG AA for normal text) on its fill and on the list's
    // background, for white to light-grey and for the usual dark backgrounds
    // (tests/ui/accessibility/tst_status_contrast.cpp).
    case WorkflowState::Active:
        return dark ? QColor(0x7e, 0xe0, 0xa0) : QColor(0x13, 0x69, 0x2e);
    case WorkflowState::Paused:
        return dark ? QColor(0xf8, 0xcc, 0x62) : QColor(0x8a, 0x4a, 0x00);
    case WorkflowState::Draft:
        return dark ? QColor(0xbc, 0xc7, 0xd4) : QColor(0x4a, 0x57, 0x68);
    case WorkflowState::Completed:
        return dark ? QColor(0xa2, 0xc3, 0xfa) : QColor(0x16, 0x57, 0xb8);
    case WorkflowState::Cancelled:
        return dark ? QColor(0xf6, 0xa3, 0x9b) : QColor(0xa3, 0x22, 0x1b);
    case WorkflowState::Unknown:
        break;
    }
    return dark ? QColor(0xd0, 0xb8, 0xec) : QColor(0x62, 0x45, 0x8e);
}

QColor StatusStyle::fill(WorkflowState state, const QPalette &palette)
{
    return mix(palette.color(QPalette::Base), color(state, palette), isDark(palette) ? 0.16 : 0.13);
}

QColor StatusStyle::pendingColor(const QPalette &palette)
{
    return mix(palette.color(QPalette::Base), palette.color(QPalette::Text), 0.7);
}

QColor StatusStyle::pendingFill(const QPalette &palette)
{
    return mix(palette.color(QPalette::Base), palette.color(QPalette::Text), 0.08);
}

QString StatusStyle::iconPath(WorkflowState state)
{
    switch (state) {
    case WorkflowState::Active:
        return QStringLiteral(":/icons/active.svg");
    case WorkflowState::Paused:
        return QStringLiteral(":/icons/paused.svg");
    case WorkflowState::Draft:
        return QStringLiteral(":/icons/draft.svg");
    case WorkflowState::Completed:
        return QStringLiteral(":/icons/completed.svg");
    case WorkflowState::Cancelled:
        return QStringLiteral(":/icons/cancelled.svg");
    case WorkflowState::Unknown:
        break;
    }
    return QStringLiteral(":/icons/unknown.svg");
}

QIcon StatusStyle::tinted(const QString &svgPath, const QColor &color)
{
    initConsoleResources();
    static QHash<QString, QIcon> cache;
    const QString key = svgPath + QLatin1Char('#') + QString::number(color.rgba(), 16);
    const auto it = cache.constFind(key);
    if (it != cache.constEnd())
        return *it;

    QSvgRenderer renderer(svgPath);
    QIcon icon;
    if (renderer.isValid()) {
        for (int size : {16, 20, 24, 32, 48, 64}) {
            QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
            image.fill(Qt::transparent);
            QPainter p(&image);
            p.setRenderHint(QPainter::Antialiasing);
            renderer.render(&p, QRectF(0, 0, size, size));
            p.setCompositionMode(QPainter::CompositionMode_SourceIn);
            p.fillRect(image.rect(), color);
            p.end();
            icon.addPixmap(QPixmap::fromImage(image));
        }
    }
    cache.insert(key, icon);
    return icon;
}

QIcon StatusStyle::icon(WorkflowState state, const QPalette &palette)
{
    return tinted(iconPath(state), color(state, palette));
}

QIcon StatusStyle::pendingIcon(const QPalette &palette)
{
    return tinted(QStringLiteral(":/icons/pending.svg"), pendingColor(palette));
}

QIcon StatusStyle::actionIcon(LifecycleAction action, const QPalette &palette)
{
    QString path;
    QColor c = palette.color(QPalette::WindowText);
    switch (action) {
    case LifecycleAction::Pause:
        path = QStringLiteral(":/icons/pause.svg");
        c = color(WorkflowState::Paused, palette);
        break;
    case LifecycleAction::Resume:
    case LifecycleAction::Activate:
        path = QStringLiteral(":/icons/resume.svg");
        c = color(WorkflowState::Active, palette);
        break;
    case LifecycleAction::Cancel:
        path = QStringLiteral(":/icons/cancel.svg");
        c = color(WorkflowState::Cancelled, palette);
        break;
    }
    // Disabled actions get Qt's generated greyed pixmap from this one.
    return tinted(path, c);
}

QIcon StatusStyle::refreshIcon(const QPalette &palette)
{
    return tinted(QStringLiteral(":/icons/refresh.svg"), palette.color(QPalette::WindowText));
}

QIcon StatusStyle::appIcon()
{
    initConsoleResources();
    return QIcon(QStringLiteral(":/icons/dialnexa-console.svg"));
}

QString StatusStyle::text(const WorkflowStatus &status)
{
    if (!status.isValid())
        return QStringLiteral("—");
    return status.displayText();
}

QString StatusStyle::text(const WorkflowStatus &status, std::optional<LifecycleAction> pending)
{
    if (pending)
        return LifecycleActions::pendingText(*pending);
    return text(status);
}

QColor StatusStyle::mix(const QColor &a, const QColor &b, qreal t)
{
    const QColor x = a.toRgb();
    const QColor y = b.toRgb();
    return QColor::fromRgbF(float(x.redF() + (y.redF() - x.redF()) * t),
                            float(x.greenF() + (y.greenF() - x.greenF()) * t),
                            float(x.blueF() + (y.blueF() - x.blueF()) * t));
}

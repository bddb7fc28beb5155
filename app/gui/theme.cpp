#include "theme.h"

#include <QApplication>
#include <QPalette>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>

namespace portolan {

namespace {

QPalette darkPalette()
{
    QPalette palette;
    const QColor window(0x2b, 0x2e, 0x33);
    const QColor base(0x1f, 0x22, 0x26);
    const QColor text(0xe6, 0xe8, 0xeb);
    const QColor disabled(0x80, 0x86, 0x8e);
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, QColor(0x27, 0x2a, 0x2f));
    palette.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3e, 0x44));
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, disabled);
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, window);
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    palette.setColor(QPalette::Light, QColor(0x45, 0x49, 0x50));
    palette.setColor(QPalette::Midlight, QColor(0x3a, 0x3e, 0x44));
    palette.setColor(QPalette::Mid, QColor(0x24, 0x27, 0x2b));
    palette.setColor(QPalette::Dark, QColor(0x18, 0x1a, 0x1d));
    palette.setColor(QPalette::Shadow, Qt::black);
    palette.setColor(QPalette::Highlight, QColor(0x2f, 0x7d, 0xd1));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Link, QColor(0x6c, 0xb4, 0xff));
    palette.setColor(QPalette::LinkVisited, QColor(0xb3, 0x94, 0xff));
    for (const QPalette::ColorRole role :
        {QPalette::WindowText, QPalette::Text, QPalette::ButtonText, QPalette::HighlightedText})
        palette.setColor(QPalette::Disabled, role, disabled);
    palette.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x45, 0x49, 0x50));
    return palette;
}

/// The style and palette the application started with: what System goes back to.
struct Initial
{
    QString style;
    QPalette palette;
};

Initial &initial()
{
    static Initial saved {
        QApplication::style() ? QApplication::style()->name() : QString(), QApplication::palette()};
    return saved;
}

} // namespace

Theme::Mode Theme::fromName(const QString &name)
{
    if (name == QLatin1String("light"))
        return Mode::Light;
    if (name == QLatin1String("dark"))
        return Mode::Dark;
    return Mode::System;
}

QString Theme::name(Mode mode)
{
    switch (mode) {
    case Mode::Light:
        return QStringLiteral("light");
    case Mode::Dark:
        return QStringLiteral("dark");
    case Mode::System:
        break;
    }
    return QStringLiteral("system");
}

void Theme::apply(Mode mode)
{
    const Initial &start = initial(); // taken before the first change
    switch (mode) {
    case Mode::System:
        if (!start.style.isEmpty())
            QApplication::setStyle(QStyleFactory::create(start.style));
        QApplication::setPalette(start.palette);
        break;
    case Mode::Light:
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(QApplication::style()->standardPalette());
        break;
    case Mode::Dark:
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(darkPalette());
        break;
    }
}

void Theme::applySaved()
{
    const Mode mode = fromName(QSettings().value(settingKey()).toString());
    if (mode != Mode::System)
        apply(mode);
    else
        initial();
}

bool Theme::isDark()
{
    const QPalette palette = QApplication::palette();
    return palette.color(QPalette::Window).lightness() < palette.color(QPalette::WindowText).lightness();
}

QColor Theme::canvasColour()
{
    return isDark() ? QColor(0x23, 0x27, 0x2d) : QColor(0xfa, 0xfb, 0xfc);
}

QColor Theme::blockTextColour()
{
    return isDark() ? QColor(0xff, 0xa4, 0xa4) : QColor(0xb0, 0x1c, 0x1c);
}

QColor Theme::blockBackgroundColour()
{
    return isDark() ? QColor(0x4a, 0x1f, 0x22) : QColor(0xfd, 0xec, 0xec);
}

} // namespace portolan

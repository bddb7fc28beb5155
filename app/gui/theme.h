#pragma once

#include <QColor>
#include <QString>

namespace portolan {

/**
 * The window's colours: the system's (light or dark, as the desktop has them), or light or dark
 * whatever the desktop says (Fusion with a light or a dark palette). Colours the editor draws
 * itself (canvas, block rows of the flow matrix) follow isDark().
 */
class Theme
{
public:
    enum class Mode { System, Light, Dark };

    static QString settingKey() { return QStringLiteral("ui/theme"); }
    static Mode fromName(const QString &name);
    static QString name(Mode mode);

    /// Applies a mode to the application (style and palette); call before or after windows exist.
    static void apply(Mode mode);
    /// Applies the mode the settings hold (System when none).
    static void applySaved();
    /// Whether the application's palette is a dark one.
    static bool isDark();

    static QColor canvasColour();
    /// A block row of the flow matrix: its text and its background.
    static QColor blockTextColour();
    static QColor blockBackgroundColour();
};

} // namespace portolan

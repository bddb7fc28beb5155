#pragma once

#include <QColor>
#include <QIcon>
#include <QPixmap>
#include <QString>

namespace portolan {

/**
 * Host type icons, rendered once from the SVGs under :/icons and kept as pixmaps so the canvas
 * never parses SVG while painting, and the colour that stands for each product.
 */
class IconCache
{
public:
    /// The icon of a host type (its catalog icon name), at any size.
    static QIcon icon(const QString &iconName);
    /// A square pixmap of the icon, rendered at the given device pixel size.
    static QPixmap pixmap(const QString &iconName, int size);
    static QIcon appIcon();
    static QColor productColor(const QString &product);
};

} // namespace portolan

#pragma once

#include <QtGlobal>

namespace portolan {

/** A colour as plain numbers, so the core can name colours without Qt's GUI module. */
struct Rgba
{
    int red = 0;
    int green = 0;
    int blue = 0;
    int alpha = 255;

    friend bool operator==(const Rgba &, const Rgba &) = default;
};

/**
 * The colours of a zone, by the zone's index in the design: the canvas and the exported diagram
 * draw zones with the same ones. Six hues that repeat; the fill and the title band are the hue,
 * nearly transparent, over the white page.
 */
class ZonePalette
{
public:
    struct Colours
    {
        Rgba frame; ///< the outline
        Rgba fill; ///< the area, translucent
        Rgba band; ///< the title band along the top, translucent
        Rgba title; ///< the zone's name

        friend bool operator==(const Colours &, const Colours &) = default;
    };

    /// The height of the title band along the top of a zone, in canvas units.
    static constexpr qreal BandHeight = 28;

    static Colours colours(int zoneIndex);
    static int size();
};

} // namespace portolan

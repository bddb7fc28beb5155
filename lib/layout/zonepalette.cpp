#include "zonepalette.h"

#include <iterator>

namespace portolan {

namespace {

struct Hue
{
    Rgba base;
    Rgba title; ///< the base, darker: its HSV value divided by 1.6
};

constexpr Hue Hues[] = {
    {{0x3b, 0x82, 0xc4}, {0x25, 0x51, 0x7a}}, // blue
    {{0x8e, 0x5b, 0xb5}, {0x59, 0x39, 0x71}}, // violet
    {{0x7f, 0x8c, 0x8d}, {0x4f, 0x57, 0x58}}, // grey
    {{0xd3, 0x8b, 0x1f}, {0x84, 0x57, 0x13}}, // amber
    {{0x2e, 0x9e, 0x6b}, {0x1d, 0x63, 0x43}}, // green
    {{0xc0, 0x56, 0x3a}, {0x78, 0x36, 0x24}}, // brick
};

constexpr int FillAlpha = 22;
constexpr int BandAlpha = 55;

} // namespace

ZonePalette::Colours ZonePalette::colours(int zoneIndex)
{
    const int count = int(std::size(Hues));
    const Hue &hue = Hues[((zoneIndex % count) + count) % count];
    Colours colours;
    colours.frame = hue.base;
    colours.fill = hue.base;
    colours.fill.alpha = FillAlpha;
    colours.band = hue.base;
    colours.band.alpha = BandAlpha;
    colours.title = hue.title;
    return colours;
}

int ZonePalette::size()
{
    return int(std::size(Hues));
}

} // namespace portolan

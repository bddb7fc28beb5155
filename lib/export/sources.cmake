# Export formats. Included by lib/CMakeLists.txt.
# The text exports (CSV matrix, rule sets) are part of the core; the painting exports (PDF, SVG,
# PNG) are in portolan_render, the only library that links Qt6::Gui.
target_sources(portolan_core PRIVATE
    export/flowmatrix.h export/flowmatrix.cpp
    export/csvmatrixexport.h export/csvmatrixexport.cpp
    export/rulesettext.h export/rulesettext.cpp
    export/rulesetplan.h export/rulesetplan.cpp
    export/nftablesexport.h export/nftablesexport.cpp
    export/iptablesexport.h export/iptablesexport.cpp
    export/asaexport.h export/asaexport.cpp
)

# Painting: the PDF report and the diagram. The registry of formats stays in the core; these
# join it through registerRenderFormats(), so the core never links Qt6::Gui.
add_library(portolan_render STATIC
    export/diagrampainter.h export/diagrampainter.cpp
    export/diagramsvgexport.h export/diagramsvgexport.cpp
    export/diagrampngexport.h export/diagrampngexport.cpp
    export/pdfreport.h export/pdfreport.cpp
    export/pdfreportexport.h export/pdfreportexport.cpp
    export/renderformats.h export/renderformats.cpp
)
target_include_directories(portolan_render PUBLIC ${CMAKE_CURRENT_SOURCE_DIR})
target_link_libraries(portolan_render PUBLIC portolan_core Qt6::Gui Qt6::Svg PRIVATE portolan_settings)

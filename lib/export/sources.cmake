# Export formats. Included by lib/CMakeLists.txt.
# The text exports (CSV matrix, rule sets) are part of the core; the painting exports (PDF, SVG,
# PNG) are in portolan_render, the only library that links Qt6::Gui.
target_sources(portolan_core PRIVATE
    export/flowmatrix.h export/flowmatrix.cpp
    export/csvmatrixexport.h export/csvmatrixexport.cpp
    export/rulesetplan.h export/rulesetplan.cpp
    export/nftablesexport.h export/nftablesexport.cpp
    export/iptablesexport.h export/iptablesexport.cpp
    export/asaexport.h export/asaexport.cpp
)

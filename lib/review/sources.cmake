# Reviews of change requests and firewall rule sets against a design. Included by lib/CMakeLists.txt.
# The readers, the review engine and the JSON and CSV reports are part of the core; the PDF report
# paints, so it is in portolan_render.
target_sources(portolan_core PRIVATE
    review/hostset.h review/hostset.cpp
    review/requestfile.h review/requestfile.cpp
    review/readersupport.h review/readersupport.cpp
    review/changerequestreader.cpp
    review/iptablesreader.cpp
    review/nftreader.cpp
    review/asareader.cpp
    review/reviewengine.h review/reviewengine.cpp
    review/reviewreport.h review/reviewreport.cpp
)
target_sources(portolan_render PRIVATE
    review/reviewpdf.h review/reviewpdf.cpp
)

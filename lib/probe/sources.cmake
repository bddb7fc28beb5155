# The commissioning probe: what to try from the machine standing in for a host, the asynchronous
# runner on Qt Network, and its reports. Included by lib/CMakeLists.txt.
target_sources(portolan_core PRIVATE
    probe/probeplan.h probe/probeplan.cpp
    probe/proberunner.h probe/proberunner.cpp
    probe/probemachine.h probe/probemachine.cpp
    probe/probereport.h probe/probereport.cpp
)

# The PDF commissioning report paints: it joins portolan_render.
target_sources(portolan_render PRIVATE
    probe/probepdfreport.h probe/probepdfreport.cpp
)

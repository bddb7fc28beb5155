# The commissioning probe against a firewall that drops everything: wall time of 1,000 connects.
add_executable(bench_probe ${CMAKE_CURRENT_LIST_DIR}/bench_probe.cpp)
target_link_libraries(bench_probe PRIVATE portolan_core portolan_netns)

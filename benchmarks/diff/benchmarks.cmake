# Review of a design change: two 10k-host estates differing in 1 % of their hosts.
add_executable(bench_diff ${CMAKE_CURRENT_LIST_DIR}/bench_diff.cpp)
target_link_libraries(bench_diff PRIVATE portolan_estate portolan_settings benchmark::benchmark)

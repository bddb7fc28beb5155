# Export times of each format for a synthetic 10k-host estate.
add_executable(bench_export ${CMAKE_CURRENT_LIST_DIR}/bench_export.cpp)
target_link_libraries(bench_export PRIVATE portolan_estate portolan_render portolan_settings benchmark::benchmark)

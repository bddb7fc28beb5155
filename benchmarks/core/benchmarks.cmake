# Rule engine and CLI pipeline on synthetic estates of 1k, 10k and 100k hosts.
add_executable(bench_derive ${CMAKE_CURRENT_LIST_DIR}/bench_derive.cpp)
target_link_libraries(bench_derive PRIVATE portolan_estate portolan_settings benchmark::benchmark)

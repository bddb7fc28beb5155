# Review of a synthetic estate's own rule sets (read, review, JSON report).
add_executable(bench_review ${CMAKE_CURRENT_LIST_DIR}/bench_review.cpp)
target_link_libraries(bench_review PRIVATE portolan_estate portolan_settings benchmark::benchmark)

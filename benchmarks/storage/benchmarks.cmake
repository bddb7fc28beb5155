# Project files: save and open of a 10k-host estate.
add_executable(bench_storage ${CMAKE_CURRENT_LIST_DIR}/bench_storage.cpp)
target_link_libraries(bench_storage PRIVATE portolan_estate portolan_settings benchmark::benchmark)

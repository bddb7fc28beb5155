# The editor's large-design figures: open a 10k-host estate into the scene, paint at fit-to-view.
qt_add_executable(portolan-gui-bench ${CMAKE_CURRENT_LIST_DIR}/guibench.cpp)
target_link_libraries(portolan-gui-bench PRIVATE portolan_gui portolan_estate portolan_settings)
set_target_properties(portolan-gui-bench PROPERTIES MACOSX_BUNDLE OFF WIN32_EXECUTABLE OFF)

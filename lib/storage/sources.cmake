# Native project files (SQLite). Included by lib/CMakeLists.txt.
target_sources(portolan_core PRIVATE
    storage/revisioninfo.h
    storage/projectschema.h storage/projectschema.cpp
    storage/projectconnection.h storage/projectconnection.cpp
    storage/projectfile.h storage/projectfile.cpp
    storage/projectautosave.h storage/projectautosave.cpp
    storage/projectexport.h storage/projectexport.cpp
)
target_link_libraries(portolan_core PUBLIC Qt6::Sql)

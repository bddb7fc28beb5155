# Native project files (SQLite), and opening a design from any file Portolan reads. Included by
# lib/CMakeLists.txt.
target_sources(portolan_core PRIVATE
    storage/revisioninfo.h
    storage/projectschema.h storage/projectschema.cpp
    storage/projectconnection.h storage/projectconnection.cpp
    storage/projectrows.h storage/projectrows.cpp
    storage/revisionstore.h storage/revisionstore.cpp
    storage/projectfile.h storage/projectfile.cpp
    storage/projectautosave.h storage/projectautosave.cpp
    storage/projectexport.h storage/projectexport.cpp
    storage/designfile.h storage/designfile.cpp
    storage/designsource.h storage/designsource.cpp
    storage/signoff.h storage/signoff.cpp
)
target_link_libraries(portolan_core PUBLIC Qt6::Sql)
# The SQLite C API, for the safety settings QSqlDatabase has no option for (the same libsqlite3 Qt's
# QSQLITE plugin loads).
find_package(SQLite3 REQUIRED)
target_link_libraries(portolan_core PRIVATE SQLite::SQLite3)

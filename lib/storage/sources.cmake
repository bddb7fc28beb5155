# Native project files (SQLite). Included by lib/CMakeLists.txt.

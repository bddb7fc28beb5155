# Export formats. Included by lib/CMakeLists.txt.

// Compiles the precompiled headers that the suites share (tests/CMakeLists.txt).

dialnexa_add_bench(bulk SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/bench_bulk.cpp LIBRARIES dialnexa_core dialnexa_sandbox)

# Poll refresh of the workflow table: keyed diff vs model reset, with a QTableView attached.
dialnexa_add_bench(refresh SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/bench_refresh.cpp LIBRARIES dialnexa_core Qt6::Widgets)

# One repaint of the console's workflow table: its text cells laid out once and kept, vs
# QStyledItemDelegate shaping every cell's text on every paint.
dialnexa_add_bench(table_paint SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/bench_table_paint.cpp LIBRARIES dialnexa_ui dialnexa_core Qt6::Widgets)

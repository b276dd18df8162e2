# Decoding the workflow list's pages (the thread pool's share of a first load) against
# parsing the same bytes with QJsonDocument alone.
dialnexa_add_bench(decode SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/bench_decode.cpp LIBRARIES dialnexa_sandbox dialnexa_core Qt6::Network)

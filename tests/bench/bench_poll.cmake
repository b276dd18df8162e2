# Polling at 10,000 workflows: cold start vs bare fetch, GUI stalls, requests with and
# without ETag, rate-limit share (issue 13).
dialnexa_add_bench(poll SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/bench_poll.cpp LIBRARIES dialnexa_ui dialnexa_core dialnexa_sandbox Qt6::Widgets)

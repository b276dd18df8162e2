# Polls the sandbox thousands of times through injected faults: memory stays flat and no
# status is ever shown that the server did not send.
dialnexa_add_bench(soak SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/bench_soak.cpp LIBRARIES dialnexa_core dialnexa_sandbox)

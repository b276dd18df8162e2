# The console process started with --base-url against a standalone sandbox of 10,000
# workflows, to the whole list on screen, vs a bare fetch of the same pages (issue 13).
dialnexa_add_bench(console_start SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/bench_console_start.cpp
  LIBRARIES Qt6::Network)
target_compile_definitions(bench_console_start PRIVATE
  DIALNEXA_SANDBOX_PATH="$<TARGET_FILE:dialnexa-sandbox>"
  DIALNEXA_CONSOLE_PATH="$<TARGET_FILE:dialnexa-console>")
add_dependencies(bench_console_start dialnexa-sandbox dialnexa-console)

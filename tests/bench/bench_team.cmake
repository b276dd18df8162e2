# Team mode on a real PostgreSQL (the team_postgres fixture in ctest; run-benchmarks.sh
# starts one of its own): two consoles resuming one incident, notification latency.
dialnexa_add_bench(team SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/bench_team.cpp
  LIBRARIES dialnexa_core dialnexa_sandbox Qt6::Sql)
dialnexa_use_team_postgres(bench_team_smoke)

# coding: utf-8
"""benchmarks/simulator_scale.py runs (tiny): behaviour only, never timings."""
import os
import sys

BENCH = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))), "benchmarks")


def test_the_scale_benchmark_runs(capsys):
    sys.path.insert(0, BENCH)
    try:
        import simulator_scale
    finally:
        sys.path.remove(BENCH)
    simulator_scale.main(["--vms", "60", "--tasks", "5"])
    out = capsys.readouterr().out
    assert "| step (60 VMs, 5 tasks) | seconds |" in out
    for step in ("build the world", "200-id id_in query", "tasks end (one settle)", "resource changes page"):
        assert "| %s | " % step in out

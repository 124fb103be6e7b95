"""Benchmarks of this SDK ("ours") against the peer SDK and a floor.

One command (see README.md)::

    python3.11 benchmarks/run.py [--repeat 5] [--quick] [--sides ours,peer]

It builds isolated virtualenvs under ``benchmarks/.venvs/`` -- ``ours``
(``pip install <this checkout>``), ``peer`` (``cloudtower-sdk==2.20.0``),
``floor`` (just ``urllib3`` and ``python-dateutil``) and ``bare`` (nothing,
to subtract) -- starts the loopback server (``fakeserver.py``) in its own
process, runs every workload of ``workloads.py`` in a fresh process per
measurement, interleaving the sides, and writes the medians as a Markdown
table to ``docs/performance.md`` (and stdout).
"""
import argparse
import datetime
import json
import os
import platform
import re
import signal
import statistics
import subprocess
import sys
import time

BENCH = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(BENCH)
sys.path.insert(0, BENCH)
import workloads  # noqa: E402  (stdlib only; used for start-up code)

PEER_REQUIREMENT = "cloudtower-sdk==2.20.0"
SIDE_ORDER = ("ours", "peer", "floor")


class Side(object):
    """One column of the table: a virtualenv and an import prefix."""

    def __init__(self, name, prefix, requirements, package_dirs,
                 always_reinstall=False):
        self.name = name
        self.prefix = prefix            # None for the floor
        self.requirements = requirements
        self.package_dirs = package_dirs
        self.always_reinstall = always_reinstall
        self.venv = None
        self.error = None               # set when the side cannot run at all
        self.info = {}

    @property
    def python(self):
        return os.path.join(self.venv, "bin", "python")


def make_sides():
    return {
        "ours": Side("ours", "cloudtower_python_sdk", [ROOT],
                     ["cloudtower_python_sdk"], always_reinstall=True),
        "peer": Side("peer", "cloudtower", [PEER_REQUIREMENT], ["cloudtower"]),
        "floor": Side("floor", None, ["urllib3", "python-dateutil"],
                      ["urllib3", "dateutil"]),
    }


# ------------------------------------------------------------ environment --

def child_env():
    env = dict(os.environ)
    for key in ("PYTHONPATH", "PYTHONHOME", "PYTHONSTARTUP"):
        env.pop(key, None)
    return env


def log(msg):
    sys.stderr.write("[bench] %s\n" % msg)
    sys.stderr.flush()


def ensure_venv(path, python, requirements, reinstall, install=True):
    """Create *path* with *python* and pip-install *requirements* into it."""
    marker = os.path.join(path, ".bench-requirements")
    wanted = json.dumps(requirements)
    if not os.path.exists(os.path.join(path, "bin", "python")):
        log("creating venv %s" % path)
        subprocess.run([python, "-m", "venv", path], check=True)
    if not requirements or not install:
        return
    if not reinstall and os.path.exists(marker):
        with open(marker) as fh:
            if fh.read() == wanted:
                return
    log("installing %s into %s" % (" ".join(requirements), path))
    cmd = [os.path.join(path, "bin", "python"), "-m", "pip", "install", "-q",
           "--disable-pip-version-check"]
    if reinstall:
        cmd.append("--force-reinstall")
    proc = subprocess.run(cmd + requirements, env=child_env(),
                          stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                          universal_newlines=True)
    if proc.returncode != 0:
        raise RuntimeError("pip install failed: %s" % pip_error(proc.stdout))
    with open(marker, "w") as fh:
        fh.write(wanted)


def pip_error(output):
    """The most telling line of a failed pip run."""
    lines = [l.strip() for l in output.splitlines() if l.strip()
             and "is ignored: it is neither" not in l]
    telling = [l for l in lines
               if re.search(r"\w+Error\b|^ERROR:|No matching", l)]
    return (telling or lines or ["no output"])[-1][:300]


INFO_CODE = """
import json, sys, sysconfig
info = {"python": sys.version.split()[0],
        "purelib": sysconfig.get_paths()["purelib"]}
try:
    import urllib3
    info["urllib3"] = urllib3.__version__
except Exception as exc:
    info["urllib3"] = "missing"
try:
    from importlib.metadata import version
    info["version"] = version(sys.argv[1]) if sys.argv[1] else ""
except Exception:
    info["version"] = "?"
print(json.dumps(info))
"""


def side_info(side, dist):
    out = subprocess.run([side.python, "-I", "-c", INFO_CODE, dist],
                         stdout=subprocess.PIPE, check=True,
                         universal_newlines=True, env=child_env()).stdout
    return json.loads(out)


def tree_size(path):
    """Bytes of all files below *path* (symlinks not followed)."""
    total = 0
    if os.path.isfile(path):
        return os.lstat(path).st_size
    for base, _dirs, files in os.walk(path):
        for name in files:
            total += os.lstat(os.path.join(base, name)).st_size
    return total


def dist_name_of_ours():
    """Best-effort distribution name of the checkout (for its version)."""
    for fname in ("pyproject.toml", "setup.py", "setup.cfg"):
        path = os.path.join(ROOT, fname)
        if os.path.exists(path):
            with open(path) as fh:
                for line in fh:
                    line = line.strip().replace(" ", "")
                    for key in ("name=", "NAME="):
                        if line.startswith(key):
                            return line[len(key):].strip("\"',")
    return "cloudtower-python-sdk"


# ----------------------------------------------------------------- server --

class FakeServer(object):
    """``fakeserver.py`` in its own process; use as a context manager."""

    def __init__(self, vms):
        self.vms = vms
        self.proc = None
        self.port = None

    def __enter__(self):
        self.proc = subprocess.Popen(
            [sys.executable, os.path.join(BENCH, "fakeserver.py"),
             "--vms", str(self.vms)],
            stdout=subprocess.PIPE, universal_newlines=True, env=child_env())
        line = self.proc.stdout.readline()
        if not line.startswith("PORT "):
            self.proc.kill()
            raise RuntimeError("fake server did not start: %r" % line)
        self.port = int(line.split()[1])
        return self

    def url(self, latency_ms=0):
        prefix = "/lat/%d" % latency_ms if latency_ms else ""
        return "http://127.0.0.1:%d%s/v2/api" % (self.port, prefix)

    def __exit__(self, *exc):
        self.proc.terminate()
        try:
            self.proc.wait(10)
        except subprocess.TimeoutExpired:
            self.proc.kill()


# ------------------------------------------------------------- measuring --

def run_child(side, job, timeout):
    """Run one measurement in a fresh process; returns a metrics dict."""
    job = dict(job)
    name = job["workload"]
    if name == "startup":
        cmd = [side.python, "-I", "-c",
               workloads.startup_code(side.prefix, job["url"])]
    else:
        job["prefix"] = side.prefix
        cmd = [side.python, os.path.join(BENCH, "workloads.py"),
               json.dumps(job)]
    t0 = time.perf_counter()
    try:
        proc = subprocess.run(cmd, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, universal_newlines=True,
                              timeout=timeout, env=child_env(), cwd=BENCH)
    except subprocess.TimeoutExpired:
        return {"error": "timeout after %ds" % timeout}
    wall = time.perf_counter() - t0
    lines = [l for l in proc.stdout.splitlines() if l.startswith("RESULT ")]
    if not lines:
        tail = (proc.stderr.strip().splitlines() or ["no output"])[-1]
        return {"error": "exit %d: %s" % (proc.returncode, tail)}
    result = json.loads(lines[-1][len("RESULT "):])
    if name == "startup" and "error" not in result:
        result["wall_s"] = wall
    return result


def plan(args, server):
    """The measurements: (key, job) pairs; key names the table section."""
    n_small, n_big = (200, 1000) if args.quick else (2000, 10000)
    n_create = 100 if args.quick else 1000
    calls = 40 if args.quick else 200
    url = server.url()
    return [
        ("startup", {"workload": "startup", "url": url}),
        ("get_vms_small", {"workload": "get_vms", "url": url,
                           "count": n_small}),
        ("get_vms_big", {"workload": "get_vms", "url": url, "count": n_big}),
        ("touch", {"workload": "touch", "url": url, "count": n_big}),
        ("create_vm", {"workload": "create_vm", "url": url,
                       "count": n_create}),
        ("concurrency", {"workload": "concurrency",
                         "url": server.url(args.latency_ms), "calls": calls,
                         "per_call": 50, "threads": 8}),
    ]


def measure(args, sides, jobs):
    """{key: {side: {metric: [values...], "errors": [...]}}}, interleaved."""
    results = {}
    names = [n for n in SIDE_ORDER if n in sides]
    for rep in range(args.repeat):
        order = names[rep % len(names):] + names[:rep % len(names)]
        for key, job in jobs:
            if args.only and key.split("_")[0] not in args.only \
                    and key not in args.only:
                continue
            for name in order:
                side = sides[name]
                cell = results.setdefault(key, {}).setdefault(
                    name, {"errors": []})
                if side.error:
                    cell["errors"].append("side unavailable")
                    continue
                log("rep %d/%d %-13s %-5s" % (rep + 1, args.repeat, key, name))
                res = run_child(side, job, args.timeout)
                if "error" in res:
                    log("  error: %s" % res["error"])
                    cell["errors"].append(res["error"])
                    continue
                for metric, value in res.items():
                    cell.setdefault(metric, []).append(value)
    return results


def sizes(sides, bare_venv):
    """Installed sizes in MB: package dirs, and venv minus a bare venv."""
    out = {}
    bare = tree_size(bare_venv)
    for name, side in sides.items():
        if side.error:
            out[name] = {"errors": ["side unavailable"]}
            continue
        site = side.info["purelib"]
        pkg = sum(tree_size(os.path.join(site, d)) for d in side.package_dirs)
        out[name] = {"errors": [],
                     "package_mb": [pkg / 1e6],
                     "venv_mb": [(tree_size(side.venv) - bare) / 1e6]}
    return out


# ---------------------------------------------------------------- report --

# (section key, metric, label, unit, lower_is_better)
ROWS = [
    ("startup", "wall_s", "start-up: process wall time", "ms", True),
    ("startup", "startup_inproc_s", "start-up: imports + client, in-process",
     "ms", True),
    ("startup", "rss_mb", "start-up: peak RSS", "MB", True),
    ("get_vms_small", "seconds", "get_vms {small} VMs", "ms", True),
    ("get_vms_small", "held_mb", "get_vms {small} VMs: memory held", "MB",
     True),
    ("get_vms_big", "seconds", "get_vms {big} VMs", "ms", True),
    ("get_vms_big", "held_mb", "get_vms {big} VMs: memory held", "MB", True),
    ("get_vms_big", "peak_mb", "get_vms {big} VMs: peak traced memory", "MB",
     True),
    ("touch", "sum_memory_s", "sum vm.memory over {big}", "ms", True),
    ("touch", "cluster_names_s", "collect vm.cluster.name over {big}", "ms",
     True),
    ("touch", "to_dict_s", "to_dict() of {big} (floor: dict copy)", "ms",
     True),
    ("create_vm", "build_models_s",
     "create_vm: build {create} models (floor: dicts)", "ms", True),
    ("create_vm", "serialize_models_s",
     "create_vm: sanitize+json.dumps {create} models", "ms", True),
    ("create_vm", "serialize_dicts_s",
     "create_vm: sanitize+json.dumps {create} dicts", "ms", True),
    ("create_vm", "call_models_s", "create_vm call, {create} models", "ms",
     True),
    ("create_vm", "call_dicts_s", "create_vm call, {create} dicts", "ms",
     True),
    ("concurrency", "sequential_s", "{calls}x get_vms(50), sequential", "ms",
     True),
    ("concurrency", "async_s", "{calls}x get_vms(50), async_req pool_threads=8",
     "ms", True),
    ("concurrency", "speedup", "async speed-up over sequential", "x", False),
    ("concurrency", "cpu_per_call_seq_s", "client CPU per get_vms(50), sequential", "ms", True),
    ("concurrency", "cpu_per_call_async_s", "client CPU per get_vms(50), async_req", "ms", True),
    ("size", "package_mb", "installed package directory", "MB", True),
    ("size", "venv_mb", "venv minus bare venv", "MB", True),
]


def median(cell, metric):
    values = cell.get(metric) if cell else None
    return statistics.median(values) if values else None


def fmt_value(value, unit):
    if unit == "ms":
        value *= 1000.0
    if value >= 100:
        text = "%.0f" % value
    elif value >= 10:
        text = "%.1f" % value
    else:
        text = "%.2f" % value
    return "%s %s" % (text, unit) if unit != "x" else text + "x"


def fmt_cell(cell, metric, unit):
    value = median(cell, metric)
    if value is None:
        errors = cell.get("errors") if cell else None
        if errors and errors[0] == "side unavailable":
            return "unavailable"
        return "error: %s" % errors[0][:80] if errors else "n/a"
    text = fmt_value(value, unit)
    if cell.get("errors"):
        text += " (%d failed)" % len(cell["errors"])
    return text


def ratio(a, b):
    if a is None or b is None or b == 0:
        return "n/a"
    return "%.2fx" % (a / b)


def table(results, labels):
    lines = ["| workload | ours | peer | floor | ours/peer | ours/floor |",
             "| --- | ---: | ---: | ---: | ---: | ---: |"]
    for key, metric, label, unit, _ in ROWS:
        if key not in results:
            continue
        cells = results[key]
        vals = dict((s, median(cells.get(s), metric)) for s in SIDE_ORDER)
        lines.append("| %s | %s | %s | %s | %s | %s |" % (
            label.format(**labels),
            fmt_cell(cells.get("ours"), metric, unit),
            fmt_cell(cells.get("peer"), metric, unit),
            fmt_cell(cells.get("floor"), metric, unit),
            ratio(vals["ours"], vals["peer"]),
            ratio(vals["ours"], vals["floor"])))
    return lines


def targets(results):
    """(description, verdict, detail) for each target of the issue."""
    def get(key, side, metric):
        return median(results.get(key, {}).get(side), metric)

    checks = [
        ("start-up wall time <= 1/4 of peer",
         get("startup", "ours", "wall_s"), 0.25,
         get("startup", "peer", "wall_s")),
        ("start-up wall time <= 1.5x floor",
         get("startup", "ours", "wall_s"), 1.5,
         get("startup", "floor", "wall_s")),
        ("start-up peak RSS <= 1/3 of peer",
         get("startup", "ours", "rss_mb"), 1.0 / 3,
         get("startup", "peer", "rss_mb")),
        ("get_vms (2,000 VMs in a full run) <= 2x floor",
         get("get_vms_small", "ours", "seconds"), 2.0,
         get("get_vms_small", "floor", "seconds")),
        ("installed package size <= 1/4 of peer",
         get("size", "ours", "package_mb"), 0.25,
         get("size", "peer", "package_mb")),
    ]
    out = []
    for desc, ours, factor, ref in checks:
        if ours is None or ref is None:
            out.append((desc, "n/a", "missing data"))
        else:
            ok = ours <= factor * ref
            out.append((desc, "met" if ok else "missed",
                        "ours %.4g vs limit %.4g" % (ours, factor * ref)))
    speedup = get("concurrency", "ours", "speedup")
    if speedup is None:
        out.append(("async_req pool_threads=8 >= 5x faster than sequential",
                    "n/a", "missing data"))
    else:
        out.append(("async_req pool_threads=8 >= 5x faster than sequential",
                    "met" if speedup >= 5 else "missed",
                    "ours %.2fx; %s" % (speedup, concurrency_limit(get))))
    return out


def concurrency_limit(get):
    """What bounds the async speed-up on this machine, from the measured numbers.

    The calls' Python work (HTTP parsing, ``json.loads``) holds the GIL, so
    the async run cannot take less than calls x CPU per call of one core.
    """
    floor = get("concurrency", "floor", "speedup")
    parts = []
    if floor is not None:
        parts.append("the floor (urllib3 + json.loads, no SDK) reaches %.2fx here" % floor)
    seq = get("concurrency", "ours", "sequential_s")
    cpu = get("concurrency", "ours", "cpu_per_call_async_s")
    async_s = get("concurrency", "ours", "async_s")
    calls = get("concurrency", "ours", "calls")
    if seq and cpu and async_s and calls:
        calls = int(calls)
        busy = cpu * calls / async_s
        parts.append("the client spent %.2f ms of CPU per call in the async run: %d calls keep one core busy "
                     "%.0f%% of the %.2f s (the GIL lets one thread run Python at a time), %s; at that CPU cost the "
                     "client alone caps the speed-up near %.1fx"
                     % (cpu * 1e3, calls, 100 * busy, async_s,
                        "so the run is CPU-bound" if busy > 0.75 else "so latency, not CPU, dominates",
                        seq / (cpu * calls)))
    return "; ".join(parts) or "no analysis data"


def git_revision():
    """``<short sha>`` of the checkout, with ``+changes`` if the tree is dirty."""
    try:
        sha = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT,
                             stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                             universal_newlines=True).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "--",
                                "cloudtower_python_sdk", "setup.py"], cwd=ROOT,
                               stdout=subprocess.PIPE,
                               stderr=subprocess.DEVNULL,
                               universal_newlines=True).stdout.strip()
    except OSError:
        return "unknown"
    return (sha or "unknown") + ("+changes" if dirty else "")


def cpu_model():
    try:
        with open("/proc/cpuinfo") as fh:
            for line in fh:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def report(args, sides, results, labels):
    lines = ["# Performance: ours vs the peer SDK", "",
             "Generated by `%s` on %s." % (
                 args.command, datetime.datetime.now().strftime(
                     "%Y-%m-%d %H:%M")), "",
             "- machine: %d CPUs, %s, %s" % (os.cpu_count() or 0, cpu_model(),
                                            platform.platform()),
             "- each figure: median of %d runs, sides interleaved; start-up "
             "and every workload in a fresh process%s" % (
                 args.repeat, " (--quick sizes)" if args.quick else "")]
    revision = getattr(args, "revision", None) or git_revision()
    for name in SIDE_ORDER:
        side = sides.get(name)
        if side is None:
            continue
        if side.error:
            lines.append("- %s: unavailable (%s)" % (name, side.error[:200]))
            continue
        what = {"ours": "this checkout (`cloudtower_python_sdk`, %s)" %
                        revision,
                "peer": "`%s` (import `cloudtower`)" % PEER_REQUIREMENT,
                "floor": "urllib3 + json + dateutil, plain dicts"}[name]
        lines.append("- %s: %s %s; Python %s, urllib3 %s" % (
            name, what, side.info.get("version", ""), side.info["python"],
            side.info["urllib3"]))
    lines += ["", "## Results", ""] + table(results, labels)
    lines += ["", "## Targets", ""]
    for desc, verdict, detail in targets(results):
        lines.append("- %s: **%s** (%s)" % (desc, verdict, detail))
    lines += ["", "## Method", "",
              "- Responses come from a loopback `ThreadingHTTPServer` in a "
              "separate process serving precomputed bytes: %d VMs with every "
              "property of the 4.6.0 `Vm` schema filled (nested objects, "
              "lists of two)." % labels["big_n"],
              "- get_vms: one warm-up call of 1 VM, then one timed call; "
              "memory held = tracemalloc delta while the result is alive "
              "(measured on a second, untimed call). Floor: urllib3 POST + "
              "`json.loads`.",
              "- create_vm: the same request objects for every side; "
              "serialization is `ApiClient.sanitize_for_serialization` + "
              "`json.dumps` (floor: `json.dumps`), the call is one real "
              "`VmApi.create_vm` of all requests; the server answers `[]`.",
              "- concurrency: the server sleeps %d ms per request; the floor "
              "uses a `ThreadPoolExecutor(8)` around urllib3." %
              args.latency_ms,
              "- size: bytes of the installed package directories (floor: "
              "urllib3 + dateutil), and of the venv minus a bare venv.",
              "", "Reproduce: `%s`" % args.command, ""]
    return "\n".join(lines)


# ------------------------------------------------------------------ main --

def parse_args(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=None,
                        help="runs per figure (median); default 5, 3 quick")
    parser.add_argument("--quick", action="store_true",
                        help="small sizes for a fast sanity run")
    parser.add_argument("--sides", default="ours,peer",
                        help="comma list of ours,peer (floor always runs)")
    parser.add_argument("--only", default="",
                        help="comma list of workloads: startup,get,touch,"
                             "create,concurrency,size")
    parser.add_argument("--cache-dir", default=os.path.join(BENCH, ".venvs"))
    parser.add_argument("--python", default=sys.executable,
                        help="interpreter for the venvs")
    parser.add_argument("--no-install", action="store_true",
                        help="reuse the venvs as they are")
    parser.add_argument("--latency-ms", type=int, default=20)
    parser.add_argument("--timeout", type=int, default=1800)
    parser.add_argument("--output",
                        default=os.path.join(ROOT, "docs", "performance.md"))
    args = parser.parse_args(argv)
    if args.repeat is None:
        args.repeat = 3 if args.quick else 5
    args.only = [w for w in args.only.split(",") if w]
    args.command = "python3.11 benchmarks/run.py" + (
        " " + " ".join(argv if argv is not None else sys.argv[1:])
        if (argv if argv is not None else sys.argv[1:]) else "")
    return args


def prepare(args):
    """Create venvs and install; sides that fail carry their error."""
    wanted = [s for s in args.sides.split(",") if s] + ["floor"]
    sides = dict((n, s) for n, s in make_sides().items() if n in wanted)
    os.makedirs(args.cache_dir, exist_ok=True)
    bare = os.path.join(args.cache_dir, "bare")
    ensure_venv(bare, args.python, [], False)
    for name in SIDE_ORDER:
        side = sides.get(name)
        if side is None:
            continue
        side.venv = os.path.join(args.cache_dir, name)
        try:
            ensure_venv(side.venv, args.python, side.requirements,
                        side.always_reinstall, install=not args.no_install)
            dist = {"ours": dist_name_of_ours(), "peer": "cloudtower-sdk",
                    "floor": ""}[name]
            side.info = side_info(side, dist)
        except Exception as exc:  # keep going with the other sides
            side.error = "%s: %s" % (type(exc).__name__, exc)
            log("%s unavailable: %s" % (name, side.error))
    return sides, bare


def _stop(signum, _frame):
    raise SystemExit(128 + signum)  # unwinds, so the server is stopped


def main(argv=None):
    signal.signal(signal.SIGTERM, _stop)
    signal.signal(signal.SIGINT, signal.default_int_handler)
    args = parse_args(argv)
    args.revision = git_revision()  # what gets installed below, not what HEAD is when the run ends
    sides, bare = prepare(args)
    results = {}
    if not args.only or "size" in args.only:
        results["size"] = sizes(sides, bare)
    labels = {"small": "2,000", "big": "10,000", "create": "1,000",
              "calls": 200, "big_n": 10000}
    if args.quick:
        labels.update(small="200", big="1,000", create="100", calls=40,
                      big_n=1000)
    with FakeServer(labels["big_n"]) as server:
        results.update(measure(args, sides, plan(args, server)))
    text = report(args, sides, results, labels)
    print(text)
    if args.output:
        out_dir = os.path.dirname(os.path.abspath(args.output))
        os.makedirs(out_dir, exist_ok=True)
        with open(args.output, "w") as fh:
            fh.write(text)
        log("wrote %s" % args.output)
    return 0


if __name__ == "__main__":
    sys.exit(main())

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
import json
import os
import re
import signal
import subprocess
import sys
import time

BENCH = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(BENCH)
sys.path.insert(0, BENCH)
import workloads  # noqa: E402  (stdlib only; used for start-up code)

from report import PEER_REQUIREMENT, SIDE_ORDER, git_revision, report  # noqa: E402


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
    lines = [line.strip() for line in output.splitlines() if line.strip()
             and "is ignored: it is neither" not in line]
    telling = [line for line in lines
               if re.search(r"\w+Error\b|^ERROR:|No matching", line)]
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
    lines = [line for line in proc.stdout.splitlines() if line.startswith("RESULT ")]
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

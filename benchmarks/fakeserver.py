"""Loopback CloudTower stand-in serving precomputed bytes.

Routes (POST, any prefix before ``/v2/api`` is allowed):

* ``.../get-vms``   -> the first ``first`` VMs (default: all) of a precomputed
  list of fully populated ``Vm`` documents (see ``vmdata``).
* ``.../create-vm`` -> ``[]`` (the body is read and dropped).
* anything else     -> ``[]``.

A path starting with ``/lat/<ms>/`` sleeps ``<ms>`` milliseconds before
answering, so one threaded server can play both a fast and a slow API.

Run it as a separate process (``python fakeserver.py --vms 10000``; it prints
``PORT <n>`` once listening) or in-process with :func:`start_in_thread`.
Python 3.6 compatible, stdlib only.
"""
import argparse
import re
import sys
import threading
import time

try:
    from http.server import BaseHTTPRequestHandler, HTTPServer
    from socketserver import ThreadingMixIn
except ImportError:  # pragma: no cover - Python 2 is not supported
    raise

try:
    from . import vmdata
except (ImportError, ValueError, SystemError):
    import vmdata

_FIRST = re.compile(br'"first"\s*:\s*(\d+)')
_LATENCY = re.compile(r"^/lat/(\d+)(/.*)$")


class VmStore(object):
    """Per-VM encoded bytes plus a cache of joined arrays keyed by count."""

    def __init__(self, items):
        self.items = items
        self._cache = {}
        self._lock = threading.Lock()

    def body(self, first=None):
        n = len(self.items) if first is None else min(first, len(self.items))
        with self._lock:
            data = self._cache.get(n)
            if data is None:
                data = self._cache[n] = vmdata.join_items(self.items[:n])
        return data


class _Server(ThreadingMixIn, HTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 128


def _make_handler(store):
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        disable_nagle_algorithm = True  # no 40 ms delayed-ACK stalls

        def log_message(self, *args):  # keep benchmarks quiet
            pass

        def do_POST(self):
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else b""
            path = self.path.split("?", 1)[0]
            match = _LATENCY.match(path)
            if match:
                time.sleep(int(match.group(1)) / 1000.0)
                path = match.group(2)
            if path.endswith("/get-vms"):
                found = _FIRST.search(body)
                payload = store.body(int(found.group(1)) if found else None)
            else:
                payload = b"[]"
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(payload)))
            self.send_header("x-tower-request-id", "bench")
            self.end_headers()
            self.wfile.write(payload)

        do_GET = do_POST

    return Handler


def make_server(items, port=0):
    """An un-started server on 127.0.0.1:*port* serving *items* (VM bytes)."""
    return _Server(("127.0.0.1", port), _make_handler(VmStore(items)))


def start_in_thread(items, port=0):
    """Start a server in a daemon thread; returns ``(server, base_url)``.

    ``base_url`` ends with ``/v2/api``; call ``server.shutdown()`` and
    ``server.server_close()`` when done.
    """
    server = make_server(items, port)
    # serve_forever sees shutdown() only every poll_interval (0.5 s by default)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)
    thread.start()
    return server, "http://127.0.0.1:%d/v2/api" % server.server_address[1]


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--vms", type=int, default=10000)
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--spec", default=None)
    args = parser.parse_args(argv)
    items = vmdata.vm_list_items(vmdata.load_schemas(args.spec), args.vms)
    server = make_server(items, args.port)
    sys.stdout.write("PORT %d\n" % server.server_address[1])
    sys.stdout.flush()
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


if __name__ == "__main__":
    main()

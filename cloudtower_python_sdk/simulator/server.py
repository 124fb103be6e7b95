# coding: utf-8
"""The HTTP core: routing, auth, faults, body parsing and hygiene; the engine does the rest.

* Every operation of the SDK's metadata is routed under ``/v2/api``; the GraphQL
  endpoint ``/api`` beside it answers the ``authnStrategies`` query.
* Bodies are checked with the SDK's own serializer (``types.parse(body_type)
  .to_wire`` with wire names only), so the SDK and the simulator never
  disagree about what is valid; multipart bodies (the uploads) become a dict
  of their form fields, the file part as bytes.
* Hygiene: bodies over ``max_body`` bytes are a 413, JSON nested deeper than
  :data:`MAX_JSON_DEPTH` a 400, a wrong method a 405 (every error is a JSON
  ErrorBody, whatever the method), idle connections close after
  ``request_timeout`` seconds and at most ``max_threads`` requests run at once.
"""
import gzip
import json
import socket
import socketserver
import struct
import threading
import time
import uuid
from http.server import BaseHTTPRequestHandler, HTTPServer
from urllib.parse import parse_qs

from .. import types
from ..exceptions import ApiTypeError, ApiValueError
from . import faults as faults_module
from . import schema
from .errors import HttpError
from .forms import parse_multipart

PREFIX = "/v2/api"
GRAPHQL = "/api"
MAX_BODY = 32 * 1024 * 1024  # an upload piece is 8 MiB
MAX_JSON_DEPTH = 100
REQUEST_TIMEOUT = 30.0
MAX_THREADS = 128


class _Server(socketserver.ThreadingMixIn, HTTPServer):
    """A threading server with at most ``max_threads`` handler threads."""

    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 128

    def __init__(self, address, handler, max_threads=MAX_THREADS):
        HTTPServer.__init__(self, address, handler)
        self.stopping = threading.Event()  # set by stop(): hung requests give up
        self._slots = threading.BoundedSemaphore(max_threads)

    def process_request(self, request, client_address):
        while not self._slots.acquire(timeout=0.1):  # all threads busy: the next connection waits
            if self.stopping.is_set():
                self.shutdown_request(request)
                return
        try:
            socketserver.ThreadingMixIn.process_request(self, request, client_address)
        except BaseException:
            self._slots.release()
            raise

    def process_request_thread(self, request, client_address):
        try:
            socketserver.ThreadingMixIn.process_request_thread(self, request, client_address)
        finally:
            self._slots.release()


def make_server(engine, host="127.0.0.1", port=0, quiet=True, faults=None, max_body=MAX_BODY,
                request_timeout=REQUEST_TIMEOUT, max_threads=MAX_THREADS):
    """An HTTP server (not yet serving) for ``engine``; raises OSError when the address is taken."""
    handler = type("SimulatorHandler", (_Handler,), {
        "engine": engine, "quiet": quiet, "faults": faults if faults is not None else faults_module.Faults(),
        "max_body": max_body, "timeout": request_timeout})
    return _Server((host, port), handler, max_threads)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "CloudTowerSimulator/4.6.0"
    engine = None
    faults = None
    quiet = True
    max_body = MAX_BODY
    timeout = REQUEST_TIMEOUT  # socket timeout: an idle or half-open connection frees its thread

    def setup(self):
        BaseHTTPRequestHandler.setup(self)
        try:
            self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        except (OSError, AttributeError):
            pass

    def log_message(self, fmt, *args):
        if not self.quiet:
            BaseHTTPRequestHandler.log_message(self, fmt, *args)

    def do_GET(self):
        self._serve("GET")

    def do_POST(self):
        self._serve("POST")

    def do_PUT(self):
        self._serve("PUT")

    def do_DELETE(self):
        self._serve("DELETE")

    def do_PATCH(self):
        self._serve("PATCH")

    def do_OPTIONS(self):
        self._serve("OPTIONS")

    def do_HEAD(self):
        self._serve("HEAD")

    def send_error(self, code, message=None, explain=None):
        """Errors found by http.server itself (bad request line, unknown method...) as JSON too."""
        self.close_connection = True
        text = message or self.responses.get(code, ("Error",))[0]
        self._send(code, {"message": text, "status": code, "path": getattr(self, "path", "")})

    # -- one request -----------------------------------------------------------
    def _serve(self, method):
        raw, _, query = self.path.partition("?")
        headers = {}
        try:
            data = self._read_body()
            status, value, headers = self._route(method, raw, query, data)
        except HttpError as e:
            status, value = e.status, self._error_body(e, raw)
            if e.status == 429:
                headers = {"Retry-After": str(faults_module.RETRY_AFTER_SECONDS)}
            elif e.status == 405:
                headers = {"Allow": e.props.pop("allow")}
        except _Drop as e:
            self._drop(e.effect)
            return
        except Exception as e:  # a simulator bug: say so, do not hang up
            import traceback
            traceback.print_exc()
            status = 500
            value = {"message": "Simulator error: %s: %s" % (type(e).__name__, e), "status": 500, "path": raw}
        self._send(status, value, headers)

    def _error_body(self, e, raw):
        value = {"message": e.message, "status": e.status, "path": raw}
        if e.code:
            value["code"] = e.code
        if e.props:
            value["props"] = e.props
        op = schema.operations().get(raw[len(PREFIX):]) if raw.startswith(PREFIX) else None
        if op is not None:
            value["operationName"] = op.name
        return value

    def _send(self, status, value, headers=None):
        body = b"" if self.command == "HEAD" else json.dumps(
            value, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", "application/json; charset=utf-8")
        self.send_header("x-tower-request-id", uuid.uuid4().hex)
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        if len(body) > 4096 and "gzip" in (self.headers.get("Accept-Encoding") or ""):
            body = gzip.compress(body, 1)
            self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        if not hasattr(self, "_headers_buffer"):  # an HTTP/0.9 request line: no headers at all
            self.wfile.write(body)
            return
        # Headers and body in one write: two small writes on a kept-alive
        # connection meet the client's delayed ACK (40 ms per request).
        self._headers_buffer.append(b"\r\n")
        self._headers_buffer.append(body)
        self.flush_headers()

    def _drop(self, effect):
        """``reset``: drop the connection (RST); ``hang``: say nothing until the simulator stops."""
        self.close_connection = True
        if effect == "hang":
            self.server.stopping.wait()
        try:
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            self.connection.close()
        except OSError:
            pass

    def _read_body(self):
        """The request body: ``Content-Length`` bytes, or the chunks of ``Transfer-Encoding: chunked``."""
        encoding = (self.headers.get("Transfer-Encoding") or "").lower()
        if "chunked" in [e.strip() for e in encoding.split(",")]:
            return self._read_chunked()
        try:
            length = int(self.headers.get("Content-Length") or 0)
        except ValueError:
            self.close_connection = True
            raise HttpError(400, "Malformed Content-Length header: %r" % self.headers.get("Content-Length"))
        if length > self.max_body:
            self.close_connection = True  # the body stays unread
            raise HttpError(413, "Request body too large: %d bytes (the simulator takes at most %d)"
                            % (length, self.max_body))
        return self.rfile.read(length) if length > 0 else b""

    def _read_chunked(self):
        chunks, total = [], 0
        while True:
            line = self.rfile.readline(65537)
            try:
                size = int(line.split(b";", 1)[0].strip(), 16)
            except ValueError:
                self.close_connection = True
                raise HttpError(400, "Malformed chunked request body: bad chunk size %r" % line[:40])
            if size == 0:
                break
            total += size
            if total > self.max_body:
                self.close_connection = True
                raise HttpError(413, "Request body too large: over %d bytes (the simulator takes at most %d)"
                                % (self.max_body, self.max_body))
            chunk = self.rfile.read(size)
            if len(chunk) < size or self.rfile.readline(3) not in (b"\r\n", b"\n"):
                self.close_connection = True
                raise HttpError(400, "Malformed chunked request body: a chunk is cut short")
            chunks.append(chunk)
        while True:  # trailer fields, up to the empty line
            line = self.rfile.readline(65537)
            if line in (b"\r\n", b"\n", b""):
                break
        return b"".join(chunks)

    # -- routing ---------------------------------------------------------------
    def _route(self, method, raw, query, data):
        if raw == GRAPHQL:
            if method != "POST":
                raise _method_not_allowed(method, raw, "POST")
            return 200, self.engine.graphql(_parse_json(data)), None
        if not raw.startswith(PREFIX + "/"):
            raise HttpError(404, "Not found: %s (the API is under %s)" % (raw, PREFIX))
        op = schema.operations().get(raw[len(PREFIX):])
        if op is None:
            raise HttpError(404, "Not found: %s %s is not an operation of the CloudTower API" % (method, raw))
        if op.http_method != method:
            raise _method_not_allowed(method, raw, op.http_method)
        token = self.headers.get("Authorization")
        fault = self.faults.take(op.path[1:]) if self.faults is not None else None
        fail_tasks = self._apply_fault(fault, token)
        user_id = self.engine.authenticate(op, token)
        if op.name == "get_resource_changes":
            return 200, self.engine.resource_changes(parse_qs(query, keep_blank_values=True)), None
        body = self._body(op, data)
        status, value = self.engine.handle(op, body, user_id, fail_tasks=fail_tasks)
        return status, value, None

    def _apply_fault(self, fault, token):
        """Act on a fault before the request runs; True when its tasks are to fail."""
        if fault is None:
            return False
        effect = fault.effect
        if effect == "delay":
            time.sleep(fault.seconds)
        elif effect in ("reset", "hang"):
            raise _Drop(effect)
        elif effect == "revoke-token":
            self.engine.revoke_token(token)
            raise HttpError(401, "Unauthorized: the token was revoked (fault injected: %r)" % (fault,))
        elif isinstance(effect, int):
            raise HttpError(effect, "Fault injected by the simulator: %r" % (fault,))
        return effect == "task-fail"

    def _body(self, op, data):
        if op.content_type == "multipart/form-data":
            return parse_multipart(op, data, self.headers.get("Content-Type") or "")
        if not op.body_type:
            return None
        if not data.strip():
            if op.body_required:
                raise HttpError(400, "Missing the request body of %s: a %s" % (op.name, op.body_type))
            return None
        parsed = _parse_json(data)
        ctx = types.WireContext(validate=True, attribute_names=False, what=op.name)
        try:
            return types.parse(op.body_type).to_wire(parsed, ctx, [])
        except (ApiTypeError, ApiValueError) as e:
            raise HttpError(400, str(e), props={"path": [p for p in (e.path_to_item or [])]})
        except RecursionError:
            raise HttpError(400, "The JSON body is nested too deeply")


class _Drop(Exception):
    """Answer nothing: drop (``reset``) or hold (``hang``) the connection."""

    def __init__(self, effect):
        Exception.__init__(self, effect)
        self.effect = effect


def _method_not_allowed(method, raw, allowed):
    return HttpError(405, "Method not allowed: %s %s (use %s)" % (method, raw, allowed), props={"allow": allowed})


def _parse_json(data):
    try:
        value = json.loads(data.decode("utf-8"))
    except RecursionError:
        raise HttpError(400, "Malformed JSON body: nested deeper than %d levels" % MAX_JSON_DEPTH)
    except (ValueError, UnicodeDecodeError) as e:
        raise HttpError(400, "Malformed JSON body: %s" % e)
    if _depth(value) > MAX_JSON_DEPTH:
        raise HttpError(400, "Malformed JSON body: nested deeper than %d levels" % MAX_JSON_DEPTH)
    return value


def _depth(value):
    """How deeply ``value`` nests lists and objects (iterative: no recursion limit)."""
    deepest, stack = 0, [(value, 1)]
    while stack:
        v, d = stack.pop()
        if isinstance(v, dict):
            v = list(v.values())
        if isinstance(v, list):
            deepest = max(deepest, d)
            if d <= MAX_JSON_DEPTH:
                stack.extend((x, d + 1) for x in v if isinstance(x, (dict, list)))
    return deepest


class ServerThread(object):
    """Runs a server in a daemon thread, plus the task ticker."""

    def __init__(self, engine, host="127.0.0.1", port=0, quiet=True, faults=None):
        self.engine = engine
        self.httpd = make_server(engine, host, port, quiet, faults)
        self.host, self.port = self.httpd.server_address[:2]
        self._stop = threading.Event()
        self._threads = []

    @property
    def url(self):
        return "http://%s:%d%s" % (self.host, self.port, PREFIX)

    def start(self):
        t = threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.02},
                             name="cloudtower-simulator", daemon=True)
        t.start()
        ticker = threading.Thread(target=self._tick, name="cloudtower-simulator-tasks", daemon=True)
        ticker.start()
        self._threads = [t, ticker]
        return self

    def _tick(self):
        interval = max(0.01, min(0.1, self.engine.task_seconds / 5.0))
        while not self._stop.wait(interval):
            with self.engine.lock:
                self.engine.settle()

    def stop(self):
        self._stop.set()
        self.httpd.stopping.set()
        self.httpd.shutdown()
        self.httpd.server_close()
        for t in self._threads:
            t.join(2)

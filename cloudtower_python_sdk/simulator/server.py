# coding: utf-8
"""The HTTP side: routes every operation of the SDK's metadata, checks auth and bodies.

Bodies are checked with the SDK's own serializer (``types.parse(body_type)
.to_wire`` with wire names only), so the SDK and the simulator never
disagree about what is valid.
"""
import gzip
import json
import socket
import socketserver
import threading
import uuid
from http.server import BaseHTTPRequestHandler, HTTPServer

from .. import types
from ..exceptions import ApiTypeError, ApiValueError
from . import schema
from .engine import HttpError

PREFIX = "/v2/api"


class _Server(socketserver.ThreadingMixIn, HTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 128


def make_server(engine, host="127.0.0.1", port=0, quiet=True):
    """An HTTP server (not yet serving) for ``engine``."""
    handler = type("SimulatorHandler", (_Handler,), {"engine": engine, "quiet": quiet})
    return _Server((host, port), handler)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "CloudTowerSimulator/4.6.0"
    engine = None
    quiet = True

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

    def _serve(self, method):
        request_id = uuid.uuid4().hex
        raw = self.path.split("?", 1)[0]
        try:
            data = self._read_body()
            status, value = self._answer(method, raw, data)
        except HttpError as e:
            status = e.status
            value = {"message": e.message, "status": e.status, "path": raw}
            if e.code:
                value["code"] = e.code
            if e.props:
                value["props"] = e.props
            op = schema.operations().get(raw[len(PREFIX):]) if raw.startswith(PREFIX) else None
            if op is not None:
                value["operationName"] = op.name
        except Exception as e:  # a simulator bug: say so, do not hang up
            import traceback
            traceback.print_exc()
            status = 500
            value = {"message": "Simulator error: %s: %s" % (type(e).__name__, e), "status": 500, "path": raw}
        body = json.dumps(value, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", "application/json; charset=utf-8")
        self.send_header("x-tower-request-id", request_id)
        if len(body) > 4096 and "gzip" in (self.headers.get("Accept-Encoding") or ""):
            body = gzip.compress(body, 1)
            self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        # Headers and body in one write: two small writes on a kept-alive
        # connection meet the client's delayed ACK (40 ms per request).
        self._headers_buffer.append(b"\r\n")
        self._headers_buffer.append(body)
        self.flush_headers()

    def _read_body(self):
        """The request body: ``Content-Length`` bytes, or the chunks of ``Transfer-Encoding: chunked``."""
        encoding = (self.headers.get("Transfer-Encoding") or "").lower()
        if "chunked" in [e.strip() for e in encoding.split(",")]:
            chunks = []
            while True:
                line = self.rfile.readline(65537)
                try:
                    size = int(line.split(b";", 1)[0].strip(), 16)
                except ValueError:
                    self.close_connection = True
                    raise HttpError(400, "Malformed chunked request body: bad chunk size %r" % line[:40])
                if size == 0:
                    break
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
        try:
            length = int(self.headers.get("Content-Length") or 0)
        except ValueError:
            self.close_connection = True
            raise HttpError(400, "Malformed Content-Length header: %r" % self.headers.get("Content-Length"))
        return self.rfile.read(length) if length > 0 else b""

    def _answer(self, method, raw, data):
        if not raw.startswith(PREFIX + "/"):
            raise HttpError(404, "Not found: %s (the API is under %s)" % (raw, PREFIX))
        path = raw[len(PREFIX):]
        op = schema.operations().get(path)
        if op is None:
            raise HttpError(404, "Not found: %s %s is not an operation of the CloudTower API" % (method, raw))
        if op.http_method != method:
            raise HttpError(404, "Not found: %s %s (use %s)" % (method, raw, op.http_method))
        engine = self.engine
        token = self.headers.get("Authorization")
        user_id = engine.authenticate(op, token)
        body = None
        if op.content_type == "multipart/form-data":
            raise HttpError(501, "The simulator does not simulate %s (%s %s): file uploads are not simulated"
                            % (op.name, op.http_method, op.path))
        if op.body_type:
            if not data.strip():
                if op.body_required:
                    raise HttpError(400, "Missing the request body of %s: a %s" % (op.name, op.body_type))
            else:
                try:
                    parsed = json.loads(data.decode("utf-8"))
                except (ValueError, UnicodeDecodeError) as e:
                    raise HttpError(400, "Malformed JSON body: %s" % e)
                ctx = types.WireContext(validate=True, attribute_names=False, what=op.name)
                try:
                    body = types.parse(op.body_type).to_wire(parsed, ctx, [])
                except (ApiTypeError, ApiValueError) as e:
                    raise HttpError(400, str(e), props={"path": [p for p in (e.path_to_item or [])]})
        return engine.handle(op, body, user_id)


class ServerThread(object):
    """Runs a server in a daemon thread, plus the task ticker."""

    def __init__(self, engine, host="127.0.0.1", port=0, quiet=True):
        self.engine = engine
        self.httpd = make_server(engine, host, port, quiet)
        self.host, self.port = self.httpd.server_address[:2]
        self._stop = threading.Event()
        self._threads = []

    @property
    def url(self):
        return "http://%s:%d%s" % (self.host, self.port, PREFIX)

    def start(self):
        t = threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.1},
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
        self.httpd.shutdown()
        self.httpd.server_close()
        for t in self._threads:
            t.join(2)


def free_port(host="127.0.0.1"):
    s = socket.socket()
    s.bind((host, 0))
    port = s.getsockname()[1]
    s.close()
    return port

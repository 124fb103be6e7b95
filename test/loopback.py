# coding: utf-8
"""A loopback HTTP(S) server and a forward proxy, for transport tests (the test PKI is in loopback_pki.py).

Standard library (plus ``six``) only; works on Python 2.7 and 3.x.

Example::

    with LoopbackServer() as srv:
        srv.add("/v2/api/get-vms", body=[{"id": "vm-1"}])
        srv.add("/v2/api/get-vms", status=503, times=2)      # queued before the default
        ...
        req = srv.requests[0]        # .method .path .query .headers .body .client_port

    pki = TestPKI(tmpdir)            # loopback_pki.py: CA, server cert (127.0.0.1/localhost), client cert
    with LoopbackServer(tls=pki, require_client_cert=True) as srv:
        ...

    with LoopbackProxy() as proxy:   # http://127.0.0.1:<port>; absolute-URI requests and CONNECT
        ...

Faults, for the reliability tests (each bounded: nothing outlives ``stop()``)::

    srv.drop_connections(1)                        # reset before the request is read
    srv.add(path, drop=True, times=1)              # reset after the request was read
    srv.add(path, hang=True)                       # read the request, never answer
    srv.add(path, gate=event)                      # answer once event is set
    srv.add(path, body=b"x" * 1000, trickle=0.05)  # headers, then one byte every 0.05 s
    srv.add(path, body=big, chunked=True)          # no Content-Length
    closed_port()                                  # a port where connections are refused
"""
import gzip
import io
import json
import os
import select
import socket
import ssl
import threading
import time

import six
from six.moves import BaseHTTPServer, socketserver
from six.moves import http_client
from six.moves.urllib.parse import parse_qs, urlsplit

__all__ = ["LoopbackServer", "LoopbackProxy", "Recorded", "Response", "closed_port"]

HANG_LIMIT = 30  # seconds: a hanging answer ends at stop() or after this, whichever comes first


# -- recorded requests and scripted answers ----------------------------------
class Recorded(object):
    """One request the server (or proxy) received."""

    def __init__(self, method, target, headers, body, client_address, connection_id, peer_cert=None):
        self.method = method
        self.target = target                    # as on the request line (absolute URI at a proxy)
        parts = urlsplit(target)
        self.path = parts.path
        self.raw_query = parts.query
        self.query = dict((k, v[0] if len(v) == 1 else v)
                          for k, v in parse_qs(parts.query, keep_blank_values=True).items())
        self.headers = headers                  # {lower-case name: value}
        self.header_names = list(getattr(headers, "names", []))  # every header line's name, repeats kept
        self.body = body                        # bytes
        self.client_port = client_address[1]
        self.connection_id = connection_id      # the n-th connection served (dropped ones not counted)
        self.peer_cert = peer_cert              # the client certificate (dict) under mutual TLS
        self.received_at = time.time()

    def header(self, name, default=None):
        return self.headers.get(name.lower(), default)

    def json(self):
        return json.loads(self.body.decode("utf-8"))

    def __repr__(self):
        return "<Recorded %s %s>" % (self.method, self.target)


class Response(object):
    """A scripted answer.

    :param body: JSON-serializable (sent as JSON) or bytes / text (sent as is).
    :param delay: seconds to wait before answering.
    :param gzip: compress the body and send ``Content-Encoding: gzip``.
    :param drop: close the connection without answering.
    :param hang: never answer (until the server stops).
    :param gate: a ``threading.Event``: answer once it is set (or the server stops).
    :param trickle: send the body one byte every ``trickle`` seconds.
    :param chunked: send the body with ``Transfer-Encoding: chunked`` (no ``Content-Length``).
    """

    def __init__(self, status=200, body=None, headers=None, delay=0, gzip=False, reason=None, drop=False,
                 hang=False, trickle=0, chunked=False, gate=None):
        self.status = status
        self.body = body
        self.headers = dict(headers or {})
        self.delay = delay
        self.gzip = gzip
        self.reason = reason
        self.drop = drop
        self.hang = hang
        self.trickle = trickle
        self.chunked = chunked
        self.gate = gate

    def payload(self):
        """(body bytes, headers) as sent."""
        headers = dict(self.headers)
        body = self.body
        if isinstance(body, six.text_type):
            body = body.encode("utf-8")
        elif not isinstance(body, bytes):
            body = json.dumps(body).encode("utf-8")
            headers.setdefault("Content-Type", "application/json; charset=utf-8")
        if self.gzip:
            buf = io.BytesIO()
            with gzip.GzipFile(fileobj=buf, mode="wb") as f:
                f.write(body)
            body = buf.getvalue()
            headers["Content-Encoding"] = "gzip"
        if self.chunked:
            headers["Transfer-Encoding"] = "chunked"
        else:
            headers["Content-Length"] = str(len(body))
        return body, headers


def _read_body(handler):
    length = handler.headers.get("Content-Length")
    if length:
        return handler.rfile.read(int(length))
    if handler.headers.get("Transfer-Encoding", "").lower() == "chunked":
        chunks = []
        while True:
            size = int(handler.rfile.readline().split(b";")[0].strip(), 16)
            if size == 0:
                handler.rfile.readline()
                break
            chunks.append(handler.rfile.read(size))
            handler.rfile.readline()
        return b"".join(chunks)
    return b""


def _close(sock):
    try:
        sock.shutdown(socket.SHUT_RDWR)
    except (socket.error, OSError, ValueError):
        pass
    try:
        sock.close()
    except (socket.error, OSError):
        pass


def _headers_dict(message):
    headers = _Headers((k.lower(), v) for k, v in message.items())
    headers.names = [k.lower() for k in message.keys()]
    return headers


class _Headers(dict):
    """{lower-case name: value}, plus ``names``: each header line's name, repeats included."""


class _BaseHandler(BaseHTTPServer.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"   # keep-alive
    timeout = 10                    # an idle keep-alive connection is closed after this
    # Headers and body leave in separate writes: with Nagle's algorithm the body waits for the
    # client's delayed ACK (~40 ms a request on loopback).
    disable_nagle_algorithm = True

    def log_message(self, *args):
        pass


class _ServerBase(socketserver.ThreadingMixIn, BaseHTTPServer.HTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 64

    def __init__(self, handler):
        BaseHTTPServer.HTTPServer.__init__(self, ("127.0.0.1", 0), handler)
        self._open = set()
        self._open_lock = threading.Lock()
        self.connections = 0
        self.closed_connections = 0

    def shutdown_request(self, request):
        BaseHTTPServer.HTTPServer.shutdown_request(self, request)
        with self._open_lock:
            self.closed_connections += 1    # counted once the socket is closed: clients see it at once

    def handle_error(self, request, client_address):
        # Clients that time out or reject our certificate are part of the tests;
        # LOOPBACK_DEBUG=1 shows the tracebacks.
        if os.environ.get("LOOPBACK_DEBUG"):
            BaseHTTPServer.HTTPServer.handle_error(self, request, client_address)

    def track(self, sock, add):
        with self._open_lock:
            (self._open.add if add else self._open.discard)(sock)

    def close_all(self):
        with self._open_lock:
            socks, self._open = list(self._open), set()
        for s in socks:
            _close(s)


class _Runner(object):
    """Start/stop a server in a thread; a context manager."""

    def _start(self):
        # serve_forever checks for shutdown() every poll_interval: a short one makes stop() quick.
        self._thread = threading.Thread(target=self._httpd.serve_forever, kwargs={"poll_interval": 0.005})
        self._thread.daemon = True
        self._thread.start()

    @property
    def port(self):
        return self._httpd.server_address[1]

    def stop(self):
        stopping = getattr(self, "_stopping", None)
        if stopping is not None:
            stopping.set()      # hanging and trickling answers end
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
            self._httpd.close_all()
            self._thread.join(5)
            self._httpd = None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.stop()


# -- the server -----------------------------------------------------------------
class _Handler(_BaseHandler):

    def setup(self):
        srv = self.server
        owner = srv.owner
        with owner._lock:
            srv.connections += 1
            self.connection_id = srv.connections
        srv.track(self.request, True)
        self.timeout = owner.idle_timeout
        self.peer_cert = None
        if owner.tls is not None:
            self.request.settimeout(5)
            raw = self.request
            try:
                self.request = owner._ssl_context.wrap_socket(self.request, server_side=True)
            except (ssl.SSLError, socket.error, OSError) as e:
                with owner._lock:
                    owner.tls_failures.append(str(e))
                srv.track(self.request, False)
                raise
            srv.track(raw, False)
            srv.track(self.request, True)
            self.peer_cert = self.request.getpeercert() or None
        BaseHTTPServer.BaseHTTPRequestHandler.setup(self)

    def finish(self):
        try:
            BaseHTTPServer.BaseHTTPRequestHandler.finish(self)
        finally:
            self.server.track(self.request, False)
            if self.server.owner.tls is not None:
                _close(self.request)    # socketserver only closes the unwrapped socket

    def _handle(self):
        owner = self.server.owner
        body = _read_body(self)
        rec = Recorded(self.command, self.path, _headers_dict(self.headers), body, self.client_address,
                       self.connection_id, self.peer_cert)
        with owner._lock:
            owner.requests.append(rec)
        resp = owner._next_response(rec)
        if resp.delay:
            owner._stopping.wait(resp.delay)
        if resp.gate is not None:
            while not (resp.gate.wait(0.01) or owner._stopping.is_set()):
                pass
        if resp.hang:
            owner._stopping.wait(HANG_LIMIT)
        if resp.drop or resp.hang:
            self.close_connection = True
            _close(self.request)
            return
        payload, headers = resp.payload()
        if resp.reason is not None:
            self.send_response(resp.status, resp.reason)
        else:
            self.send_response(resp.status)
        for k, v in headers.items():
            self.send_header(k, v)
        self.end_headers()
        if self.command == "HEAD":
            pass
        elif resp.trickle:
            self._trickle(payload, resp.trickle)
        elif resp.chunked:
            for start in range(0, len(payload), 65536):
                piece = payload[start:start + 65536]
                self.wfile.write(b"%x\r\n" % len(piece) + piece + b"\r\n")
            self.wfile.write(b"0\r\n\r\n")
        else:
            self.wfile.write(payload)
        self.wfile.flush()

    def _trickle(self, payload, interval):
        owner = self.server.owner
        self.close_connection = True
        for i in range(len(payload)):
            if owner._stopping.is_set():
                return
            try:
                self.wfile.write(payload[i:i + 1])
                self.wfile.flush()
            except (socket.error, OSError):
                return      # the client gave up: what the tests expect
            with owner._lock:
                owner.trickled += 1
            time.sleep(interval)

    do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = do_HEAD = _handle


class LoopbackServer(_Runner):
    """A threaded HTTP (or HTTPS) server on 127.0.0.1 that records requests.

    :param tls: a :class:`TestPKI` to serve HTTPS with.
    :param server_cert: which certificate of ``tls``: "server" (127.0.0.1 and
        localhost) or "wrong_name" (neither).
    :param require_client_cert: ask for and verify a client certificate.
    :param default: the :class:`Response` when no scripted one applies
        (default: 200 with ``[]``).
    :param idle_timeout: seconds after which an idle keep-alive connection is closed.
    """

    def __init__(self, tls=None, server_cert="server", require_client_cert=False, default=None, idle_timeout=10):
        self._lock = threading.Lock()
        self.idle_timeout = idle_timeout
        self.requests = []
        self.tls_failures = []
        self.tls = tls
        self._scripts = {}      # path -> [[Response, times left or None (forever)], ...]
        self._responders = []
        self._drop_connections = 0
        self.dropped_connections = 0
        self.trickled = 0                   # body bytes sent by trickling answers
        self._stopping = threading.Event()
        self.default = default or Response(200, [])
        if tls is not None:
            ctx = ssl.SSLContext(getattr(ssl, "PROTOCOL_TLS_SERVER", ssl.PROTOCOL_SSLv23))
            ctx.load_cert_chain(tls.cert(server_cert), tls.key(server_cert))
            if require_client_cert:
                ctx.verify_mode = ssl.CERT_REQUIRED
                ctx.load_verify_locations(tls.ca_cert)
            self._ssl_context = ctx
        self._httpd = _ServerBase(_Handler)
        self._httpd.owner = self
        self._httpd.verify_request = self._verify_request
        self._start()

    @property
    def closed_connections(self):
        """How many connections the server has closed (idle, dropped or answered with close)."""
        return self._httpd.closed_connections if self._httpd is not None else None

    # -- addresses ------------------------------------------------------
    @property
    def scheme(self):
        return "https" if self.tls is not None else "http"

    def url(self, hostname="127.0.0.1"):
        return "%s://%s:%d" % (self.scheme, hostname, self.port)

    def api_host(self, hostname="127.0.0.1"):
        """The SDK's ``Configuration.host``: ``<url>/v2/api``."""
        return self.url(hostname) + "/v2/api"

    # -- scripting ------------------------------------------------------
    def add(self, path, status=200, body=None, headers=None, delay=0, gzip=False, reason=None, times=None,
            drop=False, hang=False, trickle=0, chunked=False, gate=None):
        """Answer requests to ``path`` (e.g. "/v2/api/get-vms").

        With ``times=n`` the answer is used for the next n requests to that path,
        then the next scripted one (or the default) applies; answers are used
        in the order they were added.
        """
        resp = Response(status, [] if body is None else body, headers, delay, gzip, reason, drop, hang, trickle,
                        chunked, gate)
        with self._lock:
            self._scripts.setdefault(path, []).append([resp, times])
        return resp

    def respond_with(self, func):
        """``func(recorded) -> Response or None``, asked before the scripts."""
        self._responders.append(func)

    def drop_connections(self, n):
        """Close the next ``n`` accepted connections at once, without answering."""
        with self._lock:
            self._drop_connections = n

    def reset(self):
        with self._lock:
            del self.requests[:]
            del self.tls_failures[:]
            self._scripts.clear()
            del self._responders[:]
            self._drop_connections = 0
            self.dropped_connections = 0

    def _verify_request(self, request, client_address):
        with self._lock:
            if self._drop_connections > 0:
                self._drop_connections -= 1
                self.dropped_connections += 1
                return False
        return True

    def _next_response(self, rec):
        for func in list(self._responders):
            resp = func(rec)
            if resp is not None:
                return resp
        with self._lock:
            queue = self._scripts.get(rec.path) or []
            while queue:
                entry = queue[0]
                if entry[1] is None:
                    return entry[0]
                if entry[1] > 0:
                    entry[1] -= 1
                    if entry[1] == 0:
                        queue.pop(0)
                    return entry[0]
                queue.pop(0)
        return self.default

    def paths(self):
        return [r.path for r in self.requests]


def closed_port():
    """A loopback port nothing listens on: connecting to it is refused."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()
    return port


# -- the forward proxy ------------------------------------------------------------
_HOP_BY_HOP = ("connection", "keep-alive", "proxy-authorization", "proxy-connection", "te", "trailers",
               "transfer-encoding", "upgrade")


class _ProxyHandler(_BaseHandler):

    def setup(self):
        self.server.track(self.request, True)
        BaseHTTPServer.BaseHTTPRequestHandler.setup(self)

    def finish(self):
        try:
            BaseHTTPServer.BaseHTTPRequestHandler.finish(self)
        finally:
            self.server.track(self.request, False)

    def _record(self, body):
        owner = self.server.owner
        rec = Recorded(self.command, self.path, _headers_dict(self.headers), body, self.client_address, 0)
        with owner._lock:
            owner.requests.append(rec)
        return rec

    def _forward(self):
        body = _read_body(self)
        self._record(body)
        parts = urlsplit(self.path)
        if parts.scheme != "http" or not parts.hostname:
            self.send_error(400, "absolute http:// URI expected")
            return
        conn = http_client.HTTPConnection(parts.hostname, parts.port or 80, timeout=10)
        headers = dict((k, v) for k, v in self.headers.items() if k.lower() not in _HOP_BY_HOP)
        target = parts.path + ("?" + parts.query if parts.query else "")
        try:
            conn.request(self.command, target, body=body or None, headers=headers)
            upstream = conn.getresponse()
            data = upstream.read()
        except (socket.error, OSError, http_client.HTTPException) as e:
            self.send_error(502, "upstream failed: %s" % e)
            return
        finally:
            conn.close()
        self.send_response(upstream.status, upstream.reason)
        for k, v in upstream.getheaders():
            if k.lower() not in _HOP_BY_HOP and k.lower() != "content-length":
                self.send_header(k, v)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = _forward

    def do_CONNECT(self):
        self._record(b"")
        host, _, port = self.path.rpartition(":")
        try:
            upstream = socket.create_connection((host, int(port)), timeout=10)
        except (socket.error, OSError, ValueError):
            self.send_error(502, "cannot reach %s" % self.path)
            return
        self.send_response(200, "Connection established")
        self.end_headers()
        self.wfile.flush()
        self.close_connection = True
        client = self.connection
        try:
            socks = [client, upstream]
            while True:
                readable, _, _ = select.select(socks, [], [], 10)
                if not readable:
                    break
                for s in readable:
                    data = s.recv(65536)
                    if not data:
                        return
                    (upstream if s is client else client).sendall(data)
        except (socket.error, OSError):
            pass
        finally:
            upstream.close()


class LoopbackProxy(_Runner):
    """An HTTP forward proxy on 127.0.0.1: absolute-URI requests (forwarded) and CONNECT (tunnelled).

    ``requests`` records what reached the proxy, ``Proxy-Authorization`` included.
    """

    def __init__(self):
        self._lock = threading.Lock()
        self.requests = []
        self._httpd = _ServerBase(_ProxyHandler)
        self._httpd.owner = self
        self._start()

    @property
    def url(self):
        return "http://127.0.0.1:%d" % self.port


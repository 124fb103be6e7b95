# coding: utf-8
"""python -m cloudtower_python_sdk.simulator [--host H] [--port P] [--seed N] [--vms N] [--task-seconds S]
[--state FILE] [--fault OPS:EFFECT[:COUNT]]... [--change-retention N]"""
import argparse
import errno
import signal
import socket
import sys
import threading


def _fault(text):
    from .faults import as_fault
    try:
        return as_fault(text)
    except ValueError as e:
        raise argparse.ArgumentTypeError(str(e))


def _port(text):
    try:
        port = int(text)
    except ValueError:
        port = -1
    if not 0 <= port <= 65535:
        raise argparse.ArgumentTypeError("a port is a number from 0 to 65535 (0: a free one), got %r" % text)
    return port


def _parser():
    from .changes import DEFAULT_RETENTION
    parser = argparse.ArgumentParser(
        prog="python -m cloudtower_python_sdk.simulator",
        description="A local CloudTower 4.6.0 API server with a generated world, for tests and examples. "
                    "Log in as root/root (LOCAL) or ldap-user/ldap (LDAP, or AUTHN with the LDAP strategy).")
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on (default: %(default)s)")
    parser.add_argument("--port", type=_port, default=8090,
                        help="port to listen on; 0 picks a free one (default: %(default)s)")
    parser.add_argument("--seed", type=int, default=0, help="seed of the generated world (default: %(default)s)")
    parser.add_argument("--vms", type=int, default=None, help="number of VMs in the world (default: 48)")
    parser.add_argument("--task-seconds", type=float, default=0.5,
                        help="how long each task takes, PENDING -> EXECUTING -> SUCCESSED; 0 ends tasks at once "
                             "(default: %(default)s)")
    parser.add_argument("--state", default=None, metavar="FILE",
                        help="load the world from FILE if it exists (instead of generating it); journal every "
                             "settled change to FILE.journal, and write FILE whole on exit")
    parser.add_argument("--fault", action="append", default=[], type=_fault, metavar="OPS:EFFECT[:COUNT]",
                        help="make matching requests fail: OPS a glob over the path without /v2/api (get-vms, "
                             "start-*, *); EFFECT 500/502/503/504/429, reset, hang, delay=SECONDS, task-fail or "
                             "revoke-token; COUNT how many requests (default 1, * for all). Repeatable")
    parser.add_argument("--change-retention", type=int, default=DEFAULT_RETENTION, metavar="N",
                        help="how many resource-change events GET /resource-changes keeps (default: %(default)s)")
    parser.add_argument("--verbose", action="store_true", help="log every request")
    return parser


def _listen_error(host, port, e):
    if e.errno == errno.EADDRINUSE:
        reason = "the address is already in use (pick another --port, or 0 for a free one)"
    else:
        reason = "%s (check --host)" % (e.strerror or e)
    return "error: cannot listen on %s:%d: %s\n" % (host, port, reason)


def _check_address(host, port):
    """Fail before building a big world when the address cannot be bound (the real bind comes later)."""
    probe = socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET)
    try:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        probe.bind((host, port))
    finally:
        probe.close()


def main(argv=None):
    args = _parser().parse_args(argv)
    from . import Engine, ServerThread
    from .faults import Faults
    from .persistence import StateError
    try:
        _check_address(args.host, args.port)
        engine = Engine(seed=args.seed, vms=args.vms, task_seconds=args.task_seconds, state=args.state,
                        change_retention=args.change_retention)
        server = ServerThread(engine, args.host, args.port, quiet=not args.verbose, faults=Faults(args.fault)).start()
    except (StateError, ValueError) as e:
        sys.stderr.write("error: %s\n" % e)
        return 2
    except OSError as e:
        sys.stderr.write(_listen_error(args.host, args.port, e))
        return 2
    stop = threading.Event()

    def on_signal(signum, frame):
        stop.set()
    signal.signal(signal.SIGINT, on_signal)
    signal.signal(signal.SIGTERM, on_signal)
    print("CloudTower simulator listening on %s" % server.url)
    sys.stdout.flush()
    try:
        while not stop.wait(0.2):
            pass
    finally:
        server.stop()
        engine.close()
        if args.state:
            print("World saved to %s" % args.state)
        print("CloudTower simulator stopped")
        sys.stdout.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())

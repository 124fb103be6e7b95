# coding: utf-8
"""python -m cloudtower_python_sdk.simulator [--host H] [--port P] [--seed N] [--vms N] [--task-seconds S] [--state FILE]"""
import argparse
import json
import os
import signal
import sys
import threading


def main(argv=None):
    parser = argparse.ArgumentParser(
        prog="python -m cloudtower_python_sdk.simulator",
        description="A local CloudTower 4.6.0 API server with a seeded world, for tests and examples. "
                    "Log in as root/root (LOCAL) or ldap-user/ldap (LDAP).")
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on (default: %(default)s)")
    parser.add_argument("--port", type=int, default=8090, help="port to listen on; 0 picks a free one (default: %(default)s)")
    parser.add_argument("--seed", type=int, default=0, help="seed of the generated world (default: %(default)s)")
    parser.add_argument("--vms", type=int, default=None, help="number of VMs in the world (default: 48)")
    parser.add_argument("--task-seconds", type=float, default=0.5,
                        help="how long each task takes, PENDING -> EXECUTING -> SUCCESSED (default: %(default)s)")
    parser.add_argument("--state", default=None, metavar="FILE",
                        help="load the world from FILE if it exists (instead of generating it), save it there on exit")
    parser.add_argument("--verbose", action="store_true", help="log every request")
    args = parser.parse_args(argv)

    from . import Engine, ServerThread
    data = None
    if args.state and os.path.exists(args.state):
        with open(args.state) as f:
            data = json.load(f)
    engine = Engine(seed=args.seed, vms=args.vms, task_seconds=args.task_seconds, state=data)
    server = ServerThread(engine, args.host, args.port, quiet=not args.verbose).start()
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
        if args.state:
            engine.save(args.state)
            print("World saved to %s" % args.state)
        print("CloudTower simulator stopped")
        sys.stdout.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())

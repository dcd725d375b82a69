"""Runs `python3 ARGS…` in the worker's Python server (python_server.py), which forks it with openpyxl already
imported; where the server cannot be reached, runs the interpreter itself with the same arguments.

Usage: /usr/bin/python3 python_client.py SOCKET ARGS…
Imports only what starts fast: the point is not to pay for openpyxl's import here.
"""

import json
import os
import socket
import sys
import time

CONNECT_SECONDS = 30


def connect(path):
    deadline = time.time() + CONNECT_SECONDS
    while True:
        client = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            client.connect(path)
            return client
        except OSError:
            client.close()
            if time.time() > deadline or not os.path.exists(os.path.dirname(path)):
                return None
            time.sleep(0.05)


def main():
    path, arguments = sys.argv[1], sys.argv[2:]
    client = connect(path)
    if client is None:
        os.execv(sys.executable, [sys.executable, *arguments])
    request = json.dumps({"argv": arguments, "cwd": os.getcwd(), "env": dict(os.environ)})
    socket.send_fds(client, [request.encode() + b"\n"], [0, 1, 2])
    client.shutdown(socket.SHUT_WR)
    reply = b""
    while not reply.endswith(b"\n"):
        chunk = client.recv(64)
        if not chunk:
            break
        reply += chunk
    if not reply.endswith(b"\n"):
        print("the Python server ended without an exit status", file=sys.stderr)
        sys.exit(1)
    code = int(reply)
    sys.exit(code if code >= 0 else 1)


if __name__ == "__main__":
    main()

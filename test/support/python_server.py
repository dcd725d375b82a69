"""One Python per jest worker with openpyxl and python-docx already imported: each run it is asked for is a child
forked from it, which takes the asking process's standard input, output and error (passed over the socket), its
arguments, folder and environment, runs the script as `python3 [-W ignore] (-c CODE | FILE) ARGS…` would, and
exits with its status. A fork starts in a few milliseconds where a fresh interpreter took 0.25 s of CPU to import
openpyxl — paid by each of a run's two hundred-odd calls (test/support/python.ts).

Usage: /usr/bin/python3 python_server.py SOCKET (started by test/support/python.ts; python_client.py asks it).
"""

import array
import json
import os
import runpy
import socket
import sys
import traceback
import warnings

# What the scripts import, imported once here so that each child has it already (a module missing here is missing
# for the script too, which then fails as it would in a fresh interpreter).
for preloaded in ("openpyxl", "docx", "zipfile"):
    try:
        __import__(preloaded)
    except ImportError:
        pass

MAX_REQUEST = 16 * 1024 * 1024


def receive(connection):
    """The request (JSON) and the three file descriptors sent with it."""
    fds = array.array("i")
    chunks = []
    while True:
        data, ancillary, _flags, _address = connection.recvmsg(
            1 << 20, socket.CMSG_LEN(3 * fds.itemsize)
        )
        for level, kind, payload in ancillary:
            if level == socket.SOL_SOCKET and kind == socket.SCM_RIGHTS:
                fds.frombytes(payload[: len(payload) - (len(payload) % fds.itemsize)])
        if not data:
            break
        chunks.append(data)
        if sum(len(chunk) for chunk in chunks) > MAX_REQUEST:
            raise ValueError("request too large")
        if chunks[-1].endswith(b"\n"):
            break
    return json.loads(b"".join(chunks)), list(fds)


def run(request):
    """In the child: what `python3 ARGS…` would do, as its exit status."""
    arguments = list(request["argv"])
    os.chdir(request["cwd"])
    os.environ.clear()
    os.environ.update(request["env"])
    while len(arguments) >= 2 and arguments[0] == "-W":
        warnings.simplefilter(arguments[1])
        arguments = arguments[2:]
    try:
        if arguments[0] == "-c":
            sys.argv = ["-c", *arguments[2:]]
            sys.path[0] = ""
            exec(compile(arguments[1], "<string>", "exec"), {"__name__": "__main__"})
        else:
            sys.argv = arguments
            sys.path[0] = os.path.dirname(os.path.abspath(arguments[0]))
            runpy.run_path(arguments[0], run_name="__main__")
        return 0
    except SystemExit as done:
        if done.code is None:
            return 0
        if isinstance(done.code, int):
            return done.code
        print(done.code, file=sys.stderr)
        return 1
    except BaseException:  # noqa: B036 — as the interpreter does: any uncaught exception is printed, status 1
        traceback.print_exc()
        return 1


def serve(path):
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    if os.path.exists(path):  # left by a server of this worker that ended
        os.unlink(path)
    listener.bind(path)
    listener.listen(4)
    while True:
        connection, _ = listener.accept()
        with connection:
            try:
                request, fds = receive(connection)
            except Exception:
                continue
            sys.stdout.flush()
            sys.stderr.flush()
            child = os.fork()
            if child == 0:
                listener.close()
                connection.close()
                for target, fd in enumerate(fds[:3]):
                    os.dup2(fd, target)
                status = run(request)
                try:
                    sys.stdout.flush()
                    sys.stderr.flush()
                finally:
                    os._exit(status & 0xFF)
            for fd in fds:
                os.close(fd)
            _, wait_status = os.waitpid(child, 0)
            code = os.waitstatus_to_exitcode(wait_status)
            try:
                connection.sendall(f"{code}\n".encode())
            except OSError:
                pass


if __name__ == "__main__":
    serve(sys.argv[1])

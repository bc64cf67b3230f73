"""Redis servers that fail the way a real one does, in this process: refused, hanging, full.

Each is a context manager giving a ``redis://`` URL:
- ``refused()``: nothing listens at the port (Redis down, or restarting);
- ``hanging()``: connections are accepted and never answered (an overloaded or frozen Redis, a
  network that drops packets);
- ``full()``: every command gets the out-of-memory error Redis sends when ``maxmemory`` is reached
  under the ``noeviction`` policy.
"""

import contextlib
import socket
import threading
from collections.abc import Iterator

OUT_OF_MEMORY = b"-OOM command not allowed when used memory > 'maxmemory'.\r\n"


def unused_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextlib.contextmanager
def refused() -> Iterator[str]:
    yield f"redis://127.0.0.1:{unused_port()}/0"


def commands_in(buffer: bytes) -> tuple[int, bytes]:
    """How many whole RESP commands ``buffer`` holds, and what is left of it after them."""
    count = 0
    while True:
        rest = _one_command(buffer)
        if rest is None:
            return count, buffer
        count, buffer = count + 1, rest


def _one_command(buffer: bytes) -> bytes | None:
    if not buffer.startswith(b"*") or b"\r\n" not in buffer:
        return None
    header, rest = buffer.split(b"\r\n", 1)
    for _ in range(int(header[1:])):
        if b"\r\n" not in rest:
            return None
        length, rest = rest.split(b"\r\n", 1)
        size = int(length[1:])
        if len(rest) < size + 2:
            return None
        rest = rest[size + 2 :]
    return rest


@contextlib.contextmanager
def _server(handle) -> Iterator[str]:
    listener = socket.socket()
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.bind(("127.0.0.1", 0))
    listener.listen(64)
    listener.settimeout(0.05)
    stop = threading.Event()
    connections: list[socket.socket] = []

    def serve():
        while not stop.is_set():
            try:
                connection, _address = listener.accept()
            except TimeoutError:
                continue
            connections.append(connection)
            threading.Thread(target=handle, args=(connection, stop), daemon=True).start()

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        yield f"redis://127.0.0.1:{listener.getsockname()[1]}/0"
    finally:
        stop.set()
        thread.join()
        for connection in connections:
            connection.close()
        listener.close()


def _never_answer(connection: socket.socket, stop: threading.Event) -> None:
    connection.settimeout(0.05)
    while not stop.is_set():
        try:
            if not connection.recv(65536):
                return
        except TimeoutError:
            continue
        except OSError:
            return


def _out_of_memory(connection: socket.socket, stop: threading.Event) -> None:
    connection.settimeout(0.05)
    buffer = b""
    while not stop.is_set():
        try:
            data = connection.recv(65536)
        except TimeoutError:
            continue
        except OSError:
            return
        if not data:
            return
        count, buffer = commands_in(buffer + data)
        try:
            connection.sendall(OUT_OF_MEMORY * count)
        except OSError:
            return


def hanging() -> contextlib.AbstractContextManager[str]:
    return _server(_never_answer)


def full() -> contextlib.AbstractContextManager[str]:
    return _server(_out_of_memory)


FAULTS = {"refused": refused, "hanging": hanging, "full": full}

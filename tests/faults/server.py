"""A fault-injecting HTTP/1.1 server on 127.0.0.1 that counts what it receives.

Each connection is served by a thread. Every request is read in full (or up to the point
a fault cuts it) and recorded; the answer is the next `Fault` of the script (the last
one repeats). Used by the fault matrix and the retry tests: a mock server (Prism) cannot
reset a connection mid-upload or answer after an exact delay.
"""

from __future__ import annotations

import contextlib
import socket
import struct
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

RESET = struct.pack("ii", 1, 0)  # SO_LINGER on, 0 s: close() sends a TCP RST


@dataclass
class Received:
    method: str
    path: str
    headers: dict[str, str]
    body_bytes: int
    complete: bool


@dataclass
class Fault:
    """What to do with one request. Exactly one of the behaviours applies."""

    status: int = 200
    body: bytes = b"{}"
    headers: dict[str, str] = field(default_factory=lambda: {"Content-Type": "application/json"})
    # Behaviours other than a plain answer:
    hang: bool = False  # read the request, never answer
    reset_before_response: bool = False  # read the request, then RST
    reset_after_body_bytes: int | None = None  # RST after this many body bytes arrived
    trickle_delay: float = 0.0  # send the answer one byte at a time with this delay
    trickle_bytes: int = 1  # ... or this many bytes at a time
    trickle_head: bool = False  # trickle the status line and headers too
    declared_length: int | None = None  # a Content-Length that differs from the body
    delay: float = 0.0  # wait this long before answering


class FaultServer:
    def __init__(self, script: list[Fault]) -> None:
        self.script = list(script)
        self.received: list[Received] = []
        self._lock = threading.Lock()
        self._sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._sock.bind(("127.0.0.1", 0))
        self._sock.listen(64)
        self._stop = threading.Event()
        self._threads: list[threading.Thread] = []
        self._conns: list[socket.socket] = []
        self.port = self._sock.getsockname()[1]

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def connections(self) -> int:
        """How many TCP connections were accepted (keep-alive reuse shows as fewer)."""
        return len(self._conns)

    def count(self, method: str | None = None) -> int:
        return sum(1 for r in self.received if method is None or r.method == method)

    def start(self) -> FaultServer:
        thread = threading.Thread(target=self._accept_loop, daemon=True)
        thread.start()
        self._threads.append(thread)
        return self

    def stop(self) -> None:
        self._stop.set()
        with contextlib.suppress(OSError):
            self._sock.shutdown(socket.SHUT_RDWR)  # wakes the thread blocked in accept()
        with contextlib.suppress(OSError):
            self._sock.close()
        for conn in list(self._conns):
            # shutdown() wakes a thread blocked in recv(); close() alone does not.
            with contextlib.suppress(OSError):
                conn.shutdown(socket.SHUT_RDWR)
            with contextlib.suppress(OSError):
                conn.close()
        for thread in self._threads:
            thread.join(timeout=5)

    def __enter__(self) -> FaultServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def _next_fault(self) -> Fault:
        with self._lock:
            return self.script.pop(0) if len(self.script) > 1 else self.script[0]

    def _accept_loop(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self._sock.accept()
            except OSError:
                return
            self._conns.append(conn)
            thread = threading.Thread(target=self._serve, args=(conn,), daemon=True)
            thread.start()
            self._threads.append(thread)

    def _serve(self, conn: socket.socket) -> None:
        conn.settimeout(30)
        reader = conn.makefile("rb")
        try:
            while not self._stop.is_set():
                if not self._one_request(conn, reader):
                    return
        except OSError:
            return
        finally:
            with contextlib.suppress(OSError):
                reader.close()
                conn.close()

    def _one_request(self, conn: socket.socket, reader: object) -> bool:
        line = reader.readline()  # type: ignore[attr-defined]
        if not line:
            return False
        method, path, _ = line.decode("latin-1").split(" ", 2)
        headers: dict[str, str] = {}
        while True:
            header = reader.readline().decode("latin-1")  # type: ignore[attr-defined]
            if header in ("\r\n", "\n", ""):
                break
            name, _, value = header.partition(":")
            headers[name.strip().lower()] = value.strip()
        fault = self._next_fault()
        length = int(headers.get("content-length", "0"))
        limit = fault.reset_after_body_bytes
        to_read = length if limit is None else min(length, limit)
        got = 0
        while got < to_read:
            chunk = reader.read1(min(65536, to_read - got))  # type: ignore[attr-defined]
            if not chunk:
                break
            got += len(chunk)
        with self._lock:
            self.received.append(Received(method, path, headers, got, got == length))
        if limit is not None or fault.reset_before_response:
            conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, RESET)
            conn.close()
            return False
        if fault.hang:
            self._stop.wait(60)
            return False
        if fault.delay:
            time.sleep(fault.delay)
        return self._answer(conn, fault)

    def _answer(self, conn: socket.socket, fault: Fault) -> bool:
        """Send the answer; False when the connection must end here."""
        length = len(fault.body) if fault.declared_length is None else fault.declared_length
        head = f"HTTP/1.1 {fault.status} X\r\nContent-Length: {length}\r\n"
        head += "".join(f"{k}: {v}\r\n" for k, v in fault.headers.items()) + "\r\n"
        payload = head.encode("latin-1") + fault.body
        if fault.trickle_delay:
            trickled = payload if fault.trickle_head else fault.body
            if not fault.trickle_head:
                conn.sendall(head.encode("latin-1"))
            step = fault.trickle_bytes
            for i in range(0, len(trickled), step):
                conn.sendall(trickled[i : i + step])
                if self._stop.wait(fault.trickle_delay):
                    return False  # the server is stopping: end the answer now
        else:
            conn.sendall(payload)
        if fault.declared_length is not None and fault.declared_length > len(fault.body):
            # A body cut short. shutdown(): close() waits for the makefile() reader too.
            conn.shutdown(socket.SHUT_RDWR)
            return False
        return True


@contextlib.contextmanager
def serving(*faults: Fault) -> Iterator[FaultServer]:
    with FaultServer(list(faults)) as server:
        yield server


def closed_port() -> int:
    """A loopback port with nothing listening: connecting is refused."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


Builder = Callable[..., object]

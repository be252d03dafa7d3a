"""A network receipt printer for tests: a real TCP server on 127.0.0.1 that keeps what each connection sent."""

from __future__ import annotations

import socket
import socketserver
import threading
from collections.abc import Iterator
from contextlib import contextmanager


class _Server(socketserver.ThreadingTCPServer):
    allow_reuse_address = True
    daemon_threads = True

    def __init__(self, port: int) -> None:
        super().__init__(("127.0.0.1", port), _Handler)
        self.received: list[bytes] = []
        self.arrived = threading.Condition()


class _Handler(socketserver.BaseRequestHandler):
    server: _Server

    def handle(self) -> None:
        chunks = []
        while chunk := self.request.recv(65536):
            chunks.append(chunk)
        with self.server.arrived:
            self.server.received.append(b"".join(chunks))
            self.server.arrived.notify_all()


class TcpPrinter:
    def __init__(self, server: _Server) -> None:
        self._server = server
        self.port: int = server.server_address[1]

    @property
    def address(self) -> str:
        return f"127.0.0.1:{self.port}"

    def wait_for(self, count: int = 1, timeout: float = 5.0) -> list[bytes]:
        """What the first `count` connections sent, once they have closed."""
        with self._server.arrived:
            self._server.arrived.wait_for(lambda: len(self._server.received) >= count, timeout)
            return list(self._server.received)


@contextmanager
def tcp_printer(port: int = 0) -> Iterator[TcpPrinter]:
    server = _Server(port)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield TcpPrinter(server)
    finally:
        server.shutdown()
        server.server_close()


def closed_port() -> int:
    """A port on 127.0.0.1 that nothing listens on (connections to it are refused at once)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port

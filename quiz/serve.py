"""Serve the terminal app to web browsers with textual-serve (one app process per tab)."""

from __future__ import annotations

import ipaddress
import shlex
import socket
import sys
from pathlib import Path
from typing import Any

from quiz.errors import QuizError

LOCAL_HOSTS = ("localhost",)
WILDCARD_HOSTS = ("0.0.0.0", "::", "")
TITLE = "quiz"


def app_command(data_dir: Path, python: str | None = None) -> str:
    """The shell command textual-serve runs for each browser tab: the app on ``data_dir``."""
    parts = [python or sys.executable, "-m", "quiz", "open", "--data-dir", str(data_dir)]
    return " ".join(shlex.quote(part) for part in parts)


def is_loopback(host: str) -> bool:
    """True when ``host`` is reachable only from this machine."""
    if host.strip().casefold() in LOCAL_HOSTS:
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def exposure_warning(host: str, port: int) -> str | None:
    """A loud warning when the server is reachable from the network, else None."""
    if is_loopback(host):
        return None
    return (
        f"WARNING: serving on {host}:{port}: ANYONE on your network can open the app, pick any "
        "student's profile and answer in their name. Use only on a trusted classroom network; "
        "stop the server (Ctrl+C) when the lesson ends."
    )


def lan_address() -> str:
    """This machine's address on the local network (no packet is sent), else 127.0.0.1."""
    probe = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    try:
        probe.connect(("10.255.255.255", 1))
        return str(probe.getsockname()[0])
    except OSError:
        return "127.0.0.1"
    finally:
        probe.close()


def public_url(host: str, port: int) -> str:
    """The address browsers use (pages embed it for the websocket): a wildcard host such as
    0.0.0.0 is replaced by this machine's network address."""
    if host in WILDCARD_HOSTS:
        host = lan_address()
    if ":" in host and not host.startswith("["):
        host = f"[{host}]"
    return f"http://{host}:{port}"


def make_server(
    data_dir: Path, host: str = "127.0.0.1", port: int = 8000, url: str | None = None
) -> Any:
    """A textual-serve ``Server`` for the app on ``data_dir`` (call ``.serve()`` to run it)."""
    from textual_serve.server import Server

    return Server(
        app_command(data_dir),
        host=host,
        port=port,
        title=TITLE,
        public_url=url or public_url(host, port),
    )


def check_port_free(host: str, port: int) -> None:
    """Raise QuizError with a one-line reason if ``host:port`` cannot be listened on."""
    if not 0 < port < 65536:
        raise QuizError(f"port must be between 1 and 65535, not {port}")
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror:
        raise QuizError(f"unknown host {host!r}") from None
    family, _, _, _, address = infos[0]
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind(address)
        except OSError as exc:
            raise QuizError(f"cannot listen on {host}:{port}: {exc.strerror}") from None


def serve(
    data_dir: Path, host: str = "127.0.0.1", port: int = 8000, url: str | None = None
) -> None:
    """Run the web server until Ctrl+C, warning first if it is exposed beyond this machine."""
    check_port_free(host, port)
    warning = exposure_warning(host, port)
    if warning:
        print(warning, file=sys.stderr, flush=True)
    make_server(data_dir, host, port, url).serve()

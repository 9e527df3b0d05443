"""Network facts for ``quiz serve``: loopback or not, the address to hand out, size caps."""

from __future__ import annotations

import ipaddress
import socket
from typing import Any
from urllib.parse import urlsplit

from quiz.errors import QuizError

LOCAL_HOSTS = ("localhost",)
WILDCARD_HOSTS = ("0.0.0.0", "::", "")
MIN_COLUMNS, MAX_COLUMNS = 20, 400
MIN_ROWS, MAX_ROWS = 5, 150


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
        f"WARNING: serving on {host}:{port} to the network. Each student opens only their own "
        "link (below); ANYONE who has a student's link can answer as that student, and the "
        "traffic is plain HTTP. Use a trusted classroom network, hand the links out privately, "
        "and stop the server (Ctrl+C) when the lesson ends."
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
    """The address to hand out: a wildcard host such as 0.0.0.0 is replaced by this machine's
    network address."""
    if host in WILDCARD_HOSTS:
        host = lan_address()
    if ":" in host and not host.startswith("["):
        host = f"[{host}]"
    return f"http://{host}:{port}"


def clamp_size(width: Any, height: Any) -> tuple[int, int]:
    """A terminal size a client asked for, within what the app may be made to draw."""

    def number(value: Any, default: int) -> int:
        try:
            return int(value)
        except (TypeError, ValueError, OverflowError):
            return default

    columns = min(MAX_COLUMNS, max(MIN_COLUMNS, number(width, 80)))
    rows = min(MAX_ROWS, max(MIN_ROWS, number(height, 24)))
    return columns, rows


def host_name(host_header: str) -> str:
    """The host of a ``Host`` header without its port ("[::1]:8000" -> "::1")."""
    return (urlsplit(f"//{host_header}").hostname or "").casefold()


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

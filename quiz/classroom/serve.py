"""Serve the terminal app to web browsers with textual-serve (one app process per tab).

``/`` lists the learners; ``/learner/NAME`` runs the app on that learner's profile, so thirty
tabs open thirty different profiles instead of all fighting over the default one.
"""

from __future__ import annotations

import html
import ipaddress
import logging
import shlex
import socket
import sys
from pathlib import Path
from typing import Any
from urllib.parse import quote

import aiohttp_jinja2
from aiohttp import web
from textual_serve.app_service import AppService
from textual_serve.server import Server, to_int

from quiz.errors import QuizError

log = logging.getLogger("textual-serve")

LOCAL_HOSTS = ("localhost",)
WILDCARD_HOSTS = ("0.0.0.0", "::", "")
TITLE = "quiz"


def app_command(data_dir: Path, python: str | None = None, profile: str | None = None) -> str:
    """The shell command run for each browser tab: the app on ``data_dir`` (as ``profile``)."""
    parts = [python or sys.executable, "-m", "quiz", "open", "--data-dir", str(data_dir)]
    if profile:
        parts += ["--profile", profile]
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


class LearnerServer(Server):
    """textual-serve's server with a page per learner: ``/`` lists them, ``/learner/NAME``
    runs ``quiz open --profile NAME``; ``/app`` is the plain app (default profile)."""

    def __init__(self, data_dir: Path, class_name: str | None = None, **kwargs: Any) -> None:
        super().__init__(app_command(data_dir), **kwargs)
        self.data_dir = Path(data_dir)
        self.class_name = class_name

    async def _make_app(self) -> web.Application:
        app = await super()._make_app()
        app.add_routes(
            [
                web.get("/learner/{name}", self.handle_learner_page, name="learner"),
                web.get("/ws/learner/{name}", self.handle_learner_socket, name="learner_ws"),
                web.get("/app", self.handle_app, name="app"),
            ]
        )
        return app

    def _learner(self, request: web.Request) -> str:

        name = request.match_info["name"]
        for existing in learner_names(self.data_dir, self.class_name):
            if existing.casefold() == name.casefold():
                return existing
        raise web.HTTPNotFound(text=f"no learner named {name!r}")

    async def handle_index(self, request: web.Request) -> web.Response:  # type: ignore[override]
        """The start page ``/``: one link per learner."""
        page = learners_page(self.data_dir, self.class_name)
        return web.Response(text=page, content_type="text/html")

    async def handle_app(self, request: web.Request) -> web.Response:
        """textual-serve's own page: the app on the default profile."""
        return await Server.handle_index(self, request)

    async def handle_learner_page(self, request: web.Request) -> web.Response:
        """The app page of one learner (textual-serve's page, its websocket per learner)."""
        name = self._learner(request)
        socket_path = request.app.router["learner_ws"].url_for(name=name)
        scheme = "wss:" if self.public_url.startswith("https") else "ws:"
        context = {
            "font_size": to_int(request.query.get("fontsize", "16"), 16),
            "app_websocket_url": scheme + f"{self.public_url}{socket_path}".split(":", 1)[1],
            "config": {"static": {"url": f"{self.public_url}/static/"}},
            "application": {"name": f"{self.title} · {name}"},
        }
        return aiohttp_jinja2.render_template("app_index.html", request, context)

    async def handle_learner_socket(self, request: web.Request) -> web.WebSocketResponse:
        """Run the app for one learner in its own process, connected to this websocket."""
        name = self._learner(request)
        command = app_command(self.data_dir, profile=name)
        websocket = web.WebSocketResponse(heartbeat=15)
        if profile_in_use(self.data_dir, name):
            await websocket.prepare(request)
            await websocket.send_bytes(
                f"\r\n  {name} is already open in another tab or window.\r\n"
                "  Close it there (q), or pick your own name.\r\n".encode()
            )
            await websocket.close()
            return websocket
        width = to_int(request.query.get("width", "80"), 80)
        height = to_int(request.query.get("height", "24"), 24)
        service: AppService | None = None
        try:
            await websocket.prepare(request)
            service = AppService(
                command,
                write_bytes=websocket.send_bytes,
                write_str=websocket.send_str,
                close=websocket.close,
                download_manager=self.download_manager,
                debug=self.debug,
            )
            await service.start(width, height)
            await self._process_messages(websocket, service)
        except Exception as error:  # noqa: BLE001 - logged like textual-serve does
            log.exception(error)
        finally:
            if service is not None:
                await service.stop()
        return websocket


def profile_in_use(data_dir: Path, name: str) -> bool:
    """Whether another app holds ``name``'s profile lock right now (asked of the store)."""
    from quiz.learning import store

    return store.profile_in_use(Path(data_dir), name)


def learner_names(data_dir: Path, class_name: str | None = None) -> list[str]:
    """The learners offered: a class's students who have a profile, else every profile."""
    from quiz.learning import store

    names = store.list_profiles(Path(data_dir))
    if class_name is None:
        return names
    from quiz.classroom.classes import load_class

    roster = {s.casefold() for s in load_class(Path(data_dir), class_name).students}
    return [name for name in names if name.casefold() in roster]


def learners_page(data_dir: Path, class_name: str | None = None) -> str:
    """The HTML start page: every learner's name links to their own app (all escaped)."""
    names = learner_names(data_dir, class_name)
    items = "".join(
        f'<li><a href="/learner/{quote(name, safe="")}">{html.escape(name)}</a></li>'
        for name in names
    )
    heading = f"<p>Class {html.escape(class_name)}</p>" if class_name else ""
    body = (
        f"<ul>{items}</ul>"
        if names
        else "<p>No learners yet: the teacher adds them with <code>quiz class add</code>.</p>"
    )
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>quiz</title>'
        "<style>body{font-family:sans-serif;margin:2em}li{margin:.4em 0;font-size:1.3em}</style>"
        f"</head><body><h1>Who are you?</h1>{heading}{body}"
        '<p><a href="/app">Open the app without choosing</a></p></body></html>\n'
    )


def make_server(
    data_dir: Path,
    host: str = "127.0.0.1",
    port: int = 8000,
    url: str | None = None,
    class_name: str | None = None,
) -> LearnerServer:
    """The web server for the app on ``data_dir`` (call ``.serve()`` to run it); with
    ``class_name`` the start page offers only that class's students."""
    if class_name is not None:
        from quiz.classroom.classes import load_class

        class_name = load_class(Path(data_dir), class_name).name  # one-line error if missing
    return LearnerServer(
        data_dir,
        class_name,
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
    data_dir: Path,
    host: str = "127.0.0.1",
    port: int = 8000,
    url: str | None = None,
    class_name: str | None = None,
) -> None:
    """Run the web server until Ctrl+C, warning first if it is exposed beyond this machine."""
    check_port_free(host, port)
    server = make_server(data_dir, host, port, url, class_name)
    warning = exposure_warning(host, port)
    if warning:
        print(warning, file=sys.stderr, flush=True)
    print(f"Students open {server.public_url}/ and choose their name.", flush=True)
    server.serve()

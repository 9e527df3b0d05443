"""Serve the terminal app to browsers with textual-serve: one app process per learner's link."""

# What it protects (README: Browser access and safety): each learner's app is reached only by
# their own link /s/TOKEN (128-bit random token); the app it runs cannot switch to another
# learner; a websocket must come from a page of this server (Origin equal to Host) and every
# request must name this server (Host check: no DNS rebinding); the terminal size a client asks
# for is capped; one live session per learner (other tabs are told where it is open).

from __future__ import annotations

import asyncio
import ipaddress
import json
import logging
import shlex
import socket
import sys
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlsplit

import aiohttp_jinja2
from aiohttp import WSMsgType, web
from textual_serve.app_service import AppService
from textual_serve.server import Server

from quiz.atomic import write_text_atomic
from quiz.classroom.classes import load_class
from quiz.classroom.links import LearnerLinks, learner_names, profile_in_use, serve_dir
from quiz.classroom.serve_net import (
    LOCAL_HOSTS,
    check_port_free,
    clamp_size,
    exposure_warning,
    host_name,
    is_loopback,
    public_url,
)
from quiz.classroom.serve_pages import already_open_text, learners_page, links_page, message_page
from quiz.text import name_key

log = logging.getLogger("textual-serve")

TITLE = "quiz"
MAX_SESSIONS = 200  # app processes at once (a class is 30)
SECURITY_HEADERS = {
    "X-Frame-Options": "DENY",
    "Content-Security-Policy": "frame-ancestors 'none'",
    "Referrer-Policy": "no-referrer",
    "X-Content-Type-Options": "nosniff",
    "Cache-Control": "no-store",
}
Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


def app_command(
    data_dir: Path, python: str | None = None, profile: str | None = None, *, locked: bool = False
) -> str:
    """The shell command run for each browser tab: the app on ``data_dir`` (as ``profile``;
    ``locked``: the app cannot switch to another learner)."""
    parts = [python or sys.executable, "-m", "quiz", "open", "--data-dir", str(data_dir)]
    if profile:
        parts += ["--profile", profile]
    if locked:
        parts.append("--lock-profile")
    return " ".join(shlex.quote(part) for part in parts)


class LearnerServer(Server):
    """textual-serve's server, one page per learner's secret link (see the module comment)."""

    def __init__(
        self,
        data_dir: Path,
        class_name: str | None = None,
        *,
        exposed: bool = False,
        allowed_hosts: tuple[str, ...] = (),
        **kwargs: Any,
    ) -> None:
        super().__init__(app_command(data_dir), **kwargs)
        self.data_dir = Path(data_dir)
        self.class_name = class_name
        self.exposed = exposed
        self.links = LearnerLinks(self.data_dir)
        self.sessions: dict[str, str] = {}  # name_key -> learner with a live app
        self.allowed_hosts = {h.casefold() for h in (*LOCAL_HOSTS, *allowed_hosts) if h}
        public_host = urlsplit(self.public_url).hostname
        if public_host:
            self.allowed_hosts.add(public_host.casefold())
        machine = socket.gethostname().casefold()
        self.allowed_hosts |= {machine, f"{machine}.local"}

    # -- checks every request passes ------------------------------------------------------
    def host_allowed(self, host_header: str) -> bool:
        """Whether a ``Host`` header names this server: an IP address, localhost, the public
        URL's host or this machine's name (any other name is a DNS-rebinding attempt)."""
        host = host_name(host_header)
        if not host:
            return False
        try:
            ipaddress.ip_address(host)
            return True
        except ValueError:
            return host in self.allowed_hosts

    @staticmethod
    def origin_allowed(request: web.Request) -> bool:
        """A websocket must come from a page of this server: Origin's host:port equals Host."""
        origin = request.headers.get("Origin", "")
        parts = urlsplit(origin)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            return False
        return parts.netloc.casefold() == request.host.casefold()

    @web.middleware
    async def guard(self, request: web.Request, handler: Handler) -> web.StreamResponse:
        if not self.host_allowed(request.host):
            raise web.HTTPMisdirectedRequest(
                text="Unknown host name: open the address quiz printed."
            )
        try:
            response = await handler(request)
        except web.HTTPException as exc:
            exc.headers.update(SECURITY_HEADERS)
            raise
        if not response.prepared:
            response.headers.update(SECURITY_HEADERS)
        return response

    async def _make_app(self) -> web.Application:
        app = await super()._make_app()
        app.middlewares.append(self.guard)
        app.add_routes(
            [
                web.get("/s/{token}", self.handle_learner_page, name="learner"),
                web.get("/ws/s/{token}", self.handle_learner_socket, name="learner_ws"),
                web.get("/learner/{name}", self.handle_learner_by_name),
                web.get("/app", self.handle_app, name="app"),
            ]
        )
        return app

    async def on_startup(self, app: web.Application) -> None:
        """Quiet: ``serve`` prints what the teacher needs."""

    def _only_on_this_machine(self) -> None:
        if self.exposed:
            raise web.HTTPForbidden(text="Open the link your teacher gave you.")

    # -- pages ------------------------------------------------------------------------------
    async def handle_index(self, request: web.Request) -> web.Response:  # type: ignore[override]
        """``/``: on this machine, one link per learner; on a network, no names at all."""
        if self.exposed:
            page = message_page("quiz", "Open the link your teacher gave you.")
        else:
            names = learner_names(self.data_dir, self.class_name)
            page = learners_page(self.links.ensure(names), self.class_name)
        return web.Response(text=page, content_type="text/html")

    async def handle_app(self, request: web.Request) -> web.StreamResponse:
        """textual-serve's own page: the app on the default profile (this machine only)."""
        self._only_on_this_machine()
        return await self._terminal_page(request, "/ws", self.title)

    async def handle_learner_by_name(self, request: web.Request) -> web.StreamResponse:
        """``/learner/NAME`` (this machine only) leads to that learner's link."""
        self._only_on_this_machine()
        wanted = name_key(request.match_info["name"])
        for name in learner_names(self.data_dir, self.class_name):
            if name_key(name) == wanted:
                token = self.links.ensure([name])[name]
                raise web.HTTPFound(f"/s/{token}")
        raise web.HTTPNotFound(text="No such learner.")

    def _learner(self, request: web.Request) -> str:
        name = self.links.learner_for(request.match_info["token"])
        if name is not None:
            for existing in learner_names(self.data_dir, self.class_name):
                if name_key(existing) == name_key(name):
                    return existing
        raise web.HTTPNotFound(text="This link is not valid: ask your teacher for your link.")

    def _busy(self, name: str) -> bool:
        return name_key(name) in self.sessions or profile_in_use(self.data_dir, name)

    async def handle_learner_page(self, request: web.Request) -> web.StreamResponse:
        """A learner's app page, or a page saying it is already open elsewhere."""
        name = self._learner(request)
        if self._busy(name):
            text = already_open_text(name)
            return web.Response(text=message_page(name, text), content_type="text/html")
        socket_path = f"/ws/s/{quote(request.match_info['token'], safe='')}"
        return await self._terminal_page(request, socket_path, f"{self.title} · {name}")

    async def _terminal_page(
        self, request: web.Request, socket_path: str, name: str
    ) -> web.StreamResponse:
        # Addresses from the request's own (checked) Host, so the page's websocket has the
        # same origin as the page whichever address the browser used.
        scheme = "wss" if request.headers.get("X-Forwarded-Proto") == "https" else "ws"
        size = request.query.get("fontsize", "16")
        context = {
            "font_size": min(64, max(6, int(size) if size.isdigit() else 16)),
            "app_websocket_url": f"{scheme}://{request.host}{socket_path}",
            "config": {"static": {"url": "/static/"}},
            "application": {"name": name},
        }
        return aiohttp_jinja2.render_template("app_index.html", request, context)

    # -- websockets -------------------------------------------------------------------------
    async def handle_websocket(self, request: web.Request) -> web.WebSocketResponse:
        """The plain app's websocket (this machine only)."""
        self._only_on_this_machine()
        return await self._run_app(request, self.command, None)

    async def handle_learner_socket(self, request: web.Request) -> web.WebSocketResponse:
        """Run the app for one learner in its own process, connected to this websocket."""
        name = self._learner(request)
        command = app_command(self.data_dir, profile=name, locked=True)
        return await self._run_app(request, command, name)

    async def _run_app(
        self, request: web.Request, command: str, name: str | None
    ) -> web.WebSocketResponse:
        if not self.origin_allowed(request):
            raise web.HTTPForbidden(text="This server only talks to its own pages.")
        websocket = web.WebSocketResponse(heartbeat=15, max_msg_size=64 * 1024)
        await websocket.prepare(request)
        key = name_key(name) if name is not None else ""
        if name is not None and self._busy(name):
            return await self._say(websocket, already_open_text(name))
        if len(self.sessions) >= MAX_SESSIONS:
            return await self._say(websocket, "Too many apps are open: try again in a minute.")
        if name is not None:
            self.sessions[key] = name  # claimed before any await: a second tab sees it
        width, height = clamp_size(request.query.get("width"), request.query.get("height"))

        async def close_socket() -> None:
            await websocket.close()

        service: AppService | None = None
        try:
            service = AppService(
                command,
                write_bytes=websocket.send_bytes,
                write_str=websocket.send_str,
                close=close_socket,
                download_manager=self.download_manager,
                debug=self.debug,
            )
            await service.start(width, height)
            await self._process_messages(websocket, service)
        except asyncio.CancelledError:
            pass
        except Exception as error:  # noqa: BLE001 - logged like textual-serve does
            log.exception(error)
        finally:
            if name is not None:
                self.sessions.pop(key, None)
            if service is not None:
                await service.stop()
            await websocket.close()
        return websocket

    @staticmethod
    async def _say(websocket: web.WebSocketResponse, text: str) -> web.WebSocketResponse:
        """Show ``text`` in the tab's terminal and keep it there until the tab is closed."""
        lines = "".join(f"  {line}\r\n" for line in text.splitlines())
        await websocket.send_bytes(f"\r\n{lines}".encode())
        async for _ in websocket:  # ignore keys; the message stays on screen
            pass
        return websocket

    async def _process_messages(
        self, websocket: web.WebSocketResponse, app_service: AppService
    ) -> None:
        """The browser's messages, checked: malformed ones are ignored, sizes are capped."""
        async for message in websocket:
            if message.type != WSMsgType.TEXT:
                continue
            try:
                envelope = json.loads(message.data)
            except ValueError:
                continue
            if not (isinstance(envelope, list) and envelope and isinstance(envelope[0], str)):
                continue
            kind, data = envelope[0], envelope[1] if len(envelope) > 1 else None
            if kind == "stdin" and isinstance(data, str):
                await app_service.send_bytes(data.encode("utf-8"))
            elif kind == "resize" and isinstance(data, dict):
                await app_service.set_terminal_size(
                    *clamp_size(data.get("width"), data.get("height"))
                )
            elif kind == "ping" and isinstance(data, str) and len(data) < 64:
                await websocket.send_json(["pong", data])
            elif kind == "blur":
                await app_service.blur()
            elif kind == "focus":
                await app_service.focus()

    def serve(self, debug: bool = False, verbose: bool = False) -> None:
        """Serve until Ctrl+C; requests are logged only with ``verbose`` (links hold secrets)."""
        import signal

        self.debug = debug
        self.initialize_logging()
        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        for signum in (signal.SIGINT, signal.SIGTERM):
            try:
                loop.add_signal_handler(signum, self.request_exit)
            except NotImplementedError:
                pass
        web.run_app(
            self._make_app(),
            host=self.host,
            port=self.port,
            handle_signals=False,
            loop=loop,
            print=lambda *args: None,
            access_log=log if verbose else None,
        )


def make_server(
    data_dir: Path,
    host: str = "127.0.0.1",
    port: int = 8000,
    url: str | None = None,
    class_name: str | None = None,
) -> LearnerServer:
    """The web server for the app on ``data_dir`` (call ``.serve()`` to run it); with
    ``class_name`` only that class's students have links."""
    if class_name is not None:
        class_name = load_class(Path(data_dir), class_name).name  # one-line error if missing
    return LearnerServer(
        data_dir,
        class_name,
        exposed=not is_loopback(host),
        host=host,
        port=port,
        title=TITLE,
        public_url=(url or public_url(host, port)).rstrip("/"),
    )


def write_links(server: LearnerServer, *, renew: bool = False) -> tuple[dict[str, str], Path]:
    """Make (or remake) every offered learner's link; write the printable page; return both."""

    names = learner_names(server.data_dir, server.class_name)
    links = server.links.ensure(names, renew=renew)
    page = serve_dir(server.data_dir) / "links.html"
    write_text_atomic(page, links_page(links, server.public_url, server.class_name), mode=0o600)
    return links, page


def serve(
    data_dir: Path,
    host: str = "127.0.0.1",
    port: int = 8000,
    url: str | None = None,
    class_name: str | None = None,
    *,
    new_links: bool = False,
    links_only: bool = False,
    verbose: bool = False,
) -> None:
    """Run the web server until Ctrl+C (or, with ``links_only``, print the links and stop)."""
    server = make_server(data_dir, host, port, url, class_name)
    links, page = write_links(server, renew=new_links)
    if not links_only:
        check_port_free(host, port)
    warning = exposure_warning(host, port)
    if warning and not links_only:
        print(warning, file=sys.stderr, flush=True)
    if server.exposed or links_only:
        width = max((len(name) for name in links), default=0)
        for name, token in sorted(links.items(), key=lambda item: name_key(item[0])):
            print(f"  {name:<{width}}  {server.public_url}/s/{token}")
        print(f"Printable slips: {page}", flush=True)
    else:
        print(f"Open {server.public_url}/ on this machine and choose a learner.", flush=True)
    if not links_only:
        server.serve(verbose=verbose)

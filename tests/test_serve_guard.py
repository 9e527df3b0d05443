"""`quiz serve`'s protections, in process with a fake app: Origin and Host checks, per-learner
links beyond loopback, the terminal size cap, one session per learner for 30 tabs at once."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import aiohttp
import pytest
from aiohttp.test_utils import TestClient, TestServer

from quiz.classroom import serve
from quiz.classroom.serve_net import MAX_COLUMNS, MAX_ROWS, MIN_ROWS
from quiz.learning import store


class FakeAppService:
    """Stands in for textual-serve's AppService: records sizes, writes one screen."""

    started: list[tuple[str, int, int]] = []
    resized: list[tuple[int, int]] = []

    def __init__(self, command: str, *, write_bytes, write_str, close, **kwargs) -> None:
        self.command, self.write_bytes = command, write_bytes

    async def start(self, width: int, height: int) -> None:
        FakeAppService.started.append((self.command, width, height))
        await self.write_bytes(b"the app " + self.command.encode())

    async def set_terminal_size(self, width: int, height: int) -> None:
        FakeAppService.resized.append((width, height))

    async def send_bytes(self, data: bytes) -> bool:
        return True

    async def blur(self) -> None: ...

    async def focus(self) -> None: ...

    async def stop(self) -> None: ...


@pytest.fixture
def fake_apps(monkeypatch: pytest.MonkeyPatch) -> type[FakeAppService]:
    FakeAppService.started, FakeAppService.resized = [], []
    monkeypatch.setattr(serve, "AppService", FakeAppService)
    return FakeAppService


@asynccontextmanager
async def served(data_dir: Path, host: str) -> AsyncIterator[tuple[TestClient, str]]:
    """A test client on the server of ``data_dir`` bound to ``host``, and Ann's token."""
    for name in ("Ann", "Bob"):
        if store.find_profile(data_dir, name) is None:
            store.add_profile(data_dir, name)
    server = serve.make_server(data_dir, host=host, port=8000)
    links, _ = serve.write_links(server)
    client = TestClient(TestServer(await server._make_app()))
    await client.start_server()
    try:
        yield client, links["Ann"]
    finally:
        await client.close()


def origin(client: TestClient) -> dict[str, str]:
    return {"Origin": f"http://{client.host}:{client.port}"}


async def receive_all(ws: aiohttp.ClientWebSocketResponse, seconds: float = 2) -> bytes:
    got = b""
    while True:
        try:
            message = await ws.receive(timeout=seconds)
        except TimeoutError:
            return got
        if message.type == aiohttp.WSMsgType.BINARY:
            got += message.data
        else:
            return got


async def test_websockets_from_other_origins_are_refused(data_dir: Path, fake_apps) -> None:
    async with served(data_dir, "127.0.0.1") as (client, token):
        for headers in (
            {},
            {"Origin": "http://evil.example"},
            {"Origin": "null"},
            {"Origin": f"http://localhost:{client.port + 1}"},
        ):
            with pytest.raises(aiohttp.WSServerHandshakeError) as refused:
                await client.ws_connect(f"/ws/s/{token}", headers=headers)
            assert refused.value.status == 403
        with pytest.raises(aiohttp.WSServerHandshakeError):
            await client.ws_connect("/ws", headers={"Origin": "http://evil.example"})
        assert fake_apps.started == []  # no app was started for any of them
        ws = await client.ws_connect(f"/ws/s/{token}", headers=origin(client))
        assert b"the app" in await receive_all(ws, 0.5)
        await ws.close()


@pytest.mark.parametrize("host", ["evil.example", "evil.example:8000", "127.0.0.1.nip.io"])
async def test_forged_host_headers_are_refused(data_dir: Path, fake_apps, host: str) -> None:
    async with served(data_dir, "127.0.0.1") as (client, token):
        response = await client.get("/", headers={"Host": host})
        assert response.status == 421
        assert "Ann" not in await response.text()
        for ok in ("127.0.0.1:8000", "localhost:8000", "[::1]:8000", "192.168.1.9:8000"):
            assert (await client.get("/", headers={"Host": ok})).status == 200


async def test_beyond_loopback_only_a_learners_own_link_opens_their_app(
    data_dir: Path, fake_apps
) -> None:
    async with served(data_dir, "0.0.0.0") as (client, token):
        start = await client.get("/")
        assert start.status == 200 and "Ann" not in await start.text()  # no roster, no links
        for path in ("/learner/Ann", "/learner/ann", "/app", "/s/" + "x" * 22, "/s/Ann"):
            response = await client.get(path, allow_redirects=False)
            assert response.status in (403, 404), path
        with pytest.raises(aiohttp.WSServerHandshakeError):
            await client.ws_connect("/ws", headers=origin(client))  # the plain app: no
        page = await client.get(f"/s/{token}")
        assert page.status == 200 and f"/ws/s/{token}" in await page.text()
        ws = await client.ws_connect(f"/ws/s/{token}", headers=origin(client))
        await receive_all(ws, 0.5)
        [(command, _, _)] = fake_apps.started
        assert "--profile Ann" in command and "--lock-profile" in command
        await ws.close()


async def test_terminal_size_is_capped(data_dir: Path, fake_apps) -> None:
    async with served(data_dir, "127.0.0.1") as (client, token):
        ws = await client.ws_connect(
            f"/ws/s/{token}?width=100000&height=99999999999999999999", headers=origin(client)
        )
        await receive_all(ws, 0.3)
        for size in ({"width": 10**9, "height": -5}, {"width": "x"}, [1, 2]):
            await ws.send_str(json.dumps(["resize", size]))
        for junk in ("not json", "[]", "{}", '["stdin", 5]', '["ping", "' + "9" * 999 + '"]'):
            await ws.send_str(junk)  # ignored, the session goes on
        await ws.send_str(json.dumps(["resize", {"width": 100, "height": 30}]))
        await asyncio.sleep(0.3)
        assert fake_apps.started[0][1:] == (MAX_COLUMNS, MAX_ROWS)
        assert fake_apps.resized == [(MAX_COLUMNS, MIN_ROWS), (80, 24), (100, 30)]
        await ws.close()


async def test_thirty_tabs_at_once_on_one_learner(data_dir: Path, fake_apps) -> None:
    async with served(data_dir, "127.0.0.1") as (client, token):
        tabs = await asyncio.gather(
            *(client.ws_connect(f"/ws/s/{token}", headers=origin(client)) for _ in range(30))
        )
        screens = await asyncio.gather(*(receive_all(ws, 0.5) for ws in tabs))
        assert sum(b"the app" in s for s in screens) == 1
        assert sum(b"Ann is already open in another tab" in s for s in screens) == 29
        assert len(fake_apps.started) == 1
        page = await client.get(f"/s/{token}")  # a tab opened later is told on the page
        assert "already open" in await page.text()
        for ws in tabs:
            await ws.close()
        await asyncio.sleep(0.2)
        again = await client.ws_connect(f"/ws/s/{token}", headers=origin(client))
        assert b"the app" in await receive_all(again, 0.5)  # free again once closed
        await again.close()


async def test_a_served_app_cannot_switch_to_another_learner(data_dir: Path) -> None:
    from textual.widgets import Button, Select
    from tui_fixtures import FakeClock, settle, write_sample_bank

    from quiz.classroom import classes
    from quiz.tui.app import QuizApp
    from quiz.tui.navigation import palette_commands

    classes.create_class(data_dir, "5B")
    classes.add_students(data_dir, "5B", ["Ann", "Bob"])
    bank = write_sample_bank(data_dir.parent)
    app = QuizApp(data_dir, profile="Ann", banks=[bank], clock=FakeClock(), lock_profile=True)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert app.screen.query_one("#profile", Select).disabled
        assert not app.screen.query_one("#new-profile", Button).display
        await pilot.press("n")
        await pilot.pause()
        app.use_profile("Bob")
        await settle(pilot)
        assert app.profile == "Ann"
        assert not [c for c in palette_commands(app) if c.title.startswith("Class report")]
    free = QuizApp(data_dir, profile="Ann", banks=[bank], clock=FakeClock())
    async with free.run_test(size=(100, 30)) as pilot:
        await settle(pilot)  # the home screen reads the classes in a worker
        titles = [c.title for c in palette_commands(free)]
        assert [t for t in titles if t.startswith("Class report")] == ["Class report: 5B"]

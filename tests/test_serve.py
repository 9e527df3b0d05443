"""``quiz serve``: command building, exposure warning, and a real server answering a browser."""

from __future__ import annotations

import asyncio
import os
import re
import shlex
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from quiz.classroom import serve
from quiz.errors import QuizError


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_app_command_quotes_paths(tmp_path: Path) -> None:
    odd = tmp_path / "my data; rm -rf x"
    command = serve.app_command(odd, python="/usr/bin/python3")
    assert shlex.split(command) == [
        "/usr/bin/python3",
        "-m",
        "quiz",
        "open",
        "--data-dir",
        str(odd),
    ]


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost", "::1", "127.0.0.2"])
def test_loopback_hosts_need_no_warning(host: str) -> None:
    assert serve.is_loopback(host)
    assert serve.exposure_warning(host, 8000) is None


@pytest.mark.parametrize("host", ["0.0.0.0", "192.168.1.20", "::", "lab-pc"])
def test_other_hosts_get_a_loud_warning(host: str) -> None:
    warning = serve.exposure_warning(host, 8000)
    assert warning is not None and warning.startswith("WARNING") and "ANYONE" in warning


def test_public_url_replaces_wildcard_host() -> None:
    assert serve.public_url("127.0.0.1", 8123) == "http://127.0.0.1:8123"
    assert serve.public_url("::1", 80) == "http://[::1]:80"
    url = serve.public_url("0.0.0.0", 9000)
    assert url.startswith("http://") and "0.0.0.0" not in url and url.endswith(":9000")


def test_port_in_use_is_a_one_line_error() -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        with pytest.raises(QuizError, match="cannot listen"):
            serve.check_port_free("127.0.0.1", port)
    with pytest.raises(QuizError, match="between 1 and 65535"):
        serve.check_port_free("127.0.0.1", 70000)


def wait_for_port(port: int, process: subprocess.Popen[bytes], timeout: float = 20) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError(f"server exited early: {process.stderr.read().decode()[-2000:]}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                return
        except OSError:
            time.sleep(0.1)
    raise AssertionError("server did not start listening")


def screen_text(output: bytes) -> bytes:
    """The app's output without terminal escape sequences."""
    return re.sub(rb"\x1b(\[[0-9;?$]*[a-zA-Z]|\][^\x07]*\x07)", b"", output)


async def open_tab(http, port: int, path: str, until: tuple, seconds: float = 40) -> tuple:
    """Open ``path``'s websocket like the page does and collect output until ``until`` shows;
    returns (output, websocket) with the websocket still open (the app keeps running)."""
    import aiohttp

    ws = await http.ws_connect(
        f"http://127.0.0.1:{port}{path}?width=100&height=30",
        headers={"Origin": f"http://127.0.0.1:{port}"},  # as a page of this server does
    )
    received = b""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline and not all(t in screen_text(received) for t in until):
        try:
            message = await ws.receive(timeout=max(0.1, deadline - time.monotonic()))
        except TimeoutError:
            break
        if message.type == aiohttp.WSMsgType.BINARY:
            received += message.data
        elif message.type in (aiohttp.WSMsgType.CLOSE, aiohttp.WSMsgType.CLOSED):
            break
    return received, ws


async def classroom_of_tabs(port: int) -> dict[str, object]:
    """The start page, two learners' tabs at once, a second tab on a busy learner, and the
    requests a hostile page or a rebinding name would make."""
    import aiohttp

    seen: dict[str, object] = {}
    async with aiohttp.ClientSession() as http:
        for path in ("/", "/learner/ann", "/app", "/learner/Nobody", "/s/" + "A" * 22):
            async with http.get(f"http://127.0.0.1:{port}{path}") as response:
                seen[path] = (response.status, await response.text(), dict(response.headers))
        links = dict(re.findall(r'href="/s/([^"]+)">([^<]+)<', str(seen["/"][1])))
        token = {name: tok for tok, name in links.items()}
        async with http.get(f"http://127.0.0.1:{port}/", headers={"Host": "evil.example"}) as r:
            seen["rebinding"] = r.status
        for headers in ({}, {"Origin": "http://evil.example"}, {"Origin": "null"}):
            try:
                await http.ws_connect(
                    f"http://127.0.0.1:{port}/ws/s/{token['Ann']}", headers=headers
                )
                seen.setdefault("foreign sockets", []).append(101)
            except aiohttp.WSServerHandshakeError as exc:
                seen.setdefault("foreign sockets", []).append(exc.status)
        ann, ann_ws = await open_tab(http, port, f"/ws/s/{token['Ann']}", (b"Ann", b"Study"))
        bob, bob_ws = await open_tab(http, port, f"/ws/s/{token['Bob']}", (b"Bob", b"Study"))
        again, again_ws = await open_tab(
            http, port, f"/ws/s/{token['Ann']}", (b"already open",), 10
        )
        async with http.get(f"http://127.0.0.1:{port}/s/{token['Ann']}") as response:
            seen["later page"] = await response.text()
        for ws in (ann_ws, bob_ws, again_ws):
            await ws.close()
        seen.update(ann=ann, bob=bob, again=again, token=token)
    return seen


def test_server_gives_each_learner_their_own_app(tmp_path: Path) -> None:
    from quiz.learning import store

    port = free_port()
    data = tmp_path / "data"
    for name in ("Ann", "Bob", "<Zoë & co>"):
        store.add_profile(data, name)
    process = subprocess.Popen(
        [sys.executable, "-m", "quiz", "serve", "--port", str(port), "--data-dir", str(data)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**os.environ, "QUIZ_DATA_DIR": str(data)},
        start_new_session=True,
    )
    try:
        wait_for_port(port, process)
        seen = asyncio.run(classroom_of_tabs(port))
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
    status, start_page, headers = seen["/"]
    token = seen["token"]
    assert status == 200 and f'href="/s/{token["Ann"]}"' in start_page
    assert "&lt;Zoë &amp; co&gt;" in start_page and "<Zoë" not in start_page
    assert headers["X-Frame-Options"] == "DENY" and headers["Referrer-Policy"] == "no-referrer"
    status, page, _ = seen["/learner/ann"]  # followed to the learner's link
    assert status == 200 and f"ws://127.0.0.1:{port}/ws/s/{token['Ann']}" in page
    assert seen["/app"][0] == 200 and f"ws://127.0.0.1:{port}/ws" in seen["/app"][1]
    assert seen["/learner/Nobody"][0] == 404 and seen["/s/" + "A" * 22][0] == 404
    assert seen["rebinding"] == 421
    assert seen["foreign sockets"] == [403, 403, 403]
    for name in ("ann", "bob"):
        output = seen[name]
        assert b"\x1b[" in output  # the app draws with terminal escape sequences
        text = screen_text(output)
        assert name.title().encode() in text and b"Study" in text, text[:300]
        assert (b"Bob" if name == "ann" else b"Ann") not in text  # each tab its own learner
    assert b"Ann is already open in another tab" in seen["again"]
    assert "Ann is already open in another tab" in seen["later page"]


def test_start_page_can_offer_one_class_only(data_dir: Path) -> None:
    from quiz.classroom import classes as classroom
    from quiz.learning import store

    classroom.create_class(data_dir, "9B")
    classroom.add_students(data_dir, "9B", ["Ann", "Cy"])
    store.add_profile(data_dir, "Teacher")
    assert serve.learner_names(data_dir) == ["Ann", "Cy", "Teacher"]
    assert serve.learner_names(data_dir, "9b") == ["Ann", "Cy"]
    server = serve.make_server(data_dir, port=8123, class_name="9b")
    assert server.class_name == "9B"
    links, page = serve.write_links(server)
    assert sorted(links) == ["Ann", "Cy"]
    assert page.stat().st_mode & 0o077 == 0  # the slips are secrets: the teacher's only
    assert "Class 9B" in serve.learners_page(links, "9B")
    with pytest.raises(QuizError, match="no class named"):
        serve.make_server(data_dir, class_name="nope")
    assert "No learners yet" in serve.learners_page({})

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

from quiz import serve
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


async def browser_session(port: int) -> tuple[str, bytes]:
    """Fetch the page like a browser, open its websocket and collect the app's first output."""
    import aiohttp

    async with aiohttp.ClientSession() as http:
        async with http.get(f"http://127.0.0.1:{port}/") as response:
            assert response.status == 200
            page = await response.text()
        received = b""
        async with http.ws_connect(f"http://127.0.0.1:{port}/ws?width=100&height=30") as ws:
            deadline = time.monotonic() + 40
            while time.monotonic() < deadline and b"Study" not in screen_text(received):
                try:
                    message = await ws.receive(timeout=max(0.1, deadline - time.monotonic()))
                except TimeoutError:
                    break
                if message.type == aiohttp.WSMsgType.BINARY:
                    received += message.data
                elif message.type in (aiohttp.WSMsgType.CLOSE, aiohttp.WSMsgType.CLOSED):
                    break
        return page, received


def test_server_serves_page_and_runs_the_app_over_websocket(tmp_path: Path) -> None:
    port = free_port()
    data = tmp_path / "data"
    env = {**os.environ, "QUIZ_DATA_DIR": str(data)}
    process = subprocess.Popen(
        [sys.executable, "-m", "quiz", "serve", "--port", str(port), "--data-dir", str(data)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        start_new_session=True,
    )
    try:
        wait_for_port(port, process)
        page, received = asyncio.run(browser_session(port))
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
    assert f"ws://127.0.0.1:{port}/ws" in page
    assert b"\x1b[" in received  # the app draws with terminal escape sequences
    text = screen_text(received)
    assert b"quiz" in text and b"Study" in text and b"Practice" in text, text[:500]

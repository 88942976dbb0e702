"""Starts one real `slicerbridge serve` process for the session (loopback, a free port, a clinician token)."""

import hashlib
import json
import os
import shutil
import subprocess
import sys
import threading
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]
sys.path.insert(0, str(HERE.parent / "SlicerBridge"))  # SlicerBridgeLib, as Slicer would find it
sys.path.insert(0, str(HERE))

TOKEN = "pytest-clinician-7f3a9c"


def slicerbridge_dll():
    """The CLI to run: $SLICERBRIDGE_DLL, else the newest build under src/SlicerBridge.Cli/bin."""
    if os.environ.get("SLICERBRIDGE_DLL"):
        return Path(os.environ["SLICERBRIDGE_DLL"])
    builds = sorted((REPO / "src" / "SlicerBridge.Cli" / "bin").glob("*/net*/slicerbridge.dll"), key=lambda p: p.stat().st_mtime)
    if not builds:
        pytest.fail("slicerbridge.dll not found: build src/SlicerBridge.Cli first (run_tests.sh does) or set SLICERBRIDGE_DLL")
    return builds[-1]


@pytest.fixture(scope="session")
def cli():
    dll = slicerbridge_dll()
    return lambda *args: subprocess.run(["dotnet", str(dll), *args], capture_output=True, text=True, timeout=300)


@pytest.fixture(scope="session")
def server(tmp_path_factory):
    folder = tmp_path_factory.mktemp("server")
    tokens = folder / "tokens.json"
    tokens.write_text(json.dumps({"tokens": [
        {"name": "pytest", "sha256": hashlib.sha256(TOKEN.encode()).hexdigest(), "roles": ["clinician"]}]}))
    (folder / "models").mkdir()
    # A small sealed package (written by the C# TestPackages helper) so the session can score.
    shutil.copy(HERE / "fixtures" / "test-hcc-0.0.1.model.json", folder / "models")
    process = subprocess.Popen(
        ["dotnet", str(slicerbridge_dll()), "serve", "--urls", "http://127.0.0.1:0", "--tokens", str(tokens),
         "--models", str(folder / "models"), "--audit", str(folder / "audit.jsonl")],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    url = None
    seen = []
    for line in process.stdout:
        seen.append(line)
        if line.startswith("listening on "):
            url = line.split()[-1]
            break
    if url is None:
        process.kill()
        pytest.fail("the server did not start:\n" + "".join(seen))
    # Keep draining the server's output so its logging can never block on a full pipe.
    threading.Thread(target=lambda: [None for _ in process.stdout], daemon=True).start()
    yield {"url": url, "token": TOKEN, "audit": folder / "audit.jsonl"}
    process.terminate()
    try:
        process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        process.kill()


@pytest.fixture
def client(server):
    from SlicerBridgeLib.client import SlicerBridgeClient
    with SlicerBridgeClient(server["url"], server["token"]) as c:
        yield c

"""Where Python is told not to write bytecode, the Desk compiles what its start-up imported, once
(``tupay_desktop/bytecode.py``): in a separate process, only what is missing or stale, only in its
own package and its environment."""

from __future__ import annotations

import importlib.util
import os
import py_compile
import sys
import types
from pathlib import Path

import pytest

from tupay_desktop import bytecode


def _imported(directory: Path, name: str, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A module file in ``directory``, registered in sys.modules as imported."""
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / f"{name}.py"
    path.write_text(f"VALUE = {name!r}\n", encoding="utf-8")
    spec = importlib.util.spec_from_file_location(f"probe_{name}", path)
    assert spec is not None
    module = types.ModuleType(spec.name)
    module.__spec__ = spec
    monkeypatch.setitem(sys.modules, spec.name, module)
    return path


@pytest.fixture
def layout(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Path]:
    """The Desk's package and its environment, each with an imported module; and one elsewhere."""
    package, environment = tmp_path / "tupay_desktop", tmp_path / "venv"
    monkeypatch.setattr(bytecode, "PACKAGE_DIR", package)
    monkeypatch.setattr(bytecode, "ENVIRONMENT_DIR", environment)
    return {
        "own": _imported(package, "own", monkeypatch),
        "dependency": _imported(environment / "lib" / "site-packages", "dependency", monkeypatch),
        "elsewhere": _imported(tmp_path / "elsewhere", "elsewhere", monkeypatch),
    }


def _cached(source: Path) -> Path:
    return Path(importlib.util.cache_from_source(str(source)))


def test_the_stale_sources_are_those_of_the_package_and_the_environment_without_current_bytecode(
    layout: dict[str, Path],
) -> None:
    own, dependency = str(layout["own"]), str(layout["dependency"])
    assert bytecode.stale_sources() == sorted([own, dependency])  # not the one elsewhere
    py_compile.compile(own)
    assert bytecode.stale_sources() == [dependency]
    # A source changed after its bytecode was written is stale again.
    later = _cached(layout["own"]).stat().st_mtime + 10
    os.utime(own, (later, later))
    assert own in bytecode.stale_sources()


def test_where_python_writes_no_bytecode_they_are_compiled_in_another_process_once(
    layout: dict[str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    process = bytecode.compile_stale_bytecode()
    assert process is not None and process.pid != os.getpid()
    assert process.wait(timeout=60) == 0  # the condition, however busy the machine
    assert _cached(layout["own"]).is_file() and _cached(layout["dependency"]).is_file()
    assert not _cached(layout["elsewhere"]).exists()
    assert bytecode.stale_sources() == []
    assert bytecode.compile_stale_bytecode() is None  # nothing left to do: nothing started


def test_nothing_is_started_where_python_writes_bytecode_itself_or_in_a_bundle(
    layout: dict[str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    assert bytecode.compile_stale_bytecode() is None
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert bytecode.compile_stale_bytecode() is None


def test_a_source_whose_directory_cannot_be_written_is_left_alone(
    layout: dict[str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    read_only = layout["dependency"].parent
    writable = os.access
    monkeypatch.setattr(bytecode.os, "access",
                        lambda path, mode: False if Path(path) == read_only else writable(path, mode))
    assert bytecode.stale_sources() == [str(layout["own"])]


def test_tupay_cli_run_as_the_program_asks_for_the_compile_as_it_ends_and_not_when_called(
    tmp_path: Path,
) -> None:
    import subprocess

    code = (
        "import sys\n"
        "from tupay_desktop import bytecode\n"
        "bytecode.compile_stale_bytecode = lambda: print('COMPILE', sys.dont_write_bytecode)\n"
        "from tupay_desktop.cli import main\n"
        "main(['history'])\n"  # called with arguments (as the tests and scripts do): no compile
        "print('CALLED')\n"
        "sys.argv = ['tupay-cli', 'history']\n"
        "main()\n"  # as the program
    )
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1", "TUPAY_DESK_CONFIG_DIR": str(tmp_path / "c"),
           "TUPAY_DESK_DATA_DIR": str(tmp_path / "d")}
    proc = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True,
                          timeout=120, check=False)
    lines = [line for line in proc.stdout.splitlines() if line in ("CALLED", "COMPILE True")]
    assert lines == ["CALLED", "COMPILE True"], proc.stdout + proc.stderr

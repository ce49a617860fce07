"""Where Python is told not to write bytecode, the Desk compiles what its start-up imported, once
(``tupay_desktop/bytecode.py``): in a separate process, only what Python would not accept, only in
its own package and its virtual environment, one such process at a time."""

from __future__ import annotations

import importlib.util
import os
import py_compile
import subprocess
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
    monkeypatch.setattr(bytecode, "_lock_path", lambda: tmp_path / "compile.lock")
    return {
        "own": _imported(package, "own", monkeypatch),
        "dependency": _imported(environment / "lib" / "site-packages", "dependency", monkeypatch),
        "elsewhere": _imported(tmp_path / "elsewhere", "elsewhere", monkeypatch),
    }


def _cached(source: Path) -> Path:
    return Path(importlib.util.cache_from_source(str(source)))


def _stale() -> list[str]:
    return [source for source, _cached_path in bytecode.stale_sources()]


def test_the_stale_sources_are_those_of_the_package_and_the_environment_python_would_not_load(
    layout: dict[str, Path],
) -> None:
    own, dependency = str(layout["own"]), str(layout["dependency"])
    assert _stale() == sorted([own, dependency])  # not the one elsewhere
    py_compile.compile(own)
    assert _stale() == [dependency]
    # A source changed after its bytecode was written is stale again, also when the bytecode file
    # is the newer of the two (a copy that kept old times): Python checks the source's time and
    # size recorded in the bytecode, not the bytecode file's own time.
    older = layout["own"].stat().st_mtime - 100
    layout["own"].write_text("VALUE = 'changed'\n", encoding="utf-8")
    os.utime(own, (older, older))
    assert _cached(layout["own"]).stat().st_mtime > layout["own"].stat().st_mtime
    assert own in _stale()


def test_outside_a_virtual_environment_only_the_desks_own_package_is_compiled(
    layout: dict[str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(bytecode, "ENVIRONMENT_DIR", None)  # sys.prefix is the system's Python
    assert _stale() == [str(layout["own"])]


def test_where_python_writes_no_bytecode_they_are_compiled_in_another_process_once(
    layout: dict[str, Path], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    process = bytecode.compile_stale_bytecode()
    assert process is not None and process.pid != os.getpid()
    assert process.wait(timeout=60) == 0  # the condition, however busy the machine
    assert _cached(layout["own"]).is_file() and _cached(layout["dependency"]).is_file()
    assert not _cached(layout["elsewhere"]).exists()
    assert _stale() == []
    assert not (tmp_path / "compile.lock").exists()  # the compile gave its lock back
    assert bytecode.compile_stale_bytecode() is None  # nothing left to do: nothing started


def test_one_compile_at_a_time_and_an_abandoned_lock_is_taken_over(
    layout: dict[str, Path], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    lock = tmp_path / "compile.lock"
    lock.touch()  # another call's compile, still running
    assert bytecode.compile_stale_bytecode() is None
    long_ago = lock.stat().st_mtime - bytecode.LOCK_STALE_S - 10
    os.utime(lock, (long_ago, long_ago))  # its process was killed before it could remove it
    process = bytecode.compile_stale_bytecode()
    assert process is not None and process.wait(timeout=60) == 0
    assert _stale() == [] and not lock.exists()


def test_nothing_is_started_where_python_writes_bytecode_itself_or_in_a_bundle(
    layout: dict[str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    assert bytecode.compile_stale_bytecode() is None
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert bytecode.compile_stale_bytecode() is None


def test_a_source_whose_bytecode_directory_cannot_be_written_is_left_alone(
    layout: dict[str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    read_only = layout["dependency"].parent
    writable = os.access
    monkeypatch.setattr(bytecode.os, "access",
                        lambda path, mode: False if Path(path) == read_only else writable(path, mode))
    assert _stale() == [str(layout["own"])]


def test_the_compile_runs_isolated_from_the_current_directory(
    layout: dict[str, Path], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """A ``py_compile.py`` (or any module) in the directory the Desk was started from is not what
    the compiling process imports (``python -I``)."""
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    trap = tmp_path / "cwd"
    trap.mkdir()
    (trap / "py_compile.py").write_text("raise SystemExit(7)\n", encoding="utf-8")
    monkeypatch.chdir(trap)
    process = bytecode.compile_stale_bytecode()
    assert process is not None and process.wait(timeout=60) == 0
    assert _stale() == []


def test_tupay_cli_run_as_the_program_asks_for_the_compile_as_it_ends_and_not_when_called(
    tmp_path: Path,
) -> None:
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


def test_a_failing_compile_step_never_changes_the_clis_exit_code(tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "from tupay_desktop import bytecode\n"
        "def broken():\n"
        "    raise RuntimeError('no')\n"
        "bytecode.compile_stale_bytecode = broken\n"
        "from tupay_desktop.cli import main\n"
        "sys.argv = ['tupay-cli', 'history']\n"
        "sys.exit(main())\n"
    )
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1", "TUPAY_DESK_CONFIG_DIR": str(tmp_path / "c"),
           "TUPAY_DESK_DATA_DIR": str(tmp_path / "d")}
    proc = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True,
                          timeout=120, check=False)
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr

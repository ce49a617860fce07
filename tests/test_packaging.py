"""Packaging: icons, the .desktop entry, resource lookup in a bundle, and (opt-in) the bundle itself.

The bundle test builds ``dist/tupay-desktop`` with ``packaging/build`` and runs its ``--self-test``.
It takes about half a minute once PyInstaller is cached, so it runs only when asked:
``TUPAY_TEST_BUNDLE=1 uv run pytest tests/test_packaging.py -m slow``.
"""

from __future__ import annotations

import configparser
import importlib.util
import os
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

from tupay_desktop import resources

ROOT = Path(__file__).resolve().parents[1]
BUNDLE = ROOT / "dist" / "tupay-desktop"
MAX_BUNDLE_BYTES = 150 * 1024 * 1024


def _load(name: str, path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


make_icons = _load("tupay_make_icons", ROOT / "tools" / "make_icons.py")


# ---------------------------------------------------------------------------------------------
# Icons
# ---------------------------------------------------------------------------------------------


def test_png_icons_have_their_sizes() -> None:
    for size in resources.ICON_SIZES:
        png = resources.icon_path(size).read_bytes()
        assert make_icons.png_size(png) == (size, size)
    with pytest.raises(ValueError):
        resources.icon_path(100)


def test_ico_holds_png_images_up_to_256() -> None:
    images = make_icons.read_ico((resources.icons_dir() / "tupay-desktop.ico").read_bytes())
    assert [size for size, _ in images] == list(make_icons.ICO_SIZES)
    for size, png in images:
        assert make_icons.png_size(png) == (size, size)


def test_icns_holds_the_retina_chunks() -> None:
    chunks = dict(make_icons.read_icns((resources.icons_dir() / "tupay-desktop.icns").read_bytes()))
    for kind, size in make_icons.ICNS_CHUNKS:
        assert make_icons.png_size(chunks[kind]) == (size, size)


def test_containers_round_trip() -> None:
    small, large = (
        make_icons.render_png(resources.icon_path(), 16),
        make_icons.render_png(resources.icon_path(), 256),
    )
    ico = make_icons.build_ico([small, large])
    assert make_icons.read_ico(ico) == [(16, small), (256, large)]
    icns = make_icons.build_icns([(b"ic08", large)])
    assert make_icons.read_icns(icns) == [(b"ic08", large)]
    with pytest.raises(ValueError):
        make_icons.build_ico([make_icons.render_png(resources.icon_path(), 512)])


def test_qt_reads_every_icon_file(qapp: object) -> None:
    from PySide6.QtGui import QIcon, QImageReader

    for name in ("tupay-desktop.ico", "tupay-desktop.icns", "tupay-desktop.svg"):
        reader = QImageReader(str(resources.icons_dir() / name))
        assert reader.canRead(), f"{name}: {reader.errorString()}"
        assert not reader.read().isNull()
    icon = QIcon(str(resources.icon_path()))
    assert not icon.pixmap(64, 64).isNull()


# ---------------------------------------------------------------------------------------------
# Desktop entry and resource lookup
# ---------------------------------------------------------------------------------------------


def test_desktop_entry() -> None:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(ROOT / "packaging" / "tupay-desktop.desktop", encoding="utf-8")
    entry = parser["Desktop Entry"]
    assert entry["Type"] == "Application"
    assert entry["Exec"].split()[0] == resources.APP_ID
    assert entry["Icon"] == resources.APP_ID
    assert entry["StartupWMClass"] == resources.APP_ID
    assert entry["Categories"].endswith(";") and entry["Keywords"].endswith(";")
    assert entry["Terminal"] == "false"
    assert entry["Name"] and entry["Comment[es]"] and entry["Comment[pt_BR]"]


def test_build_script_and_spec_are_in_place() -> None:
    build = ROOT / "packaging" / "build"
    assert os.access(build, os.X_OK)
    text = build.read_text(encoding="utf-8")
    assert 'PYINSTALLER_VERSION="' in text and "packaging/tupay-desktop.spec" in text
    spec = (ROOT / "packaging" / "tupay-desktop.spec").read_text(encoding="utf-8")
    for unwanted in ("QtWebEngineCore", "QtQml", "QtQuick", "QtMultimedia", "Qt3DCore"):
        assert f'"{unwanted}"' in spec  # listed among the excluded modules


def test_resources_found_in_a_checkout() -> None:
    assert resources.resources_dir() == ROOT / "resources"
    assert resources.icon_path().is_file()
    assert resources.catalogue_path("es").is_file()
    assert resources.catalogue_path("pt_BR", ".ts").is_file()


def test_resources_found_in_a_frozen_bundle(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "resources" / "translations").mkdir(parents=True)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resources.translations_dir() == tmp_path / "resources" / "translations"
    assert resources.icon_path(32) == tmp_path / "resources" / "icons" / "png" / "tupay-desktop-32.png"


def test_a_bundle_without_resources_falls_back_to_the_checkout(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resources.resources_dir() == ROOT / "resources"


# ---------------------------------------------------------------------------------------------
# The bundle (opt-in: TUPAY_TEST_BUNDLE=1)
# ---------------------------------------------------------------------------------------------


def _size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


@pytest.mark.slow
@pytest.mark.timeout(900)
@pytest.mark.skipif(
    os.environ.get("TUPAY_TEST_BUNDLE") != "1", reason="set TUPAY_TEST_BUNDLE=1 to build the bundle"
)
@pytest.mark.skipif(
    sys.platform != "linux", reason="the Linux bundle; see packaging/README.md for the others"
)
def test_bundle_builds_and_passes_its_self_test(tmp_path: Path) -> None:
    build = subprocess.run(
        [str(ROOT / "packaging" / "build")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=840,
        check=False,
    )
    assert build.returncode == 0, build.stdout[-3000:] + build.stderr[-3000:]
    executable = BUNDLE / resources.APP_ID
    assert executable.is_file()
    assert (BUNDLE / "share" / "applications" / f"{resources.APP_ID}.desktop").is_file()
    assert (BUNDLE / "share" / "icons" / "hicolor" / "256x256" / "apps" / f"{resources.APP_ID}.png").is_file()
    internal = BUNDLE / "_internal"
    assert (internal / "resources" / "translations" / "tupay_desktop_es.qm").is_file()
    names = {p.name for p in internal.rglob("*")}
    assert not {
        n for n in names if n.startswith(("libQt6WebEngine", "libQt6Qml", "libQt6Quick", "libQt6Pdf"))
    }
    assert _size(BUNDLE) < MAX_BUNDLE_BYTES

    env = {k: v for k, v in os.environ.items() if not k.startswith("TUPAY_DESK_")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["HOME"] = str(tmp_path)  # nothing of the developer's config is read
    result = subprocess.run(
        [str(executable), "--self-test"], capture_output=True, text=True, timeout=120, env=env, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "self-test: OK" in result.stdout

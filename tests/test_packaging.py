"""A non-editable install (what a container build does) carries the fact store inside it."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

from .conftest import ROOT

SOURCES = ("bot", "knowledge", "pyproject.toml", "setup.py", "README.md", "LICENSE")


def _run(*args: object, cwd: Path, env: dict[str, str] | None = None) -> str:
    done = subprocess.run(
        [str(a) for a in args], cwd=cwd, capture_output=True, text=True, timeout=180, env=env
    )
    assert done.returncode == 0, done.stdout + done.stderr
    return done.stdout


def test_the_wheel_finds_its_store_from_any_folder(tmp_path: Path) -> None:
    # a clean copy of what a build sees (no build/ or caches from the working tree)
    source = tmp_path / "source"
    source.mkdir()
    for name in SOURCES:
        path = ROOT / name
        if path.is_dir():
            shutil.copytree(path, source / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy(path, source / name)
    # offline: the test environment's setuptools builds it (no build isolation, no index)
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check", "--no-input"]
    _run(
        *pip,
        "wheel",
        "-q",
        "--no-deps",
        "--no-build-isolation",
        "-w",
        tmp_path,
        source,
        cwd=tmp_path,
    )
    wheel = next(tmp_path.glob("rivalry_bot-*.whl"))
    # a fresh venv; its dependencies are this environment's (a .pth), the bot only the wheel's
    venv = tmp_path / "venv"
    _run(sys.executable, "-m", "venv", "--without-pip", venv, cwd=tmp_path)
    python = venv / "bin" / "python"
    purelib = Path(
        _run(
            python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])", cwd=tmp_path
        ).strip()
    )
    (purelib / "deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    _run(*pip, "--python", python, "install", "-q", "--no-deps", "--no-index", wheel, cwd=tmp_path)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(tmp_path),
        "XDG_CACHE_HOME": str(tmp_path / "cache"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
    }
    checked = _run(python, "-m", "bot", "check", cwd=elsewhere, env=env)
    assert checked.startswith(f"knowledge OK: {purelib / 'bot' / 'knowledge_files'} ("), checked
    assert sorted(p.name for p in (purelib / "bot" / "knowledge_files").iterdir()) == sorted(
        p.name for p in (ROOT / "knowledge").glob("*.yaml")
    )
    answered = _run(python, "-m", "bot", "ask", "/h2h kerr jakob", cwd=elsewhere, env=env)
    assert answered.startswith("Josh Kerr (GBR) vs Jakob Ingebrigtsen (NOR)")
    # /ask's intent model learns from the labelled questions shipped inside the package
    asked = "what's the deal between kerr and hocker"
    answered = _run(python, "-m", "bot", "ask", asked, cwd=elsewhere, env=env)
    assert answered.startswith("Read as: /h2h Josh Kerr vs Cole Hocker"), answered
    # the migrations ship too, and KNOWLEDGE_DIR still overrides the packaged store
    _run(python, "-m", "bot", "migrate", cwd=elsewhere, env=env)
    copy = shutil.copytree(ROOT / "knowledge", tmp_path / "mine")
    overridden = _run(
        python, "-m", "bot", "check", cwd=elsewhere, env={**env, "KNOWLEDGE_DIR": str(copy)}
    )
    assert overridden.startswith(f"knowledge OK: {copy} (")


def test_the_lock_pins_every_dependency_within_its_range() -> None:
    """requirements.txt (pip-compile's lock) is current with pyproject.toml's dependencies."""
    import tomllib

    from packaging.requirements import Requirement
    from packaging.utils import canonicalize_name

    pins = {}
    for line in (ROOT / "requirements.txt").read_text().splitlines():
        if line and not line.startswith((" ", "#")):
            name, _, version = line.partition("==")
            pins[canonicalize_name(name)] = version.strip()
    declared = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["dependencies"]
    for text in declared:
        wanted = Requirement(text)
        pinned = pins.get(canonicalize_name(wanted.name))
        assert pinned is not None, f"{wanted.name} is not in requirements.txt: run pip-compile"
        assert wanted.specifier.contains(pinned), f"{wanted.name}=={pinned} is outside {wanted}"


def test_the_container_files_agree_with_the_project() -> None:
    """No engine runs here: what can be checked without one (.ci/run builds where one does)."""
    import fnmatch
    import re

    import yaml

    from bot.db.url import engine_url

    dockerfile = (ROOT / "Dockerfile").read_text()
    ignored = [
        line
        for line in (ROOT / ".dockerignore").read_text().splitlines()
        if line and not line.startswith(("#", "!"))
    ]
    for copied in re.findall(r"^COPY (?!--from)(.+) \S+$", dockerfile, flags=re.MULTILINE):
        for name in copied.split():
            assert (ROOT / name).exists(), f"the Dockerfile copies {name}, which is missing"
            assert not any(fnmatch.fnmatch(name, pattern) for pattern in ignored), name
    # the image installs with the script CI runs, as a non-root user, the store checked
    assert "RUN sh deploy/install.sh /src /opt/venv" in dockerfile
    assert re.search(r"^USER bot$", dockerfile, flags=re.MULTILINE)
    assert dockerfile.index("USER bot") < dockerfile.index("RUN python -m bot check")
    install = (ROOT / "deploy" / "install.sh").read_text()
    assert '-r "$source_dir/requirements.txt"' in install and '--no-deps "$source_dir"' in install
    # compose's URL for its own PostgreSQL is one the bot takes
    compose = yaml.safe_load((ROOT / "compose.yaml").read_text())
    url = compose["services"]["bot"]["environment"]["DATABASE_URL"]
    url = url.replace("${POSTGRES_PASSWORD:-rivalry}", "rivalry")
    assert engine_url(url) == "postgresql+asyncpg://rivalry:rivalry@db:5432/rivalry"
    assert compose["services"]["bot"]["depends_on"]["db"]["condition"] == "service_healthy"

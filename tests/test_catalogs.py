"""The catalogs ship in the package and compile from their .po files when first used."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from bot.i18n import language

from .conftest import ROOT

SETUP = "import setuptools; setuptools.setup()"


def test_catalogs_ship_in_the_built_package(tmp_path: Path) -> None:
    built = tmp_path / "build"
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": str(tmp_path)}
    # what a wheel (and so a non-editable `pip install`) contains: setuptools' build_py
    subprocess.run(
        [sys.executable, "-c", SETUP, "-q", "build_py", "--build-lib", str(built)],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
        timeout=120,
    )
    assert (built / "bot" / "locale" / "nb" / "LC_MESSAGES" / "rivalry.po").is_file()
    probe = "from bot.i18n import language; print(language('no').text('quote', 'command_name'))"
    done = subprocess.run(
        [sys.executable, "-c", probe],
        cwd=tmp_path,
        env={**env, "PYTHONPATH": str(built)},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.stdout.strip() == "sitat", done.stderr


def test_languages_follow_discord_locales_with_english_as_fallback() -> None:
    assert language("no").code == "nb"
    assert language("en-US").code == "en_US" and language("en-GB").code == "en_GB"
    assert language("fr").code == "en_GB" and language(None).code == "en_GB"
    assert language("no").text("never translated") == "never translated"

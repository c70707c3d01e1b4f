#!/bin/sh
# Install the bot as a deploy does: its locked dependencies, then the project itself, not
# editable, into a virtual environment. The Dockerfile runs this, and so does .ci/run (from
# another folder, into a fresh venv), so CI checks the image's own steps without a container.
#   sh deploy/install.sh SOURCE_DIR VENV_DIR
set -eu
source_dir=$(cd "$1" && pwd)
venv=$2
python3 -m venv "$venv"
"$venv/bin/pip" install --quiet --disable-pip-version-check --upgrade pip
# requirements.txt is the lock (pip-compile): the same versions on every install
"$venv/bin/pip" install --quiet --disable-pip-version-check -r "$source_dir/requirements.txt"
"$venv/bin/pip" install --quiet --disable-pip-version-check --no-deps "$source_dir"

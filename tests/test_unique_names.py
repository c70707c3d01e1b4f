"""Every public name under ``bot/`` is defined in one module, so a name says which thing it is.

Two classes called ``Refusal`` or two functions called ``excerpt`` make a reader (and an
import) guess which one is meant. A public name is a module-level class, function, constant or
alias not starting with ``_``; an import is not a definition, so re-exporting one thing under
its own name is fine. The few names a framework or a protocol makes every module use are
allowed below, each with its reason and only where that protocol applies.

Run as a script (``python tests/test_unique_names.py``) to list every collision.
"""

from __future__ import annotations

import ast
import re
import sys
from collections import defaultdict
from pathlib import Path

BOT = Path(__file__).resolve().parent.parent / "bot"

# name -> the modules (paths under bot/, as regular expressions) allowed to define it, and why
ALLOWED: dict[str, tuple[str, str]] = {
    # discord.py loads an extension by calling its module's ``setup`` (and ``teardown``)
    "setup": (r"exts/\w+\.py", "discord.py extension entry point"),
    "teardown": (r"exts/\w+\.py", "discord.py extension exit point"),
    # Alembic reads these names from every migration script
    **{
        name: (r"db/migrations/versions/\w+\.py", "Alembic migration script")
        for name in (
            "revision",
            "down_revision",
            "branch_labels",
            "depends_on",
            "upgrade",
            "downgrade",
        )
    },
    # each module's own logger (logging.getLogger(__name__)): one per module by design
    "log": (r".*", "per-module logger"),
    # a module's own type variable: scoped to the generics of that module
    "T": (r".*", "per-module TypeVar"),
    # ``bot.create_bot`` is a cheap lazy entry to ``bot.app.create_bot``: the same thing
    "create_bot": (r"(__init__|app)\.py", "lazy re-export of bot.app.create_bot"),
    # bot.commands finds each feature package by its ``FEATURE`` (getattr)
    "FEATURE": (r"features/\w+/__init__\.py", "feature package protocol"),
    # a feature's /ask reading: the same parts in every features/<name>/reading.py, and the
    # score weights two readings share in role (BASE, MEET_NAMED_COST), each its own value
    **{
        name: (r"features/\w+/reading\.py", "feature reading protocol")
        for name in ("READING", "CUES", "TYPOS", "BASE", "MEET_NAMED_COST", "build", "label")
    },
    # a feature's chart: the same parts in every features/<name>/chart.py
    **{
        name: (r"features/\w+/chart\.py", "feature chart protocol")
        for name in ("CHART", "question", "held", "draw")
    },
}


def defined(tree: ast.Module) -> list[str]:
    """The names a module's top level defines (also under a module-level ``if`` or ``try``)."""
    names: list[str] = []

    def walk(body: list[ast.stmt]) -> None:
        for node in body:
            if isinstance(node, ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
                names.append(node.name)
            elif isinstance(node, ast.Assign):
                for target in node.targets:
                    elements = target.elts if isinstance(target, ast.Tuple) else [target]
                    names.extend(e.id for e in elements if isinstance(e, ast.Name))
            elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
                names.append(node.target.id)
            elif isinstance(node, ast.If | ast.Try):
                walk(node.body)
                walk(node.orelse)

    walk(tree.body)
    return names


def public_names() -> dict[str, list[str]]:
    """Every public name under ``bot/`` and the modules (paths under bot/) that define it."""
    where: dict[str, list[str]] = defaultdict(list)
    for path in sorted(BOT.rglob("*.py")):
        module = path.relative_to(BOT).as_posix()
        for name in dict.fromkeys(defined(ast.parse(path.read_text(encoding="utf-8")))):
            if not name.startswith("_"):
                where[name].append(module)
    return where


def collisions(allowed: dict[str, tuple[str, str]]) -> dict[str, list[str]]:
    """Public names defined in more than one module, less those ``allowed`` where they are."""
    found = {}
    for name, modules in public_names().items():
        pattern = allowed.get(name, ("", ""))[0]
        # an allowed name still collides when one of its definitions is outside its protocol
        if len(modules) > 1 and not all(pattern and re.fullmatch(pattern, m) for m in modules):
            found[name] = modules
    return found


def test_every_public_name_is_defined_once() -> None:
    assert collisions(ALLOWED) == {}


def test_the_check_finds_a_collision() -> None:
    # two real definitions of one name: the check must see them
    names = public_names()
    assert "excerpt" in names and names["excerpt"] == ["typed.py"]
    assert "setup" in collisions({})


def test_an_allowed_name_outside_its_protocol_still_collides() -> None:
    narrowed = dict(ALLOWED, setup=(r"exts/slash\.py", "only one extension"))
    assert "setup" in collisions(narrowed)


if __name__ == "__main__":
    every = collisions({} if "--all" in sys.argv else ALLOWED)
    for name, modules in sorted(every.items()):
        print(f"{name} ({len(modules)}): {' '.join(modules)}")
    count = sum(map(len, every.values()))
    print(f"{len(every)} names defined in more than one module, {count} definitions")

"""Layers point one way: transport (HTTP, Socket.IO, SMTP) → services → stores. Importing a
domain package loads no transport, each checked in a fresh interpreter; no modules import
each other in a circle, not even through a package's face."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import chat_server

TRANSPORTS = ("aiohttp.web", "aiosmtpd", "chat_server.http", "chat_server.smtp")


# The domain packages; together, so the check costs one interpreter start.
DOMAIN = ("chat_server.tickets", "chat_server.tickets.inbound", "chat_server.agents")


def loaded_after_import(*modules: str) -> set[str]:
    """The modules of ``TRANSPORTS`` that importing ``modules`` loads in a fresh interpreter."""
    probe = (
        f"import sys, {', '.join(modules)}\n"
        f"print('\\n'.join(m for m in sys.modules if m.startswith({TRANSPORTS!r})))"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, check=True
    )
    return set(done.stdout.split())


def test_domain_packages_load_no_transport() -> None:
    assert loaded_after_import(*DOMAIN) == set()


def test_the_probe_sees_a_transport() -> None:
    # The check itself can fail: the HTTP ticket API does load aiohttp.web.
    assert "aiohttp.web" in loaded_after_import("chat_server.http.tickets")


def _imports(path: Path, package: str) -> set[str]:
    """The modules ``path`` depends on as the type checker counts it: ``from a.b import c``
    needs ``a.b`` (its face) and ``a.b.c`` if that is a module; ``import a.b.c`` needs
    ``a.b.c`` and its parents."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*parts, *([base] if base else [])])
            found.add(base)
            found.update(f"{base}.{alias.name}" for alias in node.names)
        elif isinstance(node, ast.Import):
            for alias in node.names:
                parts = alias.name.split(".")
                found.update(".".join(parts[:i]) for i in range(1, len(parts) + 1))
    return found


def import_graph(root: Path) -> dict[str, set[str]]:
    modules: dict[str, Path] = {}
    for path in root.rglob("*.py"):
        name = ".".join(path.relative_to(root.parent).with_suffix("").parts)
        modules[name.removesuffix(".__init__")] = path
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        graph[name] = {m for m in _imports(path, package) if m in modules and m != name}
    return graph


def circles(graph: dict[str, set[str]]) -> list[set[str]]:
    """Groups of modules that reach each other (strongly connected, more than one)."""
    reach = {m: _reachable(graph, m) for m in graph}
    found: list[set[str]] = []
    for m in graph:
        group = {n for n in reach[m] if m in reach[n]} | {m}
        if len(group) > 1 and group not in found:
            found.append(group)
    return found


def _reachable(graph: dict[str, set[str]], start: str) -> set[str]:
    seen: set[str] = set()
    todo = [*graph[start]]
    while todo:
        m = todo.pop()
        if m not in seen:
            seen.add(m)
            todo.extend(graph[m])
    return seen


def test_no_import_circle_even_for_the_type_checker() -> None:
    assert circles(import_graph(Path(chat_server.__file__).parent)) == []


def test_the_circle_check_sees_a_face_imported_by_its_own_module() -> None:
    # `from pkg import keys` in pkg/store.py, while pkg/__init__.py imports pkg.store.
    graph = {"pkg": {"pkg.store"}, "pkg.store": {"pkg", "pkg.keys"}, "pkg.keys": set()}
    assert circles(graph) == [{"pkg", "pkg.store"}]

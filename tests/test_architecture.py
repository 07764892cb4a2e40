"""The apps depend in one direction only: integration_portal <- network <- directory <- projects.

integration_portal is the base (site settings, publishing, roles, caching, the section registry).
The base must not know the apps built on it, or it cannot be reused, tested or loaded without
them, and every new app would mean editing the base. An app may therefore import only itself and
the apps to its left. The project wiring is the one exception: the settings (INSTALLED_APPS), the
root URLconf and the WSGI/ASGI entry points name every app. There is no other allow-list.
Only imports count; a migration's `dependencies` list and app labels in strings are not imports.
"""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
LAYERS = ("integration_portal", "network", "directory", "projects")
WIRING = {
    Path("integration_portal", name) for name in ("settings.py", "urls.py", "wsgi.py", "asgi.py")
}


def _imports(path: Path, tree: ast.AST):
    """(line, dotted module) for every import anywhere in the module, relative ones resolved."""
    package = path.parent.parts  # the package of both `pkg/mod.py` and `pkg/__init__.py`
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom):
            base = package[: max(0, len(package) - node.level + 1)] if node.level else ()
            module = ".".join((*base, *(node.module or "").split("."))).strip(".")
            if module:
                yield node.lineno, module
            else:  # `from .. import app` above the top level: the names are the modules
                yield from ((node.lineno, alias.name) for alias in node.names)


def violations(path: Path, source: str) -> list[str]:
    """Every import in `source` of an app above the one owning `path` (relative to the root)."""
    path = path.relative_to(ROOT) if path.is_absolute() else path
    app = path.parts[0]
    if app not in LAYERS or path in WIRING:
        return []
    allowed = LAYERS[: LAYERS.index(app) + 1]
    return [
        f"{path.as_posix()}:{line} imports {module} ({app} may not import {target})"
        for line, module in _imports(path, ast.parse(source, filename=str(path)))
        if (target := module.split(".")[0]) in LAYERS and target not in allowed
    ]


def test_no_app_imports_an_app_above_it():
    files = sorted(f for app in LAYERS for f in (ROOT / app).rglob("*.py"))
    assert len({f.relative_to(ROOT).parts[0] for f in files}) == len(LAYERS), "an app folder moved"
    found = [problem for f in files for problem in violations(f, f.read_text(encoding="utf-8"))]
    assert not found, "Imports against the app layering:\n" + "\n".join(found)


@pytest.mark.parametrize(
    ("path", "source", "expected"),
    [
        (
            "network/x.py",
            "from directory.models import Offer\n",
            "network/x.py:1 imports directory.models (network may not import directory)",
        ),
        (
            "integration_portal/apps.py",
            "class C:\n    def ready(self):\n        import projects.signals\n",
            "integration_portal/apps.py:3 imports projects.signals "
            "(integration_portal may not import projects)",
        ),
        (
            "network/sub/x.py",
            "from ...directory import models\n",
            "network/sub/x.py:1 imports directory (network may not import directory)",
        ),
        (
            "integration_portal/management/commands/c.py",
            "from .... import network\n",
            "integration_portal/management/commands/c.py:1 imports network "
            "(integration_portal may not import network)",
        ),
    ],
)
def test_guard_reports_an_upward_import(path, source, expected):
    assert violations(Path(path), source) == [expected]


def test_guard_allows_own_and_lower_apps_and_the_wiring_modules():
    source = "import network.models\nfrom integration_portal import roles\nfrom .models import A\n"
    assert violations(Path("directory/views.py"), source) == []
    assert violations(Path("integration_portal/urls.py"), "from projects import urls\n") == []

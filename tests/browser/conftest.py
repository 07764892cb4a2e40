"""Real Chromium, driven by Playwright, against the live test server.

Uses the system Chromium ($CHROMIUM or /usr/bin/chromium) and never downloads a browser.
"""

import os
import shutil
from pathlib import Path

import pytest

from tests.directory.fixtures import make_offer, organization, taxonomy  # noqa: F401

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "screenshots"
CHROMIUM_FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
# Playwright's sync API runs an event loop in this thread; the ORM calls the tests make
# between browser steps are still synchronous and safe.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/browser/" in str(item.fspath):
            item.add_marker(pytest.mark.browser)


def _chromium() -> str:
    candidate = os.environ.get("CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
    if not Path(candidate).exists():
        pytest.fail(
            "Chromium was not found: install it (Debian/Ubuntu: apt-get install chromium) "
            "or set CHROMIUM to its path. The browser tests never download a browser.",
            pytrace=False,
        )
    return candidate


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(executable_path=_chromium(), args=CHROMIUM_FLAGS)
        yield instance
        instance.close()


@pytest.fixture
def phone(browser):
    """A cheap phone: 390 px wide."""
    context = browser.new_context(viewport={"width": 390, "height": 844}, device_scale_factor=1)
    yield _watched_page(context)
    context.close()


def _watched_page(context):
    """A page of `context` that collects the Content Security Policy violations it reports."""
    context.set_default_timeout(5000)
    page = context.new_page()
    page.csp_violations = []
    page.on(
        "console",
        lambda message: (
            "Content Security Policy" in message.text and page.csp_violations.append(message.text)
        ),
    )
    return page


@pytest.fixture
def desktop(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    yield _watched_page(context)
    context.close()


@pytest.fixture
def screenshot():
    """Keep a full-page screenshot under test-artifacts/screenshots/."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)

    def take(page, name):
        path = ARTIFACTS / f"{name}.png"
        page.screenshot(path=str(path), full_page=True)
        return path

    return take


@pytest.fixture
def axe():
    """Run axe-core (WCAG 2.0-2.2 A/AA and best practices) and return the violations."""
    from axe_playwright_python.sync_playwright import Axe

    checker = Axe()

    def violations(page):
        options = {
            "runOnly": {
                "type": "tag",
                "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"],
            }
        }
        results = checker.run(page, options=options)
        return [
            f"{page.url} {v['id']}: {v['help']} ({len(v['nodes'])}× e.g. {v['nodes'][0]['target']})"
            for v in results.response["violations"]
        ]

    return violations

"""What the browser tests measure on a page: axe-core, transferred bytes, mirroring, overflow, console errors.

Each function returns what it found (violations, boxes, bytes), so a test's assertion message says what a
person would see wrong.
"""

from pathlib import Path

import pytest
from playwright.sync_api import ConsoleMessage, Page

REPO_ROOT = Path(__file__).resolve().parents[2]
AXE_JS = REPO_ROOT / "node_modules" / "axe-core" / "axe.min.js"


# --- axe-core ----------------------------------------------------------------------------


def axe_violations(tab: Page) -> list[str]:
    """Run axe-core (every rule but the experimental ones) on the page; one line per violation.

    The script is evaluated through the DevTools protocol rather than added as a <script> tag: the
    site's content security policy stays in force (no ``bypass_csp``), so a test on the same page
    still sees every script or style the policy refuses.
    """
    if not AXE_JS.exists():
        pytest.fail(f"{AXE_JS.relative_to(REPO_ROOT)} is missing: run `make install` (npm ci)")
    if not tab.evaluate("typeof window.axe !== 'undefined'"):
        tab.evaluate(AXE_JS.read_text())
    result = tab.evaluate("axe.run(document, {resultTypes: ['violations']})")
    return [
        f"{violation['id']} ({violation['impact']}): {violation['help']} — "
        + ", ".join(" ".join(node["target"]) for node in violation["nodes"][:5])
        for violation in result["violations"]
    ]


# --- transferred bytes -------------------------------------------------------------------


class TransferMeter:
    """Bytes a tab received over the network (headers and bodies, as encoded on the wire), cache off.

    The same figure as "transferred" in Chromium's network panel, from the DevTools protocol's
    ``Network.loadingFinished`` events.
    """

    def __init__(self, tab: Page):
        self.tab = tab
        self.session = tab.context.new_cdp_session(tab)
        self.bytes: dict[str, int] = {}
        self.urls: dict[str, str] = {}
        self.session.on("Network.requestWillBeSent", self._sent)
        self.session.on("Network.loadingFinished", self._finished)
        self.session.send("Network.enable")
        self.session.send("Network.setCacheDisabled", {"cacheDisabled": True})

    def _sent(self, event: dict) -> None:
        self.urls[event["requestId"]] = event["request"]["url"]

    def _finished(self, event: dict) -> None:
        self.bytes[event["requestId"]] = int(event["encodedDataLength"])

    def reset(self) -> None:
        self.bytes.clear()
        self.urls.clear()

    @property
    def total(self) -> int:
        return sum(self.bytes.values())

    def breakdown(self) -> str:
        rows = sorted(((size, self.urls.get(key, key)) for key, size in self.bytes.items()), reverse=True)
        return "; ".join(f"{url} {size / 1024:.1f} KB" for size, url in rows)


# --- layout --------------------------------------------------------------------------------

OVERFLOW_JS = """() => {
    const width = document.documentElement.clientWidth;
    const outside = [];
    for (const element of document.body.querySelectorAll('*')) {
        const box = element.getBoundingClientRect();
        if (box.width <= 1 || box.height <= 1) continue;  // nothing to see (visually hidden)
        if (box.left >= -1 && box.right <= width + 1) continue;
        let clipped = false;  // a wide table inside its own scroll box is fine
        for (let parent = element.parentElement; parent && parent !== document.body; parent = parent.parentElement) {
            if (getComputedStyle(parent).overflowX !== 'visible') { clipped = true; break; }
        }
        if (clipped) continue;
        const name = element.tagName.toLowerCase() + (element.className && typeof element.className === 'string'
            ? '.' + element.className.trim().split(/\\s+/).join('.') : '');
        outside.push(`${name} from ${Math.round(box.left)} to ${Math.round(box.right)} px`);
    }
    return {scrollWidth: document.documentElement.scrollWidth, width, outside: outside.slice(0, 10)};
}"""


def horizontal_overflow(tab: Page) -> list[str]:
    """What sticks out sideways at the current viewport: the page scrolling sideways, or boxes off-screen.

    Off-screen to the left does not scroll in a right-to-left page (nor to the right in a left-to-right
    one): the person simply cannot see it, so both are reported.
    """
    found = tab.evaluate(OVERFLOW_JS)
    problems = []
    if found["scrollWidth"] > found["width"]:
        problems.append(f"the page is {found['scrollWidth']} px wide in a {found['width']} px window")
    return problems + found["outside"]


MENU_JS = """() => {
    const list = document.querySelector('.main-menu > ul');
    const style = getComputedStyle(list);
    const box = list.getBoundingClientRect();
    const boxes = [...list.children].filter(item => !item.classList.contains('main-menu__search'))
        .map(item => item.getBoundingClientRect());
    // The first line of the menu: a long menu wraps, and its second line starts at the start edge again.
    const items = boxes.filter(b => Math.abs(b.top - boxes[0].top) < 2).map(b => ({left: b.left, right: b.right}));
    const brand = document.querySelector('.site-header__brand').getBoundingClientRect();
    return {
        start: box.left + parseFloat(style.paddingLeft),
        end: box.right - parseFloat(style.paddingRight),
        brand: {left: brand.left, right: brand.right},
        items,
    };
}"""


def menu_layout(tab: Page) -> dict:
    """The main menu's first line of items (edges, in reading order), the inner edges of its bar, the site name."""
    return tab.evaluate(MENU_JS)


LABELS_JS = """() => {
    const found = [];
    for (const label of document.querySelectorAll('label[for]')) {
        const control = document.getElementById(label.htmlFor);
        if (!control) continue;
        const labelBox = label.getBoundingClientRect();
        const controlBox = control.getBoundingClientRect();
        if (labelBox.width <= 1 || controlBox.width <= 1) continue;  // visually hidden
        if (label.closest('[aria-hidden="true"]')) continue;  // the honeypot
        const range = document.createRange();
        range.selectNodeContents(label);
        const text = range.getBoundingClientRect();
        found.push({
            name: label.textContent.trim().slice(0, 40),
            type: control.type || control.tagName.toLowerCase(),
            direction: getComputedStyle(control.parentElement).direction,  // a phone field itself may read ltr
            label: {left: text.left, right: text.right},
            control: {left: controlBox.left, right: controlBox.right},
        });
    }
    return found;
}"""


def misplaced_labels(tab: Page, direction: str) -> list[str]:
    """Labels that do not sit where the reading direction puts them.

    Tick boxes and radio buttons come first in the line: in right-to-left the box is right of its
    label. A label above a text field starts where the field starts: at its right edge in
    right-to-left, at its left edge in left-to-right.
    """
    problems = []
    for field in tab.evaluate(LABELS_JS):
        label, control = field["label"], field["control"]
        if field["direction"] != direction:
            problems.append(f"{field['name']!r}: the form reads {field['direction']}, the page {direction}")
        elif field["type"] in {"checkbox", "radio"}:
            if direction == "rtl":
                beside = control["left"] >= label["right"] - 1
            else:
                beside = control["right"] <= label["left"] + 1
            if not beside:
                side = "right" if direction == "rtl" else "left"
                problems.append(f"{field['name']!r}: its {field['type']} is not {side} of the label")
        else:
            edge = "right" if direction == "rtl" else "left"
            if abs(label[edge] - control[edge]) > 2:
                problems.append(
                    f"{field['name']!r}: the label starts at {label[edge]:.0f} px, its field at {control[edge]:.0f} px"
                )
    return problems


# --- console -------------------------------------------------------------------------------


def console_errors(messages: list[ConsoleMessage], *, expected_status_of: str | None = None) -> list[str]:
    """Errors in the console; ``expected_status_of`` a URL whose error status is the point (the 404 page)."""
    errors = []
    for message in messages:
        if message.type != "error":
            continue
        if (
            expected_status_of
            and message.text.startswith("Failed to load resource: the server responded with a status of")
            and (message.location or {}).get("url") == expected_status_of
        ):
            continue
        errors.append(message.text)
    return errors

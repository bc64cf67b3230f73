"""Arabic pages read right-to-left in a real browser, Dutch pages left-to-right."""

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def computed_direction(browser_page, selector: str) -> str:
    return browser_page.eval_on_selector(selector, "element => getComputedStyle(element).direction")


@pytest.mark.parametrize(
    ("language_code", "direction"),
    [("ar", "rtl"), ("nl", "ltr")],
)
def test_home_page_direction(live_server, homes, browser_page, screenshot_dir, language_code, direction):
    response = browser_page.goto(f"{live_server.url}/{language_code}/")

    assert response.status == 200
    assert browser_page.get_attribute("html", "lang") == language_code
    assert browser_page.get_attribute("html", "dir") == direction
    assert computed_direction(browser_page, "html") == direction
    assert computed_direction(browser_page, "main") == direction
    browser_page.screenshot(path=screenshot_dir / f"home-{language_code}.png", full_page=True)

"""The directory in a real browser: the filter column mirrors in Arabic, and filtering works by keyboard alone."""

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]
pytest_plugins = ["tests.initiatives_fixtures"]


@pytest.fixture
def filled_directory(make_initiative, sync_trees):
    make_initiative(title="Taalcafé", slug="taalcafe", focus=["language"], regions=["utrecht"], status="running")
    make_initiative(title="Werkplaats", focus=["work-and-entrepreneurship"], regions=["national"], status="ended")
    sync_trees()


def box(browser_page, selector: str) -> dict:
    return browser_page.locator(selector).bounding_box()


@pytest.mark.parametrize("language_code", ["ar", "nl"])
def test_filters_sit_at_the_start_of_the_line(
    live_server, filled_directory, browser_page, console_messages, screenshot_dir, language_code
):
    response = browser_page.goto(f"{live_server.url}/{language_code}/bijzondere-initiatieven/")

    assert response.status == 200
    filters, results = box(browser_page, ".directory__filters"), box(browser_page, ".directory__results")
    if language_code == "ar":
        assert filters["x"] > results["x"]
    else:
        assert filters["x"] < results["x"]
    assert browser_page.locator(".directory__results .card").count() == 2
    assert [message for message in console_messages if message.type == "error"] == []
    browser_page.screenshot(path=screenshot_dir / f"initiatives-{language_code}.png", full_page=True)


def test_filtering_with_the_keyboard_only(live_server, filled_directory, browser_page):
    browser_page.goto(f"{live_server.url}/en/bijzondere-initiatieven/")

    browser_page.focus("#focus-language")
    browser_page.keyboard.press("Space")
    browser_page.focus(".directory__actions button")
    browser_page.keyboard.press("Enter")
    browser_page.wait_for_url("**/?*focus=language*")

    assert browser_page.locator(".directory__results .card__title").all_inner_texts() == ["Taalcafé"]
    assert browser_page.locator(".directory__count").inner_text() == "1 initiative"
    browser_page.locator(".directory__clear").focus()
    browser_page.keyboard.press("Enter")
    browser_page.wait_for_url("**/bijzondere-initiatieven/")
    assert browser_page.locator(".directory__results .card").count() == 2


def test_untranslated_initiative_in_arabic_keeps_its_dutch_text_left_to_right(
    live_server, filled_directory, browser_page, screenshot_dir
):
    response = browser_page.goto(f"{live_server.url}/ar/bijzondere-initiatieven/taalcafe/")

    assert response.status == 200
    direction = "element => getComputedStyle(element).direction"
    assert browser_page.eval_on_selector(".initiative__main", direction) == "ltr"
    assert browser_page.eval_on_selector(".initiative__info", direction) == "rtl"
    browser_page.screenshot(path=screenshot_dir / "initiative-ar.png", full_page=True)

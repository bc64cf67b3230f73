"""Bad ids in the admin's bulk-action URLs: a 400 for a signed-in user, never Wagtail's 500."""

import pytest

pytest_plugins = ["tests.triage_fixtures"]
pytestmark = pytest.mark.django_db

BAD = ["%FF", "x", "99999999999999999999999", "%00", "1%2C2"]


@pytest.mark.parametrize("role", ["editor", "moderator", "superuser"])
@pytest.mark.parametrize("bad", BAD)
def test_a_bulk_action_with_an_unreadable_id_is_a_400(client, people, homes, role, bad):
    client.force_login(people[role])

    for url in [
        f"/admin/bulk/wagtailcore/page/publish/?id={bad}",
        f"/admin/bulk/wagtailcore/page/delete/?id={homes['nl'].pk}&id={bad}",
        f"/admin/bulk/wagtailcore/page/move/?id=all&childOf={bad}",
    ]:
        response = client.get(url)
        assert response.status_code == 400, (url, response.status_code)


def test_a_bulk_action_with_good_ids_still_reaches_wagtail(client, people, homes):
    client.force_login(people["superuser"])

    response = client.get(f"/admin/bulk/wagtailcore/page/unpublish/?id={homes['en'].pk}")

    assert response.status_code == 200
    assert homes["en"].title in response.content.decode()


def test_anonymous_visitors_are_sent_to_the_sign_in_first(client):
    response = client.get("/admin/bulk/wagtailcore/page/publish/?id=%FF")

    assert response.status_code == 302 and "/admin/login/" in response["Location"]

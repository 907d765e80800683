"""Password-protected pages: the form sends a visitor back somewhere that exists."""

from wagtail.models import PageViewRestriction

from tests import factories


def test_a_password_form_pointing_off_the_site_returns_to_the_home_page(client, site_tree):
    post = factories.NewsPageFactory(parent=site_tree.news_index, title="Vidaus naujiena")
    restriction = PageViewRestriction.objects.create(
        page=post, restriction_type="password", password="x1"
    )
    form_action = client.get(post.url).content.decode()
    url = f"/lt/_util/authenticate_with_password/{restriction.pk}/{post.pk}/"
    assert f'action="{url}"' in form_action
    response = client.post(
        url,
        {"password": "x1", "return_url": "https://evil.example/"},
    )
    assert response.status_code == 302
    assert response["Location"] == "/"
    assert client.get("/", follow=True).status_code == 200

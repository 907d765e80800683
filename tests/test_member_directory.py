"""Visitors find cluster members on the cluster index: a directory of all the language's
members, filtered by sector, region, country, openness, language and text, with counts, in
shareable addresses, a page at a time, and never a server error on a bad value."""

import re

import pytest

from clusters.models.directory import MEMBERS_PER_PAGE
from tests import factories
from tests.lithuanian import lt
from tests.queries import count_queries
from tests.test_page_rendering import visible_text


def member_titles(response):
    """Titles of the member cards in the directory, in order."""
    html = response.content.decode()
    directory = html.split('id="directory-heading"', 1)[1]
    return re.findall(r'<h3 class="card__title"><a href="[^"]*">([^<]*)</a>', directory)


@pytest.fixture
def directory(site_tree):
    weaving = factories.CraftSectorFactory(name="Audimas", slug="audimas")
    ceramics = factories.CraftSectorFactory(name="Keramika", slug="keramika")
    taurage = factories.RegionFactory(name="Tauragės rajonas", country="LT")
    suwalki = factories.RegionFactory(name="Suvalkų apskritis", country="PL")
    north = factories.ClusterPageFactory(parent=site_tree.cluster_index, title="Šiaurės klasteris")
    south = factories.ClusterPageFactory(parent=site_tree.cluster_index, title="Pietų klasteris")
    return {
        "weaving": weaving,
        "ceramics": ceramics,
        "taurage": taurage,
        "suwalki": suwalki,
        "north": north,
        "ona": factories.ClusterMemberPageFactory(
            parent=north,
            title="Ona Audėja",
            region=taurage,
            municipality="Skaudvilė",
            country="LT",
            languages_spoken=["lt", "ru"],
            craft_sectors=[weaving],
        ),
        "jonas": factories.ClusterMemberPageFactory(
            parent=north,
            title="Jonas Puodžius",
            region=taurage,
            country="LT",
            open_to_cooperation=False,
            languages_spoken=["lt"],
            craft_sectors=[ceramics],
        ),
        "anna": factories.ClusterMemberPageFactory(
            parent=south,
            title="Anna Garncarz",
            region=suwalki,
            country="PL",
            description="<p>Toczy naczynia z gliny.</p>",
            languages_spoken=["pl", "lt"],
            craft_sectors=[ceramics, weaving],
        ),
    }


def test_directory_lists_members_of_every_cluster_and_keeps_the_cluster_list(
    client, site_tree, directory
):
    response = client.get(site_tree.cluster_index.url)
    assert member_titles(response) == ["Anna Garncarz", "Jonas Puodžius", "Ona Audėja"]
    text = visible_text(response)
    assert "Šiaurės klasteris" in text
    assert "Pietų klasteris" in text


def test_sector_filter_shows_only_that_sectors_members(client, directory):
    response = client.get("/lt/clusters/?sector=keramika")
    assert member_titles(response) == ["Anna Garncarz", "Jonas Puodžius"]


def test_region_filter_takes_the_regions_id(client, directory):
    response = client.get(f"/lt/clusters/?region={directory['suwalki'].pk}")
    assert member_titles(response) == ["Anna Garncarz"]


def test_country_filter_shows_only_members_from_that_country(client, directory):
    response = client.get("/lt/clusters/?country=LT")
    assert member_titles(response) == ["Jonas Puodžius", "Ona Audėja"]


def test_open_filter_hides_members_not_open_to_cooperation(client, directory):
    response = client.get("/lt/clusters/?open=1")
    assert member_titles(response) == ["Anna Garncarz", "Ona Audėja"]


def test_language_filter_shows_members_who_speak_it(client, directory):
    response = client.get("/lt/clusters/?language=ru")
    assert member_titles(response) == ["Ona Audėja"]


def test_text_filter_matches_name_description_and_municipality(client, directory):
    assert member_titles(client.get("/lt/clusters/?q=puod")) == ["Jonas Puodžius"]
    assert member_titles(client.get("/lt/clusters/?q=gliny")) == ["Anna Garncarz"]
    assert member_titles(client.get("/lt/clusters/?q=skaudvil")) == ["Ona Audėja"]


def test_filters_combine(client, directory):
    response = client.get("/lt/clusters/?sector=keramika&country=LT&language=lt")
    assert member_titles(response) == ["Jonas Puodžius"]


def test_combination_without_members_says_so(client, directory):
    response = client.get("/lt/clusters/?sector=audimas&open=1&language=pl&country=LT")
    assert response.status_code == 200
    assert member_titles(response) == []
    assert lt("No members match these filters.") in visible_text(response)


def test_filter_form_labels_show_counts_given_the_other_filters(client, directory):
    text = visible_text(client.get("/lt/clusters/?country=LT"))
    # Sectors among the Lithuanian members; countries counted without the country filter.
    assert "Audimas (1)" in text
    assert "Keramika (1)" in text
    assert "Lietuva (2)" in text
    assert "Lenkija (1)" in text
    assert "Tauragės rajonas (2)" in text
    assert "Suvalkų apskritis (0)" in text
    assert f"{lt('Only members open to cooperation')} (1)" in text


def test_filter_form_is_accessible_and_marks_the_active_choice(client, directory):
    html = client.get("/lt/clusters/?sector=audimas&open=1").content.decode()
    assert html.count("<fieldset") == html.count("<legend>") == 5
    assert f"<legend>{lt('Craft sector')}</legend>" in html
    assert '<label for="directory-q">' in html
    assert f'<button type="submit">{lt("Show members")}</button>' in html
    assert re.search(r'name="sector" value="audimas" checked>', html)
    assert 'id="directory-open" name="open" value="1" checked>' in html


def test_pagination_keeps_the_filters(client, site_tree, directory):
    for number in range(MEMBERS_PER_PAGE + 2):
        factories.ClusterMemberPageFactory(
            parent=directory["north"], title=f"Audėja {number:02d}", country="LV"
        )
    first = client.get("/lt/clusters/?country=LV")
    assert len(member_titles(first)) == MEMBERS_PER_PAGE
    assert 'href="?country=LV&amp;page=2"' in first.content.decode()
    second = client.get("/lt/clusters/?country=LV&page=2")
    assert member_titles(second) == ["Audėja 12", "Audėja 13"]


def test_page_number_that_is_no_number_gives_page_one(client, directory):
    response = client.get("/lt/clusters/?page=abc")
    assert response.status_code == 200
    assert member_titles(response) == ["Anna Garncarz", "Jonas Puodžius", "Ona Audėja"]


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("sector=nera", "There is no craft sector “nera”."),
        ("country=XX", "There is no country “XX”."),
        ("region=999999", "There is no region “999999”."),
        ("region=99999999999999999999999", "There is no region “99999999999999999999999”."),
        ("region=abc", "There is no region “abc”."),
        ("open=yes", "“yes” is not a valid choice for “open to cooperation”."),
        ("language=xx", "There is no language “xx”."),
        ("q=" + "a" * 101, "The search text is too long: use at most 100 characters."),
    ],
)
def test_unknown_filter_value_is_a_not_found_page_that_says_why(client, directory, query, message):
    response = client.get(f"/lt/clusters/?{query}")
    assert response.status_code == 404
    assert lt(message) in visible_text_of_error(response)
    assert member_titles(response) == []
    assert lt("Clear all filters") in response.content.decode()


def visible_text_of_error(response):
    response.status_code = 200  # visible_text reads a page a visitor sees; so is this one
    return visible_text(response)


def test_script_in_a_filter_value_is_escaped_not_run(client, directory):
    response = client.get("/lt/clusters/?language=%3Cscript%3Ealert(1)%3C/script%3E")
    assert response.status_code == 404
    html = response.content.decode()
    assert "<script>alert(1)" not in html
    expected = lt("There is no language “<script>alert(1)</script>”.")
    assert expected.replace("<", "&lt;").replace(">", "&gt;") in html


@pytest.mark.parametrize(
    "query", ["sector=a%00b", "region=%00", "country=L%00", "language=%00", "q=lin%00"]
)
def test_nul_byte_in_a_filter_is_not_found_not_a_server_error(client, directory, query):
    # PostgreSQL refuses a NUL byte in a query: the value must never reach the database.
    assert client.get(f"/lt/clusters/?{query}").status_code == 404


def test_nul_byte_as_page_number_gives_page_one(client, directory):
    response = client.get("/lt/clusters/?page=%00")
    assert response.status_code == 200
    assert member_titles(response) == ["Anna Garncarz", "Jonas Puodžius", "Ona Audėja"]


@pytest.fixture
def english_directory(directory, site_tree, translate):
    """The English site: translated sector and region; the English member page still links
    the Lithuanian sector objects, as translations do."""
    translate(site_tree.home, "en", {"Pradžia": "Home"})
    translate(site_tree.cluster_index, "en", {"Klasteriai": "Clusters", "clusters": "clusters"})
    translate(directory["north"], "en", {"Šiaurės klasteris": "Northern cluster"})
    translate(directory["weaving"], "en", {"Audimas": "Weaving", "audimas": "weaving"})
    translate(directory["taurage"], "en", {"Tauragės rajonas": "Tauragė district"})
    member = translate(directory["ona"], "en", {"Ona Audėja": "Ona the weaver"})
    assert member.craft_sectors.get().locale.language_code == "lt"
    return member


def test_sector_filter_works_with_the_translated_slug(client, english_directory):
    response = client.get("/en/clusters/?sector=weaving")
    assert response.status_code == 200
    assert member_titles(response) == ["Ona the weaver"]
    text = visible_text(response)
    assert "Weaving (1)" in text
    assert "Tauragė district (1)" in text


def test_directory_shows_only_the_active_languages_members(client, english_directory):
    response = client.get("/en/clusters/")
    assert member_titles(response) == ["Ona the weaver"]
    assert "Audimas" not in visible_text(response)


def test_directory_query_count_does_not_grow_with_members(client, site_tree, directory):
    image = factories.wagtail_factories.ImageFactory()

    def add(count):
        for _ in range(count):
            factories.ClusterMemberPageFactory(
                parent=directory["north"],
                photo=image,
                region=directory["taurage"],
                craft_sectors=[directory["weaving"]],
            )

    region = directory["taurage"].pk
    url = f"/lt/clusters/?sector=audimas&region={region}&country=LT&open=1&language=pl"
    add(2)  # five members in all
    with_five = count_queries(client, url)
    add(55)  # sixty
    with_sixty = count_queries(client, url)
    # The frame (site, locale, page, navigation, switcher, footer, JSON-LD breadcrumb), the
    # cluster list, the sector and region lookups, six facet queries (sectors and their
    # objects, regions and their objects, countries, openness and languages together), then
    # the count and the page of members with their sectors, photos and renditions, and the
    # translations of sectors and regions: never one per member.
    assert with_sixty == with_five
    assert with_five <= 45


def test_directory_query_count_does_not_grow_with_member_photos(client, directory):
    def add(count):
        # A photo of its own for each member: one image shared by all would be looked up
        # once whatever the number of members, hiding a rendition query per photo.
        for _ in range(count):
            factories.ClusterMemberPageFactory(
                parent=directory["north"], photo=factories.wagtail_factories.ImageFactory()
            )

    add(3)  # six members, three with photos
    with_three_photos = count_queries(client, "/lt/clusters/")
    add(27)  # thirty-three members: a full page, eleven of its twelve with photos
    with_a_page_of_photos = count_queries(client, "/lt/clusters/")
    # 31 either way: the frame and cluster list, six facet queries, the count, then the page
    # of members with their sectors, their photos and every width of the photos' renditions
    # that the member card's srcset uses (one query each), and the sector and region
    # translations: never one per member or per photo.
    assert with_a_page_of_photos == with_three_photos
    assert with_three_photos <= 40


def test_facet_choice_that_would_show_no_member_is_disabled(client, directory, site_tree):
    # Only Ona speaks Russian, and she weaves: "Keramika" would lead nowhere.
    html = client.get(site_tree.cluster_index.url + "?language=ru").content.decode()

    def sector_input(slug):
        pattern = (
            rf'<input type="radio" id="directory-sector-\d+" name="sector" value="{slug}"[^>]*>'
        )
        return re.search(pattern, html).group(0)

    assert "disabled" in sector_input("keramika")
    assert "disabled" not in sector_input("audimas")

"""What a visitor reads on a demo page."""

import lxml.html


def main_text(client, url, code):
    """What a visitor reads in the main part of the page at `url`, which answers in `code`."""
    response = client.get(url)
    assert response.status_code == 200, url
    tree = lxml.html.fromstring(response.content)
    assert tree.get("lang") == code, url
    return tree, " ".join(tree.find(".//main").text_content().split())

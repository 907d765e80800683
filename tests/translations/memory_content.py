"""Pages whose translations make up a translation memory, for the memory and glossary tests."""

from wagtail.models import Locale

from tests import factories
from tests.conftest import translate_now

MEETING = (
    "Tauragės ir Suvalkų amatininkai susitiko aptarti bendrų mugių ir mokymų plano "
    "ateinantiems metams."
)
MEETING_CHANGED = MEETING.replace("amatininkai", "audėjai")  # one word changed
MEETING_IN = {
    "lv": "Tauraģes un Suvalku amatnieki tikās, lai apspriestu kopīgu gadatirgu un apmācību "
    "plānu nākamajam gadam.",
    "pl": "Rzemieślnicy z Taurogów i Suwałk spotkali się, aby omówić plan wspólnych targów i "
    "szkoleń na przyszły rok.",
}
TITLE = "Amatininkų susitikimas"
TITLE_IN = {"lv": "Amatnieku tikšanās", "pl": "Spotkanie rzemieślników"}


def locale(code):
    return Locale.objects.get(language_code=code)


def build_memory(site_tree, codes=("lv", "pl")):
    """A Lithuanian news post with the meeting sentence as its intro, translated into `codes`;
    returns {code: translated post}."""
    for code in codes:
        translate_now(site_tree.home, code)
        translate_now(site_tree.news_index, code)
    post = factories.NewsPageFactory(
        parent=site_tree.news_index, title=TITLE, slug="susitikimas", intro=MEETING
    )
    return {
        code: translate_now(post, code, {MEETING: MEETING_IN[code], TITLE: TITLE_IN[code]})
        for code in codes
    }

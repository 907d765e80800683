"""The glossary at DeepL: one glossary per language pair, used in every translation request.

DeepL's v2 glossaries cannot be edited, so when a pair's terms change its glossary is replaced:
the new one is created (POST /v2/glossaries, entries as TSV) and the old one deleted
(DELETE /v2/glossaries/{id}). `DeepLGlossary` remembers each pair's id and a hash of the entries
it was given, so a request whose pair is unchanged costs one query and no call to DeepL.

`GlossaryDeepLTranslator` is the DeepL translator of `translations.patches.deepl_errors` with
the pair's `glossary_id` added to each request; `MemoryFirstTranslator` wraps it in the
settings (`DEEPL_API_KEY`).
"""

import hashlib

import requests
from django.db import transaction

from translations.glossary.models import DeepLGlossary, GlossaryTerm
from translations.patches.deepl_errors import KartuDeepLTranslator, MachineTranslationFailed


def glossary_entries(source_locale, target_locale):
    """The pair's entries as DeepL's TSV: one "term<TAB>translation" line per term."""
    terms = GlossaryTerm.objects.filter(
        source_locale=source_locale, target_locale=target_locale
    ).order_by("term")
    return "".join(f"{term.term}\t{term.required_translation}\n" for term in terms)


def deepl_language(locale):
    """DeepL names glossary languages without a variant ("en", not "en-gb")."""
    return locale.language_code.split("-")[0].lower()


class DeepLGlossaries:
    """DeepL's glossaries endpoints, next to the translate endpoint the translator uses."""

    def __init__(self, translator):
        self.base = translator.get_api_endpoint().rsplit("/", 1)[0] + "/glossaries"
        self.headers = translator.get_headers()
        self.timeout = int(translator.options.get("TIMEOUT", 30))

    def call(self, method, path="", **kwargs):
        try:
            response = requests.request(
                method, self.base + path, headers=self.headers, timeout=self.timeout, **kwargs
            )
            response.raise_for_status()
        except requests.RequestException as error:
            raise MachineTranslationFailed(str(error)) from error
        return response

    def create(self, name, source_lang, target_lang, entries):
        data = {
            "name": name,
            "source_lang": source_lang,
            "target_lang": target_lang,
            "entries": entries,
            "entries_format": "tsv",
        }
        try:
            return self.call("POST", data=data).json()["glossary_id"]
        except (KeyError, ValueError) as error:
            raise MachineTranslationFailed(str(error)) from error

    def delete(self, glossary_id):
        self.call("DELETE", f"/{glossary_id}")

    def list(self):
        return self.call("GET").json().get("glossaries", [])


@transaction.atomic
def push_glossary(translator, source_locale, target_locale):
    """Make DeepL's glossary of the pair match the terms; return its id, or None when the pair
    has no terms (its old glossary, if any, is deleted)."""
    entries = glossary_entries(source_locale, target_locale)
    digest = hashlib.sha256(entries.encode()).hexdigest()
    stored = (
        DeepLGlossary.objects.select_for_update()
        .filter(source_locale=source_locale, target_locale=target_locale)
        .first()
    )
    if stored is not None and stored.entries_hash == digest:
        return stored.glossary_id
    api = DeepLGlossaries(translator)
    glossary_id = None
    if entries:
        source_lang, target_lang = deepl_language(source_locale), deepl_language(target_locale)
        glossary_id = api.create(
            f"Kartu {source_lang}-{target_lang}", source_lang, target_lang, entries
        )
    if stored is not None:
        old_id = stored.glossary_id
        if glossary_id is None:
            stored.delete()
        else:
            stored.glossary_id, stored.entries_hash = glossary_id, digest
            stored.save()
        api.delete(old_id)
    elif glossary_id is not None:
        DeepLGlossary.objects.create(
            source_locale=source_locale,
            target_locale=target_locale,
            glossary_id=glossary_id,
            entries_hash=digest,
        )
    return glossary_id


class GlossaryDeepLTranslator(KartuDeepLTranslator):
    """DeepL with the language pair's glossary in every request."""

    def get_parameters(self, source_locale, target_locale, strings):
        parameters = super().get_parameters(source_locale, target_locale, strings)
        glossary_id = push_glossary(self, source_locale, target_locale)
        if glossary_id:
            parameters["glossary_id"] = glossary_id
        return parameters

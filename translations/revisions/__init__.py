"""What changed: a translated string whose source changed on sync keeps its previous translation
as a suggestion that needs revision (`translation_lost_on_sync`), shown with a word diff
(`diff`) in a panel above wagtail-localize's editor (`panel`), whose entries
site/static/js/translation-revisions.js moves beside their strings in the editor, where "Keep
previous" (`views`) restores it."""

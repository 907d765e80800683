"""What changed: a translated string whose source changed on sync keeps its previous translation
as a suggestion that needs revision (`translation_lost_on_sync`), shown with a word diff
(`diff`) beside wagtail-localize's editor, where "Keep previous" (`views`) restores it."""

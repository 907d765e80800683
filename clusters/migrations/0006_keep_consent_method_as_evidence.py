"""Consents before scopes and choices: their free-text method becomes the evidence (its own
migration: PostgreSQL refuses to alter a table whose rows the same transaction changed)."""

from django.db import migrations


def keep_free_text_method_as_evidence(apps, schema_editor):
    """`method` was free text (“signed form at the Tauragė fair”): keep it as the evidence and
    call the method "other" until someone picks the right one. Consents recorded before scopes
    existed were given for the profile as it was published, photos and contacts included."""
    PublicationConsent = apps.get_model("clusters", "PublicationConsent")
    for consent in PublicationConsent.objects.all():
        consent.evidence = consent.method[:200]
        consent.method = "other"
        consent.covers_photos = True
        consent.covers_contact_details = True
        consent.save(update_fields=["evidence", "method", "covers_photos", "covers_contact_details"])


class Migration(migrations.Migration):

    dependencies = [
        ('clusters', '0005_consent_scope_and_evidence'),
    ]

    operations = [
        migrations.RunPython(keep_free_text_method_as_evidence, migrations.RunPython.noop),
    ]

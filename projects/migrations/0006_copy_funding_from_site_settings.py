"""Copy each site's funding disclaimer and funders from home's SiteSettings, where they lived
until the funding domain took them over. Runs before home drops the two fields."""

from django.db import migrations


def copy_funding(apps, schema_editor):
    SiteSettings = apps.get_model("home", "SiteSettings")
    FundingSettings = apps.get_model("projects", "FundingSettings")
    for old in SiteSettings.objects.all():
        FundingSettings.objects.update_or_create(
            site_id=old.site_id,
            defaults={
                "default_disclaimer_id": old.default_disclaimer_id,
                "funders": old.funders.raw_data,
            },
        )


def copy_back(apps, schema_editor):
    SiteSettings = apps.get_model("home", "SiteSettings")
    FundingSettings = apps.get_model("projects", "FundingSettings")
    for new in FundingSettings.objects.all():
        SiteSettings.objects.filter(site_id=new.site_id).update(
            default_disclaimer_id=new.default_disclaimer_id, funders=new.funders.raw_data
        )


class Migration(migrations.Migration):
    dependencies = [
        ("projects", "0005_funding_settings"),
        ("home", "0007_image_block_decorative"),
    ]
    # The dependency is declared here, in the higher app: home never names projects.
    run_before = [("home", "0008_move_funding_to_projects")]

    operations = [migrations.RunPython(copy_funding, copy_back)]

"""Under the admin's address (site/kartu/urls.py mounts them at admin/two-factor/), so that the
admin's cookie, header and proxy rules apply to them too."""

from django.urls import path

from . import views

app_name = "kartu_two_factor"
urlpatterns = [
    path("verify/", views.verify, name="verify"),
    path("enrol/", views.enrol, name="enrol"),
    path("recovery-codes/", views.recovery_codes, name="recovery_codes"),
    path("", views.manage, name="manage"),
    path("reset/<int:user_id>/", views.reset, name="reset"),
]

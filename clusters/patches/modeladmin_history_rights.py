"""A modeladmin record's history only for those who may see the record.

Gap: wagtail-modeladmin's `HistoryView` (2.5.0) checks no permission (it keeps
`WMABaseView.check_action_permitted`, which allows everyone), so any user who may open the
admin can read the history of any record at `/admin/<app>/<model>/history/<pk>/`, its title
included: for publication consents, a member's name and when they consented. Its other views
check the model's permissions. No upstream issue was found (searched the wagtail-modeladmin
tracker, November 2026).

Set `history_view_class = PermissionCheckedHistoryView` on each ModelAdmin; delete this module
when wagtail-modeladmin's `HistoryView` checks the model's permissions itself.
"""

from wagtail_modeladmin.views import HistoryView


class PermissionCheckedHistoryView(HistoryView):
    def check_action_permitted(self, user):
        # Who may list the records (any of the model's permissions) may read their history.
        return self.permission_helper.user_can_list(user)

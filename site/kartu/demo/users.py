"""Demo users: an administrator, a communications editor, a Latvian translator and a
translation reviewer. Their groups, permissions and workflows come from `translations.roles` (the
`setup_roles` command). Passwords are fixed development passwords, set only when a user is
created."""

from django.contrib.auth import get_user_model

from translations.roles import COMMUNICATIONS, REVIEWERS, setup_roles, translators_group_name

# (username, password, superuser, group, email)
USERS = [
    ("admin", "kartu-admin", True, None, "admin@kartu.example"),
    ("editor", "kartu-editor", False, COMMUNICATIONS, "editor@kartu.example"),
    (
        "translator-lv",
        "kartu-translator",
        False,
        translators_group_name("lv"),
        "translator-lv@kartu.example",
    ),
    ("reviewer", "kartu-reviewer", False, REVIEWERS, "reviewer@kartu.example"),
]


def build_roles(tally):
    report = setup_roles()
    for name in report.groups:
        tally.record("group", name in report.created_groups)
    return report.groups


def build_users(tally):
    groups = build_roles(tally)
    user_model = get_user_model()
    logins, users = [], {}
    for username, password, superuser, group, email in USERS:
        user = user_model.objects.filter(username=username).first()
        if user is None:
            create = (
                user_model.objects.create_superuser if superuser else user_model.objects.create_user
            )
            user = create(username=username, email=email, password=password)
            tally.created("user")
        else:
            tally.present("user")
        if group:
            user.groups.add(groups[group])
        logins.append((username, password))
        users[username] = user
    return logins, users

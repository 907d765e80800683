"""Demo users (data/users.yaml): an administrator, a communications editor, a Latvian
translator and a translation reviewer. Their groups, permissions and workflows come from
`translations.roles` (the `setup_roles` command). Passwords are fixed development passwords,
set only when a user is created."""

from django.contrib.auth import get_user_model

from translations.roles import COMMUNICATIONS, REVIEWERS, setup_roles, translators_group_name

ROLE_GROUPS = {"communications": COMMUNICATIONS, "reviewers": REVIEWERS}


def group_name(role):
    """The group of a data file's role: communications, reviewers or translators-<code>."""
    if role.startswith("translators-"):
        return translators_group_name(role.removeprefix("translators-"))
    return ROLE_GROUPS[role]


def build_roles(tally):
    report = setup_roles()
    for name in report.groups:
        tally.record("group", name in report.created_groups)
    return report.groups


def build_users(content, tally):
    groups = build_roles(tally)
    user_model = get_user_model()
    logins, users = [], {}
    for spec in content["users"]["users"]:
        username, password = spec["username"], spec["password"]
        user = user_model.objects.filter(username=username).first()
        if user is None:
            create = (
                user_model.objects.create_superuser
                if spec["superuser"]
                else user_model.objects.create_user
            )
            user = create(username=username, email=spec["email"], password=password)
            tally.created("user")
        else:
            tally.present("user")
        if spec.get("role"):
            user.groups.add(groups[group_name(spec["role"])])
        logins.append((username, password))
        users[username] = user
    return logins, users

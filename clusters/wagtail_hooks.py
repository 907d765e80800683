from wagtail import hooks

from home.structured_data import HOOK_NAME

from .structured_data import cluster_member

hooks.register(HOOK_NAME, cluster_member)

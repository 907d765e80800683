from wagtail import hooks

from home.structured_data import HOOK_NAME

from .structured_data import project

hooks.register(HOOK_NAME, project)

from wagtail import hooks

from home.structured_data import HOOK_NAME

from .structured_data import news_article, news_event

hooks.register(HOOK_NAME, news_article)
hooks.register(HOOK_NAME, news_event)

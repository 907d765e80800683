"""The open data files, outside the language prefixes (one address per file; `?locale=`
chooses the language of the texts)."""

from django.urls import path

from .files import FILES, open_data_file, url_name

urlpatterns = [path(name, open_data_file, {"name": name}, name=url_name(name)) for name in FILES]

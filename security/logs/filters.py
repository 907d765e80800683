"""The logging filter every handler in LOGGING carries."""

import logging
from collections.abc import Mapping

from django.utils.datastructures import MultiValueDict

from security.logs.scrub import scrub

FORM_DATA = "[form data hidden]"


def hide_form_data(argument):
    """A form's fields (request.POST, request.GET, a QueryDict) or a raw body (bytes) logged as
    an argument says only that it was there."""
    if isinstance(argument, MultiValueDict | bytes | bytearray):
        return FORM_DATA
    return argument


class PersonalDataFilter(logging.Filter):
    """Formats the record's message itself, without form data and with email addresses and
    session or CSRF values replaced, and does the same to its traceback text; lets every
    record through. On a handler (not a logger), so that it sees what propagates up from
    every logger: Django's request and security loggers, Wagtail's, ours."""

    def filter(self, record):
        if getattr(record, "personal_data_scrubbed", False):
            return True  # an earlier handler did it: the record object is shared
        record.msg = scrub(self.message(record))
        record.args = ()
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = scrub(record.exc_text)
        if record.stack_info:
            record.stack_info = scrub(record.stack_info)
        record.personal_data_scrubbed = True
        return True

    @staticmethod
    def message(record):
        args = record.args
        if isinstance(args, MultiValueDict):
            # logging takes a lone mapping argument (a QueryDict is one) as the arguments.
            args = (FORM_DATA,)
        elif isinstance(args, Mapping):
            args = {key: hide_form_data(value) for key, value in args.items()}
        elif args:
            args = tuple(hide_form_data(argument) for argument in args)
        try:
            return str(record.msg) % args if args else str(record.msg)
        except (TypeError, ValueError, KeyError):
            # Logging would print the raw arguments beside its error: never them.
            return f"{record.msg} [arguments hidden: they did not fit the message]"

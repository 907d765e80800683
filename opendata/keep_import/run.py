"""One import: read, check every row, write everything in one transaction or nothing.

A dry run does the whole import, then rolls the transaction back: what it lists is exactly
what the import would do, and nothing is kept (the page cache purges and search updates that
run on commit never run).
"""

from dataclasses import dataclass, field

from django.db import transaction

from .reader import FileRefused, read_table
from .rows import check_rows
from .writer import ImportStopped, Writer


@dataclass
class ImportResult:
    actions: list = field(default_factory=list)
    problems: list = field(default_factory=list)  # [(line, message)]
    dry_run: bool = False

    @property
    def ok(self):
        return not self.problems

    @property
    def written(self):
        return self.ok and not self.dry_run


class DryRunRollback(Exception):
    pass


def import_keep_file(name, data, site, user=None, dry_run=False):
    result = ImportResult(dry_run=dry_run)
    try:
        header, rows = read_table(name, data)
    except FileRefused as refusal:
        result.problems.append((None, str(refusal)))
        return result
    records, problems = check_rows(header, rows)
    if problems:
        result.problems = problems
        return result
    try:
        with transaction.atomic():
            result.actions = Writer(site, user).write(records)
            if dry_run:
                raise DryRunRollback
    except DryRunRollback:
        pass
    except ImportStopped as stop:
        result.actions = []
        result.problems.append((stop.line, stop.message))
    return result

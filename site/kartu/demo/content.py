"""Reading the demo's content: the YAML files under `data/`, each read once per run.

A file is named by its path under `data/` without the extension: `content["news/lt"]`.
Numbers with a decimal point (budgets, rates) are read as Decimal, exactly as written.
"""

from decimal import Decimal
from pathlib import Path

import yaml

DATA = Path(__file__).resolve().parent / "data"


class ContentLoader(yaml.SafeLoader):
    """YAML's safe loader, reading `58079.78` as Decimal("58079.78") rather than a float."""


ContentLoader.add_constructor(
    "tag:yaml.org,2002:float",
    lambda loader, node: Decimal(loader.construct_scalar(node)),
)


class Content:
    """The demo's files for one run: read on first use, then kept for the rest of the run."""

    def __init__(self, folder=DATA):
        self.folder = folder
        self._files = {}

    def __getitem__(self, name):
        if name not in self._files:
            path = self.folder / f"{name}.yaml"
            with path.open(encoding="utf-8") as handle:
                self._files[name] = yaml.load(handle, Loader=ContentLoader)
        return self._files[name]

    def names(self):
        """Every file's name, in a stable order."""
        return sorted(
            path.relative_to(self.folder).with_suffix("").as_posix()
            for path in self.folder.rglob("*.yaml")
        )

    def everything(self):
        return [self[name] for name in self.names()]

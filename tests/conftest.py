"""Fixtures shared by every test folder."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from helpers import Workspace, make_mail


@pytest.fixture
def workspace(tmp_path: Path) -> Workspace:
    """A fresh workspace with the test campaign's config."""
    return Workspace(tmp_path)


@pytest.fixture
def mail() -> Callable[..., bytes]:
    """The realistic message builder."""
    return make_mail

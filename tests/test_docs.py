"""The docstring examples of the installed package run and hold."""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import topicscope

MODULES = sorted(
    name for _, name, _ in pkgutil.walk_packages(topicscope.__path__, "topicscope.")
    if not name.endswith("__main__") and not name.startswith("topicscope._sample")
)


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name):
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert result.failed == 0


def test_there_are_examples_to_run():
    finder = doctest.DocTestFinder()
    n = sum(len(t.examples) for name in MODULES for t in finder.find(importlib.import_module(name)))
    assert n >= 5

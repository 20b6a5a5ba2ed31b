"""Modules compiled from forms/*.ui by `make forms` (pyside6-uic); never edit by hand."""

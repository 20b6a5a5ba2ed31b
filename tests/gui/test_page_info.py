"""The side bar is drawn from ``pages.PAGES`` before the pages are imported: it must say what
the page classes say."""

from __future__ import annotations


def test_page_table_matches_the_classes() -> None:
    from PySide6.QtCore import QCoreApplication

    from gridapp.ui.pages import PAGE_MODULES, PAGES, page_classes, page_names

    classes = page_classes()
    assert [c.name for c in classes] == page_names()
    by_name = {p.name: p for p in PAGES}
    for cls in classes:
        info = by_name[cls.name]
        assert (info.order, info.icon, info.cls) == (cls.order, cls.icon_name, cls.__name__)
        assert info.load() is cls and cls.__module__ == info.module
        assert cls.title.__qualname__ == f"{cls.__name__}.title"
        # the title() source text: tr() in the class's own context
        source = cls.title(_TitleProbe(cls.__name__))  # type: ignore[arg-type]
        assert source == info.title
    assert set(PAGE_MODULES) == {c.__module__ for c in classes}
    assert QCoreApplication.translate("RegisterPage", "Register")


class _TitleProbe:
    """Runs a page's ``title()`` without building the page: ``self.tr(x)`` gives ``x``."""

    def __init__(self, context: str) -> None:
        self.context = context

    def tr(self, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        return text

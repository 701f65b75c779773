"""A section of the window made the first time it is needed (shown, or asked for by code).

The window starts with Search, Contacts and Accounts only: building the board, the dashboard and
the rest read tens of thousands of rows and imported a third of the interface's modules, which
cost more than half a second of a start that should take under one (issue 4: ≤ 1.0 s).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

W = TypeVar("W", bound=QWidget)


class LazySection(QWidget, Generic[W]):
    def __init__(self, name: str, factory: Callable[[], W], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"{name}Holder")
        self._factory = factory
        self._widget: W | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

    @property
    def made(self) -> bool:
        return self._widget is not None

    def widget(self) -> W:
        """The section's widget, made now if it was not yet."""
        if self._widget is None:
            self._widget = self._factory()
            layout = self.layout()
            assert layout is not None  # set in __init__
            layout.addWidget(self._widget)
            self._widget.show()  # else Qt shows a child added to a shown parent only on its next turn
            layout.activate()  # and sizes it now, not on its next turn
            # Focus given to the section (its sidebar entry chosen, Ctrl+7) goes into it: its keys, bound to
            # the section and its children, work at once rather than after a click.
            self.setFocusProxy(self._widget)
        return self._widget

    def showEvent(self, event: QShowEvent) -> None:
        self.widget()
        super().showEvent(event)

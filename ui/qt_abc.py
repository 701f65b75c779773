"""A metaclass for Qt classes with abstract hooks: Shiboken's and ABCMeta together, so a base widget can
mark the methods its subclasses must provide with @abstractmethod (mypy then refuses a subclass that
leaves one out; Shiboken itself does not stop the base from being made, and isinstance stays a plain
type's)."""

from __future__ import annotations

from abc import ABCMeta
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

if TYPE_CHECKING:
    QABCMeta = ABCMeta
else:
    class QABCMeta(type(QObject), ABCMeta):
        # Shiboken's type creation runs, not ABCMeta's, so ABC's registry is never set up: isinstance and
        # issubclass are a plain type's (nothing is ever register()ed with these classes).
        __instancecheck__ = type.__instancecheck__
        __subclasscheck__ = type.__subclasscheck__

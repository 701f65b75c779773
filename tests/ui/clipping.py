"""What a person sees cut off: every visible label and button of a window whose text does not fit it and is
not elided on purpose (a "…" with the whole text in its tooltip)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as QtGuiQt  # mightBeRichText lives in QtGui
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QAbstractButton, QCheckBox, QLabel, QPushButton, QRadioButton, QToolButton, QWidget

ELLIPSIS = "…"


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _shown(widget: QWidget) -> bool:
    # Inside a scroll area a widget may sit partly out of view: that is scrolled, not clipped.
    return widget.isVisible() and widget.width() > 1 and widget.height() > 1


def _elided_on_purpose(text: str, widget: QWidget) -> bool:
    return ELLIPSIS in text and bool(widget.toolTip())


def label_problem(label: QLabel) -> str:
    text = label.text()
    if not text.strip() or not label.pixmap().isNull():
        return ""
    rect = label.contentsRect()
    margin = label.margin() * 2 + label.indent() if label.indent() > 0 else label.margin() * 2
    width = rect.width() - margin
    if label.textFormat() == Qt.TextFormat.RichText or (
            label.textFormat() == Qt.TextFormat.AutoText and QtGuiQt.mightBeRichText(text)):
        document = QTextDocument()
        document.setDefaultFont(label.font())
        document.setHtml(text)
        document.setDocumentMargin(0)
        if label.wordWrap():
            document.setTextWidth(width)
            needed_height = document.size().height()
            return f"needs {needed_height:.0f}px high, has {rect.height()}" if needed_height > rect.height() + 2 else ""
        needed = document.idealWidth()
        return f"needs {needed:.0f}px, has {width}" if needed > width + 2 else ""
    metrics = label.fontMetrics()
    plain = _plain(text) if label.buddy() is not None else text
    if label.wordWrap():
        needed_height = label.heightForWidth(rect.width())
        return f"needs {needed_height}px high, has {rect.height()}" if needed_height > rect.height() + 2 else ""
    widest = max(metrics.horizontalAdvance(line) for line in plain.split("\n"))
    if widest > width + 1 and not _elided_on_purpose(plain, label):
        return f"needs {widest}px, has {width}"
    lines = len(plain.split("\n"))
    if metrics.height() * lines > rect.height() + 2:
        return f"needs {metrics.height() * lines}px high, has {rect.height()}"
    return ""


def button_problem(button: QAbstractButton) -> str:
    text = _plain(button.text())
    if not text.strip():
        return ""
    if isinstance(button, QToolButton) and button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly:
        return ""
    hint = button.sizeHint().width()
    if isinstance(button, QPushButton | QCheckBox | QRadioButton | QToolButton) and button.width() + 1 < hint:
        # Qt elides a squeezed button's text itself: fine when its tooltip says the whole of it.
        if text.rstrip(ELLIPSIS).strip() in _plain(button.toolTip()):
            return ""
        return f"needs {hint}px, has {button.width()}"
    return ""


def clipped(window: QWidget) -> list[str]:
    """Each cut-off text of `window` and its children: "class 'text': why"."""
    found = []
    for label in window.findChildren(QLabel):
        if _shown(label) and (problem := label_problem(label)):
            found.append(f"QLabel {label.objectName() or ''} {label.text()[:60]!r}: {problem}")
    for button in window.findChildren(QAbstractButton):
        if _shown(button) and (problem := button_problem(button)):
            found.append(f"{type(button).__name__} {button.text()[:60]!r}: {problem}")
    return found

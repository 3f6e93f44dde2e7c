"""Check a window's accessibility tree the way a screen reader meets it.

Walks Qt's ``QAccessible`` interfaces (what AT-SPI on Linux, UI Automation on Windows and
NSAccessibility on macOS are fed from) and returns one line per problem:

- the window has a window or dialog role and a name;
- every interactive element (and everything in the Tab chain) has a name, without a leftover
  ``&``, not a bare verb that says nothing about its object ("Ta bort"), and not an English
  button word in the Swedish UI ("Ok"); in the English UI, not an untranslated Swedish string;
- a combo box has a buddy label (on Linux Qt names a combo box by its current value, so the
  label relation is what a screen reader announces) and its own accessible name;
- a label that shows text exposes exactly that text as its name (context goes in the
  description), so a value label ("12:04", "Sparat") is read as what it shows;
- every menu has its own name (not the application's).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import shiboken6
from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAccessible, QAccessibleInterface, QTextDocument
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLabel,
    QMenu,
    QWidget,
)

Role = QAccessible.Role
Text = QAccessible.Text

INTERACTIVE = frozenset(
    {
        Role.Button,
        Role.PushButton,
        Role.CheckBox,
        Role.RadioButton,
        Role.ComboBox,
        Role.EditableText,
        Role.SpinBox,
        Role.Slider,
        Role.Dial,
        Role.List,
        Role.Tree,
        Role.Table,
        Role.PageTab,
        Role.PageTabList,
        Role.Link,
        Role.ButtonMenu,
        Role.ButtonDropDown,
        Role.ButtonDropGrid,
        Role.HotkeyField,
        Role.MenuItem,
        Role.Switch,
    }
)
#: item views: their rows are data, named by what they show; not walked into
_VIEWS = frozenset({Role.List, Role.Tree, Role.Table})

#: a button name that is only a verb says nothing about what it acts on
BARE_VERBS = frozenset(
    {
        "ta bort",
        "ersätt",
        "behåll",
        "lägg till",
        "ändra",
        "byt namn",
        "välj",
        "välj…",
        "öppna",
        "spara",
        "remove",
        "delete",
        "replace",
        "keep",
        "add",
        "change",
        "rename",
        "choose",
        "choose…",
        "open",
        "save",
    }
)
#: Qt's own button words: never a name in the Swedish UI
ENGLISH_BUTTON_WORDS = frozenset(
    {"ok", "cancel", "apply", "close", "save", "yes", "no", "open", "reset", "help", "discard"}
)
ROOT = Path(__file__).resolve().parents[3]
TS = ROOT / "resources" / "translations" / "samtal_en.ts"


@dataclass
class Node:
    iface: QAccessibleInterface
    role: Role
    name: str
    description: str
    widget: QWidget | None
    path: str


def interface(obj: QObject) -> QAccessibleInterface:
    iface = QAccessible.queryAccessibleInterface(obj)
    assert iface is not None and iface.isValid(), f"no accessible interface for {obj!r}"
    return iface


def describe(widget: QWidget | None) -> str:
    if widget is None:
        return "?"
    bits = [type(widget).__name__]
    if widget.objectName():
        bits.append(f"#{widget.objectName()}")
    text = ""
    if isinstance(widget, QAbstractButton | QLabel):
        text = widget.text()
    name = widget.accessibleName()
    if text:
        bits.append(repr(text[:40]))
    elif name:
        bits.append(f"[{name[:40]}]")
    return " ".join(bits)


def walk(root: QObject) -> Iterator[Node]:
    """Every node under ``root`` that is not invisible; item views and combo popups are leaves."""

    def visit(iface: QAccessibleInterface, path: str, depth: int) -> Iterator[Node]:
        if depth > 60:
            return
        obj = iface.object()
        if obj is not None and not shiboken6.isValid(obj):
            return  # an interface Qt still caches for a deleted widget
        widget = obj if isinstance(obj, QWidget) else None
        role = iface.role()
        here = f"{path} > {describe(widget) if widget else role.name}"
        node = Node(iface, role, iface.text(Text.Name), iface.text(Text.Description), widget, here)
        if iface.state().invisible or (widget is not None and not widget.isVisible()):
            return
        yield node
        if role in _VIEWS or role == Role.ComboBox or role == Role.PopupMenu:
            return
        for i in range(iface.childCount()):
            child = iface.child(i)
            if child is not None and child.isValid():
                yield from visit(child, here, depth + 1)

    iface = interface(root)
    yield from visit(iface, "", 0)


def visible_text(label: QLabel) -> str:
    """What a sighted user reads on ``label`` (rich text as plain text, no mnemonic ``&``)."""
    text = label.text()
    fmt = label.textFormat()
    rich = fmt == Qt.TextFormat.RichText or (
        fmt == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(text)
    )
    if rich:
        doc = QTextDocument()
        doc.setHtml(text)
        text = doc.toPlainText()
    elif label.buddy() is not None:
        text = re.sub(r"&(.)", r"\1", text)
    return " ".join(text.split())


def _clean(text: str) -> str:
    return " ".join(text.split())


@cache
def swedish_sources() -> frozenset[str]:
    """Swedish source strings whose English translation differs (for the English UI check)."""
    found: set[str] = set()
    for message in ET.parse(TS).iter("message"):
        source = (message.findtext("source") or "").replace("&", "").strip()
        translation = message.find("translation")
        english = (
            "".join(translation.itertext()).replace("&", "").strip()
            if translation is not None
            else ""
        )
        if source and english and source != english and len(source) > 3:
            found.add(source)
    return frozenset(found)


def tab_stop(widget: QWidget) -> bool:
    return (
        widget.isVisible()
        and widget.isEnabled()
        and widget.focusProxy() is None
        and bool(widget.focusPolicy().value & Qt.FocusPolicy.TabFocus.value)
    )


def check_names(window: QWidget, language: str = "sv") -> list[str]:
    """The problems a screen reader user would meet in ``window`` (empty when all is well)."""
    problems: list[str] = []
    top = interface(window)
    title = top.text(Text.Name)
    if top.role() not in (Role.Window, Role.Dialog, Role.AlertMessage):
        problems.append(f"{describe(window)}: role {top.role().name}, not Window or Dialog")
    if not title.strip():
        problems.append(f"{describe(window)}: the window has no name (title)")
    nodes = list(walk(window))  # hold every interface while looking at any of them
    for node in nodes:
        widget = node.widget
        if widget is None:
            if node.role == Role.MenuItem and not node.name.strip() and not _separator(node):
                problems.append(f"{node.path}: menu item without a name")
            continue
        if widget is window or widget.objectName() == "SamtalFocusRing":
            continue
        if isinstance(widget, QLabel):
            problems += _label_problems(node, widget)
            continue
        interactive = node.role in INTERACTIVE or tab_stop(widget)
        if not interactive:
            continue
        problems += _name_problems(node, widget, language)
    problems += check_menus(window)
    return problems


def _separator(node: Node) -> bool:
    action = node.iface.object()
    return bool(getattr(action, "isSeparator", lambda: False)())


def _label_problems(node: Node, label: QLabel) -> list[str]:
    shown = visible_text(label)
    if not shown:
        if label.pixmap() is not None and not label.pixmap().isNull() and not node.name.strip():
            return [f"{node.path}: picture without a name"]
        return []
    if _clean(node.name) != shown:
        return [
            f"{node.path}: shows {shown[:60]!r} but is read as {node.name[:60]!r} "
            "(the name must be what is visible; put context in the description)"
        ]
    return []


def _name_problems(node: Node, widget: QWidget, language: str) -> list[str]:
    problems: list[str] = []
    name = _clean(node.name)
    if isinstance(widget, QComboBox):
        own = _clean(widget.accessibleName())
        labels = [
            r[0].text(Text.Name)
            for r in node.iface.relations()
            if r[1] & QAccessible.RelationFlag.Label and r[0] is not None
        ]
        if not any(label.strip() for label in labels):
            problems.append(f"{node.path}: combo box without a buddy label (read by its value)")
        if not own or own == _clean(widget.currentText()):
            problems.append(f"{node.path}: combo box without an accessible name of its own")
        name = own or name
    if not name:
        problems.append(f"{node.path}: {node.role.name} without a name")
        return problems
    if re.search(r"(^|[^&])&[^&\s]", name):
        problems.append(f"{node.path}: name {name!r} keeps the mnemonic '&'")
    if node.role in (Role.Button, Role.PushButton) and name.casefold() in BARE_VERBS:
        problems.append(f"{node.path}: button name {name!r} does not say what it acts on")
    if language == "sv" and name.casefold() in ENGLISH_BUTTON_WORDS:
        problems.append(f"{node.path}: English name {name!r} in the Swedish UI")
    if language == "en" and name in swedish_sources():
        problems.append(f"{node.path}: untranslated Swedish name {name!r} in the English UI")
    return problems


def check_menus(window: QWidget) -> list[str]:
    """Every menu of the window (menu bar, buttons, context menus made in advance) is named."""
    problems = []
    app_name = QApplication.applicationDisplayName() or "Samtal"
    for menu in window.findChildren(QMenu):
        name = _clean(interface(menu).text(Text.Name))
        if not name or name == app_name:
            title = menu.title() or menu.objectName() or "?"
            problems.append(f"{describe(window)} > menu {title!r}: named {name!r}, not its own")
    return problems

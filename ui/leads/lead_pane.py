"""The detail pane of a lead: who and where from, edited in place; its calls, notes and tasks; Qualify (its
contact, account and deal made or found, in one step) and Disqualify (with the reason).

A qualified lead names what it became, each a link; a disqualified one says why (the reason edited in place).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QLocale, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QToolButton

from app.errors import RapportError
from app.hrefs import mail_href, phone_href
from app.leads import LeadRecord
from app.services import Services
from ui.detail.base_pane import FieldSpec, Group, LinkSpec, RecordDetailPane, escape, link
from ui.detail.inline_field import InlineField, InlineOptions
from ui.detail.timeline_model import local
from ui.leads.lead_sheets import DisqualifySheet, QualifySheet
from ui.operations.operation import Op
from ui.operations.undo_stack import LogUndoStack
from ui.said import in_words


def status_word(status: str) -> str:
    from PySide6.QtCore import QCoreApplication

    words = {"new": QCoreApplication.translate("Leads", "New"),
             "contacted": QCoreApplication.translate("Leads", "Contacted"),
             "qualified": QCoreApplication.translate("Leads", "Qualified"),
             "disqualified": QCoreApplication.translate("Leads", "Disqualified")}
    return words.get(status, status)


class LeadDetailPane(RecordDetailPane):
    """Signals (besides the base pane's):
        qualified(str, str): a lead was qualified: the deal it became (or "" without one) and its title.
    """

    KIND = "lead"
    FILES = False  # a lead is short-lived: its files go on the records it becomes
    PRIVACY = False
    qualified = Signal(str, str)

    record: LeadRecord

    def __init__(self, services: Services, undo_stack: LogUndoStack, *, shortcuts: bool = True) -> None:
        super().__init__(services, undo_stack, shortcuts=shortcuts)
        self.files_box.setParent(self.record_page)  # never shown for a lead (FILES)
        self.files_box.hide()
        self.timeline.keeps_files = False
        self.deal_action.setVisible(False)  # a lead's deal comes with qualifying it
        for button in self.findChildren(QToolButton):
            if button.defaultAction() is self.deal_action:
                button.hide()
        self.quick_actions.remove(self.deal_action)
        self.record_actions.remove(self.deal_action)

    def header_extras(self) -> list[QAction]:
        self.qualify_action = QAction(self.tr("&Qualify…"), self)
        self.qualify_action.setToolTip(self.tr("Make its contact, account and deal (or take those there are), with"
                                               " its history (Ctrl+Shift+Q)"))
        self.qualify_action.triggered.connect(self.qualify)
        self.disqualify_action = QAction(self.tr("D&isqualify…"), self)
        self.disqualify_action.setToolTip(self.tr("Close it, saying why (Ctrl+Shift+X)"))
        self.disqualify_action.triggered.connect(self.disqualify)
        self.reopen_action = QAction(self.tr("&Reopen"), self)
        self.reopen_action.setToolTip(self.tr("Work on it again, as contacted (its reason goes)"))
        self.reopen_action.triggered.connect(self.reopen)
        return [self.qualify_action, self.disqualify_action, self.reopen_action]

    def refresh_header_extras(self, uid: str) -> None:
        is_open = self.record.is_open
        self.qualify_action.setEnabled(is_open)
        self.disqualify_action.setEnabled(is_open)
        self._reopen_button().setVisible(self.record.data.status == "disqualified")

    def _reopen_button(self) -> QToolButton:
        button = next(b for b in self.findChildren(QToolButton) if b.defaultAction() is self.reopen_action)
        return button

    def reopen(self) -> None:
        """A disqualified lead worked on again (contacted; its reason goes): one undo step."""
        if self.uid is None or self.record.data.status != "disqualified":
            return
        uid, name = self.uid, self.record.shown_name
        Op(self, self.services, self.tr("Reopen “%1”").replace("%1", name),
           lambda services: services.leads.update(uid, status="contacted")) \
            .success(lambda _value: self._on_reopened()) \
            .failure(lambda error: self._show_banner(in_words(error)), (RapportError,)).run(initiator=self)

    def _on_reopened(self) -> None:
        self._refresh()
        self.changed.emit()  # the list (it is open again) and the window's Record menu follow

    def _set_actions_enabled(self, enabled: bool) -> None:
        super()._set_actions_enabled(enabled)
        if hasattr(self, "qualify_action"):
            live = enabled and self.uid is not None and hasattr(self, "record") and self.record.is_open
            self.qualify_action.setEnabled(live)
            self.disqualify_action.setEnabled(live)

    def qualify(self) -> QualifySheet | None:
        if self.uid is None or not self.record.is_open:
            return None
        sheet = QualifySheet(self.services, self.record, self)
        sheet.created.connect(self._on_qualified)
        return self._open_sheet(sheet)  # type: ignore[return-value]

    def disqualify(self) -> DisqualifySheet | None:
        if self.uid is None or not self.record.is_open:
            return None
        return self._open_sheet(DisqualifySheet(self.services, self.record, self))  # type: ignore[return-value]

    def _on_qualified(self, kind: str, uid: str) -> None:
        record = self.services.leads.get(uid)
        title = self.services.deals.get(record.deal_uid).data.title if record.deal_uid else ""
        self.qualified.emit(record.deal_uid or "", title)

    # --- the hooks -----------------------------------------------------------------------------

    def empty_text(self) -> str:
        return self.tr("Select a lead to see where it came from and its history here.")

    def load(self, uid: str) -> None:
        self.record = self.services.leads.get(uid)

    def load_deleted(self, uid: str) -> str:
        return self.services.leads.get(uid, include_deleted=True).shown_name

    def title(self) -> str:
        return self.record.shown_name

    def subtitle_html(self) -> str:
        data = self.record.data
        parts = [escape(status_word(data.status))]
        if data.name and data.company:
            parts.append(escape(data.company))
        if data.source:
            parts.append(escape(self.tr("from %1").replace("%1", data.source)))
        return " · ".join(parts)

    def name_field(self) -> InlineField:
        data = self.record.data
        key, value = ("name", data.name) if data.name else ("company", data.company)
        label = self.tr("Name") if key == "name" else self.tr("Company")
        return self._name_inline(self.scalar_spec(self._update, key, label, value))

    def _update(self, **changes: Any) -> object:
        return self.services.leads.update(self.record.uid, **changes)

    def fact_groups(self) -> list[Group]:
        data = self.record.data
        update = self._update
        person = Group(self.tr("Who"))
        if data.name:  # (else the name is the heading's field, and the company too)
            person.rows.append(self.scalar_spec(update, "company", self.tr("Company"), data.company))
        else:
            person.rows.append(self.scalar_spec(update, "name", self.tr("Person"), data.name))
        person.rows.append(self.scalar_spec(update, "job_title", self.tr("Job title"), data.job_title))
        person.rows.append(self.scalar_spec(update, "email", self.tr("E-mail"), data.email,
                                            link=lambda text: mail_href(text)))
        person.rows.append(self.scalar_spec(update, "phone", self.tr("Phone"), data.phone,
                                            link=lambda text: phone_href(text)))
        lead = Group(self.tr("Lead"))
        source = self.scalar_spec(update, "source", self.tr("Source"), data.source,
                                  placeholder=self.tr("Web form, fair, referral…"))
        source.options = InlineOptions(choices=self.services.leads.sources())
        lead.rows.append(source)
        if self.record.is_open:
            contacted = FieldSpec("status", self.tr("Contacted"), data.status, lambda text: update(status=text),
                                  options=InlineOptions(toggle=("contacted", "new")))
            lead.rows.append(contacted)
        else:
            lead.rows.append(LinkSpec("closed", status_word(data.status), self._closed_html()))
        if data.status == "disqualified":
            lead.rows.append(self.scalar_spec(update, "reason", self.tr("Reason"), data.reason))
        owner = self.scalar_spec(update, "owner", self.tr("Owner"), data.owner)
        owner.options = InlineOptions(choices=self.services.office.people())
        lead.rows.append(owner)
        lead.rows.append(self.scalar_spec(update, "notes", self.tr("Notes"), data.notes, multiline=True))
        return [person, lead]

    def _closed_html(self) -> str:
        record = self.record
        when = ""
        if record.closed_at is not None:
            when = QLocale().toString(local(record.closed_at).date(), QLocale.FormatType.ShortFormat)
        if record.data.status != "qualified":
            return escape(when)
        became = []  # each named for what it is: a company's account and its deal often share a name
        for kind, uid, said in (("contact", record.contact_uid, self.tr("contact %1")),
                                ("account", record.account_uid, self.tr("account %1")),
                                ("deal", record.deal_uid, self.tr("deal %1"))):
            shown = self._linked(kind, uid) if uid else ""
            if shown:
                became.append(said.replace("%1", shown))
        return self.tr("%1 — became %2").replace("%1", escape(when)).replace("%2", ", ".join(became) or "—")

    def _linked(self, kind: str, uid: str) -> str:
        try:
            if kind == "contact":
                return link(kind, uid, self.services.contacts.get(uid, include_deleted=True).display_name)
            if kind == "account":
                return link(kind, uid, self.services.accounts.get(uid, include_deleted=True).data.name)
            return link(kind, uid, self.services.deals.get(uid, include_deleted=True).data.title)
        except Exception:  # gone for good meanwhile: the link would lead nowhere
            return ""

    def related_sections(self) -> list[tuple[str, list[str]]]:
        return []

    def deal_defaults(self) -> tuple[str | None, tuple[str, ...]]:
        return None, ()

    def mail_addresses(self) -> list[str]:
        return [self.record.data.email] if self.record.data.email else []

    def delete(self, uid: str) -> object:
        return self.services.leads.delete(uid)


"""Leads from a CSV file (issue 18, point 2): what a web form, a fair's scanner or a purchased list exports.

The columns are known by their names in the languages Rapport speaks ("E-mail", "Company", "Источник",
"公司"…), or as the caller maps them; a column no field takes is kept in the lead's notes ("Budget: 5000"),
so nothing the form asked is lost. A row whose e-mail address (or, without one, name and company) is a lead
already — the same form exported again tonight — is passed over, so a nightly import makes each lead once.
A row that is refused is named with its number, its line and the reason, and the others go in. The whole file
is one step of the history.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import BinaryIO

from app.errors import ValidationError
from app.formats.csv_contacts import CsvFileError, table
from app.formats.vcard import Rejected
from app.leads import LeadData
from app.messages import QT_TRANSLATE_NOOP, said
from app.services import Services
from app.unit_of_work import Origin

FIELDS = ("name", "given", "family", "company", "job_title", "email", "phone", "source", "notes", "owner")
# Column names (letter case, spaces, dashes and dots aside) each field is known by.
_NAMES: dict[str, tuple[str, ...]] = {
    "name": ("name", "full name", "your name", "contact", "contact name", "person", "имя", "фио", "ім'я", "імя",
             "піб", "име", "姓名", "名字", "联系人"),
    "given": ("first name", "given name", "firstname", "forename", "имя (first)", "ім'я (first)"),
    "family": ("last name", "family name", "surname", "lastname", "фамилия", "прізвище", "фамилия (last)"),
    "company": ("company", "company name", "organization", "organisation", "organization name", "business",
                "account", "компания", "организация", "компанія", "організація", "фирма", "фірма", "компания/фирма",
                "公司", "单位", "公司名称"),
    "job_title": ("job title", "title", "position", "role", "должность", "посада", "длъжност", "职位", "职务"),
    "email": ("email", "e mail", "email address", "e mail address", "mail", "почта", "эл почта",
              "электронная почта", "електронна пошта", "ел поща", "имейл", "邮箱", "电子邮件", "邮件"),
    "phone": ("phone", "telephone", "phone number", "mobile", "mobile phone", "tel", "телефон", "мобильный",
              "мобільний", "电话", "手机", "联系电话"),
    "source": ("source", "lead source", "utm source", "channel", "campaign", "источник", "джерело", "източник",
               "来源", "渠道"),
    "notes": ("notes", "note", "message", "comments", "comment", "description", "сообщение", "комментарий",
              "примечание", "повідомлення", "коментар", "съобщение", "коментар", "бележки", "留言", "备注", "说明"),
    "owner": ("owner", "lead owner", "assigned to", "ответственный", "відповідальний", "отговорник", "负责人"),
}
_SPACING = re.compile(r"[\s_.\-:]+")


def _key(header: str) -> str:
    return _SPACING.sub(" ", header.replace("\ufeff", "")).strip().casefold()


_BY_NAME = {_key(name): field_name for field_name, names in _NAMES.items() for name in names}


def suggest_mapping(header: list[str]) -> dict[str, str]:
    """{column: field} for the columns whose names say their field (the first such column a field)."""
    mapping: dict[str, str] = {}
    for column in header:
        wanted = _BY_NAME.get(_key(column))
        if wanted and wanted not in mapping.values():
            mapping[column] = wanted
    return mapping


@dataclass
class LeadImport:
    made: list[str] = field(default_factory=list)  # the new leads' uids
    known: list[tuple[int, str]] = field(default_factory=list)  # (row, who): a lead already
    refused: list[str] = field(default_factory=list)  # "row 4 (line 5): …"
    warnings: list[str] = field(default_factory=list)


def import_leads(services: Services, source: bytes | BinaryIO, *, mapping: Mapping[str, str] | None = None,
                 default_source: str = "", progress: Callable[[int], bool] | None = None) -> LeadImport:
    """Read the file's rows into new leads, in one step of the history. `mapping`: {column: field of FIELDS,
    or "" to leave it out}, over the names the columns are known by. `default_source`: the source of a row that
    names none. `progress(rows read)`: False to stop (the leads made so far stay, as one step). Raises
    CsvFileError when the file cannot be used at all."""
    header, file_warning, rows = table(source)
    chosen = {**suggest_mapping(header), **(mapping or {})}
    unknown = sorted({f for f in chosen.values() if f and f not in FIELDS})
    if unknown:
        raise ValidationError.single("map", said(QT_TRANSLATE_NOOP(
            "Services", "a lead has no field %1 (its fields: %2)"), ", ".join(unknown), ", ".join(FIELDS)))
    if not any(f in ("name", "given", "family", "company", "email") for f in chosen.values()):
        raise CsvFileError(said(QT_TRANSLATE_NOOP(
            "Services", "no column of the file is a name, a company or an e-mail address (its columns: %1)"),
            ", ".join(header)))
    result = LeadImport(warnings=[file_warning] if file_warning else [])
    emails, names = _known(services)
    with services.writer.write("Import leads", Origin.IMPORT):
        read = 0
        for row in rows:
            read += 1
            if progress is not None and read % 50 == 0 and not progress(read):
                break
            if isinstance(row, Rejected):
                result.refused.append(str(row))
                continue
            number, line, cells, _ = row
            data = _lead(header, cells, chosen, default_source)
            email_key = data.email.strip().casefold()
            name_key = (" ".join(data.name.split()).casefold(), " ".join(data.company.split()).casefold())
            if (email_key and email_key in emails) or (not email_key and name_key in names):
                result.known.append((number, data.name or data.company or data.email))
                continue
            try:
                uid = services.leads.create(data).value.uid
            except ValidationError as exc:
                result.refused.append(str(Rejected(number, line, str(exc))))
                continue
            result.made.append(uid)
            if email_key:
                emails.add(email_key)
            names.add(name_key)
    return result


def _known(services: Services) -> tuple[set[str], set[tuple[str, str]]]:
    """The e-mail addresses, and the names with companies, of the leads there are (in the Trash too: a lead
    deleted on purpose is not made again by tonight's import)."""
    emails: set[str] = set()
    names: set[tuple[str, str]] = set()
    for email, name, company in services.store.database.execute_sql("SELECT email, name, company FROM lead"):
        if email:
            emails.add(str(email).casefold())
        names.add((" ".join(str(name).split()).casefold(), " ".join(str(company).split()).casefold()))
    return emails, names


def _lead(header: list[str], cells: list[str], mapping: Mapping[str, str], default_source: str) -> LeadData:
    values: dict[str, str] = {}
    rest: list[str] = []
    for column, cell in zip(header, cells, strict=True):
        text = cell.strip()
        if not text:
            continue
        wanted = mapping.get(column)
        if wanted == "":
            continue  # left out on purpose
        if wanted and wanted not in values:
            values[wanted] = text
        else:  # a column no field takes (or a second one of a field): kept in the notes
            rest.append(f"{column}: {text}" if column else text)
    name = values.pop("name", "") or " ".join(p for p in (values.pop("given", ""), values.pop("family", "")) if p)
    values.pop("given", None)
    values.pop("family", None)
    notes = "\n".join([values.pop("notes", ""), *rest]).strip()
    return LeadData(name=name, notes=notes, source=values.pop("source", "") or default_source, **values)

"""CSV contacts: Google and Outlook exports (their real headers), custom mappings, broken rows, round trips."""

from __future__ import annotations

import codecs
import csv
import io

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.contacts import Address, ContactData, Email, ExtraProperty, OtherDate, Phone, Related
from app.formats.csv_contacts import (
    FILE_ENCODING,
    CsvContact,
    CsvFileError,
    Flavour,
    detect_flavour,
    read,
    read_header,
    suggest_mapping,
    write_csv,
)
from app.formats.vcard import Rejected
from app.services import Services
from db.values import PartialDate

# Headers as the programs write them (Google's old "Google CSV", its newer export, Outlook's export).
GOOGLE_OLD = [
    "Name", "Given Name", "Additional Name", "Family Name", "Yomi Name", "Given Name Yomi", "Additional Name Yomi",
    "Family Name Yomi", "Name Prefix", "Name Suffix", "Initials", "Nickname", "Short Name", "Maiden Name",
    "Birthday", "Gender", "Location", "Billing Information", "Directory Server", "Mileage", "Occupation", "Hobby",
    "Sensitivity", "Priority", "Subject", "Notes", "Language", "Photo", "Group Membership", "E-mail 1 - Type",
    "E-mail 1 - Value", "E-mail 2 - Type", "E-mail 2 - Value", "Phone 1 - Type", "Phone 1 - Value",
    "Phone 2 - Type", "Phone 2 - Value", "Address 1 - Type", "Address 1 - Formatted", "Address 1 - Street",
    "Address 1 - City", "Address 1 - PO Box", "Address 1 - Region", "Address 1 - Postal Code",
    "Address 1 - Country", "Address 1 - Extended Address", "Organization 1 - Type", "Organization 1 - Name",
    "Organization 1 - Yomi Name", "Organization 1 - Title", "Organization 1 - Department",
    "Organization 1 - Symbol", "Organization 1 - Location", "Organization 1 - Job Description", "Website 1 - Type",
    "Website 1 - Value",
]
GOOGLE_NEW = [
    "First Name", "Middle Name", "Last Name", "Phonetic First Name", "Phonetic Middle Name", "Phonetic Last Name",
    "Name Prefix", "Name Suffix", "Nickname", "File As", "Organization Name", "Organization Title",
    "Organization Department", "Birthday", "Notes", "Photo", "Labels", "E-mail 1 - Label", "E-mail 1 - Value",
    "E-mail 2 - Label", "E-mail 2 - Value", "Phone 1 - Label", "Phone 1 - Value", "Phone 2 - Label",
    "Phone 2 - Value", "Address 1 - Label", "Address 1 - Formatted", "Address 1 - Street", "Address 1 - City",
    "Address 1 - PO Box", "Address 1 - Region", "Address 1 - Postal Code", "Address 1 - Country",
    "Address 1 - Extended Address", "Website 1 - Label", "Website 1 - Value", "Event 1 - Label", "Event 1 - Value",
    "Custom Field 1 - Label", "Custom Field 1 - Value",
]
OUTLOOK = [
    "Title", "First Name", "Middle Name", "Last Name", "Suffix", "Company", "Department", "Job Title",
    "Business Street", "Business Street 2", "Business Street 3", "Business City", "Business State",
    "Business Postal Code", "Business Country/Region", "Home Street", "Home Street 2", "Home Street 3", "Home City",
    "Home State", "Home Postal Code", "Home Country/Region", "Other Street", "Other Street 2", "Other Street 3",
    "Other City", "Other State", "Other Postal Code", "Other Country/Region", "Assistant's Phone", "Business Fax",
    "Business Phone", "Business Phone 2", "Callback", "Car Phone", "Company Main Phone", "Home Fax", "Home Phone",
    "Home Phone 2", "ISDN", "Mobile Phone", "Other Fax", "Other Phone", "Pager", "Primary Phone", "Radio Phone",
    "TTY/TDD Phone", "Telex", "Account", "Anniversary", "Assistant's Name", "Billing Information", "Birthday",
    "Business Address PO Box", "Categories", "Children", "Directory Server", "E-mail Address", "E-mail Type",
    "E-mail Display Name", "E-mail 2 Address", "E-mail 2 Type", "E-mail 2 Display Name", "E-mail 3 Address",
    "E-mail 3 Type", "E-mail 3 Display Name", "Gender", "Government ID Number", "Hobby", "Home Address PO Box",
    "Initials", "Internet Free Busy", "Keywords", "Language", "Location", "Manager's Name", "Mileage", "Notes",
    "Office Location", "Organizational ID Number", "Other Address PO Box", "Priority", "Private", "Profession",
    "Referred By", "Sensitivity", "Spouse", "User 1", "User 2", "User 3", "User 4", "Web Page",
]
# What Outlook writes in every row whatever the contact holds.
OUTLOOK_DEFAULTS = {"Anniversary": "0/0/00", "Birthday": "0/0/00", "Gender": "Unspecified", "Priority": "Normal",
                    "Private": "False", "Sensitivity": "Normal"}


def table(header: list[str], rows: list[dict[str, str]], *, delimiter: str = ",", quote_all: bool = False,
          defaults: dict[str, str] | None = None) -> str:
    """A CSV text with CRLF line ends; each row given by its non-empty cells."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\r\n",
                        quoting=csv.QUOTE_ALL if quote_all else csv.QUOTE_MINIMAL)
    writer.writerow(header)
    for row in rows:
        assert set(row) <= set(header), set(row) - set(header)
        writer.writerow([row.get(h, (defaults or {}).get(h, "")) for h in header])
    return out.getvalue()


def contacts(items: list[CsvContact | Rejected]) -> list[CsvContact]:
    return [i for i in items if isinstance(i, CsvContact)]


def rejected(items: list[CsvContact | Rejected]) -> list[Rejected]:
    return [i for i in items if isinstance(i, Rejected)]


# --- Google ---------------------------------------------------------------------------------------


GOOGLE_OLD_ROWS = [
    {"Name": "José Müller", "Given Name": "José", "Family Name": "Müller", "Nickname": "Pepe",
     "Birthday": "1980-05-17", "Notes": 'Met at "Expo 2019", Madrid\nLikes: jamón, queso',
     "Group Membership": "* myContacts ::: Clients ::: * Starred",
     "E-mail 1 - Type": "* Work", "E-mail 1 - Value": "jose@acme.es ::: jose.m@acme.es",
     "E-mail 2 - Type": "Home", "E-mail 2 - Value": "pepe@example.org",
     "Phone 1 - Type": "Mobile", "Phone 1 - Value": "+34 600 123 456",
     "Phone 2 - Type": "Work Fax", "Phone 2 - Value": "+34 910 000 001",
     "Address 1 - Type": "Work", "Address 1 - Formatted": "Calle Mayor 1, 3º\nMadrid 28013\nSpain",
     "Address 1 - Street": "Calle Mayor 1, 3º", "Address 1 - City": "Madrid", "Address 1 - Postal Code": "28013",
     "Address 1 - Country": "Spain", "Organization 1 - Type": "", "Organization 1 - Name": "Acme, S.L.",
     "Organization 1 - Title": "CTO", "Organization 1 - Department": "R&D",
     "Website 1 - Type": "Profile", "Website 1 - Value": "https://acme.es/jose"},
    {"Name": "王小明", "Given Name": "小明", "Family Name": "王", "Birthday": "--02-29",
     "Group Membership": "* myContacts", "Phone 1 - Type": "Google Voice", "Phone 1 - Value": "+86 10 1234 5678",
     "Address 1 - Type": "Home", "Address 1 - Formatted": "北京市朝阳区建国路 88 号"},
    {"Name": "Zoë O'Brien", "Given Name": "Zoë", "Family Name": "O'Brien", "Group Membership": "Friends",
     "E-mail 1 - Type": "*", "E-mail 1 - Value": "zoe@example.ie", "Hobby": "sailing"},
]


def test_the_old_google_export_is_read_field_by_field() -> None:
    text = table(GOOGLE_OLD, GOOGLE_OLD_ROWS)
    items = list(read(text.encode("utf-8")))
    assert not rejected(items)
    jose, wang, zoe = contacts(items)
    d = jose.data
    assert (d.given, d.family, d.display_name, d.nickname) == ("José", "Müller", "José Müller", "Pepe")
    assert d.birthday == PartialDate(1980, 5, 17)
    assert d.notes == 'Met at "Expo 2019", Madrid\nLikes: jamón, queso'
    assert (jose.organisation, d.job_title, d.department) == ("Acme, S.L.", "CTO", "R&D")
    # The star marks the primary address; one cell may hold several values of one type.
    assert d.emails == (Email("jose@acme.es", "work", True), Email("jose.m@acme.es", "work"),
                        Email("pepe@example.org", "home"))
    assert d.phones == (Phone("+34 600 123 456", "cell"), Phone("+34 910 000 001", "work", params=(("TYPE", "fax"),)))
    assert d.addresses == (Address(street="Calle Mayor 1, 3º", locality="Madrid", postal_code="28013",
                                   country="Spain", label="work"),)
    assert [(u.value, u.label) for u in d.urls] == [("https://acme.es/jose", "Profile")]
    assert jose.tags == ["Clients", "Starred"]  # "My Contacts" holds everyone: not a tag
    assert (jose.number, jose.line) == (1, 2)
    # The first row's notes and formatted address hold three line breaks: the second row starts on line 6.
    assert (wang.number, wang.line) == (2, 6)
    assert (wang.data.given, wang.data.family) == ("小明", "王")
    assert wang.data.birthday == PartialDate(None, 2, 29)
    assert wang.data.phones == (Phone("+86 10 1234 5678", "Google Voice"),)
    assert wang.data.addresses == (Address(street="北京市朝阳区建国路 88 号", label="home"),)
    assert wang.tags == []
    assert zoe.data.emails == (Email("zoe@example.ie", "", True),)
    assert zoe.tags == ["Friends"]
    assert zoe.data.extra == (ExtraProperty("X-CSV-HOBBY", "sailing"),)
    assert not jose.warnings and not zoe.warnings


def test_the_newer_google_export_with_labels_events_and_custom_fields() -> None:
    rows = [
        {"First Name": "Ana", "Last Name": "Lima", "Name Prefix": "Dr.", "Organization Name": "Clínica Sul",
         "Organization Title": "Pediatra", "Labels": "* myContacts ::: * starred ::: Família",
         "E-mail 1 - Label": "* ", "E-mail 1 - Value": "ana@clinica.br", "Phone 1 - Label": "Work",
         "Phone 1 - Value": "+55 11 3000-0000", "Event 1 - Label": "Anniversary", "Event 1 - Value": "2010-10-02",
         "Custom Field 1 - Label": "CRM id", "Custom Field 1 - Value": "A-17", "File As": "Lima, Ana"},
        {"First Name": "Bo", "Phone 1 - Label": "Mobile", "Phone 1 - Value": "070-123 45 67",
         "Event 1 - Label": "Graduation", "Event 1 - Value": "2001-06-15", "Birthday": " --12-24"},
    ]
    ana, bo = contacts(list(read(table(GOOGLE_NEW, rows).encode())))
    assert (ana.data.prefix, ana.data.given, ana.data.family) == ("Dr.", "Ana", "Lima")
    assert (ana.organisation, ana.data.job_title) == ("Clínica Sul", "Pediatra")
    assert ana.tags == ["Starred", "Família"]
    assert ana.data.emails == (Email("ana@clinica.br", "", True),)
    assert ana.data.phones == (Phone("+55 11 3000-0000", "work"),)
    assert ana.data.anniversary == PartialDate(2010, 10, 2) and ana.data.dates == ()
    assert set(ana.data.extra) == {ExtraProperty("X-CSV-CUSTOM-FIELD-1-LABEL", "CRM id"),
                                   ExtraProperty("X-CSV-CUSTOM-FIELD-1-VALUE", "A-17"),
                                   ExtraProperty("X-CSV-FILE-AS", "Lima, Ana")}
    assert bo.data.dates == (OtherDate(PartialDate(2001, 6, 15), "Graduation"),)
    assert bo.data.birthday == PartialDate(None, 12, 24)


def test_a_tab_delimited_google_file() -> None:
    rows = [{"Given Name": "Ann", "Family Name": "Lee", "E-mail 1 - Value": "ann@example.org",
             "Notes": "tab\tinside"}]
    (ann,) = list(read(table(GOOGLE_OLD, rows, delimiter="\t").encode()))
    assert isinstance(ann, CsvContact)
    assert (ann.data.given, ann.data.family, ann.data.notes) == ("Ann", "Lee", "tab\tinside")
    assert ann.data.emails == (Email("ann@example.org"),)


# --- Outlook --------------------------------------------------------------------------------------


OUTLOOK_ROWS = [
    {"Title": "Mr.", "First Name": "Søren", "Last Name": "Ærøskøbing", "Company": "Nordisk A/S",
     "Department": "Sales", "Job Title": "Key Account Manager", "Business Street": "Strandvejen 12",
     "Business Street 2": "3. sal", "Business City": "København", "Business Postal Code": "2100",
     "Business Country/Region": "Denmark", "Home Street": "Vesterbrogade 1", "Home City": "København V",
     "Business Phone": "+45 33 00 00 00", "Mobile Phone": "+45 20 00 00 00", "Business Fax": "+45 33 00 00 01",
     "Birthday": "5/17/1980", "Categories": "Clients;VIP", "E-mail Address": "soren@nordisk.dk",
     "E-mail Type": "SMTP", "E-mail Display Name": "Søren Ærøskøbing (soren@nordisk.dk)",
     "E-mail 2 Address": "soren@private.dk", "E-mail 2 Type": "SMTP", "E-mail 2 Display Name": "Søren privat",
     "Notes": "Prefers calls.\r\nNo e-mail after 18:00, \"really\".", "Office Location": "Building B",
     "Initials": "S.Æ.", "Web Page": "https://nordisk.dk", "Spouse": "Mette"},
    {"First Name": "Иван", "Last Name": "Петров", "Home Phone": "+7 495 000-00-00", "Primary Phone": "+7 900 000-00-00",
     "Anniversary": "6/1/2005", "Other Street": "ул. Тверская, 1", "Other City": "Москва"},
    {"Company": "Just A Company Ltd"},
]


def test_an_outlook_export_in_utf16_with_a_bom() -> None:
    text = table(OUTLOOK, OUTLOOK_ROWS, quote_all=True, defaults=OUTLOOK_DEFAULTS)
    items = list(read(codecs.BOM_UTF16_LE + text.encode("utf-16-le")))
    soren, ivan = contacts(items)
    d = soren.data
    assert (d.prefix, d.given, d.family) == ("Mr.", "Søren", "Ærøskøbing")
    assert (soren.organisation, d.department, d.job_title) == ("Nordisk A/S", "Sales", "Key Account Manager")
    assert d.addresses == (
        Address(street="Strandvejen 12\n3. sal", locality="København", postal_code="2100", country="Denmark",
                label="work"),
        Address(street="Vesterbrogade 1", locality="København V", label="home"),
    )
    assert set(d.phones) == {Phone("+45 33 00 00 00", "work"), Phone("+45 20 00 00 00", "cell"),
                             Phone("+45 33 00 00 01", "work", params=(("TYPE", "fax"),))}
    assert [e.value for e in d.emails] == ["soren@nordisk.dk", "soren@private.dk"]
    assert d.birthday == PartialDate(1980, 5, 17) and d.anniversary is None  # 0/0/00 is Outlook's "not set"
    assert d.notes == 'Prefers calls.\nNo e-mail after 18:00, "really".'
    assert soren.tags == ["Clients", "VIP"]
    assert [(u.value, u.label) for u in d.urls] == [("https://nordisk.dk", "")]
    assert d.related == (Related("Mette", "spouse"),)
    # The display name Outlook makes up goes; one the user typed, and columns no field takes, stay.
    assert set(d.extra) == {ExtraProperty("X-CSV-E-MAIL-2-DISPLAY-NAME", "Søren privat"),
                            ExtraProperty("X-CSV-OFFICE-LOCATION", "Building B"),
                            ExtraProperty("X-CSV-INITIALS", "S.Æ.")}
    assert (ivan.data.given, ivan.data.family) == ("Иван", "Петров")
    assert set(ivan.data.phones) == {Phone("+7 495 000-00-00", "home"), Phone("+7 900 000-00-00", "", True)}
    assert ivan.data.anniversary == PartialDate(2005, 6, 1)
    assert ivan.data.addresses == (Address(street="ул. Тверская, 1", locality="Москва", label="other"),)
    (company_only,) = rejected(items)
    assert (company_only.number, company_only.line) == (3, 5)  # Søren's notes take two lines
    assert company_only.reason == "the row has no name, e-mail address or phone number"


def test_utf16_without_a_bom_big_endian() -> None:
    text = table(OUTLOOK, [{"First Name": "Łukasz", "Mobile Phone": "+48 600 000 000"}], quote_all=True)
    (lukasz,) = list(read(text.encode("utf-16-be")))
    assert isinstance(lukasz, CsvContact)
    assert lukasz.data.given == "Łukasz" and lukasz.data.phones == (Phone("+48 600 000 000", "cell"),)


def test_a_semicolon_delimited_outlook_file_in_a_windows_code_page() -> None:
    rows = [{"First Name": "Jürgen", "Last Name": "Groß", "Company": "Bäckerei Groß; Söhne",
             "Birthday": "17.05.1980", "E-mail Address": "j.gross@example.de", "Business City": "Köln"},
            {"First Name": "Amélie", "Last Name": "Lefèvre", "Birthday": "03/04/1990"}]
    data = table(OUTLOOK, rows, delimiter=";", defaults=OUTLOOK_DEFAULTS).encode("cp1252")
    jurgen, amelie = contacts(list(read(data)))
    assert (jurgen.data.given, jurgen.data.family) == ("Jürgen", "Groß")
    assert jurgen.organisation == "Bäckerei Groß; Söhne"
    assert jurgen.data.birthday == PartialDate(1980, 5, 17)
    assert jurgen.data.addresses == (Address(locality="Köln", label="work"),)
    assert any("not UTF-8" in w and "cp1252" in w for w in jurgen.warnings)
    assert (amelie.data.given, amelie.data.family) == ("Amélie", "Lefèvre")
    # 03/04 could be either; Outlook's own export is month first, and the user is told.
    assert amelie.data.birthday == PartialDate(1990, 3, 4)
    assert any("month/day/year" in w for w in amelie.warnings)


def test_excel_sep_line_and_old_mac_line_ends() -> None:
    text = "sep=;\r" + table(["First Name", "Last Name", "E-mail Address", "Notes"],
                             [{"First Name": "Ada", "Last Name": "King", "Notes": "one\rtwo"}],
                             delimiter=";").replace("\r\n", "\r")
    (ada,) = list(read(text.encode()))
    assert isinstance(ada, CsvContact)
    assert (ada.data.given, ada.data.family, ada.data.notes, ada.line) == ("Ada", "King", "one\ntwo", 3)


# --- which columns are which ----------------------------------------------------------------------


def test_flavours_are_told_apart_by_their_headers() -> None:
    assert detect_flavour(GOOGLE_OLD) == "google"
    assert detect_flavour(GOOGLE_NEW) == "google"
    assert detect_flavour(OUTLOOK) == "outlook"
    # Microsoft's import template: a few of Outlook's columns and nothing else.
    assert detect_flavour(["First Name", "Last Name", "E-mail Address", "Mobile Phone"]) == "outlook"
    assert detect_flavour(["Full name", "Mail", "Company", "Shoe size"]) is None
    assert detect_flavour([]) is None


def test_suggested_mappings_name_the_value_columns_only() -> None:
    outlook = suggest_mapping(OUTLOOK)
    assert outlook["Title"] == "prefix" and outlook["Job Title"] == "job_title"
    assert outlook["Business Street 2"] == "street" and outlook["Home Address PO Box"] == "po_box"
    assert outlook["Mobile Phone"] == "phone" and outlook["E-mail 3 Address"] == "email"
    assert outlook["Categories"] == "tags" and outlook["Company"] == "organisation"
    assert "E-mail Type" not in outlook and "E-mail Display Name" not in outlook and "Gender" not in outlook
    google = suggest_mapping(GOOGLE_OLD)
    assert google["E-mail 2 - Value"] == "email" and google["Organization 1 - Title"] == "job_title"
    assert google["Address 1 - Postal Code"] == "postal_code" and google["Group Membership"] == "tags"
    assert "E-mail 1 - Type" not in google and "Address 1 - Formatted" not in google
    assert "Yomi Name" not in google and "Phonetic First Name" not in suggest_mapping(GOOGLE_NEW)
    # "Title" means Mr/Ms only in Outlook's columns.
    assert "Title" not in suggest_mapping(["Name", "Title", "Email"])
    assert read_header(table(GOOGLE_NEW, []).encode("utf-8-sig")) == GOOGLE_NEW


def test_a_custom_mapping_with_labels_from_the_headers() -> None:
    header = ["Full name", "Mail", "Work mail", "Mobile", "Firm", "Street", "Town", "Tags", "Shoe size", "Secret"]
    rows = [{"Full name": "Kim Park", "Mail": "kim@example.kr", "Work mail": "kim@firm.kr", "Mobile": "010-1234-5678",
             "Firm": "Firm Co", "Street": "Sejong-daero 110", "Town": "Seoul", "Tags": "vip, golf",
             "Shoe size": "42", "Secret": "do not import"},
            {"Full name": "", "Mail": "", "Mobile": "", "Firm": "No One Inc"}]
    mapping = {"Full name": "display_name", "Mail": "email", "Work mail": "email", "Mobile": "phone",
               "Firm": "organisation", "Street": "street", "Town": "locality", "Tags": "tags", "Secret": ""}
    items = list(read(table(header, rows).encode(), mapping))
    (kim,) = contacts(items)
    assert kim.data.display_name == "Kim Park" and kim.organisation == "Firm Co"
    assert kim.data.emails == (Email("kim@example.kr"), Email("kim@firm.kr", "work"))
    assert kim.data.phones == (Phone("010-1234-5678", "cell"),)
    assert kim.data.addresses == (Address(street="Sejong-daero 110", locality="Seoul"),)
    assert kim.tags == ["vip", "golf"]
    assert kim.data.extra == (ExtraProperty("X-CSV-SHOE-SIZE", "42"),)  # "Secret" was left out on purpose
    assert [(r.number, r.line) for r in rejected(items)] == [(2, 3)]


def test_mappings_that_cannot_work_are_refused_with_a_reason() -> None:
    data = table(["Full name", "Mail"], [{"Full name": "A", "Mail": "a@example.org"}]).encode()
    with pytest.raises(CsvFileError, match="not those of a Google or Outlook export"):
        list(read(data))
    with pytest.raises(CsvFileError, match="no column 'E-mail'"):
        list(read(data, {"E-mail": "email"}))
    with pytest.raises(CsvFileError, match="'shoe' is not a field"):
        list(read(data, {"Mail": "shoe"}))


@pytest.mark.parametrize(("data", "message"), [
    (b"", "empty"),
    (b"\r\n \r\n", "empty"),
    (codecs.BOM_UTF8 + b"Given Name,Family Name\r\n", "no rows"),
    (b",,,\r\nA,B,C,D\r\n", "no column names"),
])
def test_files_that_are_not_contacts_at_all(data: bytes, message: str) -> None:
    with pytest.raises(CsvFileError, match=message):
        list(read(data))


# --- broken rows ----------------------------------------------------------------------------------


def test_broken_rows_are_rejected_with_row_line_and_reason_and_the_rest_go_on() -> None:
    text = (
        "Given Name,Family Name,E-mail 1 - Value,Notes\r\n"
        "Ann,Lee,ann@example.org,fine\r\n"
        "Bob,Ray,bob@example.org,one field,too many\r\n"
        ",,,only a note\r\n"
        'Cy,"Unclosed,cy@example.org,x\r\n'
        'Di,Fox,di@example.org,"a note\r\n'
        'on two lines"\r\n'
        "\r\n"
        "Ed,Go,ed@example.org,\r\n"
    )
    items = list(read(text.encode()))
    assert [(r.number, r.line) for r in rejected(items)] == [(2, 3), (3, 4), (4, 5)]
    too_many, nameless, unclosed = rejected(items)
    assert too_many.reason == "the row has 5 fields but the header has 4 columns"
    assert nameless.reason == "the row has no name, e-mail address or phone number"
    assert "a quote may not be closed" in unclosed.reason and "line 5" in unclosed.reason
    ann, di, ed = contacts(items)
    assert (ann.number, ann.line, ann.data.given) == (1, 2, "Ann")
    # The unclosed quote did not swallow the rows after it.
    assert (di.number, di.line, di.data.given, di.data.notes) == (5, 6, "Di", "a note\non two lines")
    assert (ed.number, ed.line, ed.data.emails) == (6, 9, (Email("ed@example.org"),))
    assert str(too_many) == "record 2 (line 3): the row has 5 fields but the header has 4 columns"


def test_a_line_that_is_not_utf8_in_a_utf8_file_is_read_on_its_own() -> None:
    head = "Given Name,Family Name,Notes\r\nÅsa,Öberg,utf-8\r\n".encode()
    data = head + "Zoë,Brontë,cp1252\r\n".encode("cp1252")
    asa, zoe = contacts(list(read(data)))
    assert (asa.data.given, asa.data.family) == ("Åsa", "Öberg") and not asa.warnings
    assert (zoe.data.given, zoe.data.family) == ("Zoë", "Brontë")
    assert zoe.warnings == ["line 3 is not UTF-8; read it as cp1252"]


def test_a_date_that_is_not_a_date_is_kept_with_a_warning() -> None:
    rows = [{"Given Name": "Tom", "Birthday": "sometime in May"}]
    (tom,) = contacts(list(read(table(GOOGLE_OLD, rows).encode())))
    assert tom.data.birthday is None
    assert tom.data.extra == (ExtraProperty("X-CSV-BIRTHDAY", "sometime in May"),)
    assert tom.warnings == ["Birthday: 'sometime in May' is not a date; kept as it was"]


# --- streams and uids -----------------------------------------------------------------------------


class Trickle(io.BytesIO):
    """A stream that hands out a few bytes per read, as a pipe or a slow disk may: CRLF pairs and
    UTF-16 code units get cut between reads."""

    def __init__(self, data: bytes, step: int) -> None:
        super().__init__(data)
        self._step = step

    def read(self, size: int | None = -1, /) -> bytes:
        return super().read(self._step if size is None or size < 0 else min(size, self._step))


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16"])
def test_reads_cut_anywhere_give_the_same_rows(encoding: str) -> None:
    text = table(GOOGLE_OLD, GOOGLE_OLD_ROWS)
    whole = list(read(text.encode(encoding)))
    for step in (1, 2, 3, 7):
        assert list(read(Trickle(text.encode(encoding), step))) == whole


def test_a_large_file_is_read_as_it_goes() -> None:
    rows = [{"Given Name": f"Person {i}", "E-mail 1 - Value": f"p{i}@example.org"} for i in range(20000)]
    stream = io.BytesIO(table(GOOGLE_OLD, rows).encode())
    items = read(stream)
    first = next(items)
    assert isinstance(first, CsvContact) and first.data.given == "Person 0"
    assert stream.tell() < len(stream.getvalue()) // 4  # not the whole file in memory for one row
    assert sum(1 for _ in items) == 19999


def test_the_same_row_gets_the_same_uid_whatever_the_column_order() -> None:
    first = contacts(list(read(table(GOOGLE_OLD, GOOGLE_OLD_ROWS).encode())))
    again = contacts(list(read(table(GOOGLE_OLD, GOOGLE_OLD_ROWS).encode("utf-16"))))
    shuffled = contacts(list(read(table(list(reversed(GOOGLE_OLD)), GOOGLE_OLD_ROWS).encode())))
    assert [c.uid for c in first] == [c.uid for c in again] == [c.uid for c in shuffled]
    assert len({c.uid for c in first}) == 3
    changed = [dict(GOOGLE_OLD_ROWS[0], Nickname="Pepito")]
    assert contacts(list(read(table(GOOGLE_OLD, changed).encode())))[0].uid != first[0].uid


def test_rows_pass_the_contact_checks_and_a_second_import_changes_nothing(services: Services) -> None:
    data = table(OUTLOOK, OUTLOOK_ROWS, quote_all=True, defaults=OUTLOOK_DEFAULTS).encode("utf-16")
    outcomes = []
    for attempt in range(2):
        for item in contacts(list(read(data))):
            clean = services.contacts.validate(item.data)
            outcomes.append((attempt, services.contacts.upsert_clean(item.uid, clean)[0]))
    assert outcomes == [(0, "created"), (0, "created"), (1, "unchanged"), (1, "unchanged")]
    assert services.contacts.get(contacts(list(read(data)))[0].uid).data.display_name == "Mr. Søren Ærøskøbing"


# --- writing and round trips ----------------------------------------------------------------------


PEOPLE: list[tuple[ContactData, str, list[str]]] = [
    (ContactData(
        prefix="Dr.", given="Émilie", additional="Anne", family="Du Châtelet", suffix="PhD", nickname="Mimi",
        job_title="Physicist, \"natural philosophy\"", department="Mechanics",
        birthday=PartialDate(1706, 12, 17), notes='Wrote "Institutions de physique".\nLine two, with a comma.',
        emails=(Email("emilie@cirey.fr", "work", True), Email("emilie@home.fr", "home"), Email("e@third.fr")),
        phones=(Phone("+33 1 23 45 67 89", "work"), Phone("+33 6 12 34 56 78", "cell"),
                Phone("+33 1 23 45 67 90", "home", params=(("TYPE", "fax"),))),
        addresses=(Address(street="Château de Cirey\nAile nord", locality="Cirey-sur-Blaise", region="Grand Est",
                           postal_code="52110", country="France", label="work"),
                   Address(street="Rue de Richelieu 1", locality="Paris", postal_code="75001", country="France",
                           po_box="BP 12", label="home")),
    ), "Académie royale, Paris", ["Scientists", "Correspondents"]),
    (ContactData(given="Лев", family="Толстой", emails=(Email("lev@yasnaya.ru"),), birthday=PartialDate(1828, 9, 9)),
     "", ["Writers"]),
    (ContactData(display_name="Front desk", phones=(Phone("+1 202 555 0100", "main"),)), "Hotel Plaza", []),
]


def _read_back(text: str, flavour: Flavour) -> list[CsvContact]:
    data = text.encode(FILE_ENCODING[flavour])
    items = list(read(data))
    assert not rejected(items)
    return contacts(items)


def _same_essentials(back: CsvContact, data: ContactData, organisation: str, tags: list[str]) -> None:
    names = ("prefix", "given", "additional", "family", "suffix", "job_title", "department", "notes", "birthday")
    assert {n: getattr(back.data, n) for n in names} == {n: getattr(data, n) for n in names}
    assert [e.value for e in back.data.emails] == [e.value for e in data.emails]
    assert sorted(p.value for p in back.data.phones) == sorted(p.value for p in data.phones)
    assert back.organisation == organisation
    assert back.tags == tags


def test_google_round_trip_keeps_labels_and_addresses_whole() -> None:
    text = write_csv(PEOPLE, "google")
    assert text.split("\r\n")[0].startswith(",".join(GOOGLE_NEW[:17]))
    assert "E-mail 3 - Value" in text.split("\r\n")[0]  # as many groups as the contacts need
    back = _read_back(text, "google")
    for item, (data, organisation, tags) in zip(back, PEOPLE[:2], strict=False):
        _same_essentials(item, data, organisation, tags)
        assert item.data.emails == data.emails and item.data.phones == data.phones
        assert item.data.addresses == data.addresses
    assert back[2].data.given == "Front desk" and back[2].data.phones == PEOPLE[2][0].phones


def test_outlook_round_trip() -> None:
    text = write_csv(PEOPLE, "outlook")
    header = next(csv.reader(io.StringIO(text)))
    assert header == [*OUTLOOK, "Nickname"]  # the desktop export's columns, and Outlook.com's Nickname
    back = _read_back(text, "outlook")
    for item, (data, organisation, tags) in zip(back, PEOPLE[:2], strict=False):
        _same_essentials(item, data, organisation, tags)
    # Outlook has no display name column: a contact known only by one comes back with it as first name.
    assert back[2].data.given == "Front desk" and back[2].organisation == "Hotel Plaza"
    assert back[2].data.phones == (Phone("+1 202 555 0100", "main"),)
    emilie = back[0].data
    assert emilie.nickname == "Mimi"
    assert {(p.value, p.label, p.params) for p in emilie.phones} == {(p.value, p.label, p.params)
                                                                     for p in PEOPLE[0][0].phones}
    assert emilie.addresses == PEOPLE[0][0].addresses
    assert emilie.extra == ()  # the display names Outlook would write are recognised as such


def test_outlook_gets_columns_of_its_own_for_what_its_fixed_set_cannot_hold() -> None:
    many = ContactData(given="Many", emails=tuple(Email(f"m{i}@example.org") for i in range(5)),
                       phones=(Phone("+1 202 555 0101", "cell"), Phone("+1 202 555 0102", "cell"),
                               Phone("+1 202 555 0103", "Skype")),
                       addresses=(Address(street="A 1", label="home"), Address(street="B 2", label="home")))
    text = write_csv([(many, "", [])], "outlook")
    header = next(csv.reader(io.StringIO(text)))
    assert header[len(OUTLOOK):] == ["E-mail 4 Address", "E-mail 5 Address", "Other Phone 2", "Home 2 Street"]
    (back,) = _read_back(text, "outlook")
    assert [e.value for e in back.data.emails] == [e.value for e in many.emails]
    assert sorted(p.value for p in back.data.phones) == sorted(p.value for p in many.phones)
    assert [(a.street, a.label) for a in back.data.addresses] == [("A 1", "home"), ("B 2", "home")]


def test_columns_kept_as_extras_are_written_back_where_the_flavour_has_them() -> None:
    (soren, _) = contacts(list(read(table(OUTLOOK, OUTLOOK_ROWS[:2], quote_all=True).encode())))
    again = next(csv.DictReader(io.StringIO(write_csv([(soren.data, soren.organisation, soren.tags)], "outlook"))))
    assert again["Office Location"] == "Building B" and again["Initials"] == "S.Æ."
    assert again["E-mail 2 Display Name"] == "Søren privat"
    assert again["E-mail Display Name"] == "Søren Ærøskøbing (soren@nordisk.dk)"  # as Outlook writes it
    rows = [{"First Name": "Ana", "Custom Field 1 - Label": "CRM id", "Custom Field 1 - Value": "A-17"}]
    (ana,) = contacts(list(read(table(GOOGLE_NEW, rows).encode())))
    google = next(csv.DictReader(io.StringIO(write_csv([(ana.data, "", [])], "google"))))
    assert (google["Custom Field 1 - Label"], google["Custom Field 1 - Value"]) == ("CRM id", "A-17")


def test_the_written_file_quotes_as_rfc_4180_says() -> None:
    person = ContactData(given='Say "hi"', family="Comma, Jr", notes="two\nlines")
    text = write_csv([(person, "", [])], "google")
    header, row, end = text.split("\r\n")  # CRLF after each record; the line break in a field stays LF
    assert row.startswith('"Say ""hi""",,"Comma, Jr",') and '"two\nlines"' in row
    assert header.startswith("First Name,") and end == ""


# --- properties -----------------------------------------------------------------------------------


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.binary(max_size=600), prefix=st.sampled_from([b"", b"Given Name,E-mail 1 - Value,Notes\r\n",
                                                             codecs.BOM_UTF16_LE]))
def test_any_bytes_give_rows_rejections_or_a_csv_file_error(data: bytes, prefix: bytes) -> None:
    try:
        items = list(read(prefix + data))
    except CsvFileError as exc:
        assert str(exc)
        return
    for item in items:
        assert isinstance(item, (CsvContact, Rejected))
        assert item.number >= 1 and item.line >= 1
        if isinstance(item, Rejected):
            assert item.reason


@settings(max_examples=150, deadline=None)
@given(data=st.binary(max_size=400))
def test_any_bytes_under_a_custom_mapping(data: bytes) -> None:
    try:
        items = list(read(b"a;b;c\n" + data, {"a": "given", "b": "email", "c": "tags"}))
    except CsvFileError as exc:
        assert "no rows" in str(exc)
        return
    assert all(isinstance(i, (CsvContact, Rejected)) for i in items)


_line = st.text(st.characters(blacklist_categories=["Cs", "Cc"]), max_size=20).map(str.strip)
_notes = st.text(st.characters(blacklist_categories=["Cs"], blacklist_characters="\r"), max_size=40)
_tag = _line.filter(lambda t: t and not t.startswith("*") and ":::" not in t and ";" not in t)


@settings(max_examples=100, deadline=None)
@given(given_name=_line.filter(bool), family=_line, notes=_notes, organisation=_line,
       tags=st.lists(_tag, max_size=3, unique=True), flavour=st.sampled_from(["google", "outlook"]))
def test_any_text_survives_a_round_trip(given_name: str, family: str, notes: str, organisation: str,
                                        tags: list[str], flavour: Flavour) -> None:
    data = ContactData(given=given_name, family=family, notes=notes if notes.strip() else "")
    text = write_csv([(data, organisation, tags)], flavour)
    (back,) = read(text.encode("utf-8"), {"First Name": "given", "Last Name": "family", "Notes": "notes",
                                          "Organization Name" if flavour == "google" else "Company": "organisation",
                                          "Labels" if flavour == "google" else "Categories": "tags"})
    assert isinstance(back, CsvContact)
    assert (back.data.given, back.data.family, back.data.notes) == (data.given, data.family, data.notes)
    assert (back.organisation, back.tags) == (organisation, tags)

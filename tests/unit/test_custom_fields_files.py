"""Custom fields in the files users exchange (issue 18, point 1): CSV exports carry them (Google's "Custom Field
N" pairs, a column each in Outlook's), vCards as X-RAPPORT-FIELD properties, and imports read them back into
the fields of that label; a value a field refuses is said with its record, and the rest goes on. vobject,
the named library, reads the vCards we write."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import vobject

from app.accounts import AccountData
from app.contacts import ContactData
from app.exporting import export_csv, export_vcards
from app.services import Services
from tests.unit.test_cli import ok, rapport
from tests.unit.test_cli_records import _services

FIELDS = (("budget", "Budget", "money", ()), ("memo", "Background", "longtext", ()),
          ("sectors", "Отрасли", "multichoice", ("Retail", "Oil, gas", "食品")), ("vip", "VIP", "checkbox", ()),
          ("referrer", "Referred by", "contact", ()), ("since", "Customer since", "date", ()),
          ("parent", "Parent company", "account", ()), ("seats", "Seats", "number", ()),
          ("region", "Region", "text", ()), ("labels", "Labels", "text", ()), ("mobile", "Mobile", "text", ()))


def _define(services: Services) -> None:
    for key, label, kind, choices in FIELDS:
        services.custom_fields.define("contact", key, label, kind, choices)


def _fill(services: Services) -> tuple[str, str]:
    """Ann with a value in each field (Boris, referred, named by her; Acme her parent company)."""
    _define(services)
    acme = services.accounts.create(AccountData(name="Acme Robotics")).value.uid
    boris = services.contacts.create(ContactData(given="Борис", family="Петров")).value.uid
    ann = services.contacts.create(ContactData(given="Ann", family="Lee")).value.uid
    for key, value in (("budget", "1200.50 EUR"), ("memo", "Met at the fair.\nPrefers e-mail."),
                       ("sectors", "食品, Oil, gas"), ("vip", "yes"), ("referrer", boris), ("since", "2019-04-02"),
                       ("parent", acme), ("seats", "45"), ("region", "Bavaria"), ("labels", "A-list"),
                       ("mobile", "call after 5")):
        services.custom_fields.set("contact", ann, key, value)
    return ann, boris


def _rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


WANTED = {"budget": "1200.50 EUR", "memo": "Met at the fair.\nPrefers e-mail.", "sectors": "Oil, gas\n食品",
          "vip": "yes", "since": "2019-04-02", "seats": "45", "region": "Bavaria", "labels": "A-list",
          "mobile": "call after 5"}  # ("Mobile (Rapport)" is no phone number when read back)


def test_csv_exports_carry_the_fields_and_imports_read_them_back(services: Services, tmp_path: Path) -> None:
    _fill(services)
    google, outlook = io.StringIO(), io.StringIO()
    export_csv(services, google, "google")
    export_csv(services, outlook, "outlook")
    row = next(r for r in _rows(google.getvalue()) if r["First Name"] == "Ann")
    pairs = {row[f"Custom Field {n} - Label"]: row[f"Custom Field {n} - Value"] for n in range(1, 12)}
    assert pairs == {"Budget": "1200.50 EUR", "Background": "Met at the fair.\nPrefers e-mail.",
                     "Отрасли": "Oil, gas; 食品", "VIP": "yes", "Referred by": "Борис Петров",
                     "Customer since": "2019-04-02", "Parent company": "Acme Robotics", "Seats": "45",
                     "Region": "Bavaria", "Labels": "A-list", "Mobile": "call after 5"}
    row = next(r for r in _rows(outlook.getvalue()) if r["First Name"] == "Ann")
    # (Outlook has a "Referred By" column of its own: the field's is told apart, and read back as the field)
    # ("Region" and "Labels" the reader would take for an address's region and Google's tags: told apart too)
    assert (row["Отрасли"], row["Referred by (Rapport)"], row["Parent company"], row["Seats"], row["Region (Rapport)"],
            row["Labels (Rapport)"]) == ("Oil, gas; 食品", "Борис Петров", "Acme Robotics", "45", "Bavaria", "A-list")

    for flavour, text in (("google", google.getvalue()), ("outlook", outlook.getvalue())):
        target = tmp_path / flavour
        store, other = _services(target)
        try:
            _define(other)  # the office's fields, the same labels
            other.accounts.create(AccountData(name="Acme Robotics"))
        finally:
            store.close()
        path = tmp_path / f"{flavour}.csv"
        path.write_text(text, encoding="utf-8-sig" if flavour == "outlook" else "utf-8")
        ok(rapport("import", str(path), data_dir=target))
        store, other = _services(target)
        try:
            hits = other.search.search("Ann Lee", kinds=("contact",))
            assert len(hits) == 1, flavour
            values = other.custom_fields.values("contact", hits[0].uid)
            assert {k: v for k, v in values.items() if k in WANTED} == WANTED, flavour
            boris = other.search.search("Борис Петров", kinds=("contact",))[0].uid
            assert values["referrer"] == boris and other.accounts.get(values["parent"]).data.name == "Acme Robotics"
            extras = {e.name for e in other.contacts.get(hits[0].uid).data.extra}
            assert not any("CUSTOM-FIELD" in name or "BUDGET" in name for name in extras), extras  # not twice
        finally:
            store.close()


def test_a_csv_value_its_field_refuses_is_said_and_the_rest_goes_in(tmp_path: Path) -> None:
    data = tmp_path / "data"
    store, services = _services(data)
    try:
        _define(services)
    finally:
        store.close()
    path = tmp_path / "people.csv"
    path.write_text("First Name,Last Name,E-mail Address,Budget,VIP,Seats\r\n"
                    "Ann,Lee,ann@example.org,twelve,да,45\r\n"
                    "Bob,Ray,bob@example.org,€300,no,many\r\n", encoding="utf-8")
    result = rapport("import", str(path), data_dir=data)
    said = result.stdout + result.stderr
    assert "record 1: the custom field Budget was left out: Budget: 'twelve' is not an amount of money" in said
    assert "record 2: the custom field Seats was left out: Seats: 'many' is not a number" in said
    store, services = _services(data)
    try:
        ann = services.search.search("Ann Lee", kinds=("contact",))[0].uid
        bob = services.search.search("Bob Ray", kinds=("contact",))[0].uid
        assert services.custom_fields.values("contact", ann) == {"vip": "yes", "seats": "45"}
        assert services.custom_fields.values("contact", bob) == {"budget": "300.00 EUR", "vip": "no"}
    finally:
        store.close()


def test_vcards_carry_each_type_and_vobject_reads_them(services: Services, tmp_path: Path) -> None:
    ann, boris = _fill(services)
    out = io.StringIO()
    export_vcards(services, out, "4.0")
    text = out.getvalue()
    cards = list(vobject.readComponents(text))
    ann_card = next(c for c in cards if c.uid.value == ann)
    carried = {p.params["KEY"][0]: (p.params["X-TYPE"][0], p.value) for p in ann_card.contents["x-rapport-field"]}
    assert carried["budget"] == ("money", "1200.50 EUR") and carried["referrer"] == ("contact", boris)
    assert carried["sectors"] == ("multichoice", "Oil, gas\n食品")

    target = tmp_path / "other"
    path = tmp_path / "all.vcf"
    path.write_text(text, encoding="utf-8")
    ok(rapport("import", str(path), data_dir=target))  # a folder without the fields: the cards define them
    store, other = _services(target)
    try:
        assert [(d.key, d.field_type, d.choices) for d in other.custom_fields.definitions("contact")] == [
            (key, kind, choices) for key, _label, kind, choices in FIELDS]
        assert other.custom_fields.values("contact", ann) == services.custom_fields.values("contact", ann)
    finally:
        store.close()

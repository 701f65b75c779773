"""The links handed to the user's mail client, dialler and browser (app/hrefs.py)."""

from __future__ import annotations

from urllib.parse import unquote

import pytest

from app.hrefs import mail_href, phone_href, web_href


@pytest.mark.parametrize(("number", "href"), [
    ("+1 (415) 555-0134", "tel:+14155550134"),
    ("+1 415 555 0100 x 12", "tel:+14155550100;ext=12"),
    ("030 1234567 ext. 8", "tel:0301234567;ext=8"),
    ("+7 495 123-45-67 доб. 204", "tel:+74951234567;ext=204"),
    ("+86 10 6552 9988 分机 3", "tel:+861065529988;ext=3"),
    ("*31#", "tel:*31#"),
    ("tel:+49-30-1234567", "tel:+49-30-1234567"),  # a vCard 4 URI, as it came
    ("n/a", ""),
    ("", ""),
])
def test_a_phone_number_becomes_what_a_dialler_dials(number: str, href: str) -> None:
    assert phone_href(number) == href


def test_an_address_is_written_so_no_character_of_it_changes_what_the_link_means() -> None:
    assert mail_href("ann@acme.example") == "mailto:ann@acme.example"
    # A ? or # in a local part would start headers or a fragment; a space or ü must reach the client whole.
    odd = mail_href("a?b#c d@x.example", "jürgen@bücher.example")
    assert "?" not in odd and "#" not in odd and " " not in odd
    assert [unquote(a) for a in odd.removeprefix("mailto:").split(",")] == \
        ["a?b#c d@x.example", "jürgen@bücher.example"]
    assert mail_href("mailto:ann@acme.example ") == "mailto:ann@acme.example"
    assert mail_href("not an address") == "" and mail_href() == ""


def test_a_web_address_gets_the_scheme_a_browser_needs() -> None:
    assert web_href("acme.example") == "https://acme.example"
    assert web_href("http://acme.example/x") == "http://acme.example/x"
    assert web_href("  ") == ""

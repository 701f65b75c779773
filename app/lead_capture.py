"""A lead typed on one line, as a salesperson jots it down at a fair or on the phone:

    Anna Petrova, Sever LLC, anna@sever.example.org, +7 495 123-45-67, from the Moscow fair

Parts are separated by commas (or semicolons): the one with an @ is the e-mail address, one that is mostly
digits the phone number, one starting "from" or "via" (or "source:", in each language Rapport speaks) the
source; of the rest, the first is the person and the second the company — unless the first has a company's
legal form (LLC, GmbH, ООО, 有限公司), when it is the company. What is left goes into the notes.
"""

from __future__ import annotations

import re

from app.company_names import has_legal_form
from app.leads import LeadData

_PARTS = re.compile(r"[,;，；]")
_PHONE = re.compile(r"^\+?[\d\s().\-/]{5,}$")
_SOURCE = re.compile(r"^(?:(?:from|via|source:|источник:|джерело:|източник:|от|з|від|чрез)\s+|来源[:：]\s*)",
                     re.IGNORECASE)


def read_capture(text: str) -> LeadData:
    """The lead a line describes (not validated: the service says what is missing)."""
    email = phone = source = ""
    words: list[str] = []
    for raw in _PARTS.split(text):
        part = " ".join(raw.split())
        if not part:
            continue
        if not email and "@" in part and " " not in part:
            email = part
        elif not phone and _PHONE.match(part) and sum(c.isdigit() for c in part) >= 5:
            phone = part
        elif not source and _SOURCE.match(part):
            source = _SOURCE.sub("", part, count=1).strip()
        else:
            words.append(part)
    name = company = ""
    if words and has_legal_form(words[0]) and (len(words) == 1 or not has_legal_form(words[1])):
        company = words.pop(0)
        name = words.pop(0) if words else ""
    else:
        name = words.pop(0) if words else ""
        company = words.pop(0) if words else ""
    return LeadData(name=name, company=company, email=email, phone=phone, source=source, notes="\n".join(words))

"""A name server of the tests' own, on 127.0.0.1 with a free UDP port: it answers from a table of records
(dnspython builds and reads the messages), NXDOMAIN for any other name, and can be told to stay silent (a
resolver that never answers)."""

from __future__ import annotations

import socket
import threading

import dns.message
import dns.rcode
import dns.rdataclass
import dns.rdatatype
import dns.rrset


class NameServer:
    def __init__(self) -> None:
        self.records: dict[tuple[str, str], list[str]] = {}  # ("_carddavs._tcp.example.test.", "SRV") → rdata
        self.silent = False
        self.questions: list[tuple[str, str]] = []
        self._socket = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self._socket.bind(("127.0.0.1", 0))
        self._socket.settimeout(0.1)
        self.port: int = self._socket.getsockname()[1]
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def add(self, name: str, kind: str, *data: str) -> None:
        self.records.setdefault((name.rstrip(".").lower() + ".", kind), []).extend(data)

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                wire, sender = self._socket.recvfrom(4096)
            except TimeoutError:
                continue
            query = dns.message.from_wire(wire)
            question = query.question[0]
            name, kind = question.name.to_text().lower(), dns.rdatatype.to_text(question.rdtype)
            self.questions.append((name, kind))
            if self.silent:
                continue
            response = dns.message.make_response(query)
            data = self.records.get((name, kind))
            if data:
                response.answer.append(dns.rrset.from_text(question.name, 60, dns.rdataclass.IN, question.rdtype,
                                                           *data))
            elif not any(n == name for n, _ in self.records):
                response.set_rcode(dns.rcode.NXDOMAIN)
            self._socket.sendto(response.to_wire(), sender)

    def close(self) -> None:
        self._stop.set()
        self._thread.join(5)
        self._socket.close()

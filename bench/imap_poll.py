"""IMAP poll benchmark: 5,000 realistic replies in a local Dovecot; prints messages/s and wall times.

Targets (issue 3): first poll >= 300 messages/s; a nothing-new poll <= 1.0 s and `--help` <= 0.4 s,
interpreter start included. Run: .venv/bin/python bench/imap_poll.py [COUNT]
"""

from __future__ import annotations

import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "imap"))

from dovecot import PASSWORD, Dovecot, running_dovecot  # noqa: E402

CLI = Path(sys.executable).with_name("statement-collector")
OPENINGS = ["I fully support this campaign.", "Count me in!", "Our family stands with you.",
            "Estoy totalmente de acuerdo.", "This matters to our whole neighbourhood."]
SIGNOFFS = ["Thanks,\r\n{name}", "Best,\r\n{name}\r\n\r\n-- \r\n{name}\r\n555-0100", "Sent from my iPhone"]


def realistic_reply(number: int, rng: random.Random) -> bytes:
    """A reply with a statement, a sign-off, a quoted campaign mail; a few are auto-replies or HTML."""
    name = f"Person {number}"
    body = " ".join(rng.choice(OPENINGS) for _ in range(rng.randint(1, 4)))
    text = (f"{body}\r\n\r\n{rng.choice(SIGNOFFS).format(name=name)}\r\n\r\n"
            "On Mon, Nov 23, 2026 at 9:00 AM Campaign <info@example.org> wrote:\r\n"
            + "> Please reply with a short statement of support for the new library.\r\n" * 8)
    subject = "Automatic reply: Support the new library" if number % 50 == 0 else "Re: Support the new library"
    return (f"From: {name} <person{number}@example.net>\r\nTo: info@example.org\r\nSubject: {subject}\r\n"
            f"Date: Tue, 24 Nov 2026 10:{number % 60:02d}:00 +0000\r\n"
            f"Message-ID: <bench-{number}@example.net>\r\nIn-Reply-To: <campaign-2026@example.org>\r\n"
            "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + text).encode()


def load(server: Dovecot, user: str, count: int) -> None:
    """APPEND `count` replies, 250 per MULTIAPPEND (RFC 3502)."""
    rng = random.Random(5000)
    with server.client(user) as imap:
        for start in range(0, count, 250):
            imap.multiappend("INBOX", [realistic_reply(n, rng) for n in range(start, min(count, start + 250))])


def timed(args: list[str], env: dict[str, str]) -> tuple[float, str]:
    """Wall time of a CLI run, interpreter start included, and its stdout."""
    started = time.perf_counter()
    done = subprocess.run(args, env=env, capture_output=True, text=True, check=True)
    return time.perf_counter() - started, done.stdout.strip()


def main(count: int = 5000) -> None:
    """Load, poll twice, time --help; print the figures."""
    with tempfile.TemporaryDirectory() as work, running_dovecot() as server:
        user = server.add_user()
        started = time.perf_counter()
        load(server, user, count)
        print(f"loaded {count} messages into Dovecot in {time.perf_counter() - started:.1f} s")
        config = Path(work) / "config.toml"
        config.write_text(
            f'[source]\nkind = "imap"\n\n[imap]\nhost = "127.0.0.1"\nport = {server.imaps_port}\n'
            f'security = "tls"\nca_file = "{server.ca_file}"\nusername = "{user}"\n'
            f'password_env = "BENCH_IMAP_PASSWORD"\nbatch_size = 200\n\n[storage]\ndatabase = "{work}/bench.db"\n')
        env = {**os.environ, "BENCH_IMAP_PASSWORD": PASSWORD}
        base = [str(CLI), "-c", str(config)]
        first, summary = timed([*base, "poll"], env)
        print(f"first poll:      {first:6.2f} s  {count / first:6.0f} messages/s  (target >= 300)  [{summary}]")
        idle = min(timed([*base, "poll"], env)[0] for _ in range(5))
        print(f"nothing new:     {idle:6.2f} s  (best of 5, target <= 1.0)")
        helping = min(timed([str(CLI), "--help"], env)[0] for _ in range(5))
        print(f"--help:          {helping:6.2f} s  (best of 5, target <= 0.4)")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 5000)

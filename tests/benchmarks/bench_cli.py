"""``tupay-cli`` start-up and a status lookup, beside ``python -c pass`` (the floor) in the same run.

Run: ``uv run python tests/benchmarks/bench_cli.py [runs]`` (default 9). Starts a sandbox in this
process (loopback, its credentials exported to the children as ``TUPAY_API_*``), creates one
cashout on it, then times fresh processes, in alternation so that all see the same machine load:

- ``python -c pass``: the interpreter's own start (the floor);
- ``tupay-cli --help``: the parser, no command run;
- ``tupay-cli status --base-url URL --external-id X``: what a lookup script runs (one HTTP request);
- ``tupay-cli history --env …``: a journal read, no network;
- ``curl`` of the same status request (signed here), when curl is installed: the network floor.

Each figure: the median of the runs, in milliseconds, warm bytecode (one unmeasured run of each
first; ``PYTHONDONTWRITEBYTECODE`` removed from the children's environment). A figure, not a test.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))


def main() -> int:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    runs = int(args[0]) if args else 9
    from tupay_desktop.api import signing
    from tupay_desktop.api.models import CashoutRequest, encode_body, status_body_fields
    from tupay_desktop.sandbox import Sandbox, SandboxConfig
    from tupay_desktop.service import CashoutService
    from tupay_desktop.store.settings import EnvironmentConfig, EnvironmentKind

    with tempfile.TemporaryDirectory(prefix="tupay-bench-cli-") as tmp, \
            Sandbox(config=SandboxConfig(), state_file=Path(tmp) / "sandbox.json") as sandbox:
        creds = sandbox.credentials
        os.environ["TUPAY_DESK_CONFIG_DIR"] = str(Path(tmp) / "config")  # this process's journal too
        os.environ["TUPAY_DESK_DATA_DIR"] = str(Path(tmp) / "data")
        env = dict(os.environ)
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env.update({"TUPAY_API_KEY": creds.api_key, "TUPAY_API_PASSPHRASE": creds.passphrase,
                    "TUPAY_API_SIGNATURE": creds.signature_secret,
                    "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"})
        ad_hoc = EnvironmentConfig("custom-bench", EnvironmentKind.CUSTOM, "bench", sandbox.url)
        with CashoutService(ad_hoc, sandbox.url, creds) as service:
            request = CashoutRequest(
                external_id="bench-cli-1", amount=Decimal("25.00"), currency="PEN", document_type="DNI",
                document_id="71594743", beneficiary_name="Alex", beneficiary_lastname="Gonzales",
                bank_account="00320001310356642337", account_type="S",
            )
            service.submit(request)
        cli = [sys.executable, "-m", "tupay_desktop.cli"]
        subjects: dict[str, list[str]] = {
            "python -c pass": [sys.executable, "-c", "pass"],
            "tupay-cli --help": [*cli, "--help"],
            "tupay-cli status (--base-url)": [*cli, "--base-url", sandbox.url, "status", "--external-id",
                                              "bench-cli-1"],
            "tupay-cli history": [*cli, "history", "--env", "staging"],
        }
        curl = shutil.which("curl")
        if curl:
            body = encode_body(status_body_fields(creds, external_id="bench-cli-1"))
            subjects["curl (same status request)"] = [
                curl, "-s", "-o", "/dev/null", "-X", "POST", sandbox.url + "/v3/cashout/status",
                "-H", "Content-Type: application/json",
                "-H", f"{signing.HEADER}: {signing.payload_signature(creds.signature_secret, body)}",
                "--data-binary", body.decode(),
            ]

        def run(command: list[str]) -> float:
            t0 = time.perf_counter()
            proc = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=60)
            elapsed = (time.perf_counter() - t0) * 1000
            if proc.returncode != 0:
                raise RuntimeError(f"{command[2:]}: exit {proc.returncode}: {proc.stderr[-800:]}")
            return elapsed

        for command in subjects.values():
            run(command)  # warm: bytecode, OS file cache
        times: dict[str, list[float]] = {name: [] for name in subjects}
        for _ in range(runs):
            for name, command in subjects.items():
                times[name].append(run(command))
    floor = statistics.median(times["python -c pass"])
    width = max(len(name) for name in subjects)
    print(f"Process start to exit, warm bytecode, median of {runs} runs, ms "
          f"({os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.2f})")
    for name, values in times.items():
        median = statistics.median(values)
        extra = "" if name == "python -c pass" else f"   (+{median - floor:.0f} over python -c pass)"
        print(f"  {name:{width}}  {median:7.0f}{extra}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

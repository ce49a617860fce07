"""SettingsStore: built-in environments, customs, validation, persistence, no secrets in the file."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest

from tupay_desktop.store import paths
from tupay_desktop.store.settings import (
    PRODUCTION_URL,
    STAGING_URL,
    EnvironmentConfig,
    EnvironmentKind,
    SettingsStore,
    custom_key,
    is_production_url,
    url_origin,
)


def custom(
    name: str = "Local box", url: str = "https://box.example.test", notify: str = ""
) -> EnvironmentConfig:
    return EnvironmentConfig(custom_key(name), EnvironmentKind.CUSTOM, name, url, notify)


def test_defaults_on_first_run() -> None:
    store = SettingsStore()
    assert store.path == paths.config_dir() / "settings.json"
    envs = store.environments()
    assert [e.key for e in envs] == ["sandbox", "staging", "production"]
    assert [e.kind for e in envs] == [
        EnvironmentKind.SANDBOX, EnvironmentKind.STAGING, EnvironmentKind.PRODUCTION
    ]
    assert store.get("sandbox").base_url == ""
    assert store.get("staging").base_url == STAGING_URL == "https://api-stg.tupayonline.com"
    assert store.get("production").base_url == PRODUCTION_URL == "https://api.tupayonline.com"
    assert store.last_selected == "sandbox"
    assert store.language is None
    assert not store.path.exists()  # reading writes nothing


def test_is_production() -> None:
    store = SettingsStore()
    assert store.get("production").is_production
    assert not store.get("staging").is_production
    assert not store.get("sandbox").is_production
    assert not custom().is_production
    # A custom environment pointing at the production host moves real money all the same.
    assert custom("Prod alias", "https://API.tupayonline.com/").is_production
    # The same host written with a trailing dot (a fully qualified name) is the same machine.
    assert custom("Prod dot", "https://api.tupayonline.com./").is_production
    assert custom("Prod port", "https://api.tupayonline.com.:443").is_production


def test_is_production_url_knows_the_edited_production_host() -> None:
    store = SettingsStore()
    assert store.is_production_url("https://api.tupayonline.com.")
    store.put(EnvironmentConfig("production", EnvironmentKind.PRODUCTION, "Production", "https://api.prod.example"))
    for url in ("https://api.prod.example", "HTTPS://API.Prod.Example:443/", "https://api.prod.example./"):
        assert store.is_production_url(url), url
    assert store.is_production_url("https://api.tupayonline.com")  # the known host, whatever is configured
    for url in (STAGING_URL, "https://api.prod.example:8443", "https://box.example.test", "not a url"):
        assert not store.is_production_url(url), url


def test_a_custom_environment_at_the_edited_production_address_is_production() -> None:
    # The GUI's confirmation and red banner follow env.is_production: a custom environment made
    # with (a spelling of) the production environment's edited address moves real money too.
    store = SettingsStore()
    store.put(EnvironmentConfig("production", EnvironmentKind.PRODUCTION, "Production", "https://api.prod.example"))
    store.put(custom("Copy of prod", "https://API.prod.example:443/"))
    store.put(custom("Other box", "https://api.prod.example:8443"))
    assert store.get(custom_key("Copy of prod")).is_production
    assert not store.get(custom_key("Other box")).is_production
    assert [e.key for e in store.environments() if e.is_production] == ["production", "custom-copy-of-prod"]
    assert "production_alias" not in store.path.read_text()  # derived, never stored


#: The production host as an operator might paste it, each reaching api.tupayonline.com:443 once
#: the transport has normalised it (IDNA/UTS #46 mapping, case, trailing dot, default port).
PRODUCTION_SPELLINGS = [
    "https://api\u3002tupayonline\u3002com",  # ideographic full stop
    "https://api\uff0etupayonline\uff0ecom",  # full-width full stop
    "https://api\uff61tupayonline\uff61com",  # half-width ideographic full stop
    "https://\uff41\uff50\uff49.tupayonline.com",  # full-width letters ａｐｉ
    "https://\uff21\uff30\uff29\uff0e\uff34\uff35\uff30\uff21\uff39ONLINE.COM",  # ＡＰＩ．ＴＵＰＡＹ
    "https://api.tupay\u00adonline.com",  # a soft hyphen, which IDNA drops
    "https://API.TUPAYONLINE.COM.:443/",
    "https://api\u3002tupayonline\u3002com\u3002:0443/v3/",
]


@pytest.mark.parametrize("url", PRODUCTION_SPELLINGS)
def test_production_is_recognised_however_its_host_is_spelt(url: str) -> None:
    store = SettingsStore()
    assert is_production_url(url) and store.is_production_url(url)
    origin = url_origin(url)
    assert origin is not None and origin[:3] == ("https", "api.tupayonline.com", 443)
    assert store.production_environment_for(url) == store.get("production")  # journalled there
    store.put(custom("Looks harmless", url))  # a valid address: the client would send there
    env = store.get(custom_key("Looks harmless"))
    assert env.is_production  # so the Desk frames it red and confirms every create


def test_a_spelling_of_the_edited_production_host_is_production_too() -> None:
    store = SettingsStore()
    store.put(EnvironmentConfig("production", EnvironmentKind.PRODUCTION, "Production", "https://pay.merchant.example"))
    spelt = "https://pay\u3002\uff4d\uff45\uff52\uff43\uff48\uff41\uff4e\uff54.example"
    store.put(custom("Copy", spelt))
    assert store.is_production_url(spelt) and store.get(custom_key("Copy")).is_production
    assert store.production_environment_for(spelt) == store.get("production")


@pytest.mark.parametrize("url", [
    STAGING_URL, "https://api.tupayonline.com.evil.example", "https://api-tupayonline.com",
    "https://api%2Etupayonline.com", "https://xn--api-tupayonline-com", "https://api.tupayonline.co",
])
def test_lookalikes_that_reach_another_host_are_not_production(url: str) -> None:
    assert not SettingsStore().is_production_url(url)
    assert SettingsStore().production_environment_for(url) is None


def test_unknown_key_raises_key_error() -> None:
    with pytest.raises(KeyError):
        SettingsStore().get("custom-nope")


def test_custom_round_trip_and_order(tmp_path: Path) -> None:
    path = tmp_path / "s.json"
    store = SettingsStore(path)
    store.put(custom("Zeta", "https://zeta.example.test/", "https://hooks.example.test/n"))
    store.put(custom("alpha", "http://127.0.0.1:8080"))
    again = SettingsStore(path)  # a new store (another process) sees the same
    keys = [e.key for e in again.environments()]
    assert keys == ["sandbox", "staging", "production", "custom-alpha", "custom-zeta"]
    zeta = again.get("custom-zeta")
    assert zeta.base_url == "https://zeta.example.test"  # trailing slash dropped
    assert zeta.notification_url == "https://hooks.example.test/n"
    assert zeta.display_name == "Zeta"
    again.remove("custom-zeta")
    assert "custom-zeta" not in store.keys()


@pytest.mark.parametrize(
    "url, words",
    [
        ("http://box.example.test", "plain http"),
        ("ftp://box.example.test", "https://"),
        ("box.example.test", "https://"),
        ("https://", "no host name"),
        ("https://user:pw@box.example.test", "user name or password"),
        ("https://box.example.test/?a=1", "query"),
        ("", "needs a base URL"),
    ],
)
def test_put_rejects_bad_base_urls_in_words(url: str, words: str) -> None:
    store = SettingsStore()
    with pytest.raises(ValueError) as info:
        store.put(custom("Box", url))
    assert words in str(info.value)
    assert store.keys() == ["sandbox", "staging", "production"]


@pytest.mark.parametrize(
    "url", ["http://localhost:9000", "http://127.0.0.1", "http://[::1]:8443/", "http://127.5.5.5", "https://x.test"]
)
def test_put_accepts_https_and_loopback_http(url: str) -> None:
    store = SettingsStore()
    store.put(custom("Box", url))
    assert store.get("custom-box").base_url == url.rstrip("/")


def test_production_host_is_editable_staging_and_sandbox_are_not() -> None:
    store = SettingsStore()
    store.put(EnvironmentConfig("production", EnvironmentKind.PRODUCTION, "Production", "https://api.merchant-x.test"))
    assert store.get("production").base_url == "https://api.merchant-x.test"
    with pytest.raises(ValueError, match="Staging is always"):
        store.put(EnvironmentConfig("staging", EnvironmentKind.STAGING, "Staging", "https://other.test"))
    with pytest.raises(ValueError, match="not configurable"):
        store.put(EnvironmentConfig("sandbox", EnvironmentKind.SANDBOX, "Sandbox", "https://x.test"))
    # Staging's notification URL and name can still be set.
    store.put(EnvironmentConfig("staging", EnvironmentKind.STAGING, "STG", STAGING_URL, "https://hooks.test/stg"))
    assert store.get("staging").notification_url == "https://hooks.test/stg"
    store.reset("production")
    assert store.get("production").base_url == PRODUCTION_URL


def test_kinds_and_keys_must_match() -> None:
    store = SettingsStore()
    with pytest.raises(ValueError, match="kind 'production'"):
        store.put(EnvironmentConfig("production", EnvironmentKind.CUSTOM, "P", "https://x.test"))
    with pytest.raises(ValueError, match="only custom"):
        store.put(EnvironmentConfig("custom-x", EnvironmentKind.STAGING, "X", "https://x.test"))
    with pytest.raises(ValueError, match="custom-<name>"):
        store.put(EnvironmentConfig("Mine", EnvironmentKind.CUSTOM, "Mine", "https://x.test"))
    with pytest.raises(ValueError, match="display name"):
        store.put(EnvironmentConfig("custom-x", EnvironmentKind.CUSTOM, "  ", "https://x.test"))
    with pytest.raises(ValueError, match="300"):
        store.put(custom("X", notify="https://hooks.test/" + "a" * 300))
    with pytest.raises(ValueError, match="letter or digit"):
        custom_key("!!!")


def test_builtins_cannot_be_removed_and_removal_resets_selection() -> None:
    store = SettingsStore()
    with pytest.raises(ValueError, match="cannot be removed"):
        store.remove("staging")
    with pytest.raises(KeyError):
        store.remove("custom-ghost")
    store.put(custom("Box"))
    store.last_selected = "custom-box"
    assert store.last_selected == "custom-box"
    store.remove("custom-box")
    assert store.last_selected == "sandbox"


def test_last_selected_rejects_unknown_and_language_round_trip() -> None:
    store = SettingsStore()
    with pytest.raises(KeyError):
        store.last_selected = "custom-ghost"
    store.last_selected = "staging"
    store.language = "es"
    fresh = SettingsStore()
    assert fresh.last_selected == "staging"
    assert fresh.language == "es"
    fresh.language = None
    assert SettingsStore().language is None
    with pytest.raises(ValueError):
        fresh.language = "../etc"


def test_values_round_trip_and_secret_looking_names_refused() -> None:
    store = SettingsStore()
    assert store.get_value("window/geometry", "none") == "none"
    store.set_value("window/geometry", [10, 20, 300, 400])
    assert SettingsStore().get_value("window/geometry") == [10, 20, 300, 400]
    for name in ("api_key", "staging.passphrase", "SignatureSecret", "token"):
        with pytest.raises(ValueError, match="keyring"):
            store.set_value(name, "x")
    with pytest.raises(ValueError, match="JSON"):
        store.set_value("thing", object())


def test_the_request_deadline_is_a_setting_every_service_uses() -> None:
    from tupay_desktop.api.models import Credentials
    from tupay_desktop.service import CashoutService
    from tupay_desktop.store.journal import Journal

    store = SettingsStore()
    assert store.request_deadline == 60.0 and store.timeouts().deadline == 60.0
    store.request_deadline = 12.5
    assert SettingsStore().request_deadline == 12.5
    for wrong in (0, 4.9, 601):
        with pytest.raises(ValueError, match="between 5 and 600 seconds"):
            store.request_deadline = wrong
    creds = Credentials("key-123456789", "pass-123456789", "TestApiSignatureSecretKey0123456")
    with Journal() as journal, CashoutService(custom(), custom().base_url, creds, journal) as service:
        assert service.timeouts.deadline == 12.5
    # Edited by hand to something unusable: the nearest sensible value, never no deadline at all.
    data = json.loads(store.path.read_text())
    for value, expected in ((10_000, 600.0), (-1, 5.0), ("soon", 60.0), (None, 60.0)):
        data["request_deadline_s"] = value
        store.path.write_text(json.dumps(data))
        assert SettingsStore().request_deadline == expected


def test_file_is_json_and_written_atomically() -> None:
    store = SettingsStore()
    store.put(custom("Box"))
    data = json.loads(store.path.read_text(encoding="utf-8"))
    assert data["version"] == 1
    assert data["environments"]["custom-box"]["base_url"] == "https://box.example.test"
    assert [p.name for p in store.path.parent.iterdir()] == ["settings.json"]  # no temp files left


def test_damaged_file_uses_defaults_and_is_set_aside(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text("{not json", encoding="utf-8")
    store = SettingsStore(path)
    assert store.keys() == ["sandbox", "staging", "production"]
    assert store.problem is not None and "damaged" in store.problem
    store.last_selected = "production"
    assert (tmp_path / "settings.json.corrupt").read_text(encoding="utf-8") == "{not json"
    assert SettingsStore(path).last_selected == "production"
    assert store.problem is None


def test_invalid_saved_environment_is_ignored(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text(
        json.dumps({"environments": {
            "custom-bad": {"kind": "custom", "display_name": "Bad", "base_url": "http://evil.test"},
            "production": {"kind": "custom", "display_name": "P", "base_url": "https://x.test"},
        }}),
        encoding="utf-8",
    )
    store = SettingsStore(path)
    assert store.keys() == ["sandbox", "staging", "production"]
    assert store.get("production").base_url == PRODUCTION_URL


def test_concurrent_writers_lose_nothing() -> None:
    def write(i: int) -> None:
        store = SettingsStore() if i % 2 else shared  # separate stores on one file, and a shared one
        for j in range(10):
            store.set_value(f"pref-{i}-{j}", j)

    shared = SettingsStore()

    threads = [threading.Thread(target=write, args=(i,)) for i in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    fresh = SettingsStore()
    assert all(fresh.get_value(f"pref-{i}-{j}") == j for i in range(4) for j in range(10))


def test_the_settling_window_is_a_setting_of_a_few_minutes() -> None:
    from datetime import timedelta

    store = SettingsStore()
    assert store.settling_window == timedelta(minutes=5)
    store.settling_window = timedelta(seconds=90)
    assert SettingsStore().settling_window == timedelta(seconds=90)  # kept in the file
    store.settling_window = timedelta(0)  # tests shorten it; 0 means "a 509 is final at once"
    assert SettingsStore().settling_window == timedelta(0)
    with pytest.raises(ValueError):
        store.settling_window = timedelta(seconds=-1)
    data = json.loads(store.path.read_text(encoding="utf-8"))
    for bad in ("300", True, -5, 10**9):
        data["settling_window_s"] = bad
        store.path.write_text(json.dumps(data), encoding="utf-8")
        assert SettingsStore().settling_window == timedelta(minutes=5), bad

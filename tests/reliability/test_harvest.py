"""Harvest store and dataset: no secret reaches disk or the training data; odd values never lose an event."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from ormb_assist.cli import main
from ormb_assist.harvest import HarvestEvent, HarvestStore
from ormb_assist.redaction import MARKER, redact, redact_value

_PEM_BODY = "\n".join(
    [
        "MIIEowIBAAKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gun",
        "VTLw7onLRnrq0/IzW7yWR7QkrmBL7jTKEn5u+qKhbwKfBstIs+bMY2Zkp18gnTxK",
        "LxoS2tFczGkPLPgizskuemMghRniWaoLcyehkd3qqGElvW/VDL5AaWTg0nLVkjRo",
        "9z+40RQzuVaE8AkAFmxZzow3x+VJYKdjykkJ0iT9wCS0DRTXu269V264Vf/3jvre",
    ]
)
_AWS_SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYzEXAMPLEKEY"
_B64 = "dXNlcm5hbWU6cGFzc3dvcmQxMjM0NTY="

# (shape, text containing the secret, the secret) -- 46 shapes seen in Java, properties, YAML, XML,
# shell, JSON and log lines.
SHAPES: list[tuple[str, str, str]] = [
    ("aws access key id", "aws.accessKeyId=AKIAIOSFODNN7EXAMPLE", "AKIAIOSFODNN7EXAMPLE"),
    ("aws secret key unquoted", f"aws_secret_access_key = {_AWS_SECRET}", _AWS_SECRET),
    ("aws secret key java", f'String awsSecretKey = "{_AWS_SECRET}";', _AWS_SECRET),
    ("java constant", 'private static final String DB_PASSWORD = "Tr0ub4dor&3x";', "Tr0ub4dor&3x"),
    ("java local", 'String password = "hunter2hunter";', "hunter2hunter"),
    ("java setter", 'ds.setPassword("s3cr3tValue!");', "s3cr3tValue!"),
    ("props put", 'props.put("db.password", "Pa55w0rdProps");', "Pa55w0rdProps"),
    ("set property", "conn.setProperty('oracle.net.wallet_password', 'walletPw99');", "walletPw99"),
    ("jdbc postgres", "jdbc:postgresql://cisadm:pgS3cret@db.local:5432/ormb", "pgS3cret"),
    ("jdbc mysql", 'url = "jdbc:mysql://root:myS3cret@localhost/db"', "myS3cret"),
    ("jdbc oracle thin", "jdbc:oracle:thin:cisadm/oraS3cret@db:1521/ORMB", "oraS3cret"),
    ("jdbc oracle descriptor", "jdbc:oracle:thin:spluser/Splw0rd#1@//host:1521/svc", "Splw0rd#1"),
    ("jdbc url property", "jdbc:sqlserver://h:1433;user=sa;password=SqlS3rver!", "SqlS3rver!"),
    ("sqlplus", "sqlplus cisadm/SqlPlusPw1@ORMBDB @script.sql", "SqlPlusPw1"),
    ("mongodb url", "mongodb+srv://app:M0ngoPass@cluster0.example.net/test", "M0ngoPass"),
    ("redis url empty user", "redis://:R3disPassw0rd@cache:6379/0", "R3disPassw0rd"),
    ("https basic auth", "curl https://deploy:HttpAuthPw9@repo.example.com/x", "HttpAuthPw9"),
    ("properties", "spring.datasource.password=PropS3cret", "PropS3cret"),
    ("yaml", "  password: YamlS3cretValue", "YamlS3cretValue"),
    ("json", '{"user": "a", "password": "JsonS3cret"}', "JsonS3cret"),
    ("xml element", "<password>XmlS3cret</password>", "XmlS3cret"),
    ("xml attribute", '<datasource user="a" password="AttrS3cret"/>', "AttrS3cret"),
    ("env export", "export DB_PASSWORD=EnvS3cret123", "EnvS3cret123"),
    ("cli option", "tool --password Cl1S3cret --verbose", "Cl1S3cret"),
    ("netrc", "machine repo.example.com login deploy password N3trcPass", "N3trcPass"),
    ("bearer header", "Authorization: Bearer abcDEF123456ghiJKL789", "abcDEF123456ghiJKL789"),
    ("basic header", f"Authorization: Basic {_B64}", _B64),
    ("token assignment", 'String authToken = "tok_9f8e7d6c5b4a";', "tok_9f8e7d6c5b4a"),
    ("api key assignment", 'apiKey = "abc123XYZ789"', "abc123XYZ789"),
    ("client secret", 'clientSecret: "cl1entS3cret"', "cl1entS3cret"),
    (
        "github classic",
        "ghp_" + "a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8",
        "ghp_" + "a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8",
    ),
    (
        "github fine grained",
        "github_pat_11ABCDEFG0123456789_abcdefghijKLMNOPQRSTuvwxyz0123456789",
        "github_pat_11ABCDEFG0123456789_abcdefghijKLMNOPQRSTuvwxyz0123456789",
    ),
    ("gitlab", "glpat-" + "xY9zA8bC7dE6fG5hI4jK", "glpat-" + "xY9zA8bC7dE6fG5hI4jK"),
    (
        "slack bot",
        "xoxb-" + "123456789012-1234567890123-AbCdEfGhIjKlMnOpQrStUvWx",
        "xoxb-" + "123456789012-1234567890123-AbCdEfGhIjKlMnOpQrStUvWx",
    ),
    (
        "slack webhook",
        "https://hooks.slack.com/services/T0123ABCD/B0123ABCD/abcdefghijklmnop12345678",
        "abcdefghijklmnop12345678",
    ),
    ("stripe", "sk_" + "live_" + "4eC39HqLyjWDarjtT1zdp7dc", "4eC39HqLyjWDarjtT1zdp7dc"),
    ("openai", "OPENAI=sk-proj-" + "Ab12Cd34Ef56Gh78Ij90Kl12", "Ab12Cd34Ef56Gh78Ij90Kl12"),
    ("anthropic", "key sk-ant-" + "api03-Zx9Yw8Vu7Ts6Rq5Po4Nm3Lk2", "api03-Zx9Yw8Vu7Ts6Rq5Po4Nm3Lk2"),
    ("google api key", "AIza" + "SyD-9tSrke72PouQMnMX-a7eZSW0jkFMBWY", "SyD-9tSrke72PouQMnMX-a7eZSW0jkFMBWY"),
    ("hugging face", "hf_" + "AbCdEfGhIjKlMnOpQrStUvWxYz01234567", "AbCdEfGhIjKlMnOpQrStUvWxYz01234567"),
    (
        "sendgrid",
        "SG." + "ngeVfQFYQlKU0ufo8x5d1A.TwL2iGABf9DHoTf-09kqeF8tAmbihYzrnopKc-1s5cr",
        "TwL2iGABf9DHoTf-09kqeF8tAmbihYzrnopKc-1s5cr",
    ),
    (
        "jwt",
        "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U",
        "dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U",
    ),
    (
        "azure storage",
        "DefaultEndpointsProtocol=https;AccountName=x;AccountKey=" + "A" * 20 + "b1c2d3e4f5==",
        "A" * 20 + "b1c2d3e4f5",
    ),
    (
        "high entropy quoted",
        'String k = "Zm9vYmFyYmF6cXV4MTIzNDU2Nzg5MGFiY2RlZmdoaWo";',
        "Zm9vYmFyYmF6cXV4MTIzNDU2Nzg5MGFiY2RlZmdoaWo",
    ),
    (
        "private key block",
        f"-----BEGIN RSA PRIVATE KEY-----\n{_PEM_BODY}\n-----END RSA PRIVATE KEY-----",
        _PEM_BODY.splitlines()[2],
    ),
    ("private key cut at end", f"key = -----BEGIN PRIVATE KEY-----\n{_PEM_BODY}", _PEM_BODY.splitlines()[-1]),
    (
        "private key cut at start",
        "\n".join(_PEM_BODY.splitlines()[1:]) + "\n-----END EC PRIVATE KEY-----\n",
        _PEM_BODY.splitlines()[1],
    ),
    (
        "private key in json",
        '{"private_key": "-----BEGIN PRIVATE KEY-----\\n'
        + _PEM_BODY.replace("\n", "\\n")
        + '\\n-----END PRIVATE KEY-----\\n"}',
        _PEM_BODY.splitlines()[3],
    ),
]

# Code that talks about secrets without containing one stays as it was (training data stays useful).
KEEP = [
    "String password = getPassword();",
    "if (password == null) { throw new BusinessException(); }",
    "char[] pwd = console.readPassword();",
    'PreparedStatement ps = createPreparedStatement("SELECT BILL_ID FROM CI_BILL WHERE ACCT_ID = :acct", "b");',
    'ps.bindId("acct", account.getId());',
    'Logger.info("Token count " + tokens.size());',
    "String password = userPassword;",
    "password = config.password;",
    "key = DEFAULT_KEY;",
    "password: ${DB_PASSWORD}",
    "if (token != null && token.isEmpty()) {",
    'String secret = request.getParameter("secret");',
]


@pytest.mark.parametrize(("shape", "text", "secret"), SHAPES, ids=[s[0] for s in SHAPES])
def test_each_secret_shape_is_redacted_once_and_for_all(shape: str, text: str, secret: str) -> None:
    out = redact(text)
    assert secret not in out, f"{shape}: {out!r}"
    assert MARKER in out
    assert redact(out) == out  # idempotent


def test_there_are_at_least_forty_shapes() -> None:
    assert len({s[0] for s in SHAPES}) >= 40


@pytest.mark.parametrize("code", KEEP)
def test_code_without_secrets_is_left_alone(code: str) -> None:
    assert redact(code) == code


def test_all_shapes_in_one_text_and_idempotent() -> None:
    text = "\n".join(t for _, t, _ in SHAPES)
    once = redact(text)
    assert redact(once) == once
    assert not [shape for shape, _, secret in SHAPES if secret in once]


def test_structured_values_are_redacted_before_serialisation() -> None:
    value = {
        "db_password": "hunter2",
        "nested": {"apiKey": 12345678, "note": 'conn = "jdbc:oracle:thin:u/Ora99@h:1/s"'},
        "list": ['token = "abc123def456"', 1.5, None, True],
        "latency": float("nan"),
    }
    out = redact_value(value)
    text = json.dumps(out, allow_nan=False)  # strict JSON: NaN became null
    assert (
        "hunter2" not in text
        and "12345678" not in text
        and "Ora99" not in text
        and "abc123def456" not in text
    )
    assert out["nested"]["note"].startswith("conn = ")
    assert out["list"][1:] == [1.5, None, True] and out["latency"] is None
    assert redact_value(out) == out


def _raw(path: Path) -> list[tuple]:
    with sqlite3.connect(path) as conn:
        return conn.execute("SELECT * FROM events").fetchall()


def test_every_shape_stays_off_disk_in_every_field(tmp_path: Path) -> None:
    store = HarvestStore(tmp_path / "h.sqlite")
    window = 2000
    for shape, text, _ in SHAPES:
        store.record(
            HarvestEvent(
                kind="accepted",
                item_id=shape,
                prefix=("        total = total.add(line);\n" * 100 + text)[-window:],
                suffix=text,
                context=text,
                suggestion=text,
                accepted_text=text,
                extra={"note": text, "quoted": f'"{text}"', "password": "plainPw", "args": [text]},
            )
        )
    dump = "\n".join(str(row) for row in _raw(tmp_path / "h.sqlite"))
    leaked = [shape for shape, _, secret in SHAPES if secret in dump] + (
        ["extra.password"] if "plainPw" in dump else []
    )
    assert leaked == []
    events = list(store.events())
    assert len(events) == len(SHAPES)
    for event in events:  # extra stays valid JSON and keeps its structure
        assert set(event.extra) == {"note", "quoted", "password", "args"}
        assert event.extra["password"] == MARKER and isinstance(event.extra["args"], list)


def test_private_key_cut_by_the_prefix_window_is_redacted(tmp_path: Path) -> None:
    """The server keeps the last 2,000 characters before the cursor: the window can cut either marker."""
    key = (
        f"-----BEGIN OPENSSH PRIVATE KEY-----\n{_PEM_BODY * 1}\n"
        + "\n".join([_PEM_BODY] * 30)
        + "\n-----END OPENSSH PRIVATE KEY-----\n"
    )
    store = HarvestStore(tmp_path / "h.sqlite")
    start = key.index("\n", 100)
    store.record(HarvestEvent(kind="shown", prefix=key[:2000], suffix=key[start : start + 2000]))
    dump = str(_raw(tmp_path / "h.sqlite"))
    for line in _PEM_BODY.splitlines():
        assert line not in dump


def test_lone_surrogate_and_nan_are_stored_not_lost(tmp_path: Path) -> None:
    store = HarvestStore(tmp_path / "h.sqlite")
    store.record(
        HarvestEvent(
            kind="accepted", item_id="s", suggestion="a\ud800b", extra={"x": "\udfff", "y": float("inf")}
        )
    )
    store.record(HarvestEvent(kind="accepted", item_id="n", suggestion="ok", latency_ms=float("nan")))
    store.record(HarvestEvent(kind="accepted", item_id="p", suggestion="emoji \ud83d\ude00"))  # a pair, split
    events = {e.item_id: e for e in store.events()}
    assert set(events) == {"s", "n", "p"}
    assert events["s"].suggestion == "a\ufffdb" and events["s"].extra == {"x": "\ufffd", "y": None}
    assert events["n"].latency_ms == 0.0
    assert events["p"].suggestion == "emoji \U0001f600"


def test_export_of_odd_events_is_valid_json(tmp_path: Path) -> None:
    store = HarvestStore(tmp_path / "h.sqlite")
    store.record(
        HarvestEvent(
            kind="accepted", suggestion="a\ud800", latency_ms=float("inf"), extra={"v": float("nan")}
        )
    )
    out = tmp_path / "e.jsonl"
    assert store.export_jsonl(out) == 1
    row = json.loads(out.read_text(encoding="utf-8"), parse_constant=lambda c: pytest.fail(f"non-JSON {c}"))
    assert row["extra"] == {"v": None}


_ALGORITHM = """package com.splwg.cm.domain.billing.algorithm;

/**
 * Checks the bill against the billing service before completion.
 */
public class CmSecretCheckAlgComp_Impl extends CmSecretCheckAlgComp_Gen
        implements CustomerClassPreBillCompletionAlgorithmSpot {
    private static final String DB_PASSWORD = "PlantedPw#1";
    private static final String AWS_SECRET = "%(aws)s";
    private static final String URL = "jdbc:oracle:thin:cisadm/PlantedOra2@db:1521/ORMB";
    private static final String PG = "jdbc:postgresql://svc:PlantedPg3@pg:5432/x";
    private static final String KEY = "-----BEGIN PRIVATE KEY-----\\n%(pem)s";

    public void invoke() {
        java.util.Properties props = new java.util.Properties();
        props.put("password", "PlantedProp4");
        String header = "Bearer PlantedBearer5token";
        int total = 0;
        total = total + 1;
        total = total + 2;
        total = total + 3;
    }
}
"""
PLANTED = [
    "PlantedPw#1",
    _AWS_SECRET,
    "PlantedOra2",
    "PlantedPg3",
    _PEM_BODY.splitlines()[1],
    "PlantedProp4",
    "PlantedBearer5token",
]


def test_dataset_redacts_workspace_code(prebuilt_workspace: Path, tmp_path: Path) -> None:
    """Secrets planted in a workspace algorithm never reach instruct/train/validation JSONL."""
    pem = "\\n".join(_PEM_BODY.splitlines())
    target = prebuilt_workspace / "src" / "cm" / "com" / "splwg" / "cm" / "domain" / "billing" / "algorithm"
    (target / "CmSecretCheckAlgComp_Impl.java").write_text(
        _ALGORITHM % {"aws": _AWS_SECRET, "pem": pem}, encoding="utf-8"
    )
    out = tmp_path / "ds"
    result = CliRunner().invoke(main, ["index", str(prebuilt_workspace)])
    assert result.exit_code == 0, result.output
    result = CliRunner().invoke(main, ["dataset", "--workspace", str(prebuilt_workspace), "--out", str(out)])
    assert result.exit_code == 0, result.output
    text = "".join(json.dumps(json.loads(line), ensure_ascii=False) for p in out.glob("*.jsonl")
                   for line in p.read_text(encoding="utf-8").splitlines())  # fmt: skip
    text = text.encode().decode("unicode_escape")  # secrets inside JSON strings, unescaped
    assert "CmSecretCheckAlgComp" in text  # the class made it in
    assert [s for s in PLANTED if s in text] == []
    assert 'props.put("password", "<redacted>")' in text  # the code around each secret stays readable

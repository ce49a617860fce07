"""The wire rendering of amounts (spec §8): exact, always 2 decimals (the cents as operators read
them: ``320.50``, not ``320.5``), never an exponent — whatever the thread's decimal context says."""

from __future__ import annotations

import json
from decimal import Decimal, localcontext

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tupay_desktop.api.models import amount_to_json, encode_body


@pytest.mark.parametrize(
    ("amount", "wire"),
    [
        ("20", "20.00"), ("20.00", "20.00"), ("150.25", "150.25"), ("0.10", "0.10"),
        ("320.5", "320.50"), ("320.500", "320.50"), ("1E+2", "100.00"), ("1.5E+3", "1500.00"),
        ("-0.00", "0.00"), ("999999999999.99", "999999999999.99"),
        ("123456789012345678901234567890.10", "123456789012345678901234567890.10"),
    ],
)
def test_amounts_render_exactly(amount: str, wire: str) -> None:
    assert amount_to_json(Decimal(amount)) == wire


def test_a_low_precision_context_never_rounds_an_amount() -> None:
    with localcontext() as context:
        context.prec = 6  # set by some other code running on this thread
        assert amount_to_json(Decimal("1234567.89")) == "1234567.89"
        assert encode_body({"amount": Decimal("1234567.89")}) == b'{"amount":1234567.89}'
        assert encode_body({"amount": Decimal("320.5")}) == b'{"amount":320.50}'


@pytest.mark.parametrize("amount", ["0.001", "1.005", "NaN", "Infinity", "1E-3"])
def test_unrenderable_amounts_raise(amount: str) -> None:
    with pytest.raises(ValueError):
        amount_to_json(Decimal(amount))


@given(
    cents=st.integers(min_value=-(10**32), max_value=10**32),
    zeros=st.integers(min_value=0, max_value=4),
    precision=st.integers(min_value=1, max_value=40),
)
def test_rendering_is_exact_for_any_context(cents: int, zeros: int, precision: int) -> None:
    # Built from text, so exact: the cents followed by trailing zeros ("150.2500" style).
    amount = Decimal(f"{cents}{'0' * zeros}E-{2 + zeros}")
    with localcontext() as context:
        context.prec = precision
        wire = amount_to_json(amount)
    assert "e" not in wire.lower()
    assert Decimal(wire) == amount
    assert json.loads(wire, parse_float=Decimal, parse_int=Decimal) == amount
    assert len(wire.partition(".")[2]) == 2

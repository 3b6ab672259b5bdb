"""Single values checked on their own: credit codes, ID-card numbers and contrast against white."""

from __future__ import annotations

from generator.input.codes import (
    contrast_with_white,
    darker_passing,
    is_id_card,
    uscc_problem,
    uscc_with_check,
)


def test_a_completed_credit_code_is_valid_and_a_mistyped_one_is_not() -> None:
    code = uscc_with_check("52330102MJ1234567")
    assert uscc_problem(code) is None
    assert uscc_problem(code.lower()) is None  # read in capitals
    mistyped = code[:10] + ("8" if code[10] != "8" else "9") + code[11:]
    assert uscc_problem(mistyped) == (
        "最后一位校验码不对，可能抄错了某一位",
        "the check character does not match; a character was mistyped",
    )


def test_credit_code_reasons() -> None:
    assert uscc_problem("5233")[1] == "must be 18 characters, has 4"
    assert uscc_problem("52330102MJ123456IO")[1].startswith('contains the character "I"')
    assert uscc_problem(uscc_with_check("91330102MJ1234567"))[1].startswith("the first character")


def test_id_card_check_character() -> None:
    assert is_id_card("11010519491231002X")  # the standard's published example
    assert is_id_card("11010519491231002x")
    assert not is_id_card("110105194912310021")
    assert not is_id_card("1101051949123100")


def test_contrast_and_a_darker_colour_that_passes() -> None:
    assert contrast_with_white("#FFFFFF") == 1.0
    assert round(contrast_with_white("#000000"), 1) == 21.0
    assert contrast_with_white("#FFFF00") < 4.5
    darker = darker_passing("#FFFF00")
    assert darker.startswith("#") and len(darker) == 7
    assert contrast_with_white(darker) >= 4.6

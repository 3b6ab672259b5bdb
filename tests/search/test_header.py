"""What a search document holds of a page's words (generator/search/ranking.py)."""

from __future__ import annotations

from generator.search.ranking import REPEATS, sections


def test_a_word_counts_at_most_repeats_times_a_section() -> None:
    many = " ".join(["yaaaabbbb"] * 9 + ["yccccdddd"])
    assert sections((10, many), (1, many)) == (
        f'<p data-pagefind-weight="10">{" ".join(["yaaaabbbb"] * REPEATS)} yccccdddd</p>'
        f"<p>{' '.join(['yaaaabbbb'] * REPEATS)} yccccdddd</p>"
    )

"""Record pages across the workers: how the batches are shared out."""

from __future__ import annotations

from generator.render.records import Batch, shares_of


def test_shares_keep_each_batch_in_order() -> None:
    batches = [Batch(list(range(7))), Batch([]), Batch(list(range(100, 400))), Batch([9])]
    shares = shares_of(batches, 2)  # type: ignore[arg-type]
    assert [number for number, _ in shares] == sorted(number for number, _ in shares)
    for number, batch in enumerate(batches):
        assert [s for n, share in shares if n == number for s in share] == batch.specs
    assert len(shares) >= 16 and all(share for _, share in shares)

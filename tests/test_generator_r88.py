"""Blind review R88 and the rounds before it: what their rejects had in common, kept out."""

from __future__ import annotations

from test_generator_r65 import sentence_texts
from test_generator_r73 import Q


def test_a_surname_alone_anywhere_in_a_sentence_is_written_out() -> None:
    # R87: "Smith, Field and others met in Salisbury ... against Whitehead" (Winston Field and
    # Sir Edgar Whitehead, named paragraphs before); "as instructed by Holburne" (named once,
    # as "Vice-Admiral Holburne"). Names that are part of a longer name stay as they are.
    text = (
        f"{Q}Ian Exley{Q} (1919–2007) was a politician in [[Exland]].\n\n"
        "== Career ==\nIn 1958 [[Edgar Whitehead|Sir Edgar Whitehead]] became premier. "
        "In 1960 [[Winston Field]] founded a party. The fleet of Vice-Admiral Holburne "
        "sailed in 1757.\n\n"
        "== Front ==\nExley, Field and others met in Salisbury on 13 March 1962 and agreed to "
        "unite against Whitehead. On 14 November 1757, Exley assumed command at Halifax as "
        "instructed by Holburne. Exley married Margaret \"Peggy\" Field in 1964. "
        "Exley worked with von Holburne in 1970. Exley and Winston Field met in 1971, and "
        "Exley wrote about Field's rise in 1990.\n"
    )
    texts = sentence_texts("Ian Exley", text)
    assert (
        "Exley, Winston Field and others met in Salisbury on 13 March 1962 and agreed to unite "
        "against Sir Edgar Whitehead." in texts
    ), texts
    assert any(t.endswith("as instructed by Vice-Admiral Holburne.") for t in texts), texts
    assert 'Exley married Margaret "Peggy" Field in 1964.' in texts
    assert "Exley worked with von Holburne in 1970." in texts
    assert any("and Exley wrote about Field's rise in 1990." in t for t in texts), texts

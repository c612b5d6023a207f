"""The claim grammar: the counts of people (or of disease cases) a text asserts.

One direction of flow, one module per stage (``docs/rules.md`` lists every rule):

    words      the grammar's word lists (lexicon/claims.toml) and a sentence's tokens
    view       one sentence as every rule sees it: tokens, memoized per-token facts, drafts so far
    context    the type a word takes from its sentence: violence, disease, accident
    triggers   what a count counts, from the words before it
    heads      what a count counts, from the words after it: the noun, its words, a verb
    scope      running totals (cumulative)
    groups     victim groups beyond the counted noun
    filters    what undoes a count (negation, denial, suspicion, release, return), and
               ``add``, which admits a claim past them
    parts      parts of the claim before (بينهم, breakdowns) and lists that go on from it
    count_rule rule 1: a count phrase, read in phases
    rules      rules 2 and 3 (a trigger or a claim noun without a number), and ``run``, which
               tries the rules left to right over the sentence
    spans      quotes, offsets and places of the claims
    attribution  the sentence's cited source
    extract    find_claims / extract_claims: sentences in, claims out
    registry   rules by name, with their examples
    docs       docs/rules.md's catalogue, generated from the registry
"""

from syria_news.claims.extract import (
    CLAIM_COLUMNS,
    CLAIM_SCHEMA,
    Claim,
    extract_claims,
    find_claims,
)

__all__ = ["CLAIM_COLUMNS", "CLAIM_SCHEMA", "Claim", "extract_claims", "find_claims"]

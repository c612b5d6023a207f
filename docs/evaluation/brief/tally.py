"""The project's tally of one annotated article, from its mentions' links (decisions in ARTICLES.md).

A mention is counted unless it is background, restates another (but the first number
restating a vague figure counts in its stead: it "sharpens" it), is part of a total of its
own type (a part of a vague total that a number sharpens is that number's part; numbered
parts of a vague total nothing sharpens count in its stead), or is a summary that the
article's more detailed account replaces:
  * a killed_or_injured total whose killed or injured are counted apart (a title or vague
    total gives way to its parts, and so does a numbered body total its killed and injured add
    up to; a numbered body total they do not add up to keeps them as parts), by killed or
    injured that may count the same people (below);
  * a title figure of a type the body counts itself;
  * a vague figure of a type the article also gives as a number that may count the same
    people: not of another governorate, not fighters beside civilians (or children, women,
    medical workers, journalists); a mention's `victim_group` or `governorate_pcode` left out
    or null (or the group "people") may be any.
A hedged total (its quote says "more than", "about", "at least": أكثر من 25) whose parts of
its own type add up to more is told by them: they count, it gives way; a killed_or_injured
total of the body is told apart by killed and injured that add up to it exactly, or, when
hedged, to at least it.
"""
from collections import Counter

# Words of a hedged number in a quote (أكثر من 25, نحو 17, على الأقل): the project reads its precision so.
HEDGES = ("أكثر", "يزيد", "أزيد", "نحو", "حوالي", "حوالى", "قرابة", "يقارب", "يقرب", "الأقل", "يقل", "زهاء", "يناهز", "تجاوز", "يتجاوز")


def hedged(m):
    return not m.get("vague") and any(word in m["quote"] for word in HEDGES)


def same_people_may_be(a, b):
    """Two mentions may count the same people: not in two governorates, not fighters beside others."""
    place, other_place = a.get("governorate_pcode"), b.get("governorate_pcode")
    group, other_group = a.get("victim_group"), b.get("victim_group")
    if place and other_place and place != other_place:
        return False
    unsaid = group in (None, "people") or other_group in (None, "people")
    return unsaid or (group == "fighters") == (other_group == "fighters")


def tallies(mentions):
    by = {m["id"]: m for m in mentions}
    told = Counter()  # killed_or_injured total id -> its killed and injured, added up
    own_parts = Counter()  # total id -> its parts of its own type, added up
    for m in mentions:
        s = by.get(m.get("subset_of"))
        if s is not None and s["claim_type"] == "killed_or_injured" and m["claim_type"] in ("killed", "injured") and not m.get("background"):
            told[s["id"]] += m["count_best"]
        if s is not None and s["claim_type"] == m["claim_type"] and not m.get("background"):
            own_parts[s["id"]] += m["count_best"]
    exceeded = {i for i, total in own_parts.items() if hedged(by[i]) and total > by[i]["count_best"]}

    def told_apart(s):
        return told[s["id"]] >= s["count_best"] if hedged(s) else told[s["id"]] == s["count_best"]
    sharpener = {}  # vague mention id -> the first number restating it
    for m in mentions:
        r = by.get(m.get("restates"))
        if r is not None and r.get("vague") and not m.get("vague") and not m.get("background") and r["id"] not in sharpener:
            sharpener[r["id"]] = m["id"]
    def is_part(m):
        s = by.get(m.get("subset_of"))
        if s is None:
            return False
        if s["claim_type"] == m["claim_type"]:
            # (numbered parts of an unsharpened vague total are counted; it gives way below; so
            # are the parts of a hedged total that they exceed)
            return not (s.get("vague") and s["id"] not in sharpener and not m.get("vague")) and s["id"] not in exceeded
        # parts of a numbered body total they do not add up to exactly (more: two accounts of the same people)
        return s["claim_type"] == "killed_or_injured" and s["field"] == "body" and not s.get("vague") and not told_apart(s)

    counted = {}
    for m in mentions:
        if m.get("background"):
            continue
        r = by.get(m.get("restates"))
        if r is not None and sharpener.get(r["id"]) != m["id"]:
            continue
        if is_part(m):
            continue
        counted[m["id"]] = m
    for vague_id in sharpener:
        counted.pop(vague_id, None)  # the vague figure gives way to its number
    for total_id in exceeded:
        counted.pop(total_id, None)  # the hedged total gives way to its parts
    # figures restated, or broken down into parts that are not counted, stand for those: they never give way
    # (but a vague title restated only by vague figures says no more than before: it may give way)
    linked_to = {m["restates"] for m in mentions if m.get("restates") and sharpener.get(m["restates"]) != m["id"]
                 and not (m.get("vague") and by.get(m["restates"], {}).get("vague") and by[m["restates"]]["field"] == "title")}
    linked_to |= {m["subset_of"] for m in mentions if is_part(m)}
    # a killed_or_injured total whose own killed and injured are counted gives way to them, restated or not
    # (a vague part counts through the number that sharpens it)
    in_stead = [by[v] for v, number in sharpener.items() if number in counted and not by[v].get("background") and not is_part(by[v])]
    broken_down = {m["subset_of"] for m in [*counted.values(), *in_stead]
                   if m["claim_type"] in ("killed", "injured") and by.get(m.get("subset_of"), {}).get("claim_type") == "killed_or_injured"}
    kept = {}
    for i, m in counted.items():
        same = [o for o in counted.values() if o is not m and o["scope"] == m["scope"]]
        if m["id"] in broken_down:
            continue
        if m["id"] in linked_to:
            kept[i] = m  # (a numbered body total whose killed and injured do not add up to it keeps them as parts)
            continue
        if m["claim_type"] == "killed_or_injured" and any(
                o["claim_type"] in ("killed", "injured") and (o["field"] == "body" or not o.get("vague")) and same_people_may_be(m, o) for o in same):
            continue  # (the killed or injured told in the body, or in numbers)
        if m["field"] == "title" and any(o["field"] == "body" and o["claim_type"] == m["claim_type"] for o in same):
            continue
        if m.get("vague") and any(o["claim_type"] == m["claim_type"] and not o.get("vague") and same_people_may_be(m, o) for o in same):
            continue
        kept[i] = m
    out = Counter()
    for m in kept.values():
        out[(m["claim_type"], m["scope"])] += m["count_best"]
    return out

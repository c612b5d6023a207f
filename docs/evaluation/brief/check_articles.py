"""Check an annotated articles file: python check_articles.py FILE [--write]"""
import json, sys, pathlib
from urllib.parse import unquote as _unquote


def unquote(url):
    """Decoded until it no longer changes: a page address may be encoded twice (%25D8)."""
    while (plain := _unquote(url)) != url:
        url = plain
    return url

sys.path.insert(0, str(pathlib.Path(__file__).parent))
from tally import tallies
TYPES = {"killed","injured","killed_or_injured","arrested","kidnapped","missing","displaced","cases","deaths","recoveries"}
GROUPS = {"civilians","children","women","fighters","medical_workers","journalists","people"}
PCODES = {f"SY{n:02d}" for n in range(1, 15)}
here = pathlib.Path(__file__).parent
exclude = {unquote(l.strip()).rstrip("/") for l in (here / "exclude.txt").read_text().splitlines() if l.strip()}
path, write = sys.argv[1], "--write" in sys.argv
bad, items = 0, []
def err(where, msg):
    global bad; bad += 1; print(f"{where}: {msg}")
for n, line in enumerate(open(path, encoding="utf-8"), 1):
    where = f"line {n}"
    if not line.strip(): continue
    try: a = json.loads(line)
    except json.JSONDecodeError as e: err(where, f"bad JSON: {e}"); continue
    items.append(a)
    for k in ("url", "outlet", "title", "body", "mentions"):
        if k not in a: err(where, f"missing {k}")
    if unquote(a.get("url", "")).rstrip("/") in exclude: err(where, "excluded page")
    ms = {m.get("id"): m for m in a.get("mentions", [])}
    for m in a.get("mentions", []):
        w = f"{where} {m.get('id')}"
        if m.get("field") not in ("title", "body"): err(w, "field"); continue
        if a[m["field"]].count(m.get("quote") or "\0") != 1: err(w, f"quote not found exactly once: {m.get('quote')!r}")
        if m.get("claim_type") not in TYPES: err(w, "claim_type")
        if m.get("scope") not in ("new", "cumulative"): err(w, "scope")
        if not isinstance(m.get("count_best"), int): err(w, "count_best")
        if m.get("victim_group") not in GROUPS | {None}: err(w, "victim_group (one of the contract's, or null)")
        if m.get("governorate_pcode") not in PCODES | {None}: err(w, "governorate_pcode (SY01..SY14, or null)")
        for b in ("background", "vague"):
            if not isinstance(m.get(b), bool): err(w, f"{b} must be true/false")
        for link in ("restates", "subset_of"):
            t = m.get(link)
            if t is not None and t not in ms: err(w, f"{link} points at unknown {t}")
        if m.get("restates") and m.get("subset_of"): err(w, "both restates and subset_of")
        whole = ms.get(m.get("subset_of"))
        if whole and whole["count_best"] < m["count_best"]:  # the contract's invariant
            err(w, f"subset_of a smaller total ({whole['id']}: {whole['count_best']} < {m['count_best']}): a part is never larger than its whole")
        r = ms.get(m.get("restates"))
        if r and (r["claim_type"], r["scope"]) != (m["claim_type"], m["scope"]): err(w, "restates a mention of another type/scope")
    want = tallies(a.get("mentions", []))
    if write:
        a["tallies"] = [{"claim_type": t, "scope": s, "count_best": c} for (t, s), c in sorted(want.items()) if c]
    else:
        got = {(t["claim_type"], t["scope"]): t["count_best"] for t in a.get("tallies", [])}
        if {k: v for k, v in want.items() if v} != {k: v for k, v in got.items() if v}:
            err(where, f"tallies {got} != the rule's {dict(want)} (run with --write)")
if write and not bad:
    with open(path, "w", encoding="utf-8") as f:
        for a in items: f.write(json.dumps(a, ensure_ascii=False) + "\n")
    print(f"wrote tallies of {len(items)} articles")
print("OK" if not bad else f"{bad} problems"); sys.exit(1 if bad else 0)

"""Check an annotated claims file: python check_gold.py FILE [FILE...]"""
import json, sys, collections, pathlib
from urllib.parse import unquote as _unquote


def unquote(url):
    """Decoded until it no longer changes: a page address may be encoded twice (%25D8)."""
    while (plain := _unquote(url)) != url:
        url = plain
    return url

TYPES = {"killed","injured","killed_or_injured","arrested","kidnapped","missing","displaced","cases","deaths","recoveries"}
GROUPS = {None,"civilians","children","women","fighters","medical_workers","journalists","people"}
PREC = {"exact","at_least","approximate","vague"}
PCODES = {None} | {f"SY{i:02d}" for i in range(1, 15)}
here = pathlib.Path(__file__).parent
exclude = {unquote(l.strip()).rstrip("/") for l in (here / "exclude.txt").read_text().splitlines() if l.strip()}
bad = 0
def err(where, msg):
    global bad; bad += 1; print(f"{where}: {msg}")
for path in sys.argv[1:]:
    per_url = collections.Counter()
    for n, line in enumerate(open(path, encoding="utf-8"), 1):
        where = f"{path}:{n}"
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError as e:
            err(where, f"bad JSON: {e}"); continue
        for k in ("text", "url", "outlet", "claims"):
            if k not in item: err(where, f"missing {k}")
        if not isinstance(item.get("claims"), list): continue
        url = item.get("url", "")
        per_url[url] += 1
        if unquote(url).rstrip("/") in exclude: err(where, f"excluded page {url}")
        for c in item["claims"]:
            if c.get("claim_type") not in TYPES: err(where, f"claim_type {c.get('claim_type')}")
            if c.get("scope") not in ("new", "cumulative"): err(where, f"scope {c.get('scope')}")
            if c.get("precision") not in PREC: err(where, f"precision {c.get('precision')}")
            if c.get("victim_group") not in GROUPS: err(where, f"victim_group {c.get('victim_group')}")
            if c.get("governorate_pcode") not in PCODES: err(where, f"pcode {c.get('governorate_pcode')}")
            lo, best, hi = c.get("count_low"), c.get("count_best"), c.get("count_high")
            if not isinstance(best, int): err(where, "count_best must be an int"); continue
            if lo is not None and lo > best: err(where, "count_low > count_best")
            if hi is not None and hi < best: err(where, "count_high < count_best")
            if c.get("precision") == "exact" and not (lo == best == hi): err(where, "exact needs low = best = high")
            if c.get("precision") != "approximate" and lo is None: err(where, "count_low null is only for approximate")
            q = c.get("quote")
            if not isinstance(q, str) or q not in item["text"]: err(where, f"quote not in text: {q!r}")
    for url, k in per_url.items():
        if k > 4: err(path, f"{k} items from one page {url} (at most 4)")
print("OK" if not bad else f"{bad} problems")
sys.exit(1 if bad else 0)

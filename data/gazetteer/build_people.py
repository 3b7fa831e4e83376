#!/usr/bin/env python3
"""Builds data/gazetteer/people.tsv: people (and CAMEO's named institutions) with dated roles, for dyad's actor matching.

    python3 data/gazetteer/build_people.py ../shared/reference/cameo/Phoenix.Countries.actors.txt \
        > data/gazetteer/people.tsv

Three sources, merged by name:
  * the CAMEO / Phoenix country actors dictionary (openeventdata/petrarch2, MIT, (c) 2014 Open Event
    Data Alliance; generated from the CountryInfo file of the Computational Event Data System
    project): ~18,000 officials with dated roles, current to about 2014. Its roles give a country
    and a sector (GOV, ELI, MIL ...), not a title.
  * people_extra.tsv, written for dyad: heads of state and government, foreign and defence
    ministers, spokespeople and heads of organisations, 2014-2026 and the best-known earlier
    figures, with titles and dates (public record). Its names and titles win over CAMEO's.
  * people_lists.tsv, written for dyad from lists of office holders 1990-2014 (heads of state and
    government, foreign ministers, cabinets of the permanent members ...): titles and dates as
    people_extra's, but sourced "list": like CAMEO's officials they count only where the text names
    a state they served, and are not looked for misspelt.

Standard library only. The output is versioned; rebuild it after editing people_extra.tsv and
review the diff.
"""
import re
import sys
import unicodedata
from collections import OrderedDict
from pathlib import Path

HERE = Path(__file__).resolve().parent

# CAMEO sectors (dictionaries.rst) as the role words dyad shows when a source gives no title.
SECTORS = {"GOV": "government", "ELI": "elite", "MIL": "military", "OPP": "opposition",
           "SPY": "intelligence", "JUD": "judiciary", "LEG": "legislature", "COP": "police",
           "PTY": "party", "BUS": "business", "MED": "media", "EDU": "education", "HLH": "health",
           "REB": "rebel", "IGO": "organisation"}
# Alias words that make a CAMEO alias a title phrase ("PRESIDENT_PUTIN") rather than a name.
TITLE_WORDS = {"PRESIDENT", "PRIME", "MINISTER", "FOREIGN", "DEFENSE", "DEFENCE", "AMBASSADOR", "GENERAL",
               "SECRETARY", "CHANCELLOR", "KING", "QUEEN", "PRINCE", "PREMIER", "SPEAKER", "SENATOR", "GOVERNOR",
               "CHAIRMAN", "LEADER", "MR.", "MRS.", "MS.", "DR.", "GEN.", "COL.", "SHEIKH", "AYATOLLAH", "EMIR",
               "VICE", "DEPUTY", "FORMER", "ADMIRAL", "MARSHAL", "COLONEL", "CAPTAIN", "LT.", "MAJ.", "SIR",
               "LORD", "JUSTICE", "JUDGE", "MAYOR", "ENVOY", "SPOKESMAN", "PRESIDENTIAL", "CANDIDATE", "POPE", "MR", "MRS",
               "MS", "DR", "BARON", "BARONESS", "LADY", "DAME", "PRESIDENT-ELECT", "VICE-PRESIDENT", "DIRECTOR", "CHIEF"}
PARTICLES = {"de", "da", "do", "dos", "das", "van", "von", "der", "den", "al", "el", "bin", "ibn", "le", "la",
             "di", "du", "del", "della", "ter", "ben"}
# Words that make a CAMEO entry an institution ("Department Of State", "Peoples Liberation Army"), not a person.
INSTITUTION_WORDS = {"FORCES", "PARTY", "COUNCIL", "MINISTRY", "AGENCY", "DEPARTMENT", "ARMY", "ASSEMBLY", "MOVEMENT",
                     "UNION", "BUREAU", "CONGRESS", "ADMINISTRATION", "OFFICE", "GOVERNMENT", "DIRECTORATE",
                     "HEADQUARTERS", "COURT", "BANK", "COMMITTEE", "FRONT", "LEAGUE", "GROUP", "COALITION", "POLICE",
                     "NAVY", "GUARD", "GUARDS", "CORPS", "SERVICE", "COMMISSION", "PARLIAMENT", "SENATE", "SOVIET",
                     "STATE", "BRIGADE", "BRIGADES", "MILITIA", "AUTHORITY", "INSTITUTE", "FEDERATION", "NATIONAL",
                     "CABINET", "JUNTA", "REGIME", "ASSOCIATION", "ORGANIZATION", "ORGANISATION", "FUND", "MILITARY",
                     "RESERVE", "TROOPS", "EMBASSY", "CONSULATE", "MISSION", "GUERRILLAS", "REBELS", "POLICE"}
ROLE = re.compile(r"\[([A-Z]{3})([A-Z]{3,})?\s*([^\]]*)\]")


def clean_cell(s):
    return s.replace("\t", " ").replace("|", " ").replace(";", " ").strip()


def title_case(upper):
    words = []
    for w in upper.lower().split(" "):
        words.append(w if w in PARTICLES and words else re.sub(r"(^|[-.'])([a-z])", lambda m: m.group(1) + m.group(2).upper(), w))
    return " ".join(words)


def key(name):
    d = unicodedata.normalize("NFD", name)
    d = "".join(c for c in d if unicodedata.category(c) != "Mn").lower()
    return " ".join(re.findall(r"[a-z0-9]+", d))


def spelling(name):
    """Accents and case do not make another spelling; hyphens and spaces do (the matcher sees them)."""
    d = unicodedata.normalize("NFD", name)
    return "".join(c for c in d if unicodedata.category(c) != "Mn").lower()


def slug(name):
    return "-".join(key(name).split())


def cameo_date(s):
    s = s.strip()
    if len(s) == 8:
        return f"{s[:4]}-{s[4:6]}-{s[6:]}"
    yy = int(s[:2])
    return f"{2000 + yy if yy <= 26 else 1900 + yy}-{s[2:4]}-{s[4:]}"


def cameo_dates(spec):
    """(start, end) of a role; a few entries have stray spaces or digits ("> 130701", ">201005011")."""
    spec = re.sub(r"\s+", "", spec)
    m = re.fullmatch(r"([<>]?)(\d{6,9})(?:-(\d{6,9}))?", spec)
    if not m:
        return "", ""
    a = cameo_date(m.group(2)[:8] if len(m.group(2)) > 8 else m.group(2))
    if m.group(3):
        return a, cameo_date(m.group(3)[:8] if len(m.group(3)) > 8 else m.group(3))
    return ("", a) if m.group(1) == "<" else (a, "")


def read_cameo(path):
    """CAMEO entries as {name, aliases, titles, roles}; entries of the same name merged."""
    people = OrderedDict()
    cur = None
    text = Path(path).read_bytes().decode("latin-1").replace("\x1a", "")
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        if raw[0] not in "+\t [":
            main = line.strip().strip("_").replace("_", " ").strip()
            cur = None
            words = main.split()
            if "[" in main or len(words) < 2 or words[0] in TITLE_WORDS | {"HEAD"}:
                continue  # a country entry ("AUSTRALIA_ [AUS]"), a one-word name or a title: nothing we match
            kind = "INSTITUTION" if INSTITUTION_WORDS & set(words) else "PERSON"
            cur = people.setdefault(key(main), {"name": title_case(main), "aliases": [], "titles": [], "roles": [],
                                                "type": kind})
        elif cur is None:
            continue
        elif raw.startswith("+"):
            alias = line[1:].strip().strip("_").replace("_", " ").strip()
            words = alias.replace("-", " ").split()
            titled = [w for w in words if w in TITLE_WORDS]
            if titled:
                cur["titles"].append(title_case(" ".join(titled)))
            elif words and alias.upper() == alias:
                cur["aliases"].append(title_case(alias))
        else:
            for m in ROLE.finditer(line):
                country, code, dates = m.group(1), m.group(2) or "", m.group(3)
                if not code:
                    continue  # a bare country code carries no role
                start, end = cameo_dates(dates)
                if start and end and end < start:
                    continue  # a few roles end before they start: a typo in the source, not guessed at
                cur["roles"].append((country, SECTORS.get(code[:3], code[:3].lower()), start, end))
    return [p for p in people.values() if p["roles"]]


def read_extra():
    people = OrderedDict()
    alias_of = {}
    lines = [("people_extra.tsv", n, line, True)
             for n, line in enumerate((HERE / "people_extra.tsv").read_text(encoding="utf-8").splitlines(), 1)]
    lines += [("people_lists.tsv", n, line, False)
              for n, line in enumerate((HERE / "people_lists.tsv").read_text(encoding="utf-8").splitlines(), 1)]
    for source, n, line, curated in lines:
        if not line.strip() or line.startswith("#"):
            continue
        f = (line.split("\t") + [""] * 6)[:6]
        if f[0] == "name":
            continue
        name, country, title, start, end, aliases = (c.strip() for c in f)
        if not name or not re.fullmatch(r"[A-Z]{2,5}", country) or not title:
            sys.exit(f"{source} line {n}: need NAME, COUNTRY (code), TITLE: {line!r}")
        for d in (start, end):
            if d and not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", d):
                sys.exit(f"{source} line {n}: dates are YYYY, YYYY-MM or YYYY-MM-DD: {d!r}")
        alias_list = [a.strip() for a in aliases.split("|") if a.strip()]
        # One person however a line spells them: a line's name or alias that is another line's name or
        # alias is the same person ("Sergei Lavrov" is Sergey Lavrov's alias).
        k = next((alias_of[x] for x in [key(name)] + [key(a) for a in alias_list] if x in alias_of), key(name))
        p = people.setdefault(k, {"name": name, "aliases": [], "titles": [], "roles": [], "type": "PERSON",
                                  "curated": False})
        p["curated"] |= curated
        if key(name) != key(p["name"]):
            alias_list = [name] + alias_list
        p["aliases"] += alias_list
        p["roles"].append((country, title, start, end))
        for x in [key(name)] + [key(a) for a in alias_list if len(a.split()) >= 2]:
            alias_of.setdefault(x, k)
    return list(people.values())


def actor_forms():
    """Keys of every state and organisation form, "the" dropped: CAMEO lists some seats ("White House")
    as actors of their own, which dyad already reads as the state."""
    forms = set()
    for name, first in (("states.tsv", 1), ("igos.tsv", 1)):
        for line in (HERE / name).read_text(encoding="utf-8").splitlines():
            if line.startswith("#") or line.startswith("id\t"):
                continue
            for cell in line.split("\t")[first:]:
                for f in cell.split("|"):
                    f = re.sub(r"^the ", "", f.strip(), flags=re.I)
                    if f:
                        forms.add(key(f))
    return forms


def main(cameo_path):
    merged = OrderedDict()
    index = {}
    taken = actor_forms()
    for p in read_cameo(cameo_path):
        k = key(p["name"])
        if k in taken:
            continue
        merged[k] = p
        for a in p["aliases"]:
            if len(a.split()) >= 2:
                index.setdefault(key(a), k)
    for p in read_extra():
        k = index.get(key(p["name"])) or next((index[key(a)] for a in p["aliases"] if key(a) in index), None)
        k = k if k in merged else key(p["name"])
        if k in merged:
            base = merged.pop(k)
            p["aliases"] = base["aliases"] + [base["name"]] + p["aliases"]
            p["titles"] = base["titles"] + p["titles"]
            p["roles"] = p["roles"] + base["roles"]
            p["source"] = ("dyad" if p["curated"] else "list") + "+cameo"
        else:
            p["source"] = "dyad" if p["curated"] else "list"
        merged[key(p["name"])] = p

    ids = {}
    rows = []
    for p in sorted(merged.values(), key=lambda p: key(p["name"])):
        pid = slug(p["name"])
        ids[pid] = ids.get(pid, 0) + 1
        if ids[pid] > 1:
            pid = f"{pid}-{ids[pid]}"
        # Curated aliases may be single words (explicit short names: Putin, Xi); CAMEO's are not kept, since
        # dyad derives short forms itself and uses them only after the full name.
        curated = p.get("source", "cameo") != "cameo"
        aliases, seen = [], {spelling(p["name"])}
        for a in p["aliases"]:
            if spelling(a) in seen or (len(a.split()) < 2 and not curated):
                continue
            seen.add(spelling(a))
            aliases.append(clean_cell(a))
        roles = set(p["roles"])
        if any(r[2] or r[3] for r in roles):
            roles = {r for r in roles if r[2] or r[3]}  # an undated role says nothing once dated ones exist
        roles = sorted(roles, key=lambda r: (r[2], r[3], r[0], r[1]))
        titles = list(OrderedDict.fromkeys(p["titles"]))
        rows.append([pid, p["type"], clean_cell(p["name"]), "|".join(aliases),
                     ";".join("|".join(clean_cell(x) for x in r) for r in roles), "|".join(titles),
                     p.get("source", "cameo")])

    out = sys.stdout
    out.write("# People with dated roles for dyad's actor matching. Generated by build_people.py from the CAMEO /\n"
              "# Phoenix country actors dictionary (openeventdata/petrarch2, MIT, (c) 2014 Open Event Data Alliance)\n"
              "# and people_extra.tsv and people_lists.tsv (written for dyad from the public record, public domain).\n"
              "# type: PERSON, or INSTITUTION for CAMEO's named bodies (Department Of State, Peoples Liberation Army);\n"
              "# roles: COUNTRY|TITLE|START|END separated by ';' (dates YYYY[-MM[-DD]], empty = open);\n"
              "# titles: title words seen in CAMEO's aliases (undated).\n")
    out.write("id\ttype\tname\taliases\troles\ttitles\tsource\n")
    for r in rows:
        out.write("\t".join(r) + "\n")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else str(HERE / "../../../shared/reference/cameo/Phoenix.Countries.actors.txt"))

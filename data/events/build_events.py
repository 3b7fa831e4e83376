#!/usr/bin/env python3
"""Builds dyad's event dictionaries under data/events/ from their published sources.

- cameo_verbs.tsv and cameo_patterns.tsv from the PETRARCH2 CAMEO verb dictionary
  (CAMEO.2.0.txt, openeventdata/petrarch2, MIT, (c) 2015 Open Event Data Alliance; a copy is in
  ../shared/reference/cameo/).
- cameo_codes.tsv (code, Goldstein weight, name) from the CAMEO codebook's table as the icews R
  package publishes it (andybega/icews, data-raw/cameo-codes.csv, MIT, (c) 2022 Andreas Beger).

- state_agents.tsv from the Phoenix agents dictionary (Phoenix.agents.txt, same repository and
  licence): the words that name a state's agents (government, military, police, judiciary,
  legislature, intelligence: ~GOV ~MIL ~COP ~JUD ~LEG ~SPY), which make "Japanese officials" an actor
  of Japan where "Japanese firms" is none.

Usage: python3 data/events/build_events.py CAMEO.2.0.txt cameo-codes.csv Phoenix.agents.txt

The verb file's syntax (PETRARCH2's read_verb_dictionary): synonym sets `&NAME` with `+WORD`
members; verb blocks `--- NAME [code] ---` listing verbs (`WORD`, `+MULTI_WORD`, irregular forms in
`{...}`, an own `[code]`), then patterns `- BEFORE * AFTER [code] # verbs`. What is kept here: every
verb with its inflected forms and default code, and every pattern as word slots before and after
the verb ('|' between alternatives, '_' inside a multi-word alternative); the actor markers $ + %
and the grouping of parentheses and braces are dropped, their words kept in order.
"""
import csv
import re
import sys

def regular_forms(v):
    """The regular English forms of a verb (PETRARCH2 generates them the same way)."""
    out = {v}
    if v.endswith('e'):
        out |= {v + 's', v + 'd', v[:-1] + 'ing'}
    elif re.search(r'[^aeiou]y$', v):
        out |= {v[:-1] + 'ies', v[:-1] + 'ied', v + 'ing'}
    elif re.search(r'(s|x|z|ch|sh)$', v):
        out |= {v + 'es', v + 'ed', v + 'ing'}
    else:
        out |= {v + 's', v + 'ed', v + 'ing'}
        # one vowel before one final consonant: both doubled and plain forms (ban-banned, visit-visited)
        if re.search(r'[^aeiou][aeiou][bdgklmnprt]$', v):
            out |= {v + v[-1] + 'ed', v + v[-1] + 'ing'}
    return out

def agents(path):
    """Single words naming a state's agents, with their plurals; multi-word entries' heads when listed alone."""
    macros, single, heads = {}, set(), {}
    for l in open(path, encoding='utf-8', errors='replace'):
        l = l.split('#', 1)[0].strip()
        m = re.match(r'(!\w+!)\s*=\s*(.*)', l)
        if m:
            macros[m.group(1).lower()] = [x.strip().lower() for x in m.group(2).split(',')]
            continue
        m = re.match(r'([A-Z][^\[{]*?)\s*(\{[^}]*\})?\s*\[~(\w+)\]', l)
        if not m or not re.match(r'(GOV|MIL|SPY|COP|JUD|LEG)', m.group(3)):
            continue
        words = m.group(1).strip().lower().split('_')
        forms = [words[-1]]
        for k, v in macros.items():
            if k in words[-1]:
                forms = [words[-1].replace(k, x) for x in v]
        for f in forms:
            if not re.fullmatch(r"[a-z][a-z'-]+", f):
                continue
            if len(words) == 1:
                single.add(f)
            else:
                heads[f] = heads.get(f, 0) + 1
    # A multi-word entry's last word is its head ("foreign_minister"): kept when three entries or more share it.
    single |= {h for h, n in heads.items() if n >= 3 and h not in ('of', 'to', 'in', 'for', 'at', 'company', 'corp', 'bank')}
    out = set()
    for w in single:
        out.add(w)
        if w.endswith('s') or w.endswith('men'):
            continue
        out.add(w[:-1] + 'ies' if re.search(r'[^aeiou]y$', w) else w + 'es' if re.search(r'(x|ch|sh)$', w) else w + 's')
    return sorted(out)

def main(verbs_path, codes_path, agents_path):
    lines = open(verbs_path, encoding='utf-8', errors='replace').read().split('\n')
    synsets, cur = {}, None
    verbs, patterns = [], []
    block, block_code, block_verbs = None, None, []
    in_verbs = False
    for raw in lines:
        line = raw.split('#', 1)[0].rstrip() if not raw.startswith('- ') else raw.rstrip()
        if raw.startswith('####### VERB PATTERNS'):
            in_verbs = True
            continue
        if not in_verbs:
            if line.startswith('&'):
                cur = line.strip().rstrip('_')
                synsets[cur] = []
            elif line.startswith('+') and cur:
                synsets[cur].append(line[1:].strip().rstrip('_').lower())
            continue
        m = re.match(r'---\s+(\S+)\s+\[([^\]]*)\]', line)
        if m:
            block, block_code, block_verbs = m.group(1), m.group(2).strip(), []
            continue
        if block is None or not line.strip():
            continue
        if line.startswith('- '):
            body, _, comment = line[2:].partition('#')
            cm = re.search(r'\[([^\]]*)\]\s*$', body.strip())
            if not cm:
                continue
            code = cm.group(1).strip()
            body = body.strip()[:cm.start()].strip()
            if '*' not in body:
                continue
            before, after = body.split('*', 1)
            named = {w.strip().lower() for w in comment.replace(',', ' ').split()}
            # A pattern belongs to the verbs its comment names, listed in the block or not (URGE's
            # patterns sit in DEMAND's block without URGE among its verbs); with no name, to the block's.
            applies = sorted(v for v in named if re.fullmatch(r"[a-z][a-z'-]*", v)) or list(block_verbs)
            for v in applies:
                patterns.append((v, slots(before, synsets), slots(after, synsets), code))
            continue
        # a verb line: WORD or +MULTI_WORD, optional {forms}, optional [code]
        vm = re.match(r'\s*\+?([A-Z][A-Z\'_-]*)\s*(\{[^}]*\})?\s*(\[[^\]]*\])?', line)
        if not vm:
            continue
        lemma = vm.group(1).lower().replace('_', ' ').strip()
        irregular = set()
        if vm.group(2):
            irregular = {f.lstrip('+').lower().replace('_', ' ') for f in vm.group(2)[1:-1].split()}
        code = vm.group(3)[1:-1].strip() if vm.group(3) else block_code
        head, _, rest = lemma.partition(' ')
        forms = {f + (' ' + rest if rest else '') for f in regular_forms(head)} | irregular | {lemma}
        block_verbs.append(lemma)
        verbs.append((lemma, block, code, sorted(forms)))
    with open('data/events/cameo_verbs.tsv', 'w', encoding='utf-8') as o:
        o.write('# CAMEO verbs and their forms, generated by build_events.py from PETRARCH2\'s CAMEO.2.0.txt\n')
        o.write('# (openeventdata/petrarch2, MIT, (c) 2015 Open Event Data Alliance). code --- : no event by itself.\n')
        o.write('verb\tblock\tcode\tforms\n')
        seen = set()
        for lemma, b, code, forms in verbs:
            if (lemma, code) in seen:
                continue
            seen.add((lemma, code))
            o.write(f'{lemma}\t{b}\t{code}\t{"|".join(forms)}\n')
    with open('data/events/cameo_patterns.tsv', 'w', encoding='utf-8') as o:
        o.write('# CAMEO verb patterns, generated by build_events.py from PETRARCH2\'s CAMEO.2.0.txt (MIT).\n')
        o.write('# before/after: word slots in order, \'|\' between alternatives, \'_\' joins a multi-word one.\n')
        o.write('# code: source->target, then :target->source for reciprocal patterns; --- : no event.\n')
        o.write('verb\tbefore\tafter\tcode\n')
        seen = set()
        for p in patterns:
            if p in seen or (not p[1] and not p[2]):
                continue
            seen.add(p)
            o.write('\t'.join(p) + '\n')
    with open('data/events/cameo_codes.tsv', 'w', encoding='utf-8') as o:
        o.write('# CAMEO event codes and their Goldstein weights, from the CAMEO codebook (Schrodt 2012) as the icews\n')
        o.write('# R package publishes it (andybega/icews data-raw/cameo-codes.csv, MIT, (c) 2022 Andreas Beger).\n')
        o.write('code\tgoldstein\tname\n')
        for r in csv.DictReader(open(codes_path, encoding='utf-8', errors='replace')):
            name = r['name']
            try:
                name = name.encode('mac_roman').decode('utf-8')
            except (UnicodeEncodeError, UnicodeDecodeError):
                pass
            o.write(f"{r['code']}\t{float(r['goldstein']):g}\t{name.strip()}\n")
    with open('data/events/state_agents.tsv', 'w', encoding='utf-8') as o:
        o.write('# Words naming a state\'s agents, generated by build_events.py from PETRARCH2\'s Phoenix.agents.txt (MIT,\n')
        o.write('# (c) 2014 Open Event Data Alliance): its single-word ~GOV ~MIL ~COP ~JUD ~LEG ~SPY entries and their plurals.\n')
        for w in agents(agents_path):
            o.write(w + '\n')
    print(len(verbs), 'verbs,', len(patterns), 'patterns')

def slots(text, synsets):
    out = []
    for tok in re.findall(r'\{[^}]*\}|\S+', text):
        if tok.startswith('{'):
            words = [expand(w, synsets) for w in tok[1:-1].split()]
            # a compound: one slot of its words joined, synonym sets multiplied out
            alts = ['']
            for w in words:
                alts = [(a + '_' + x).strip('_') for a in alts for x in w.split('|')]
            out.append('|'.join(alts))
            continue
        tok = tok.strip('()')
        if not tok or tok in ('$', '+', '%') or not re.search(r'[A-Za-z&]', tok):
            continue
        out.append(expand(tok, synsets))
    return ' '.join(out)

def expand(w, synsets):
    w = w.strip('()')
    if w.startswith('&'):
        return '|'.join(x.replace(' ', '_') for x in synsets.get(w.rstrip('_'), [w[1:].lower()]))
    return w.rstrip('_').lower()

if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2], sys.argv[3])

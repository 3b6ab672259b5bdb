"""The search index: tokens (Chinese as character pairs), text of hand-written pages, search
records of the catalog (records), bundle (one Pagefind run), index (shards, the cached bundles),
ranking (the weighted sections of a page's words), vocabulary (names for a query that misses).

May import: generator.views (page specs), generator.runtime.

RANKING — what finds the right thing first (issue 20):

1. What identifies a page weighs most. An organization's words are written in three sections
   (ranking.py): its name, short name and former names (weight 10), its service fields (8), the
   rest of its page (1). A project's or an activity's title weighs 1.5 and the rest of its page
   0.5: a page that mentions an organization, or its field, ranks below the organization. So an
   organization whose name matches beats one whose field matches, which beats one whose story
   mentions the words, which beats the activities and projects that mention them.
2. Labels, counts and boilerplate repeated on every page are not indexed: section headings,
   badges, the people line (成员…志愿者…人), the annual-report table and income labels, 未列入/
   未评估/暂无, breadcrumbs, photo counts, totals — `data-pagefind-ignore` in the record
   templates (the labels of the facts lists were ignored already).
3. Pagefind ignores a query's pairs that no page holds, so one wrong character of a longer name
   still finds it by its other pairs; a query that finds nothing gets suggestions from
   vocabulary.json (a short name or a part of a name one character off, places, fields).
4. A sort never changes membership: every record has every sort key (records.sort_keys; an
   undated one sorts last both ways), because Pagefind drops pages without the key.
5. On a big site the parts of projects and activities are merged at 0.3 of their score
   (search.js PART_WEIGHT, Pagefind's `indexWeight`, wherever parts are merged: the
   search page, the header box, the federation portal; parts of organizations at full weight).
   Each bundle weighs a word by its own pages (BM25's IDF) and Pagefind merges bundles by raw
   score: a field's words, common among organizations, are rarer among a part's pages and scored
   higher there (养老 at 5,000 organizations: projects 3.7–4.2, the elderly-care organizations
   3.87–3.96, so all ten first results were projects). Measured as the lowest ratio, over every
   field query of rule 1's test, of the field's organizations' lowest score to the parts' highest:
   0.375 at 5,000 organizations (平安调解), 0.53 on the example split into parts of 150 pages
   (公益); a project's or an activity's own title still finds it in the top 3 (149 of 150
   sampled, the same as at weight 1; first for 98, at weight 1 for 128 — the organization that
   lists it comes first). A word on (nearly) every page of the primary bundle scores nothing
   there, and no weight lifts a zero: 社区 and 邻里 at 5,000 demo organizations (every name has
   第N社区, every slogan 邻里), where activities still come first. With 0.3, at 5,000 every other
   field query lists its organizations first (the closest: 平安调解, 1.25 times the parts' best).

Measured on the example city (129 organizations, in Chromium, 2026-12-06): every full name
finds its organization first (129 of 129; before: 94 of 128 in the top 3); the short name puts
it in the top 3 for 95 of 129, and the 34 others share their short name with 2–5 namesakes of
the generated filler organizations (129 of 129 counting namesakes); for every service field's
name, the organizations named after it or serving it come before everything else; two-character
recall (tests/search/test_search.py) stays at or above 98 %.

WEIGHT AT CITY SCALE — what the header box downloads before its first results (issue 20):

6. On a big site (one with parts) the header box searches a bundle of its own (header.py,
   pagefind-parts/header/): the primary bundle's pages with the same words, so the same order,
   but no filters, no sort keys and only the compact card's fields. Pagefind downloads a bundle's
   sort orders with its page list (at 5,000 organizations 49 of the primary's 84 KB), so the
   facets and orders of the search page and the directory — and those later issues add — cost
   the first results nothing. The projects and activities parts are merged after them.
7. A word counts at most twice in a section (ranking.REPEATS): every occurrence is a location the
   browser downloads and scores on every page holding the word.

Measured with bench/search.py (Chromium, 3 runs × 养老 社区 助残 志愿者 文化活动, main built from
the same demo and measured in the same run, 2026-12-06, load average 10–13 on 2 shared cores):
index files before the first result at 5,000 organizations 58 KB median, 54–117 KB (main: 128,
109–174); at 1,000, 30 KB, 27–67 (main: 40, 34–72). Typed → first result at 5,000: 303 ms median,
120–906 (main: 403, 216–1,723); at 1,000: 93 ms, 83–701 (main: 232, 181–509). The bytes meet the
150 KB target for every query with room; the time does not for the words on every page (社区,
志愿者: 391 and 440 ms medians at that load, 233 and 260 at load 5): Pagefind scores and hands
over every page that holds the word (5,000), 60–80 ms once its WebAssembly is warm, twice that
in the first search of a fresh page.
"""

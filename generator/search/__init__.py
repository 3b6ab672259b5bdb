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

Measured on the example city (129 organizations, in Chromium, 2026-12-06): every full name
finds its organization first (129 of 129; before: 94 of 128 in the top 3); the short name puts
it in the top 3 for 95 of 129, and the 34 others share their short name with 2–5 namesakes of
the generated filler organizations (129 of 129 counting namesakes); for every service field's
name, the organizations named after it or serving it come before everything else; two-character
recall (tests/search/test_search.py) stays at or above 98 %.
"""

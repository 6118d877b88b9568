/**
 * Pagefind ranking used by the search dialog (and by the recall benchmark, so what is measured is
 * what ships). Halving term frequency stops long pages that repeat one word of a two-word query
 * ("event" on the history page) from outranking the page about the phrase ("event channel");
 * measured on the recall fixture in tools/bench/search-queries.ts, see the README.
 */
export const searchRanking = { termFrequency: 0.5 } as const;

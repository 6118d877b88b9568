/**
 * Pagefind options used by the search dialog and by the recall benchmark (`npm run bench:search`).
 * The benchmark measures Pagefind's ranking of the reader's own query; the dialog also runs the
 * glossary's other-language spellings of it (`src/client/search-ui.ts`), which the benchmark does
 * not, so its recall is that of the query alone.
 *
 * Halving term frequency stops long pages that repeat one word of a two-word query ("event" on the
 * history page) from outranking the page about the phrase ("event channel"); measured on the recall
 * fixture in tools/bench/search-queries.ts, see the README.
 */
export const pagefindOptions = {
	excerptLength: 22,
	ranking: { termFrequency: 0.5 },
} as const;

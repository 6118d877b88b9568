// @ts-check
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { useTranslations } from './src/i18n';
import { defaultLocale, isLocale, localeCodes, locales } from './src/i18n/locales';
import { mdxComponentNames } from './src/lib/mdx-component-names';
import { contentSecurityPolicy } from './src/plugins/csp';
import { localized404 } from './src/plugins/localized-404';
import { mdxErrors, remarkMdxChecks } from './src/plugins/mdx-errors';
import { diagrams, rehypeMermaid } from './src/plugins/mermaid';
import { rehypeBlockHeights } from './src/plugins/rehype-block-heights';
import { rehypeGlossaryLinks } from './src/plugins/rehype-glossary-links';
import { rehypeHeadingAnchors } from './src/plugins/rehype-heading-anchors';
import { rehypeTableWrap } from './src/plugins/rehype-table-wrap';
import { remarkCitations } from './src/plugins/remark-citations';
import { remarkHeadingIds } from './src/plugins/remark-heading-ids';
import { remarkLocalizeLinks } from './src/plugins/remark-localize-links';
import { searchIndex } from './src/plugins/search-index';
import { sitemapAlternates } from './src/plugins/sitemap-alternates';
import { siteConfig } from './src/site.config';

const siteUrl = new URL(siteConfig.url);

export default defineConfig({
	site: siteUrl.origin,
	base: siteUrl.pathname,
	trailingSlash: 'always',
	build: {
		format: 'directory',
		// Component styles live in their components; as files (never inlined) they are cached
		// across pages instead of travelling again inside every HTML document.
		inlineStylesheets: 'never',
	},
	i18n: {
		locales: [...localeCodes],
		defaultLocale,
		// Both locales are prefixed; `/` is our own language chooser, not Astro's redirect.
		routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
	},
	markdown: {
		// Astro 7's default processor ignores remark/rehype plugins; the unified one runs them.
		processor: unified({
			remarkPlugins: [
				// First: a mistake is reported as itself, not as what it breaks further on.
				[remarkMdxChecks, { components: mdxComponentNames }],
				remarkHeadingIds,
				remarkCitations,
				[remarkLocalizeLinks, { locales: localeCodes, base: siteUrl.pathname }],
			],
			rehypePlugins: [
				[
					rehypeMermaid,
					{
						base: siteUrl.pathname,
						locales: localeCodes,
						/** @param {string | undefined} locale */
						fullSizeLabel: (locale) =>
							useTranslations(isLocale(locale) ? locale : defaultLocale)('diagram.fullSize'),
					},
				],
				[
					rehypeHeadingAnchors,
					{
						/** @param {string | undefined} locale @param {string} heading */
						label: (locale, heading) =>
							useTranslations(isLocale(locale) ? locale : defaultLocale)('heading.anchor', {
								heading,
							}),
					},
				],
				[
					rehypeGlossaryLinks,
					{
						root: new URL('./', import.meta.url),
						locales: Object.fromEntries(localeCodes.map((code) => [code, locales[code].lang])),
						base: siteUrl.pathname,
						skip: ['xen', 'kvm'],
					},
				],
				[
					rehypeTableWrap,
					{
						/** @param {string | undefined} locale */
						fallbackLabel: (locale) =>
							useTranslations(isLocale(locale) ? locale : defaultLocale)('table.label'),
					},
				],
				// Last: it measures the blocks the plugins above have built.
				rehypeBlockHeights,
			],
		}),
		syntaxHighlight: { type: 'shiki', excludeLangs: ['mermaid'] },
		// High-contrast variants: the regular GitHub themes' comments fail WCAG AA on our code background.
		shikiConfig: {
			themes: { light: 'github-light-high-contrast', dark: 'github-dark-high-contrast' },
			defaultColor: false,
		},
	},
	integrations: [
		mdx(),
		// Explains MDX syntax errors with file, line and fix (wraps the MDX compile step above).
		mdxErrors(),
		localized404(localeCodes, siteUrl.pathname),
		// Before the search index, so Pagefind reads the pages as they are served.
		contentSecurityPolicy({ base: siteUrl.pathname }),
		// After the CSP step, which re-serialises every page (see src/plugins/mermaid/index.ts).
		diagrams({ base: siteUrl.pathname }),
		searchIndex(localeCodes, { base: siteUrl.pathname }),
		sitemap(
			sitemapAlternates({
				locales: Object.fromEntries(localeCodes.map((code) => [code, locales[code].lang])),
				defaultLocale,
				base: siteUrl.pathname,
			})
		),
	],
	vite: {
		build: {
			rolldownOptions: {
				// Astro's own MDX output triggers this bundler notice on every page; it is not ours to fix.
				onwarn(warning, warn) {
					if (
						warning.code === 'MODULE_LEVEL_DIRECTIVE' &&
						warning.message.includes('astro:head-inject')
					)
						return;
					warn(warning);
				},
			},
		},
	},
	server: { port: 4321 },
	devToolbar: { enabled: false },
});

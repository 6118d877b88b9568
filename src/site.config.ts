/**
 * Deployment facts configured in one place: the public URL (canonical links, sitemap, OpenGraph,
 * robots.txt) and the source repository (footer, edit links). Both can be overridden at build time
 * with SITE_URL / REPO_URL / REPO_BRANCH so a fork or a preview deploy does not need a code change.
 */
const env = typeof process === 'undefined' ? {} : process.env;

export const siteConfig = {
	/** Public origin plus base path, with a trailing slash. */
	url: env['SITE_URL'] ?? 'https://xen-kvm-field-guide.github.io/',
	/** Repository web URL, without a trailing slash. */
	repo: env['REPO_URL'] ?? 'https://github.com/xen-kvm-field-guide/xen-kvm-field-guide',
	/** Branch that "edit this page" links and the source link point at. */
	branch: env['REPO_BRANCH'] ?? 'main',
	/** Licence of the prose and data (code is MIT, see LICENSE). */
	contentLicence: {
		name: 'CC BY-SA 4.0',
		url: 'https://creativecommons.org/licenses/by-sa/4.0/',
	},
} as const;

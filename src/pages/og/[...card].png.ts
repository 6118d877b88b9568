import type { APIRoute, GetStaticPaths } from 'astro';
import { getDocPages, getSocialCard } from '../../lib/docs';
import { socialCardFile, type SocialCard } from '../../lib/social-card';
import { renderSocialCard } from '../../node/social-cards';

/** One social card per docs page and language, drawn at build time: `og/<locale>/<slug>.png`. */
export const getStaticPaths = (async () =>
	Promise.all(
		(await getDocPages()).map(async (page) => ({
			params: { card: socialCardFile(page.locale, page.slug).replace(/^og\/|\.png$/g, '') },
			props: { card: await getSocialCard(page) },
		}))
	)) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: SocialCard }> = async ({ props }) =>
	new Response(new Uint8Array(await renderSocialCard(props.card)), {
		headers: { 'Content-Type': 'image/png' },
	});

import { expect, test } from 'vitest';
import { socialCardAlt, socialCardFile, socialCardHtml } from './social-card';

const card = {
	lang: 'zh-CN',
	siteName: 'Xen 与 KVM 虚拟化指南',
	section: 'Xen',
	title: 'PV、HVM 与 <PVH>',
	description: '三种客户机类型',
};

test('a card is filed per locale and page, and its alternative text is what it says', () => {
	expect(socialCardFile('zh-cn', 'xen/pv-vs-hvm/')).toBe('og/zh-cn/xen/pv-vs-hvm.png');
	expect(socialCardFile('en', '')).toBe('og/en/index.png');
	expect(socialCardAlt(card)).toBe('Xen 与 KVM 虚拟化指南 · Xen · PV、HVM 与 <PVH>');
	expect(socialCardAlt({ ...card, section: undefined })).toBe(
		'Xen 与 KVM 虚拟化指南 · PV、HVM 与 <PVH>'
	);
});

test('the card is drawn in the CJK font for Chinese, with its text escaped', () => {
	const html = socialCardHtml(card);
	expect(html).toContain('<html lang="zh-CN">');
	expect(html).toMatch(/font-family: 'Noto Sans CJK SC'/);
	expect(html).toContain('<h1>PV、HVM 与 &lt;PVH&gt;</h1>');
	expect(socialCardHtml({ ...card, lang: 'en' })).toMatch(/font-family: 'Noto Sans',/);
});

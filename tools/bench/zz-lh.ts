import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { serve } from '../lib/static-server.ts';
const [dist, ...paths] = process.argv.slice(2);
const server = await serve(dist!, 4411);
const chrome = await chromeLauncher.launch({ chromePath: '/usr/bin/chromium', chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'], logLevel: 'silent' });
for (const path of paths) for (let i = 0; i < 3; i++) {
	const r = await lighthouse('http://127.0.0.1:4411' + path, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
	const a = r!.lhr.audits;
	console.log(path, 'perf', r!.lhr.categories.performance.score, 'TBT', Math.round(a['total-blocking-time'].numericValue!), 'long', JSON.stringify(((a['long-tasks']?.details as any)?.items ?? []).map((i: any) => [i.url?.slice(-12), Math.round(i.duration)])));
}
await chrome.kill(); server.close();

import { expect, test } from 'vitest';
import { firstSentence, plainTerm, spellings } from './glossary';

test('a term is found by its plain form, the abbreviation in parentheses and its aliases', () => {
	expect(spellings('Event channel (evtchn)', ['event-channel port'])).toEqual([
		'Event channel',
		'evtchn',
		'event-channel port',
	]);
	expect(spellings('虚拟机监控器（VMM）')).toEqual(['虚拟机监控器', 'VMM']);
	// One-character spellings would match inside every word; repeated ones are listed once.
	expect(spellings('Ring (R)', ['Ring'])).toEqual(['Ring']);
	expect(plainTerm('虚拟机监控器（VMM）')).toBe('虚拟机监控器');
});

test('a glossary card shows the first sentence of a definition', () => {
	expect(firstSentence('A guest. It runs on a host.')).toBe('A guest.');
	expect(firstSentence('Runs QEMU from /dev/kvm. Then more.')).toBe('Runs QEMU from /dev/kvm.');
	// Version numbers and a sentence without a following capital do not end it.
	expect(firstSentence('Added in Linux 2.6.20 and kept. since then')).toBe(
		'Added in Linux 2.6.20 and kept. since then'
	);
	expect(firstSentence('直接运行在硬件之上。其余内容。')).toBe('直接运行在硬件之上。');
	expect(firstSentence('One sentence only')).toBe('One sentence only');
});

/**
 * English UI strings: the source of truth for the key set. Every other locale is typed against
 * these keys, so a missing or misspelt key fails `astro check`. Keys are `area.item`; `{name}`
 * placeholders are filled by `t(key, { name })`.
 */
export const en = {
	// Site identity
	'site.title': 'Xen & KVM Field Guide',
	'site.description':
		'A bilingual, cited reference on the Xen and KVM hypervisors: history, Xen guest modes, KVM internals and an honest comparison.',

	// Page chrome
	'skip.toContent': 'Skip to content',
	'parallel.link': 'Side by side',
	'parallel.linkLabel': 'Read this page in English and Chinese side by side',
	'parallel.single': 'This page in English only',
	'header.home': 'Xen & KVM Field Guide, home',
	'header.sections': 'Sections',
	'menu.open': 'Menu',
	'sidebar.label': 'All pages',
	'toc.title': 'On this page',
	'heading.anchor': 'Link to section {heading}',
	'top.label': 'Back to top',
	'code.copy': 'Copy',
	'code.copyLabel': 'Copy code',
	'code.copied': 'Copied',
	'pagination.label': 'Previous and next page',
	'pagination.previous': 'Previous',
	'pagination.next': 'Next',
	'breadcrumbs.label': 'Breadcrumb',

	// Theme
	'theme.label': 'Theme',
	'theme.auto': 'System',
	'theme.light': 'Light',
	'theme.dark': 'Dark',

	// Search
	'search.label': 'Search',
	'search.dialog': 'Search this guide',
	'search.placeholder': 'Search, e.g. hypercall, EPT, KVM_RUN',
	'search.close': 'Close',
	'search.filter': 'Section',
	'search.filter.all': 'All',
	'search.results': 'Results',

	// Diagrams
	'table.label': 'Table',
	'diagram.fullSize': 'Open the diagram full size (SVG)',
	'search.loading': 'Loading the search index…',
	'search.count': '{count} results',
	'search.none': 'No results for “{query}”.',
	'search.otherLanguage': 'Results in {language}',
	'search.error': 'Search could not load. Try again, or browse with the menu.',
	'search.definition': 'Definition',
	'search.didYouMean': 'Did you mean {term}?',
	'search.hint':
		'Use ↑ and ↓ to choose, Enter to open the first result or the one chosen, Esc to close.',

	// Footer
	'footer.licence': 'Text and data are licensed under {licence}; code under the MIT licence.',
	'footer.source': 'Source code and history',
	'footer.sections': 'More',

	// Data blocks rendered from the collections
	'timeline.label': 'Timeline of events',
	'timeline.filter': 'Show track',
	'timeline.all': 'All tracks',
	'timeline.track.xen': 'Xen',
	'timeline.track.kvm': 'KVM',
	'timeline.track.hardware': 'Hardware',
	'timeline.track.linux': 'Linux',
	'timeline.track.cloud': 'Cloud',
	'timeline.count': '{count} events',
	'modes.caption': 'Xen guest modes compared',
	'modes.sources': 'Sources',
	'modes.attribute': 'Attribute',
	'modes.attr.guestKernelModified': 'Guest kernel modified',
	'modes.attr.hardwareNeeded': 'Hardware virtualization needed',
	'modes.attr.privilegedInstructions': 'Privileged instructions',
	'modes.attr.mmu': 'Memory management (MMU)',
	'modes.attr.diskAndNetwork': 'Disk and network',
	'modes.attr.interruptsAndTimers': 'Interrupts and timers',
	'modes.attr.firmwareAndBoot': 'Firmware and boot',
	'modes.attr.qemuNeeded': 'QEMU device model needed',
	'modes.attr.statusToday': 'Status today',
	'kvmModules.caption': 'KVM kernel modules and built-in parts',
	'kvmModules.name': 'Module',
	'kvmModules.kind.module': 'loadable module',
	'kvmModules.kind.built-in': 'built in',
	'kvmModules.architectures': 'Architectures',
	'kvmModules.kconfig': 'Kconfig symbol',
	'kvmModules.role': 'Role',
	'kvmModules.interfaces': 'Main interfaces',
	'kvmModules.since': 'Since Linux',
	'kvmModules.unknown': 'not verified',
	'ioctls.caption': 'Selected KVM ioctls',
	'ioctls.name': 'ioctl',
	'ioctls.class': 'Class',
	'ioctls.class.system': 'system',
	'ioctls.class.vm': 'VM',
	'ioctls.class.vcpu': 'vCPU',
	'ioctls.class.device': 'device',
	'ioctls.purpose': 'Purpose',
	'comparison.caption': 'Xen and KVM compared',
	'comparison.dimension': 'Dimension',
	'glossary.aliases': 'Also called: {aliases}',
	'glossary.see': 'Explained in: {page}',
	'sources.title': 'Sources',
	'sources.separator': ', ',
	'sources.accessed': 'accessed {date}',
	'sources.count': '{count} sources',
	'sources.back': 'Back to the citation',
	'sources.backTo': 'Back to citation {label}',
	'cite.label': 'Source {number}',

	// Xen SUPPORT.md status badges (<XenStatus>): the status names exactly as SUPPORT.md spells them
	'xenStatus.label': 'Xen SUPPORT.md status: ',
	'xenStatus.title': 'SUPPORT.md (Xen {version}), {section}: {status}',
	'xenStatus.separator': ': ',
	'xenStatus.experimental': 'Experimental',
	'xenStatus.techPreview': 'Tech Preview',
	'xenStatus.supported': 'Supported',
	'xenStatus.withCaveats': 'Supported, with caveats',
	'xenStatus.notSecuritySupported': 'Supported, not security supported',
	'xenStatus.securityExternal': 'Supported, Security support external',
	'xenStatus.deprivileged': 'Supported, security supported only when run de-privileged',
	'xenStatus.scopeRestricted': 'Support scope restricted',
	'xenStatus.deprecated': 'Deprecated',

	// Page footer and translation status
	'meta.lastUpdated': 'Last updated: {date}',
	'meta.checked': 'Facts checked {date}',
	'meta.edit': 'Edit this page',
	'meta.editData': 'Edit the data: {file}',
	'meta.history': 'Page history',
	'translation.stale':
		'This translation may be out of date: the {language} page it was translated from has changed since.',
	'translation.readSource': 'Read the {language} page',
	'languageName.en': 'English',
	'languageName.zh-cn': 'Chinese',

	// Error pages
	'notFound.title': 'Page not found',
	'notFound.body':
		'There is no page at this address. It may have moved, or the link that brought you here may be wrong.',
	'notFound.home': 'Go to the home page',
	'notFound.sections': 'Or pick a section:',
} as const;

export type UiKey = keyof typeof en;

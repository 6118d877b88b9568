/**
 * Where each data collection lives, relative to the project root. The content layer loads these
 * paths; pages built from a collection link to the same file from "Edit the data"; the glossary
 * linker and the checks read the glossary from here. Plain data, so Node scripts can import it.
 */
export const dataFiles = {
	sources: 'content/data/sources/',
	history: 'content/data/history.yaml',
	modes: 'content/data/modes.yaml',
	kvmModules: 'content/data/kvm-modules.yaml',
	ioctls: 'content/data/kvm-ioctls.yaml',
	comparison: 'content/data/comparison.yaml',
	glossary: 'content/data/glossary.yaml',
	xenSupport: 'content/data/xen-support.yaml',
} as const;

export type DataCollection = keyof typeof dataFiles;

// Page sizes for connections. Pothos clamps an oversize page silently; a harvester asking for
// 10,000 rows should learn the limit instead of silently getting fewer, so this raises an error.
// Both query paths read the limits from here.
import { PageSizeError } from './errors.js';

interface PageArgs {
  first?: number | null;
  last?: number | null;
}

export interface PageLimits {
  defaultSize: number;
  maxSize: number;
}

export const pageLimits = {
  documents: { defaultSize: 20, maxSize: 100 },
  utterances: { defaultSize: 100, maxSize: 500 },
  persons: { defaultSize: 20, maxSize: 100 },
  small: { defaultSize: 20, maxSize: 100 },
} as const satisfies Record<string, PageLimits>;

/** Pothos connection options that refuse a page over the maximum with PAGE_SIZE_EXCEEDED. */
function pageSize({ defaultSize, maxSize: max }: PageLimits) {
  return {
    defaultSize,
    maxSize: (args: PageArgs) => {
      if (args.first != null && args.first > max) throw new PageSizeError('first', args.first, max);
      if (args.last != null && args.last > max) throw new PageSizeError('last', args.last, max);
      return max;
    },
  };
}

export const pageSizes = {
  documents: pageSize(pageLimits.documents),
  utterances: pageSize(pageLimits.utterances),
  persons: pageSize(pageLimits.persons),
  small: pageSize(pageLimits.small),
} as const;

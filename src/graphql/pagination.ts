// Page sizes for connections. Pothos clamps an oversize page silently; a harvester asking for
// 10,000 rows should learn the limit instead of silently getting fewer, so this raises an error.
import { PageSizeError } from './errors.js';

interface PageArgs {
  first?: number | null;
  last?: number | null;
}

export function pageSize(defaultSize: number, max: number) {
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
  documents: pageSize(20, 100),
  utterances: pageSize(100, 500),
  persons: pageSize(20, 100),
  small: pageSize(20, 100),
} as const;

// Import errors carry the place in the input they are about, so a message reads like a compiler's:
// "seeds/x.txt:12:1: ...". An ImportError stops its document; a Warning does not.

export interface SourcePosition {
  file: string;
  line: number;
  col: number;
}

export function formatPosition({ file, line, col }: SourcePosition): string {
  return `${file}:${line}:${col}`;
}

export class ImportError extends Error {
  override name = 'ImportError';
  constructor(
    readonly position: SourcePosition,
    readonly reason: string,
  ) {
    super(`${formatPosition(position)}: ${reason}`);
  }
}

export interface Warning extends SourcePosition {
  message: string;
}

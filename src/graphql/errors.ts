// Errors a client may see. Each has a stable code in extensions; anything else is masked at the
// edge (src/http/yoga.ts) so no message or stack trace of an internal failure reaches a client.
import { GraphQLError } from 'graphql';

export type ErrorCode = 'BAD_USER_INPUT' | 'INVALID_ID' | 'PAGE_SIZE_EXCEEDED';

export class GatewayError extends GraphQLError {
  constructor(message: string, code: ErrorCode, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...extensions } });
  }
}

export class BadInputError extends GatewayError {
  constructor(message: string, argument?: string) {
    super(message, 'BAD_USER_INPUT', argument ? { argument } : {});
  }
}

export class InvalidIdError extends GatewayError {
  constructor(id: string, expected?: string) {
    super(
      expected ? `"${id}" is not a valid ${expected} ID` : `"${id}" is not a valid global ID`,
      'INVALID_ID',
      { id },
    );
  }
}

export class PageSizeError extends GatewayError {
  constructor(argument: 'first' | 'last', requested: number, max: number) {
    super(
      `${argument}: ${requested} is more than the maximum page size of ${max}`,
      'PAGE_SIZE_EXCEEDED',
      {
        argument,
        max,
      },
    );
  }
}

// Dates as historians write them (calendar days, no time zone) and instants for record keeping.
import { Kind } from 'graphql';
import { builder } from '../builder.js';
import { BadInputError } from '../errors.js';

function parseDate(value: unknown): Date {
  const match = typeof value === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) : null;
  const date = match ? new Date(`${value}T00:00:00.000Z`) : undefined;
  if (!date || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
    throw new BadInputError(
      `Date must be a calendar date written YYYY-MM-DD, got ${JSON.stringify(value)}`,
    );
  }
  return date;
}

builder.scalarType('Date', {
  description: 'A calendar date, ISO 8601 (YYYY-MM-DD), without time zone.',
  serialize: (date) => date.toISOString().slice(0, 10),
  parseValue: parseDate,
  parseLiteral: (ast) => parseDate(ast.kind === Kind.STRING ? ast.value : undefined),
});

function parseDateTime(value: unknown): Date {
  const date = typeof value === 'string' ? new Date(value) : undefined;
  if (!date || Number.isNaN(date.getTime()) || !/^\d{4}-\d{2}-\d{2}T/.test(String(value))) {
    throw new BadInputError(`DateTime must be an ISO 8601 instant, got ${JSON.stringify(value)}`);
  }
  return date;
}

builder.scalarType('DateTime', {
  description: 'An instant, ISO 8601 in UTC (YYYY-MM-DDTHH:mm:ss.sssZ).',
  serialize: (date) => date.toISOString(),
  parseValue: parseDateTime,
  parseLiteral: (ast) => parseDateTime(ast.kind === Kind.STRING ? ast.value : undefined),
});

import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { isIsoDate } from '@bt/domain';

/** A calendar date as ISO-8601 text, YYYY-MM-DD (no time, no zone). Shared by every subgraph. */
export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'Kalenderdatum enligt ISO 8601, ÅÅÅÅ-MM-DD.',
  serialize(value) {
    if (typeof value === 'string' && isIsoDate(value)) return value;
    if (value instanceof Date) return value.toISOString().slice(0, 10);
    throw new GraphQLError(`Ogiltigt datum: ${String(value)}`);
  },
  parseValue(value) {
    if (typeof value === 'string' && isIsoDate(value)) return value;
    throw new GraphQLError(`Ogiltigt datum "${String(value)}": ange ÅÅÅÅ-MM-DD.`);
  },
  parseLiteral(ast) {
    if (ast.kind === Kind.STRING && isIsoDate(ast.value)) return ast.value;
    throw new GraphQLError('Ogiltigt datum: ange ÅÅÅÅ-MM-DD.');
  },
});

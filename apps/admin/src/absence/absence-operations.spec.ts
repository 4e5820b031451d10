/** @jest-environment node */
import fs from 'node:fs';
import path from 'node:path';
import { buildASTSchema, parse, validate } from 'graphql';
import { transformSupergraphToPublicSchema } from '@theguild/federation-composition';
import * as operations from './absence-operations';

const SUPERGRAPH = path.resolve(__dirname, '../../../gateway/supergraph.graphql');
const schema = buildASTSchema(transformSupergraphToPublicSchema(parse(fs.readFileSync(SUPERGRAPH, 'utf8'))));

/** The absence documents share their field lists (interpolated), which graphql-documents.spec skips: they are checked here, whole. */
const documents = Object.entries(operations as Record<string, unknown>).filter(
  (entry): entry is [string, string] => typeof entry[1] === 'string' && /^\s*(query|mutation)\b/.test(entry[1]),
);

describe('the absence screens’ GraphQL documents against the supergraph', () => {
  it('finds every document', () => {
    expect(documents.map(([name]) => name).sort()).toEqual([
      'ABSENCE_APPLICATION_PAGE',
      'ABSENCE_PROJECTION',
      'APPLY_FOR_ABSENCE',
      'APPROVE_ABSENCE',
      'RECORD_PLACEMENT_ABSENCE_JUDGEMENT',
      'REFUSE_ABSENCE',
      'TRAINEE_ABSENCE',
      'TRAINEE_SERVICE_LEDGER',
      'WITHDRAW_ABSENCE',
    ]);
  });

  it.each(documents)('%s is valid', (_name, document) => {
    expect(validate(schema, parse(document)).map((error) => error.message)).toEqual([]);
  });
});

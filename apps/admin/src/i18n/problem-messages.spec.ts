/** @jest-environment node */
import fs from 'node:fs';
import path from 'node:path';
import { problemMessagesEn } from './problem-messages.en';

const ROOT = path.resolve(__dirname, '../../../..');
/** A quoted code in upper snake case. */
const CODE = `['"][A-Z][A-Z0-9_]*['"]`;
const STRING_OR_NAME = '(?:\'[^\']*\'|"[^"]*"|`[^`]*`|[\\w.]+)';
/** GraphQL's own `extensions.code` values: not problem codes. */
const GRAPHQL_CODES = new Set([
  'BAD_USER_INPUT',
  'FORBIDDEN',
  'UNAUTHENTICATED',
  'UNAVAILABLE',
  'INTERNAL_SERVER_ERROR',
  'GRAPHQL_VALIDATION_FAILED',
  'GRAPHQL_PARSE_FAILED',
]);
/**
 * Where the backend names a refusal's code (each pattern captures the text holding it): the first
 * argument of problem(…) and of helpers named …Problem(…) (also a code chosen there,
 * `problem(long ? 'TEXT_TOO_LONG' : 'TEXT_REQUIRED', …)`), forbidden(message, 'CODE', …), parameter
 * defaults `code = 'CODE'`, and codes handed to problem() as a value (`code: 'SOME_CODE'`, with an
 * underscore, unlike goal codes such as BT7).
 */
const PATTERNS = [
  /\b\w*[pP]roblem\(([^,]*?),/g,
  new RegExp(`\\b(?:forbidden|unauthenticated)\\(\\s*${STRING_OR_NAME}\\s*,\\s*(${CODE})`, 'g'),
  new RegExp(`\\bcode\\s*=\\s*(${CODE})`, 'g'),
  /\bcode:\s*(['"][A-Z][A-Z0-9]*_[A-Z0-9_]+['"])/g,
];

function sources(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sources(file);
    return /\.tsx?$/.test(entry.name) && !/\.(spec|test)\.tsx?$/.test(entry.name) ? [file] : [];
  });
}

/** Every problem code the backend can produce, with the file that names it. */
function backendProblemCodes(): Map<string, string> {
  const libs = fs.readdirSync(path.join(ROOT, 'libs')).map((lib) => path.join(ROOT, 'libs', lib, 'src'));
  const subgraphs = ['employment', 'education', 'certification'].map((app) => path.join(ROOT, 'apps', app, 'src'));
  const codes = new Map<string, string>();
  for (const file of [...libs, ...subgraphs].flatMap(sources)) {
    const text = fs.readFileSync(file, 'utf8');
    const found = PATTERNS.flatMap((pattern) => [...text.matchAll(pattern)].flatMap(([, holding]) => [...holding.matchAll(new RegExp(CODE, 'g'))]));
    for (const [quoted] of found) {
      const code = quoted.slice(1, -1);
      if (!GRAPHQL_CODES.has(code) && !codes.has(code)) codes.set(code, path.relative(ROOT, file));
    }
  }
  return codes;
}

describe('the refusals in English', () => {
  const codes = backendProblemCodes();

  it('finds the codes the backend names (the scan itself works)', () => {
    expect([...codes.keys()]).toEqual(expect.arrayContaining(['SITE_NOT_IN_SCOPE', 'NOT_PERMITTED', 'NOT_SIGNED_IN', 'SERVICE_UNAVAILABLE']));
  });

  it('translate every problem code the backend can produce (add the missing ones to problem-messages.en.ts)', () => {
    const missing = [...codes].filter(([code]) => !problemMessagesEn[code]).map(([code, file]) => `${code} (${file})`);
    expect(missing).toEqual([]);
  });

  it('say nothing internal: no rule ids, no argument names in placeholders other than the params', () => {
    for (const [code, text] of Object.entries(problemMessagesEn)) {
      // a rule id such as REC-1; the encodings UTF-8 and UTF-16 (named as Excel names its file formats) are none
      expect({ code, ruleId: /\b(?!UTF-(?:8|16)\b)[A-Z]{2,5}-\d+\b/.test(text) }).toEqual({ code, ruleId: false });
      expect({ code, blank: text.trim() === '' }).toEqual({ code, blank: false });
    }
  });
});

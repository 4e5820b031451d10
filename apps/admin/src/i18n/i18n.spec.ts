/** @jest-environment node */
import fs from 'node:fs';
import path from 'node:path';
import englishMessages from 'ra-language-english';
import { messages } from './i18n-provider';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const result = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string') result.set(`${prefix}${key}`, value);
    else for (const [k, v] of flatten(value, `${prefix}${key}.`)) result.set(k, v);
  }
  return result;
}

const placeholders = (text: string) => [...text.matchAll(/%\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('translations', () => {
  const sv = flatten(messages.sv as unknown as Tree);
  const en = flatten(messages.en as unknown as Tree);

  it('have every key in Swedish and in English (refusals in Swedish are the server’s own messages)', () => {
    expect([...sv.keys()].filter((key) => !en.has(key))).toEqual([]);
    expect([...en.keys()].filter((key) => !sv.has(key) && !key.startsWith('bt.problems.'))).toEqual([]);
  });

  it("translate all of react-admin's own messages into Swedish", () => {
    const raKeys = [...flatten(englishMessages as unknown as Tree).keys()];
    expect(raKeys.length).toBeGreaterThan(100);
    expect(raKeys.filter((key) => !sv.has(key))).toEqual([]);
  });

  it('leave no text empty and keep the same placeholders in both languages', () => {
    for (const [key, text] of sv) {
      if (key !== 'ra.boolean.null') expect({ key, empty: text.trim() === '' }).toEqual({ key, empty: false });
      expect({ key, placeholders: placeholders(text) }).toEqual({ key, placeholders: placeholders(en.get(key)!) });
    }
  });

  it('name all 18 goals and every role in both languages', () => {
    for (let i = 1; i <= 18; i += 1) expect(sv.get(`goals.BT${i}`)).toBeTruthy();
    expect(sv.get('roles.DIRECTOR')).toBe('AT/BT-chef');
    expect(en.get('roles.DIRECTOR')).toBe('AT/BT director');
  });

  it('have every key the dashboard’s code names literally', () => {
    const groups = Object.keys(messages.sv).join('|');
    const keyPattern = new RegExp(`['"\`]((?:${groups})\\.[A-Za-z0-9_.]*[A-Za-z0-9_])['"\`]`, 'g');
    const sources = (dir: string): string[] =>
      fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
        const file = path.join(dir, entry.name);
        if (entry.isDirectory()) return entry.name === 'i18n' ? [] : sources(file);
        return /\.tsx?$/.test(entry.name) && !entry.name.includes('.spec.') ? [file] : [];
      });
    const missing = new Set<string>();
    for (const file of sources(path.resolve(__dirname, '..'))) {
      for (const [, key] of fs.readFileSync(file, 'utf8').matchAll(keyPattern)) {
        if (!sv.has(key) && ![...sv.keys()].some((known) => known.startsWith(`${key}.`))) missing.add(`${path.basename(file)}: ${key}`);
      }
    }
    expect([...missing]).toEqual([]);
  });
});

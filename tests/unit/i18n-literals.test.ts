// Fails when a component renders English that does not come from the catalog: JSX text, and the
// attributes a user reads or hears (aria-label, title, placeholder, alt...), given as a string or
// a template literal. The .tsx files under src are parsed with Vite's parser (oxc): TypeScript 7
// has no compiler API. Names of keys, acronyms and the product name are not translated.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseSync } from 'vite';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '../../src');
const READ_ATTRIBUTES = new Set(['aria-label', 'aria-description', 'aria-roledescription', 'aria-placeholder', 'aria-valuetext', 'title', 'placeholder', 'alt', 'label']);
// Words that stay as they are in every language: keys on the keyboard, acronyms, the product.
const UNTRANSLATED = /\b(Ctrl|Cmd|Shift|Alt|Delete|Enter|Esc|Escape|Space|F2|NPS|CSAT|CES|CSV|PNG|JSON|CX|Waymark)\b/g;

/** Text a person would read as words: two letters of the Latin alphabet in a row, once the untranslated words are gone. */
const isWords = (text: string) => /[A-Za-z]{2,}/.test(text.replace(UNTRANSLATED, ''));

type Node = { type: string; start: number; [key: string]: unknown };

function tsxFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return tsxFiles(path);
    return entry.name.endsWith('.tsx') ? [path] : [];
  });
}

/** Each bare literal in one file, as "line: text". */
export function bareLiterals(file: string, source: string): string[] {
  const { program, errors } = parseSync(file, source, { lang: 'tsx' } as never);
  if (errors.length) throw new Error(`${file}: ${errors[0]?.message}`);
  const found: string[] = [];
  const line = (node: Node) => source.slice(0, node.start).split('\n').length;
  const stringsOf = (node: Node | null | undefined): string[] => {
    if (!node) return [];
    if (node.type === 'Literal' && typeof node.value === 'string') return [node.value];
    if (node.type === 'TemplateLiteral') return (node.quasis as { value: { cooked: string } }[]).map((q) => q.value.cooked);
    if (node.type === 'JSXExpressionContainer') return stringsOf(node.expression as Node);
    if (node.type === 'ConditionalExpression') return [...stringsOf(node.consequent as Node), ...stringsOf(node.alternate as Node)];
    if (node.type === 'LogicalExpression') return stringsOf(node.right as Node);
    return [];
  };
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (typeof node !== 'object' || node === null) return;
    const n = node as Node;
    if (n.type === 'JSXText' && isWords(String(n.value))) found.push(`${line(n)}: ${String(n.value).trim()}`);
    if (n.type === 'JSXExpressionContainer' && (n.expression as Node).type !== 'JSXEmptyExpression') {
      // {'text'} or {`text`} as a child
      const expression = n.expression as Node;
      if (expression.type === 'Literal' || expression.type === 'TemplateLiteral') {
        for (const text of stringsOf(expression)) if (isWords(text)) found.push(`${line(n)}: ${text}`);
      }
    }
    if (n.type === 'JSXAttribute') {
      const name = (n.name as { name?: string }).name ?? '';
      if (READ_ATTRIBUTES.has(name)) for (const text of stringsOf(n.value as Node)) if (isWords(text)) found.push(`${line(n)}: ${name}="${text}"`);
      return;
    }
    for (const [key, value] of Object.entries(n)) if (key !== 'type') visit(value);
  };
  visit(program);
  return found;
}

describe('bare string literals in components', () => {
  it('finds text, attributes and template literals, and lets keys, acronyms and variables pass', () => {
    const source = `const a = <p title="Hello there" aria-label={\`\${x} (Ctrl+Z)\`}>Some words {t.x} {'More'} NPS</p>;`;
    expect(bareLiterals('x.tsx', source)).toEqual(['1: title="Hello there"', '1: Some words', '1: More']);
  });

  it('finds none under src: every word a user meets comes from the catalog', () => {
    const found = tsxFiles(ROOT).flatMap((file) => bareLiterals(file, readFileSync(file, 'utf8')).map((hit) => `${relative(ROOT, file)}:${hit}`));
    expect(found).toEqual([]);
  });
});

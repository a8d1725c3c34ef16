// Build-time step of the catalogs: every ICU message in src/i18n/{en,th,zh,fa}.ts is parsed here
// into intl-messageformat's AST, so the browser gets parsed messages and never the ICU parser
// (the build aliases it to its `no-parser` stub), and an invalid message fails the build.
// Only message positions are touched: property values, string arrays, and the first argument of
// `msg(...)`; keys and code inside `prepare` functions stay as written.
import { parse, TYPE } from '@formatjs/icu-messageformat-parser';
import { parseAst, type Plugin } from 'vite';

const CATALOG = /\/src\/i18n\/(en|th|zh|fa)\.ts$/;

type Node = { type: string; start: number; end: number; [key: string]: unknown };

const stringValue = (node: Node): string | undefined => {
  if (node.type === 'Literal' && typeof node.value === 'string') return node.value;
  if (node.type === 'TemplateLiteral' && (node.expressions as Node[]).length === 0) {
    return ((node.quasis as { value: { cooked: string } }[])[0]?.value.cooked) ?? '';
  }
  return undefined;
};

/** The ranges of message strings in a catalog module's code, with their parsed form. */
export function compileCatalogCode(code: string, file: string): string {
  const edits: { start: number; end: number; text: string }[] = [];
  const compile = (node: Node) => {
    const icu = stringValue(node);
    if (icu === undefined) return;
    try {
      const ast = parse(icu, { ignoreTag: true, shouldParseSkeletons: true });
      // Plain text stays a string (the runtime shows a string without braces as it is): smaller.
      const plain = ast.every((element) => element.type === TYPE.literal) && ast.map((element) => (element as { value: string }).value).join('') === icu;
      if (plain && !/[{}]/.test(icu)) return;
      edits.push({ start: node.start, end: node.end, text: JSON.stringify({ $ast: ast }) });
    } catch (error) {
      throw new Error(`${file}: invalid ICU message ${JSON.stringify(icu)}: ${(error as Error).message}`);
    }
  };
  const visitValue = (node: Node | null | undefined) => {
    if (!node) return;
    if (node.type === 'ObjectExpression') {
      for (const property of node.properties as Node[]) if (property.type === 'Property') visitValue(property.value as Node);
    } else if (node.type === 'ArrayExpression') {
      for (const element of node.elements as Node[]) compile(element);
    } else if (node.type === 'CallExpression' && (node.callee as Node & { name?: string }).name === 'msg') {
      const [icu] = node.arguments as Node[];
      if (icu) compile(icu);
    } else if (node.type === 'TSAsExpression' || node.type === 'TSSatisfiesExpression' || node.type === 'ParenthesizedExpression') {
      visitValue(node.expression as Node);
    } else {
      compile(node);
    }
  };
  const program = parseAst(code, { lang: 'ts' } as never) as unknown as { body: Node[] };
  for (const statement of program.body) {
    const declaration = statement.type === 'ExportNamedDeclaration' ? (statement.declaration as Node | null) : statement;
    if (declaration?.type !== 'VariableDeclaration') continue;
    for (const declarator of declaration.declarations as Node[]) {
      if ((declarator.init as Node | null)?.type === 'ObjectExpression' || (declarator.init as Node | null)?.type?.startsWith('TS')) {
        visitValue(declarator.init as Node);
      }
    }
  }
  let out = code;
  for (const edit of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  return out;
}

export function icuCatalogs(): Plugin {
  return {
    name: 'waymark-icu-catalogs',
    enforce: 'pre',
    transform(code, id) {
      if (!CATALOG.test(id.split('?')[0] ?? '')) return undefined;
      return { code: compileCatalogCode(code, id), map: null };
    },
  };
}

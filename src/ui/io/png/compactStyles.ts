// html-to-image (pinned at 1.11.11) copies every computed CSS property (about 400) of every
// element into the picture's SVG: a 300-touchpoint map made a 117 MB SVG that took 18 s to
// build and draw. It uses `getComputedStyle(el).cssText` instead when that is not empty
// (Chromium returns ""), so while it clones, this gives it a cssText with only the properties
// the clone needs: those that differ from what the element would get anyway, from inheritance
// or from the browser's defaults for its tag. The picture is the same; the SVG is ~15× smaller.
//
// A property is left out only when leaving it out cannot change the clone's value:
// - inherited (a list of properties the CSS specifications define as inherited, not overridden
//   by the browser's stylesheet for that tag): left out when equal to the parent's value;
// - any other: left out when equal both to the tag's default and to the parent's value (so a
//   property wrongly thought not inherited is still right).
// The root of the picture keeps everything: its parent in the SVG is not its parent here.

const INHERITED = new Set([
  'border-collapse', 'border-spacing', 'caption-side', 'caret-color', 'clip-rule', 'color', 'color-interpolation',
  'color-interpolation-filters', 'color-rendering', 'color-scheme', 'cursor', 'direction', 'dominant-baseline', 'empty-cells',
  'fill', 'fill-opacity', 'fill-rule', 'font-family', 'font-feature-settings', 'font-kerning', 'font-optical-sizing',
  'font-palette', 'font-size', 'font-size-adjust', 'font-stretch', 'font-style', 'font-synthesis-small-caps',
  'font-synthesis-style', 'font-synthesis-weight', 'font-variant', 'font-variant-alternates', 'font-variant-caps',
  'font-variant-east-asian', 'font-variant-emoji', 'font-variant-ligatures', 'font-variant-numeric', 'font-variant-position',
  'font-variation-settings', 'font-weight', 'hyphenate-character', 'hyphenate-limit-chars', 'hyphens', 'image-orientation',
  'image-rendering', 'letter-spacing', 'line-break', 'line-height', 'list-style-image', 'list-style-position', 'list-style-type',
  'marker-end', 'marker-mid', 'marker-start', 'math-depth', 'math-shift', 'math-style', 'orphans', 'overflow-wrap',
  'paint-order', 'pointer-events', 'print-color-adjust', 'quotes', 'ruby-position', 'shape-rendering', 'speak',
  'stroke', 'stroke-dasharray', 'stroke-dashoffset', 'stroke-linecap', 'stroke-linejoin', 'stroke-miterlimit',
  'stroke-opacity', 'stroke-width', 'tab-size', 'text-align', 'text-align-last', 'text-anchor', 'text-decoration-skip-ink',
  'text-emphasis-color', 'text-emphasis-position', 'text-emphasis-style', 'text-indent', 'text-orientation',
  'text-rendering', 'text-shadow', 'text-size-adjust', 'text-transform', 'text-underline-offset', 'text-underline-position',
  'text-wrap-mode', 'text-wrap-style', 'visibility', 'white-space-collapse', 'widows', 'word-break', 'word-spacing',
  'writing-mode', '-webkit-border-horizontal-spacing', '-webkit-border-vertical-spacing', '-webkit-font-smoothing',
  '-webkit-hyphenate-character', '-webkit-locale', '-webkit-rtl-ordering', '-webkit-tap-highlight-color',
  '-webkit-text-combine', '-webkit-text-fill-color', '-webkit-text-orientation', '-webkit-text-security',
  '-webkit-text-stroke-color', '-webkit-text-stroke-width', '-webkit-user-modify', '-webkit-writing-mode',
]);

type Defaults = { own: Map<string, string>; parent: Map<string, string> };

function snapshot(style: CSSStyleDeclaration): Map<string, string> {
  const values = new Map<string, string>();
  for (let i = 0; i < style.length; i++) {
    const name = style.item(i);
    values.set(name, style.getPropertyValue(name));
  }
  return values;
}

/** Computed defaults per tag, from a bare document (an iframe with no stylesheet). */
class DefaultStyles {
  private frame: HTMLIFrameElement;
  private cache = new Map<string, Defaults>();

  constructor() {
    this.frame = document.createElement('iframe');
    this.frame.setAttribute('aria-hidden', 'true');
    this.frame.tabIndex = -1;
    this.frame.style.cssText = 'position:fixed;left:-10000px;top:0;width:100px;height:100px;border:0;visibility:hidden';
    document.body.append(this.frame);
    const body = this.frame.contentDocument?.body;
    // An odd font size, so that em-based defaults (h1's margins) never equal a real value by chance.
    if (body) body.style.fontSize = '13.37px';
  }

  of(element: Element): Defaults | null {
    const sandbox = this.frame.contentDocument;
    const view = this.frame.contentWindow;
    if (!sandbox?.body || !view) return null;
    const key = `${element.namespaceURI}|${element.localName}`;
    let defaults = this.cache.get(key);
    if (!defaults) {
      const svg = element.namespaceURI === 'http://www.w3.org/2000/svg' && element.localName !== 'svg';
      const parent = svg ? sandbox.createElementNS('http://www.w3.org/2000/svg', 'svg') : sandbox.body;
      if (svg) sandbox.body.append(parent);
      const probe = sandbox.createElementNS(element.namespaceURI, element.localName);
      parent.append(probe);
      defaults = { own: snapshot(view.getComputedStyle(probe)), parent: snapshot(view.getComputedStyle(parent)) };
      probe.remove();
      if (svg) parent.remove();
      this.cache.set(key, defaults);
    }
    return defaults;
  }

  dispose() {
    this.frame.remove();
  }
}

/**
 * Logical properties (inline-size, margin-block-start, …): the computed style lists each one next
 * to the physical property it maps to, with the same value, so the physical one is enough.
 */
const LOGICAL = /^(?:(?:min|max)-)?(?:block|inline)-size$|-(?:block|inline)(?:-|$)/;
/** Set by html-to-image itself after cssText; and only meaningful with a perspective. */
const SET_ELSEWHERE = new Set(['transform-origin']);

/** The properties worth copying: every computed property but custom, logical and transform-origin ones. */
function copiedProperties(style: CSSStyleDeclaration): string[] {
  const names: string[] = [];
  for (let i = 0; i < style.length; i++) {
    const name = style.item(i);
    // Custom properties (React Flow sets about fifty): their var() uses are already resolved in the computed values.
    if (!name.startsWith('--') && !LOGICAL.test(name) && !SET_ELSEWHERE.has(name)) names.push(name);
  }
  return names;
}

/**
 * The declarations an element needs in a clone: `values` are its computed values (aligned with
 * `names`), `parent` its parent's (null for the root, which keeps everything).
 */
export function neededDeclarations(names: readonly string[], values: readonly string[], parent: readonly string[] | null, defaults: Defaults | null): string {
  const out: string[] = [];
  const at = (name: string) => values[names.indexOf(name)];
  const color = at('color');
  const defaultColor = defaults?.own.get('color');
  const noPerspective = at('perspective') === 'none';
  for (let i = 0; i < names.length; i++) {
    const name = names[i]!;
    const value = values[i]!;
    if (parent && defaults && name !== 'display') {
      if (name === 'perspective-origin' && noPerspective) continue;
      const fromParent = parent[i];
      const fallback = defaults.own.get(name);
      const inherited = INHERITED.has(name);
      if (inherited && fallback === defaults.parent.get(name)) {
        if (value === fromParent) continue;
      } else {
        if (value === fallback && value === fromParent) continue;
        // Border, outline and decoration colours default to currentcolor: the element's colour is enough.
        if (!inherited && name !== 'color' && fallback === defaultColor && value === color) continue;
      }
    }
    out.push(`${name}: ${value};`);
  }
  return out.join(' ');
}

/**
 * Runs `clone` (html-to-image) with a getComputedStyle that gives elements inside `root` a
 * compact cssText. Every other use of getComputedStyle in the meantime is untouched.
 */
export async function withCompactStyles<T>(root: Element, clone: () => Promise<T>): Promise<T> {
  const original = window.getComputedStyle;
  const defaults = new DefaultStyles();
  const names = copiedProperties(original.call(window, root));
  // Each element's values are read once: html-to-image asks for children before their parent.
  const read = new WeakMap<Element, string[]>();
  const valuesOf = (element: Element) => {
    let values = read.get(element);
    if (!values) {
      const style = original.call(window, element);
      values = names.map((name) => style.getPropertyValue(name));
      read.set(element, values);
    }
    return values;
  };
  window.getComputedStyle = function compactComputedStyle(element: Element, pseudo?: string | null): CSSStyleDeclaration {
    const style = original.call(window, element, pseudo);
    if (pseudo || !(element instanceof Element) || !root.contains(element)) return style;
    let cssText: string | null = null;
    return new Proxy(style, {
      get(target, property) {
        if (property === 'cssText') {
          const parent = element === root || !element.parentElement ? null : valuesOf(element.parentElement);
          cssText ??= neededDeclarations(names, valuesOf(element), parent, defaults.of(element));
          return cssText;
        }
        const value: unknown = Reflect.get(target, property, target);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
  } as typeof window.getComputedStyle;
  try {
    return await clone();
  } finally {
    window.getComputedStyle = original;
    defaults.dispose();
  }
}

// Tiny helpers over hast (the HTML syntax tree rehype-parse gives).
import type { Element, ElementContent, Root, RootContent, Text } from 'hast';

export type Parent = Root | Element;

export const isElement = (node: RootContent | Root | undefined, name?: string): node is Element =>
  node?.type === 'element' && (name === undefined || node.tagName === name);

export const el = (tagName: string, properties: Element['properties'] = {}, children: ElementContent[] = []): Element => ({
  type: 'element',
  tagName,
  properties,
  children,
});

export const text = (value: string): Text => ({ type: 'text', value });

/** The class names of an element. */
export function classes(node: Element): string[] {
  const value = node.properties.className;
  if (Array.isArray(value)) return value.map(String);
  return typeof value === 'string' ? String(value).split(' ') : [];
}

export const hasClass = (node: Element, name: string) => classes(node).includes(name);

export function prop(node: Element, name: string): string | undefined {
  const value = node.properties[name];
  return value === undefined || value === null ? undefined : Array.isArray(value) ? value.join(' ') : String(value);
}

/** The text of a subtree. */
export function textOf(node: RootContent | Root): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element' || node.type === 'root') return node.children.map((c) => textOf(c as RootContent)).join('');
  return '';
}

/** Every element of a subtree, depth first, parents before children. */
export function* elements(node: Parent): Generator<Element> {
  for (const c of node.children) {
    if (c.type !== 'element') continue;
    yield c;
    yield* elements(c);
  }
}

/** Rebuilds every element's children bottom-up with `replace`, which may return several nodes or none. */
export function transform(node: Parent, replace: (child: Element, parent: Parent) => ElementContent[] | undefined): void {
  const out: ElementContent[] = [];
  for (const c of node.children as ElementContent[]) {
    if (c.type !== 'element') {
      out.push(c);
      continue;
    }
    transform(c, replace);
    const replaced = replace(c, node);
    if (replaced) out.push(...replaced);
    else out.push(c);
  }
  node.children = out as never;
}

import type { Budget } from './budget.ts';
import { unlimited } from './budget.ts';
import type { Candidate } from './candidate.ts';
import { candidatesFromNodes, type SchemaNode, type SchemaValue } from './schema-node.ts';
import { localType } from './schema-types.ts';

type Json = Record<string, unknown>;
const MAX_SCRIPT = 1_000_000;

/** Converts parsed JSON-LD into schema nodes; `@id` references to nodes defined elsewhere are followed. */
export function jsonLdNodes(doc: unknown): SchemaNode[] {
  const byId = new Map<string, Json>();
  const built = new Map<Json, SchemaNode>();
  const index = (v: unknown, depth: number) => {
    if (depth > 30 || v === null || typeof v !== 'object') return;
    if (Array.isArray(v)) return v.forEach((x) => index(x, depth + 1));
    const o = v as Json;
    if (typeof o['@id'] === 'string' && Object.keys(o).length > 1) byId.set(o['@id'], o);
    for (const x of Object.values(o)) index(x, depth + 1);
  };
  index(doc, 0);
  const convert = (o: Json, depth: number): SchemaNode => {
    const done = built.get(o);
    if (done) return done;
    const node: SchemaNode = { types: [], props: new Map() };
    built.set(o, node);
    const t = o['@type'];
    node.types = (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string');
    for (const [key, raw] of Object.entries(o)) {
      if (key.startsWith('@')) continue;
      const values: SchemaValue[] = [];
      for (const v of Array.isArray(raw) ? raw : [raw]) {
        const value = toValue(v, depth);
        if (value !== undefined) values.push(value);
      }
      if (values.length) node.props.set(localType(key), values);
    }
    return node;
  };
  const toValue = (v: unknown, depth: number): SchemaValue | undefined => {
    if (typeof v === 'string') return v;
    if (typeof v === 'number') return String(v);
    if (!v || typeof v !== 'object' || Array.isArray(v) || depth > 20) return undefined;
    const o = v as Json;
    if ('@value' in o) return typeof o['@value'] === 'string' || typeof o['@value'] === 'number' ? String(o['@value']) : undefined;
    const keys = Object.keys(o);
    if (keys.length === 1 && typeof o['@id'] === 'string') {
      const target = byId.get(o['@id']);
      return target ? convert(target, depth + 1) : o['@id'];
    }
    return convert(o, depth + 1);
  };
  const roots: SchemaNode[] = [];
  const collect = (v: unknown) => {
    for (const item of Array.isArray(v) ? v : [v]) {
      if (!item || typeof item !== 'object' || Array.isArray(item)) continue;
      const o = item as Json;
      if (Array.isArray(o['@graph'])) collect(o['@graph']);
      if (o['@type'] || Object.keys(o).some((k) => !k.startsWith('@'))) roots.push(convert(o, 0));
    }
  };
  collect(doc);
  return roots;
}

/** schema.org Person and Organization nodes from `<script type="application/ld+json">` blocks. Malformed blocks are skipped. */
export function extractJsonLd(root: ParentNode, budget: Budget = unlimited): Candidate[] {
  const nodes: SchemaNode[] = [];
  for (const script of Array.from(root.querySelectorAll('script[type="application/ld+json" i]')).slice(0, 50)) {
    if (budget.expired()) break;
    const source = script.textContent ?? '';
    if (source.length > MAX_SCRIPT) continue;
    try {
      // Some sites wrap the JSON in CDATA or HTML comments.
      nodes.push(...jsonLdNodes(JSON.parse(source.replace(/^\s*(<!--|(?:\/\/\s*)?<!\[CDATA\[)|(-->|(?:\/\/\s*)?\]\]>)\s*$/g, ''))));
    } catch {
      continue;
    }
  }
  return candidatesFromNodes(nodes, 'json-ld');
}

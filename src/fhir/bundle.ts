import type { Bundle, BundleEntry, Reference, Resource } from '@medplum/fhirtypes';

/** Where a collection Bundle's fullUrls point unless told: a base that never resolves. */
export const DEFAULT_FULL_URL_BASE = 'https://kozoka.invalid/fhir';

export interface BundleOptions {
  /**
   * Base of each entry's fullUrl in collection Bundles (`<base>/<Type>/<id>`), against
   * which the resources' relative references resolve; give your server's base.
   */
  fullUrlBase?: string;
}

/**
 * A `collection` Bundle: the resources as they are, each with a fullUrl, so that the
 * relative references between them (`Patient/…`, `Condition/…`) resolve in the Bundle.
 */
export function collectionBundle(resources: readonly Resource[], options: BundleOptions = {}): Bundle {
  const fullUrl = fullUrlOf(options);
  return {
    resourceType: 'Bundle',
    type: 'collection',
    entry: resources.map((resource): BundleEntry => ({ fullUrl: fullUrl(resource), resource })),
  };
}

/** `<base>/<Type>/<id>`: where the resources' relative references resolve. */
function fullUrlOf(options: BundleOptions): (r: Resource) => string {
  const base = (options.fullUrlBase ?? DEFAULT_FULL_URL_BASE).replace(/\/+$/, '');
  return (r) => `${base}/${r.resourceType}/${r.id}`;
}

/**
 * A `transaction` Bundle of `PUT <Type>/<id>` entries: the ids are deterministic, so
 * loading the same notes twice updates the resources instead of duplicating them.
 * FullUrls are absolute under `fullUrlBase`, as in a collection Bundle.
 */
export function transactionBundle(resources: readonly Resource[], options: BundleOptions = {}): Bundle {
  const fullUrl = fullUrlOf(options);
  return {
    resourceType: 'Bundle',
    type: 'transaction',
    entry: resources.map((resource): BundleEntry => ({
      fullUrl: fullUrl(resource),
      resource,
      request: { method: 'PUT', url: `${resource.resourceType}/${resource.id}` },
    })),
  };
}

/** The `Patient/<id>` a resource belongs to, if it names one. */
function patientOf(resource: Resource): string | undefined {
  if (resource.resourceType === 'Patient') return `Patient/${resource.id}`;
  const r = resource as { subject?: Reference; patient?: Reference };
  const reference = r.subject?.reference ?? r.patient?.reference;
  return reference?.startsWith('Patient/') ? reference : undefined;
}

/**
 * Resources grouped per patient, in first-seen order. A Provenance goes with the
 * patient of its first target; resources naming no patient form a group of their own.
 */
export function groupByPatient(resources: readonly Resource[]): Resource[][] {
  const byId = new Map<string, string>();
  for (const r of resources) {
    const p = patientOf(r);
    if (p) byId.set(`${r.resourceType}/${r.id}`, p);
  }
  const groups = new Map<string, Resource[]>();
  for (const r of resources) {
    const p = patientOf(r) ?? (r.resourceType === 'Provenance' ? byId.get(r.target[0]?.reference ?? '') : undefined) ?? '';
    let g = groups.get(p);
    if (!g) groups.set(p, (g = []));
    g.push(r);
  }
  return [...groups.values()];
}

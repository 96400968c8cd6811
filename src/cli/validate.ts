import { createReadStream, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import type { Bundle, Resource } from '@medplum/fhirtypes';
import { loadFhirValidator, type FhirIssue } from '../fhir/validate.js';
import { UsageError } from './io.js';

export const VALIDATE_HELP = `Usage: kozoka validate <ndjson-folder|file.ndjson|bundle.json|bundles.jsonl…> [options]

Validates FHIR R4 resources as kozoka does in its tests: against base R4 and each
profile in meta.profile that kozoka ships (mCODE STU4 and its own extension), with
Medplum's validator. Bundles are checked entry by entry. Terminology bindings are
not checked; JP Core profiles are listed as not checked (not available offline).

Options:
  --json      one JSON line per issue on stdout instead of text
  --quiet     no summary on stderr
Exit codes: 0 no errors, 1 errors found (or unreadable input), 2 usage.`;

interface Item {
  where: string;
  value: unknown;
}

async function* items(path: string): AsyncGenerator<Item> {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat) throw new UsageError(`${path}: no such file or folder`);
  if (stat.isDirectory()) {
    const files = readdirSync(path).filter((f) => f.endsWith('.ndjson')).sort();
    if (!files.length) throw new UsageError(`${path}: no .ndjson files in the folder`);
    for (const f of files) yield* items(join(path, f));
    return;
  }
  if (path.endsWith('.json')) {
    yield { where: path, value: JSON.parse(readFileSync(path, 'utf8')) };
    return;
  }
  let line = 0;
  for await (const text of createInterface({ input: createReadStream(path), crlfDelay: Infinity })) {
    line++;
    if (text.trim()) yield { where: `${path}:${line}`, value: JSON.parse(text) };
  }
}

/** `kozoka validate`: returns the exit code. */
export async function runValidate(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      json: { type: 'boolean', default: false },
      quiet: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(VALIDATE_HELP + '\n');
    return 0;
  }
  if (!positionals.length) throw new UsageError('no inputs: give an NDJSON folder, .ndjson files or Bundle files');
  const validator = await loadFhirValidator();
  const byType: Record<string, number> = {};
  const notChecked = new Map<string, number>();
  let errors = 0, warnings = 0, unreadable = 0;
  const report = (where: string, issue: FhirIssue) => {
    if (issue.severity === 'information') {
      notChecked.set(issue.against, (notChecked.get(issue.against) ?? 0) + 1);
      return;
    }
    if (issue.severity === 'error') errors++;
    else warnings++;
    if (values.json) process.stdout.write(JSON.stringify({ where, ...issue }) + '\n');
    else process.stdout.write(`${where} ${issue.resource} [${issue.against}] ${issue.severity}${issue.expression ? ` ${issue.expression}` : ''}: ${issue.message}\n`);
  };
  const check = (where: string, resource: Resource) => {
    byType[resource.resourceType] = (byType[resource.resourceType] ?? 0) + 1;
    for (const issue of validator.validate(resource)) report(where, issue);
  };
  for (const path of positionals) {
    try {
      for await (const { where, value } of items(path)) {
        const resource = value as Resource;
        if (!resource || typeof resource !== 'object' || typeof resource.resourceType !== 'string') {
          unreadable++;
          process.stdout.write(`${where}: not a FHIR resource (no resourceType)\n`);
          continue;
        }
        if (resource.resourceType === 'Bundle') {
          const bundle = resource as Bundle;
          // The Bundle's own structure, then each entry against its profiles.
          const shell = { ...bundle, entry: (bundle.entry ?? []).map(({ resource: _r, ...rest }) => rest) } as Bundle;
          for (const issue of validator.validate(shell)) if (!/\.resource\b/.test(issue.expression ?? '')) report(where, issue);
          (bundle.entry ?? []).forEach((e, i) => e.resource && check(`${where} entry[${i}]`, e.resource));
        } else check(where, resource);
      }
    } catch (err) {
      if (err instanceof UsageError) throw err;
      unreadable++;
      process.stdout.write(`${path}: unreadable: ${(err as Error).message}\n`);
    }
  }
  if (!values.quiet) {
    const total = Object.values(byType).reduce((a, b) => a + b, 0);
    const skipped = [...notChecked].map(([url, n]) => `${url.split('/').pop()} (${n})`).join(', ');
    process.stderr.write(
      `kozoka validate: ${total} resources (${Object.entries(byType).map(([k, v]) => `${k} ${v}`).join(', ') || 'none'}); ${errors} errors, ${warnings} warnings` +
        (unreadable ? `, ${unreadable} unreadable` : '') +
        (skipped ? `; profiles not available offline, not checked: ${skipped}` : '') + '\n',
    );
  }
  return errors > 0 || unreadable > 0 ? 1 : 0;
}

#!/usr/bin/env node
import { runBatch } from './batch.js';
import { runDeid } from './deid.js';
import { runEval } from './eval.js';
import { runExtract } from './extract.js';
import { runFhir } from './fhir.js';
import { runValidate } from './validate.js';
import { runReview } from './review.js';
import { runParse } from './parse.js';
import { UsageError } from './io.js';

const HELP = `kozoka: Japanese clinical notes → structured oncology events and FHIR R4

Usage: kozoka <command> [options]

Commands:
  extract <inputs…> extract dated oncology events (rules extractor, no LLM needed)
  parse <inputs…>   read MML / text / JSON Lines into notes (JSON Lines)
  fhir <events…>    map extracted events to FHIR R4 (Bulk NDJSON or Bundles)
  validate <fhir…>  validate FHIR output against R4 and the mCODE profiles
  eval              score predicted events against gold events
  review <events…>  one self-contained HTML page to review events on their notes
  deid <inputs…>    write notes with names and identifiers masked
  batch prepare|collect   OpenAI Batch API / vllm run-batch request and result files

Run 'kozoka <command> --help' for a command's options.`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'extract':
      return runExtract(rest);
    case 'parse':
      return runParse(rest);
    case 'eval':
      return runEval(rest);
    case 'fhir':
      return runFhir(rest);
    case 'validate':
      return runValidate(rest);
    case 'review':
      return runReview(rest);
    case 'deid':
      return runDeid(rest);
    case 'batch':
      return runBatch(rest);
    case undefined:
    case '-h':
    case '--help':
    case 'help':
      process.stdout.write(HELP + '\n');
      return command === undefined ? 2 : 0;
    default:
      throw new UsageError(`unknown command "${command}" (run kozoka --help)`);
  }
}

// Output piped into head or less that closes early is not an error.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    // parseArgs reports unknown or malformed options as TypeErrors with a code.
    const isUsage = err instanceof UsageError || (err as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
    process.stderr.write(`kozoka: ${(err as Error).message}\n`);
    process.exitCode = isUsage ? 2 : 1;
  },
);

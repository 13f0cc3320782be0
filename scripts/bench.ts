#!/usr/bin/env node
/**
 * Benchmarks (issues 10 and 14): generate a corpus and build it with the real
 * build (`scripts/build.ts`) cold, again with nothing changed, and warm after
 * one home and one story changed, each step timed with its peak memory and
 * the Astro step profiled by kind of page; check the warm output against a
 * cold build of the same content, byte for byte; compare with Hugo and
 * headless Chromium, probe search, weigh the sample site's pages and score
 * them with Lighthouse. Prints a table and writes bench/results/<date>-<mode>.{json,md}.
 *   npm run bench [-- --quick] [--homes 10000] [--stories 1000] [--courses 50]
 *     [--seed 1] [--sample DIR] [--lighthouse | --no-lighthouse] [--certificates] [--no-hugo] [--no-verify] [--keep]
 *     [--results DIR]
 * --quick (CI: 300 homes) skips Lighthouse and the certificate comparison with Chromium unless asked for;
 * --no-verify skips the cold build that the warm output is compared with; --results writes the
 * .json and .md into DIR instead of bench/results.
 * The run itself is src/lib/bench/run.ts; bench/README.md explains every figure.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { BENCH_COMMAND, benchSettings } from '../src/lib/bench/options.ts';
import { printedResult, resultJson, resultMarkdown, resultName } from '../src/lib/bench/results.ts';
import { runBench } from '../src/lib/bench/run.ts';
import { commandLine } from '../src/lib/node/command-line.ts';

const { values } = commandLine(BENCH_COMMAND);
const settings = benchSettings(values);
const project = path.resolve(import.meta.dirname, '..');
const log = (line: string) => console.error(line);
const result = await runBench(settings, { project, args: process.argv.slice(2), log });

console.log(printedResult(result));
const dir = settings.results ? path.resolve(settings.results) : path.join(project, 'bench/results');
mkdirSync(dir, { recursive: true });
const name = resultName(result.meta);
writeFileSync(path.join(dir, `${name}.json`), resultJson(result));
writeFileSync(path.join(dir, `${name}.md`), resultMarkdown(result));
console.log(`written ${settings.results ? path.join(dir, name) : `bench/results/${name}`}.json and .md`);
if (!settings.keep) rmSync(result.work, { recursive: true, force: true });
else log(`[bench] kept ${result.work}`);

#!/usr/bin/env node
/**
 * Builds the site: validate content, build with Astro, then the later steps
 * (search index, certificates), all into a fresh folder that replaces the
 * output only when every step succeeded, so a failed build leaves the last
 * good site intact.
 *   npm run build [-- --content DIR] [--out DIR]
 */
import { parseArgs } from 'node:util';
import { runBuild } from '../src/lib/node/build.ts';

const { values } = parseArgs({ options: { content: { type: 'string' }, out: { type: 'string', default: 'dist' } } });
if (values.content) process.env['CONTENT_ROOT'] = values.content;
process.exitCode = await runBuild({ out: values.out });

/**
 * Hex SHA-256 of a string's UTF-8 bytes: node:crypto. Everything that hashes
 * (digests, file names, shards, cache keys) runs in Node: the build, the
 * scripts and Astro's pages at build time; no browser code hashes.
 */
import { createHash } from 'node:crypto';

export const sha256Hex = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

/**
 * Which home or 娘家人 a row means: by id, else by the exact name (a home's
 * name or its unit's, a person's name), narrowed by the city, the home or the
 * role the row gives. A row that fits none or several is answered with the
 * candidates, never with a guess.
 */
import { distance } from 'fastest-levenshtein';
import { CITY_LABELS, type City, type PersonRole } from '../domain/vocab.ts';
import type { HomeBasics } from '../schemas/homes.ts';
import { nameKey } from './normalise.ts';

export type HomeRecord = { id: string } & HomeBasics;

export interface PersonRecord {
  id: string;
  name: string;
  home: string;
  role: PersonRole;
}

/** The homes and people a sheet may name. */
export interface Directory {
  homes: readonly HomeRecord[];
  people: readonly PersonRecord[];
}

export interface Candidate {
  id: string;
  /** Name with id and place, as a message lists it. */
  label: string;
}

export type Match<T> =
  | { kind: 'found'; record: T }
  | { kind: 'none'; by: 'id' | 'name'; text: string; candidates: Candidate[] }
  | { kind: 'many'; text: string; candidates: Candidate[] };

export function homeLabel(h: HomeRecord): string {
  return `${h.title}（${h.id}，${CITY_LABELS[h.city]}）`;
}

export function personLabel(p: PersonRecord, dir: Directory): string {
  const home = dir.homes.find((h) => h.id === p.home);
  return `${p.name}（${p.id}，${home?.title ?? p.home}）`;
}

/** How many near names a message suggests. */
const SUGGESTIONS = 3;

/**
 * Each character as one UTF-16 unit, so that a rare character outside the
 * basic plane (𠮷) counts as one edit, not two: astral characters are given
 * private-use stand-ins, the same one for the same character.
 */
function oneUnitEach(texts: string[]): string[] {
  const standIns = new Map<string, string>();
  return texts.map((t) =>
    [...t]
      .map((ch) => {
        if (ch.length === 1) return ch;
        if (!standIns.has(ch)) standIns.set(ch, String.fromCharCode(0xe000 + standIns.size));
        return standIns.get(ch)!;
      })
      .join(''),
  );
}

/** Names within half their length in edits of what was typed, nearest first. */
function nearest<T>(typed: string, items: readonly T[], names: (item: T) => string[]): T[] {
  return items
    .map((item) => {
      const [key = '', ...others] = oneUnitEach([typed, ...names(item)].map(nameKey));
      const d = Math.min(...others.map((n) => distance(key, n) / Math.max(key.length, n.length, 1)));
      return { item, d };
    })
    .filter((x) => x.d <= 0.5)
    .sort((a, b) => a.d - b.d)
    .slice(0, SUGGESTIONS)
    .map((x) => x.item);
}

/** Keeps the items that pass `test` when more than one is left and some pass. */
function narrow<T>(items: T[], test: ((item: T) => boolean) | undefined): T[] {
  if (items.length < 2 || !test) return items;
  const kept = items.filter(test);
  return kept.length ? kept : items;
}

function resolve<T>(text: string, found: readonly T[], label: (item: T) => Candidate): Match<T> {
  if (found.length === 1) return { kind: 'found', record: found[0]! };
  return { kind: 'many', text, candidates: found.map(label) };
}

/** Homes and people by id and by name key, built once per directory: a province has ten thousand homes. */
interface Index {
  homeById: Map<string, HomeRecord>;
  homesByName: Map<string, HomeRecord[]>;
  personById: Map<string, PersonRecord>;
  peopleByName: Map<string, PersonRecord[]>;
}
const indexes = new WeakMap<Directory, Index>();

function group<T>(items: readonly T[], keys: (item: T) => string[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    for (const key of new Set(keys(item).map(nameKey))) map.set(key, [...(map.get(key) ?? []), item]);
  }
  return map;
}

function indexOf(dir: Directory): Index {
  let index = indexes.get(dir);
  if (!index) {
    index = {
      homeById: new Map(dir.homes.map((h) => [h.id, h])),
      homesByName: group(dir.homes, (h) => [h.title, h.unit]),
      personById: new Map(dir.people.map((p) => [p.id, p])),
      peopleByName: group(dir.people, (p) => [p.name]),
    };
    indexes.set(dir, index);
  }
  return index;
}

export interface HomeQuery {
  id?: string;
  /** 职工之家名称 and 单位名称 as typed: each may be the home's name or its unit's. */
  names: string[];
  city?: City;
}

export function matchHome(q: HomeQuery, dir: Directory): Match<HomeRecord> {
  const label = (h: HomeRecord) => ({ id: h.id, label: homeLabel(h) });
  const index = indexOf(dir);
  if (q.id) {
    const home = index.homeById.get(q.id);
    if (home) return { kind: 'found', record: home };
    return { kind: 'none', by: 'id', text: q.id, candidates: nearest(q.id, dir.homes, (h) => [h.id]).map(label) };
  }
  const found = [...new Set(q.names.flatMap((n) => index.homesByName.get(nameKey(n)) ?? []))];
  const text = q.names.join(' / ');
  if (found.length === 0) {
    const near = nearest(q.names[0] ?? '', dir.homes, (h) => [h.title, h.unit]);
    return { kind: 'none', by: 'name', text, candidates: near.map(label) };
  }
  const { city } = q;
  return resolve(text, narrow(found, city ? (h) => h.city === city : undefined), label);
}

export interface PersonQuery {
  id?: string;
  name?: string;
  /** The home the row names, when it names one that exists. */
  home?: string;
  role?: PersonRole;
}

export function matchPerson(q: PersonQuery, dir: Directory): Match<PersonRecord> {
  const label = (p: PersonRecord) => ({ id: p.id, label: personLabel(p, dir) });
  const index = indexOf(dir);
  if (q.id) {
    const person = index.personById.get(q.id);
    if (person) return { kind: 'found', record: person };
    return { kind: 'none', by: 'id', text: q.id, candidates: nearest(q.id, dir.people, (p) => [p.id]).map(label) };
  }
  const name = q.name ?? '';
  const found = index.peopleByName.get(nameKey(name)) ?? [];
  if (found.length === 0) {
    return { kind: 'none', by: 'name', text: name, candidates: nearest(name, dir.people, (p) => [p.name]).map(label) };
  }
  const { home, role } = q;
  const byHome = narrow(found, home ? (p) => p.home === home : undefined);
  return resolve(name, narrow(byHome, role ? (p) => p.role === role : undefined), label);
}

/**
 * A title's status in words for the honour pages: the names legends and
 * counts use, the badge of one title and the rule behind it. The status
 * itself is `checkAwards`' own; nothing here decides one.
 */
import { awardRowHref, policyAnchorHref, ruleHref } from '../routes/urls.ts';
import { statusText } from '../verify/status-text.ts';
import { awardRule, type RuleId } from './catalogue.ts';
import { daysBetween } from './dates.ts';
import type { AwardFacts, AwardStatus, AwardStatusKind } from './rules.ts';

/** A rule as the pages cite it: its explanation on the rules page and its source in the policy. */
export interface RuleRef {
  id: RuleId;
  title: string;
  href: string;
  source: { href: string; label: string };
}

export function ruleRef(id: RuleId): RuleRef {
  const rule = awardRule(id);
  return {
    id,
    title: rule.title,
    href: ruleHref(id),
    source: { href: policyAnchorHref(rule.anchor), label: rule.article },
  };
}

/** Status names for legends and counts; a single title's badge says more (复核逾期, dates, days left). */
export const STATUS_LABELS: Record<AwardStatusKind, string> = {
  draft: '拟命名',
  valid: '有效',
  confirmed: '复核确认',
  're-review-due': '待复核',
  rectifying: '整改中',
  'revocation-due': '应予撤销',
  revoked: '已撤销',
  superseded: '已被新称号取代',
};
/** Lifecycle order: the order legends and counts list statuses in. */
export const STATUS_ORDER = Object.keys(STATUS_LABELS) as AwardStatusKind[];

/** The rule behind a status that needs explaining: the re-review cycle (R7), rectification and revocation (R8). */
const STATUS_RULE: Partial<Record<AwardStatusKind, RuleId>> = {
  're-review-due': 'R7',
  rectifying: 'R8',
  'revocation-due': 'R8',
  revoked: 'R8',
};

/** A title's status as a text badge, never a colour alone. */
export interface StatusView {
  kind: AwardStatusKind;
  label: string;
  detail: string;
  tone: 'ok' | 'warn' | 'bad' | 'muted';
  rule?: RuleRef;
  /** In rectification: days of the period (at most six months, R8) gone, and in all. */
  period?: { elapsed: number; total: number };
  /** Superseded: the later title, where its roll lists it. */
  successor?: { year: number; href: string };
}

export function statusView(status: AwardStatus, awards?: ReadonlyMap<string, AwardFacts>): StatusView {
  const { label, detail, tone } = statusText(status);
  const rule = STATUS_RULE[status.kind];
  const view: StatusView = { kind: status.kind, label, detail, tone, ...(rule ? { rule: ruleRef(rule) } : {}) };
  if (status.kind === 'rectifying' && status.since) {
    const total = daysBetween(status.since, status.deadline);
    view.period = { total, elapsed: Math.min(total, Math.max(0, total - status.daysLeft)) };
  }
  const later = status.kind === 'superseded' ? awards?.get(status.by) : undefined;
  if (later) view.successor = { year: later.year, href: awardRowHref(later) };
  return view;
}

export interface StatusCount {
  kind: AwardStatusKind;
  label: string;
  count: number;
}

/** How many titles have each status, in lifecycle order, leaving out the statuses none has. */
export function statusCounts(statuses: readonly { kind: AwardStatusKind }[]): StatusCount[] {
  return STATUS_ORDER.map((kind) => ({
    kind,
    label: STATUS_LABELS[kind],
    count: statuses.filter((s) => s.kind === kind).length,
  })).filter((c) => c.count > 0);
}

import type { AwardStatus } from '../awards/rules.ts';
import { formatDate } from '../format.ts';

/** A title's status in words, never only a colour: the lifecycle of art. 5 (R6-R8). */
export function statusText(status: AwardStatus): {
  label: string;
  detail: string;
  tone: 'ok' | 'warn' | 'bad' | 'muted';
} {
  switch (status.kind) {
    case 'draft':
      return { label: '拟命名', detail: '名单尚未正式公布', tone: 'muted' };
    case 'valid':
      return { label: '有效', detail: `下次复核：${formatDate(status.reviewDueOn)}前`, tone: 'ok' };
    case 'confirmed':
      return { label: '复核确认', detail: `${formatDate(status.confirmedOn)}复核合格，予以确认`, tone: 'ok' };
    case 're-review-due':
      return {
        label: status.overdue ? '复核逾期' : '待复核',
        detail: `满三年应复核（${formatDate(status.dueOn)}）`,
        tone: 'warn',
      };
    case 'rectifying':
      return {
        label: '整改中',
        detail: `整改期限${formatDate(status.deadline)}，剩余 ${status.daysLeft} 天`,
        tone: 'warn',
      };
    case 'revocation-due':
      return {
        label: '应予撤销',
        detail: status.reason === 'failed' ? '整改后仍未达标' : `整改期限${formatDate(status.deadline)}已过`,
        tone: 'bad',
      };
    case 'revoked':
      return {
        label: '已撤销',
        detail: `${formatDate(status.date)}由${status.by}撤销（${status.reason}）`,
        tone: 'bad',
      };
    case 'superseded':
      return { label: '已被新称号取代', detail: '同一命名单位此后授予了新的称号', tone: 'muted' };
  }
}

/**
 * The word drawn across the certificate image of a title that is no longer
 * in force (rectifying, to be revoked, revoked, superseded); undefined while
 * it is valid, confirmed or merely due for its re-review (R7, R8).
 */
export function certificateBand(status: AwardStatus): string | undefined {
  switch (status.kind) {
    case 'rectifying':
    case 'revocation-due':
    case 'revoked':
    case 'superseded':
      return statusText(status).label;
    default:
      return undefined;
  }
}

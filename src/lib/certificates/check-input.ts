/** Checks a CertificateInput before drawing, with messages that name field, allowed values and what was found. */
import { TEMPLATES, type CertificateInput } from './types.ts';

const LEVELS = ['qualified', 'advanced', 'model'];
/** Longest citation, in characters, that fits the certificate at its smallest type. */
export const CITATION_MAX = 200;
/** Longest recipient, unit and conferrer names that fit their lines. */
const NAME_MAX = 40;
/** Longest status word that fits the band across the certificate. */
const STATUS_MAX = 8;

export function checkInput(input: CertificateInput): void {
  const where = `证书 ${typeof input.serial === 'string' && input.serial ? input.serial : '(无编号)'}`;
  const fail = (field: string, allowed: string, found: unknown): never => {
    throw new Error(`${where}：字段 ${field} 应为${allowed}，实际为 ${JSON.stringify(found)}`);
  };
  for (const field of ['serial', 'recipient', 'citation', 'conferrer'] as const) {
    if (typeof input[field] !== 'string' || !input[field].trim()) fail(field, '非空文字', input[field]);
  }
  if (!TEMPLATES.includes(input.template)) fail('template', ` ${TEMPLATES.join(' / ')} 之一`, input.template);
  if ((input.template === 'home-title' || input.template === 'person-title') && !LEVELS.includes(input.level ?? '')) {
    fail('level', `（${input.template} 证书必填）qualified / advanced / model 之一`, input.level);
  }
  if (input.unit !== undefined && typeof input.unit !== 'string') fail('unit', '文字', input.unit);
  if ([...input.citation].length > CITATION_MAX)
    fail('citation', `不超过 ${CITATION_MAX} 字的一两句话`, `${[...input.citation].length} 字`);
  for (const field of ['recipient', 'unit', 'conferrer'] as const) {
    const n = [...(input[field] ?? '')].length;
    if (n > NAME_MAX) fail(field, `不超过 ${NAME_MAX} 字的名称`, `${n} 字`);
  }
  if (!Number.isInteger(input.year) || input.year < 2018 || input.year > 2100)
    fail('year', ' 2018 年以后的四位整数年份', input.year);
  if (typeof input.conferredOn !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(input.conferredOn)) {
    fail('conferredOn', ' YYYY-MM-DD 格式的日期', input.conferredOn);
  }
  if (typeof input.verifyUrl !== 'string' || !/^https?:\/\/[^\s/]+\/\S*$/.test(input.verifyUrl)) {
    fail('verifyUrl', '以 http:// 或 https:// 开头的完整网址', input.verifyUrl);
  }
  if (
    input.status !== undefined &&
    (typeof input.status !== 'string' || !input.status.trim() || [...input.status].length > STATUS_MAX)
  )
    fail('status', `不超过 ${STATUS_MAX} 字的状态（如 已撤销）`, input.status);
  if (typeof input.digest !== 'string' || !/^[0-9a-f]{64}$/.test(input.digest))
    fail('digest', ' 64 位小写十六进制 SHA-256 摘要', input.digest);
}

// 学时证书打印: the years chosen in 起始年度 / 结束年度 against the person's span (湘人社办函〔2025〕37号 二: the
// 学时认定单 must cover the span's years; 附件3 第11步 「选择所需的起始年度」). Reading the two pickers, and the verdict.
import { findFields } from './element';
import { CERTIFICATE_FIELDS, mapByKey, type CertificateFieldKey } from './texts';
import type { Field } from './element';

export type CertificateStatus = 'unset' | 'reversed' | 'no-span' | 'ok' | 'partial' | 'outside';

export interface CertificateCheck {
  status: CertificateStatus;
  from?: number;
  to?: number;
  /** Span years the chosen range leaves out. */
  missing: number[];
  /** Chosen years outside the span. */
  extra: number[];
  /** zh-CN, for the panel. */
  message: string;
}

/** The 起始年度 / 结束年度 fields of the screen, by their labels. */
export function certificateFields(root: ParentNode): Map<CertificateFieldKey, Field> {
  return mapByKey(CERTIFICATE_FIELDS, [...findFields(root)]).byKey;
}

const yearOf = (v: string | undefined) => {
  const m = /^\s*(\d{4})/.exec(v ?? '');
  return m ? Number(m[1]) : undefined;
};

/** The verdict on the chosen years; `span` = the years the rules ask (null: the rule set leaves them open). */
export function checkCertificateYears(fromText: string | undefined, toText: string | undefined, span: readonly number[] | null, reason = ''): CertificateCheck {
  const from = yearOf(fromText);
  const to = yearOf(toText);
  const range = (a: number, b: number) => Array.from({ length: b - a + 1 }, (_, i) => a + i);
  const spanText = span && span.length ? `${span[0]}–${span[span.length - 1]} 年` : '';
  if (from === undefined || to === undefined) {
    return { status: 'unset', from, to, missing: [], extra: [], message: spanText ? `请选择起始年度和结束年度：核认跨度是 ${spanText}。` : '请选择起始年度和结束年度。' };
  }
  if (to < from) return { status: 'reversed', from, to, missing: [], extra: [], message: `结束年度 ${to} 早于起始年度 ${from}。` };
  if (!span || span.length === 0) {
    return { status: 'no-span', from, to, missing: [], extra: [], message: `所选 ${from}–${to} 年。规则没有给出核认跨度${reason ? `（${reason}）` : ''}，请按评审要求自行核对。` };
  }
  const chosen = range(from, to);
  const missing = span.filter((y) => !chosen.includes(y));
  const extra = chosen.filter((y) => !span.includes(y));
  if (missing.length === 0 && extra.length === 0) return { status: 'ok', from, to, missing, extra, message: `所选 ${from}–${to} 年正好是核认跨度（${spanText}）。` };
  if (missing.length === span.length) {
    return { status: 'outside', from, to, missing, extra, message: `所选 ${from}–${to} 年不在核认跨度 ${spanText} 内：打印出的学时认定单不能用于本次评审。` };
  }
  const parts = [missing.length ? `缺 ${missing.join('、')} 年` : '', extra.length ? `多出 ${extra.join('、')} 年（不在跨度内）` : ''].filter(Boolean);
  return { status: 'partial', from, to, missing, extra, message: `所选 ${from}–${to} 年与核认跨度 ${spanText} 不一致：${parts.join('，')}。` };
}

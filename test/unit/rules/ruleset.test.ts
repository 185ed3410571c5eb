import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { getPolicy, listPolicies, minimaFor, type RuleSet } from '../../../rules';
import { RuleSet as RuleSetSchema } from '../../../rules/ruleset';
import { ruleSetSources } from '../../../rules/policies';

const ids = ['hunan-2025', 'zhuzhou-2025', 'xiangtan-2022'];
const policy = (id: string) => getPolicy(id) as RuleSet;

describe('rule sets load as validated data', () => {
  it('lists the three rule sets of the contract with their document numbers', () => {
    expect(listPolicies()).toEqual([
      { id: 'hunan-2025', name: expect.any(String), docNumber: '湘人社办函〔2025〕37号', reviewYear: 2025 },
      { id: 'zhuzhou-2025', name: expect.any(String), docNumber: '株人社函〔2025〕8号', reviewYear: 2025 },
      { id: 'xiangtan-2022', name: expect.any(String), docNumber: '潭人社函〔2022〕18号', reviewYear: 2022 },
    ]);
  });

  it.each(ruleSetSources.map((s) => [s.id, s] as const))('%s passes the rule-set schema', (_id, source) => {
    expect(RuleSetSchema.safeParse(source).success).toBe(true);
  });

  // The rules module serves the sources as they are, without parsing them at load (rules/policies/index.ts): the schema
  // must give each one back unchanged (no key it would strip, no default or transform it would apply).
  it.each(ruleSetSources.map((s) => [s.id, s] as const))('%s is served exactly as the rule-set schema reads it', (id, source) => {
    expect(RuleSetSchema.parse(source)).toStrictEqual(source);
    expect(getPolicy(id)).toStrictEqual(RuleSetSchema.parse(source));
    expect(Object.isFrozen(getPolicy(id)!.minima)).toBe(true);
  });

  it('a malformed rule set fails the schema: a missing citation, a negative value, a silent cell without a note', () => {
    const source = structuredClone(ruleSetSources[0]);
    const noCitation = { ...source, minima: { ...source.minima, citation: '' } };
    expect(RuleSetSchema.safeParse(noCitation).error?.issues[0].path).toEqual(['minima', 'citation']);
    const negative = { ...source, minima: { ...source.minima, total: -90 } };
    expect(RuleSetSchema.safeParse(negative).error?.issues[0].path).toEqual(['minima', 'total']);
    const silentWithoutNote = structuredClone(source);
    silentWithoutNote.conversions.book = { ...silentWithoutNote.conversions.book!, other: { hours: null } };
    expect(RuleSetSchema.safeParse(silentWithoutNote).error?.issues[0].path).toEqual(['conversions', 'book', 'other', 'note']);
  });

  it.each(ids)('every number in %s sits under a citation', (id) => {
    const uncited: string[] = [];
    const walk = (node: unknown, cited: boolean, path: string) => {
      if (typeof node === 'number' && !cited && path !== '.reviewYear') uncited.push(path);
      if (!node || typeof node !== 'object') return;
      const here = cited || typeof (node as { citation?: unknown }).citation === 'string';
      for (const [key, value] of Object.entries(node)) walk(value, here, `${path}.${key}`);
    };
    walk(policy(id), false, '');
    expect(uncited).toEqual([]);
  });

  it('returns frozen data, and nothing for an unknown id', () => {
    expect(Object.isFrozen(policy('hunan-2025').minima)).toBe(true);
    expect(getPolicy('nowhere-2030')).toBeUndefined();
  });
});

describe('yearly minima (一.(二))', () => {
  it('province and Zhuzhou: 90 in total, 30 public, 60 professional', () => {
    expect(minimaFor('hunan-2025')).toEqual({ total: 90, public: 30, professional: 60, citation: '湘人社办函〔2025〕37号 一.(二)' });
    expect(minimaFor('zhuzhou-2025')).toEqual({ total: 90, public: 30, professional: 60, citation: '株人社函〔2025〕8号 一.(二)' });
  });

  it('Xiangtan: 90 in total, no public minimum, professional generally 2/3', () => {
    expect(minimaFor('xiangtan-2022')).toEqual({
      total: 90,
      professionalShare: { numerator: 2, denominator: 3 },
      citation: '潭人社函〔2022〕18号 一.(二)',
    });
  });
});

describe('the other rule data', () => {
  it('2025 public-subject themes (一.(一))', () => {
    expect(policy('hunan-2025').themes).toMatchObject({
      year: 2025,
      themes: ['紧紧围绕推进中国式现代化进一步全面深化改革', '人工智能大模型技术及应用', '加强应急处突能力建设'],
      citation: '湘人社办函〔2025〕37号 一.(一)',
    });
    expect(policy('xiangtan-2022').themes.themes).toEqual(['全面提高公共安全生产保障能力', '新时代数字化在工作中的应用', '区块链技术与应用']);
  });

  it('the portal takes jpg, jpeg, png, doc, docx and pdf of 「不超过20M」, read as 20,000,000 bytes (never more than the portal may take)', () => {
    for (const id of ids) {
      expect(policy(id).upload.extensions).toEqual(['jpg', 'jpeg', 'png', 'doc', 'docx', 'pdf']);
      // 20 MiB would let through 20,000,001…20,971,520-byte files a portal counting in 10^6 refuses.
      expect(policy(id).upload.maxBytes).toBe(20_000_000);
    }
  });

  it('filing windows: province 5-20 to 7-20 online; Zhuzhou intermediate 5-26 to 7-20 offline; Xiangtan none', () => {
    expect(policy('hunan-2025').filingWindows).toEqual([
      expect.objectContaining({ from: '05-20', to: '07-20', mode: 'online', citation: '湘人社办函〔2025〕37号 二' }),
    ]);
    expect(policy('zhuzhou-2025').filingWindows).toContainEqual(
      expect.objectContaining({ titleLevels: ['intermediate'], from: '05-26', to: '07-20', mode: 'offline', citation: '株人社函〔2025〕8号 二' }),
    );
    expect(policy('xiangtan-2022').filingWindows).toEqual([]);
  });

  it('recognised bases: the seven national bases, the five Xiangtan city bases', () => {
    const national = policy('hunan-2025').bases.find((b) => b.kind === 'national-base');
    expect(national?.list.map((b) => b.name)).toEqual(['中南大学', '湖南大学', '湖南师范大学', '长沙理工大学', '湖南农业大学', '湖南开放大学', '长沙环保职院']);
    const city = policy('xiangtan-2022').bases.find((b) => b.kind === 'city-base');
    expect(city?.list).toHaveLength(5);
    expect(policy('zhuzhou-2025').bases.map((b) => b.kind)).toEqual(
      expect.arrayContaining(['national-base', 'provincial-base', 'city-base', 'public-institution-platform']),
    );
  });

  it('earlier certificates count as evidence (湘 三.(四), 株 三.(三), 潭 三.(二))', () => {
    expect(policy('hunan-2025').priorCertificates.citation).toBe('湘人社办函〔2025〕37号 三.(四)');
    expect(policy('zhuzhou-2025').priorCertificates.materials).toEqual(['学时认定单', '合格证明']);
    expect(policy('xiangtan-2022').priorCertificates.citation).toBe('潭人社函〔2022〕18号 三.(二)');
  });
});

// The quotes must be the texts' own words. The seeds live outside the repository; skip when they are not there.
const seedDir = '/work/shared/seeds';
const seeds = existsSync(seedDir) ? readdirSync(seedDir).filter((f) => f.endsWith('.txt')) : [];
const seedFor: Record<string, string> = { 'hunan-2025': '002_', 'zhuzhou-2025': '000_', 'xiangtan-2022': '004_' };
const normalise = (text: string) =>
  text
    .replace(/\s+/g, '')
    .replace(/[（(]/g, '(')
    .replace(/[）)]/g, ')')
    .replace(/[，,]/g, ',')
    .replace(/[；;]/g, ';')
    .replace(/[：:]/g, ':')
    .replace(/[~—\-－]/g, '-')
    .replace(/[“”"]/g, '"');

describe.skipIf(seeds.length === 0)('quotes are the official wording', () => {
  it.each(ids)('every quote of %s occurs in its text (or the portal guide)', (id) => {
    const own = normalise(readFileSync(`${seedDir}/${seeds.find((f) => f.startsWith(seedFor[id]))}`, 'utf8'));
    const province = normalise(readFileSync(`${seedDir}/${seeds.find((f) => f.startsWith('002_'))}`, 'utf8'));
    const notFound: string[] = [];
    const walk = (node: unknown, path: string) => {
      if (!node || typeof node !== 'object') return;
      const { quote, citation } = node as { quote?: unknown; citation?: unknown };
      if (typeof quote === 'string' && typeof citation === 'string' && !citation.startsWith('继续教育学时网上核认操作指南')) {
        const text = citation.startsWith('湘人社办函') ? province : own;
        // A quote of two numbered items ("(1) … (2) …") is checked item by item.
        const parts = quote.split(/\(\d\)|（\d）/).map(normalise).filter((p) => p.length > 1);
        for (const part of parts) if (!text.includes(part.replace(/[;。]$/, ''))) notFound.push(`${path}: ${part}`);
      }
      for (const [key, value] of Object.entries(node)) walk(value, `${path}.${key}`);
    };
    walk(policy(id), '');
    expect(notFound).toEqual([]);
  });
});

// 「只能上传jpg.jpeg.png.doc.docx.pdf文件,且不超过20M」 (操作指南 第7步): read as 20,000,000 bytes, so a file the ledger
// keeps (and the panel attaches) is never one a portal counting in millions of bytes refuses (rules/README.md).
import { describe, expect, it } from 'vitest';
import { getPolicy } from '../../../rules';
import { EVIDENCE_MAX_BYTES, evidenceFromFile, evidenceProblem } from '../../../utils/ledger/evidence-files';
import { TEXTS } from '../../../utils/portal/texts';

const file = (name: string, size: number) => ({ name, type: 'application/pdf', size, arrayBuffer: async () => new ArrayBuffer(size) });

describe('「不超过20M」 is 20,000,000 bytes everywhere', () => {
  it('the ledger, the panel and every rule set use the same 20,000,000-byte limit', () => {
    expect(EVIDENCE_MAX_BYTES).toBe(20_000_000);
    expect(TEXTS.upload.maxBytes).toBe(20_000_000);
    for (const id of ['hunan-2025', 'zhuzhou-2025', 'xiangtan-2022']) expect(getPolicy(id)?.upload.maxBytes).toBe(20_000_000);
  });

  it('keeps a scan of exactly 20,000,000 bytes', () => {
    expect(evidenceProblem('扫描件.pdf', 20_000_000)).toBeUndefined();
  });

  it('refuses a scan of 20,000,001 bytes — and one of 20 MiB — naming the file and the size, and stores nothing', async () => {
    for (const size of [20_000_001, 20 * 1024 * 1024]) {
      const problem = evidenceProblem('扫描件.pdf', size);
      expect(problem).toContain('扫描件.pdf');
      expect(problem).toContain(size.toLocaleString('en-US'));
      expect(problem).toContain('20,000,000');
      await expect(evidenceFromFile(file('扫描件.pdf', size), { profileId: 'p', years: [2024] })).rejects.toThrow('不超过20M');
    }
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeBackup, parseBackup } from '../../../utils/ledger/backup';
import { freshLedgers } from './fresh-ledger';
import { importFile } from '../../../utils/ledger/import';
import { sampleBatch } from '../../fixtures/sample/sample-data';

const fresh = freshLedgers('backup');

const bytesOf = (b: ArrayBuffer) => Array.from(new Uint8Array(b));

describe('full backup', () => {
  it('backup → wipe → restore gives the same records and byte-identical evidence files', async () => {
    const l = await fresh();
    const batch = sampleBatch();
    // a binary file with every byte value, and a 学时认定单 covering several years
    const all = new Uint8Array(256 * 40).map((_, i) => (i * 7) % 256);
    batch.evidence.push({ ...batch.evidence[0], id: 'bin', kind: 'recognition-form', years: [2019, 2020, 2021], name: '认定单.jpg', type: 'image/jpeg', size: all.byteLength, bytes: all.buffer, entryId: undefined });
    await l.putBatch(batch);
    const before = await l.dump();
    const text = await makeBackup(l);
    await l.wipe();
    expect((await l.dump()).profiles).toEqual([]);
    const restored = await importFile(l, 'backup.xskr.json', new TextEncoder().encode(text).buffer);
    expect(restored.ok ? '' : restored.message).toBe('');
    const after = await l.dump();
    expect(after.profiles).toEqual(before.profiles);
    expect(after.entries).toEqual(before.entries);
    expect(after.settings).toEqual(before.settings);
    expect(after.evidence.map(({ bytes: _b, ...m }) => m)).toEqual(before.evidence.map(({ bytes: _b, ...m }) => m));
    for (const ev of before.evidence) expect(bytesOf(after.evidence.find((x) => x.id === ev.id)!.bytes)).toEqual(bytesOf(ev.bytes));
  });

  it('restores the committed sample backup into a new ledger on another machine', async () => {
    const l = await fresh();
    const text = readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'sample', 'sample-backup.xskr.json'), 'utf8');
    const plan = await importFile(l, 'sample-backup.xskr.json', new TextEncoder().encode(text).buffer);
    expect(plan.ok && plan.preview.added).toBe(sampleBatch().entries.length);
    const files = await l.listEvidence('sample-li-ming');
    expect(files.map((f) => f.years[0])).toEqual([2020, 2021, 2022, 2023, 2024]);
    expect(new TextDecoder().decode(files[0].bytes).startsWith('%PDF-1.4')).toBe(true);
    expect((await l.getActiveProfile())?.name).toBe('李明');
  });

  it('refuses a backup whose file was altered, changing nothing', async () => {
    const l = await fresh();
    await l.putBatch(sampleBatch());
    const backup = JSON.parse(await makeBackup(l));
    backup.evidence[0].base64 = btoa('not the same file');
    await l.wipe();
    const plan = await importFile(l, 'b.json', new TextEncoder().encode(JSON.stringify(backup)).buffer);
    expect(plan.ok).toBe(false);
    if (!plan.ok) expect(plan.message).toContain('已损坏');
    expect((await l.dump()).entries).toEqual([]);
  });

  it('refuses a JSON file that is not a backup', async () => {
    await expect(parseBackup('{"hello": 1}')).rejects.toThrow('不是学时助手的备份文件');
  });
});

describe('restoring next to other people', () => {
  it('warns before restoring a person whose name is already taken by someone else', async () => {
    const { planImport } = await import('../../../utils/ledger/import');
    const l = await fresh();
    await l.putBatch(sampleBatch());
    const text = await makeBackup(l);
    const other = { id: 'other', name: '李明', policyId: 'hunan-2025', titleLevel: 'senior' as const, reviewYear: 2025, createdAt: 1 };
    const plan = await planImport('b.json', new TextEncoder().encode(text).buffer, { profiles: [other], entries: [] });
    expect(plan.ok && plan.preview.people.map((p) => p.note ?? '')).toEqual(['台账中已有另一位“李明”：恢复后会有两个同名人员', '']);
  });
});

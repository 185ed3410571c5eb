// Variant B's 申报材料上传 (guide 003 第7步): the slots read by their names, which required ones are empty before 保存.
import { describe, expect, it } from 'vitest';
import { emptyRequiredSlots, readSlots } from '../../../utils/portal/slots';
import { recognise } from '../../../utils/portal/recognise';
import { load } from './fixtures';

function dialogOf(name: string): HTMLElement {
  const doc = load(name);
  const r = recognise(doc);
  expect(r?.screen).toBe('evidence-upload');
  return r!.root;
}

describe('readSlots', () => {
  it.each(['replica-evidence-upload-b', 'replica-evidence-upload-b-alt', 'evidence-upload-b'])('%s: finds the four slots, three of them required (*), all empty', (name) => {
    const slots = readSlots(dialogOf(name));
    expect(slots.map((s) => s.name)).toEqual(['学历信息', '委托审批函', '上传学时申报材料', '学时上传']);
    expect(slots.filter((s) => s.required).map((s) => s.name)).toEqual(['学历信息', '委托审批函', '学时上传']);
    expect(new Set(slots.map((s) => s.input)).size).toBe(4);
    expect(emptyRequiredSlots(slots)).toEqual(['学历信息', '委托审批函', '学时上传']);
  });
  it('a slot listing an uploaded file is filled; a file only chosen (waiting for 上传) and the type tip are not files', () => {
    const root = dialogOf('replica-evidence-upload-b');
    const row = (slot: string) => root.querySelector(`[data-slot="${slot}"]`)!;
    row('学历信息').querySelector('.xr-slot-files')!.innerHTML = '<div class="xr-slot-file">学历证书.jpg <button>删除</button></div>';
    row('委托审批函').querySelector('.el-upload-list')!.innerHTML = '<li class="el-upload-list__item is-ready"><a>委托审批函.pdf</a></li>';
    const slots = readSlots(root);
    expect(slots.find((s) => s.name === '学历信息')?.files).toEqual(['学历证书.jpg']);
    expect(emptyRequiredSlots(slots)).toEqual(['委托审批函', '学时上传']);
  });
});

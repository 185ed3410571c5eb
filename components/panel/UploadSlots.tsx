// Variant B's 申报材料上传 (issue 12.6): which required slots (学历信息, 委托审批函, 学时上传) are still empty before 保存,
// and a choice per ledger file of the slot it goes into; 放入所选栏目 puts each chosen file into its slot through the
// page's own upload control and presses the dialog's 上传, as a user would. Used by the evidence feature.
import { signal } from '@preact/signals';
import type { FeatureContext } from '../../entrypoints/portal.content/feature';
import { runJob } from '../../entrypoints/portal.content/job';
import { requestEvidenceFile, requestEvidenceList } from '../../utils/portal/messaging';
import { emptyRequiredSlots, readSlots, type UploadSlot } from '../../utils/portal/slots';
import { BUTTONS, normText, TEXTS } from '../../utils/portal/texts';
import { clickButton } from '../../utils/portal/element';
import { Stopped, waitFor } from '../../utils/portal/wait';
import type { EvidenceFileInfo } from '../../utils/messages';
import { t } from '../../utils/i18n';

/** The slot a file goes into unless the person chooses otherwise: by what it is, a file of the year into 学时上传. */
export function suggestedSlot(file: EvidenceFileInfo, year: number | null): string {
  const tags = file.materials ?? [];
  if (tags.includes('education')) return TEXTS.upload.slotsB.education;
  if (tags.includes('entrustment')) return TEXTS.upload.slotsB.entrustment;
  if (year !== null && file.years.includes(year)) return TEXTS.upload.hoursSlot;
  return '';
}

/** Sets up the slot view of one upload dialog; returns its renderer. */
/** The portal's slot names in a sentence: as they are in Chinese, each quoted in English. */
const slotList = (names: string[]) => names.map((text) => t('portalWord', { text })).join(t('listSeparator'));

export function uploadSlots(ctx: FeatureContext, year: number | null) {
  const slots = signal<UploadSlot[]>(readSlots(ctx.root));
  ctx.onPageChange(() => {
    const next = readSlots(ctx.root);
    const same = next.length === slots.value.length && next.every((s, i) => s.name === slots.value[i].name && s.files.join('|') === slots.value[i].files.join('|'));
    if (!same) slots.value = next;
  });
  const files = signal<EvidenceFileInfo[] | null>(null);
  const choice = signal<ReadonlyMap<string, string>>(new Map());
  let listed: Promise<void> = Promise.resolve();
  if (year !== null) {
    listed = requestEvidenceList(year, true).then(
      (list) => {
        if (ctx.signal.aborted) return;
        files.value = list;
        choice.value = new Map(list.map((f) => [f.id, suggestedSlot(f, year)]));
      },
      (e: unknown) => console.warn('[学时助手] upload-slots', e),
    );
  }

  // The panel's next step on this dialog: every chosen file into its slot, as 放入所选栏目 does.
  ctx.actions.set('attach-slots', { year: year ?? undefined, run: () => attach() });

  async function attach() {
    await runJob(ctx, t('slotAttach'), async (job) => {
      await listed; // pressed (by the next step) before the ledger's list arrived
      const chosen = (files.value ?? []).filter((f) => choice.value.get(f.id));
      const bySlot = new Map<string, EvidenceFileInfo[]>();
      for (const f of chosen) {
        const slot = choice.value.get(f.id)!;
        const already = readSlots(ctx.root).find((s) => s.name === slot)?.files.map(normText) ?? [];
        if (already.includes(normText(f.name))) job.log(t('slotAlready', { name: f.name, slot }));
        else if (f.size > TEXTS.upload.maxBytes) job.log(t('slotTooBig', { name: f.name }));
        else bySlot.set(slot, [...(bySlot.get(slot) ?? []), f]);
      }
      if (!bySlot.size) return t('slotNothing');
      const placed: { slot: string; name: string }[] = [];
      for (const [slot, list] of bySlot) {
        const target = readSlots(ctx.root).find((s) => s.name === slot);
        if (!target) throw new Error(t('slotNoControl', { slot }));
        const dt = new DataTransfer();
        for (const f of list) {
          if (job.signal.aborted) throw new Stopped();
          job.log(t('slotReading', { name: f.name }));
          dt.items.add(await requestEvidenceFile(f.id));
        }
        if (job.signal.aborted) throw new Stopped();
        target.input.files = dt.files;
        target.input.dispatchEvent(new Event('input', { bubbles: true }));
        target.input.dispatchEvent(new Event('change', { bubbles: true }));
        for (const f of list) placed.push({ slot, name: f.name });
        job.log(t('slotChosen', { slot, names: list.map((f) => f.name).join(t('listSeparator')) }));
      }
      // 申报材料上传 uploads every slot's chosen files with its one 上传 button.
      clickButton(ctx.root, BUTTONS.send, () => new Error(t('slotNoSend', { button: BUTTONS.send[0].text })));
      await waitFor(
        ctx.doc,
        () => {
          const now = readSlots(ctx.root);
          return placed.every((p) => now.find((s) => s.name === p.slot)?.files.map(normText).includes(normText(p.name)));
        },
        { timeout: 15000, signal: job.signal, what: t('slotWaitUpload') },
      );
      slots.value = readSlots(ctx.root);
      const empty = emptyRequiredSlots(slots.value);
      return `${placed.map((p) => `“${p.name}” → “${p.slot}”`).join(t('listSeparator'))}${t('fullStop')} ${empty.length ? t('slotsEmptyBeforeSave', { slots: slotList(empty) }) : t('slotsAllFilled')}`;
    });
  }

  return function UploadSlots() {
    const list = slots.value;
    if (!list.length) return null;
    const empty = emptyRequiredSlots(list);
    const busy = !!ctx.store.busy.value;
    const fileList = files.value;
    return (
      <div class="xskr-upload-slots" data-testid="upload-slots">
        <h4>{t('slotsHeading')}</h4>
        <ul>
          {list
            .filter((s) => s.required)
            .map((s) => (
              <li key={s.name} data-testid="slot-status" data-slot={s.name} data-filled={s.files.length ? 'true' : 'false'} class={s.files.length ? undefined : 'xskr-finding'} data-severity={s.files.length ? undefined : 'warning'}>
                {s.files.length ? t('slotFilled', { slot: s.name, count: s.files.length }) : t('slotEmpty', { slot: s.name })}
              </li>
            ))}
        </ul>
        <p data-testid="slots-before-save" class={empty.length ? 'xskr-warning' : 'xskr-muted'}>
          {empty.length ? t('slotsEmptyBeforeSave', { slots: slotList(empty) }) : t('slotsAllFilled')}
        </p>
        {fileList && fileList.length === 0 && <p class="xskr-muted">{t('slotNoFiles')}</p>}
        {fileList && fileList.length > 0 && (
          <>
            <ul>
              {fileList.map((f) => (
                <li key={f.id}>
                  <label>
                    {t('slotChoiceLabel', { name: f.name })}{' '}
                    <select
                      data-testid="slot-choice"
                      data-file={f.name}
                      value={choice.value.get(f.id) ?? ''}
                      onChange={(e) => {
                        const next = new Map(choice.value);
                        next.set(f.id, (e.currentTarget as HTMLSelectElement).value);
                        choice.value = next;
                      }}
                    >
                      <option value="">{t('slotChoiceNone')}</option>
                      {list.map((s) => (
                        <option key={s.name} value={s.name}>
                          {s.name}
                        </option>
                      ))}
                    </select>
                  </label>
                </li>
              ))}
            </ul>
            <button type="button" class="xskr-btn" data-testid="attach-slots" disabled={busy || ![...choice.value.values()].some(Boolean)} onClick={() => void attach()}>
              {t('slotAttach')}
            </button>
          </>
        )}
      </div>
    );
  };
}

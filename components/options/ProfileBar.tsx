import { useSignal, type Signal } from '@preact/signals';
import type { ComponentProps } from 'preact';
import { useRef } from 'preact/hooks';
import { OwnSpan, type Profile } from '../../utils/ledger/records';
import { DEGREE_LABEL, TITLE_LEVEL_LABEL, degreeLabel, t, titleLevelLabel, tSplit } from '../../utils/i18n';
import { openSpanRule, policyOptions } from '../../utils/ledger/hours';
import { idNumberProblem, maskIdNumber, maskPhone, normaliseIdNumber } from '../../utils/mask';
import { useFocusOnMount } from './focus';
import { TextField } from './text-field';
import { useLedgerState } from './state';
import { ApplicationFields } from './ApplicationFields';
import { OfflineSummaryLink } from './OfflineSummaryLink';

/** Choosing, adding and deleting people. */
export function ProfileBar() {
  const s = useLedgerState();
  const adding = useSignal(false);
  const newName = useSignal('');
  const confirmingDelete = useSignal(false);
  const active = s.active.value;

  async function add(e: Event) {
    e.preventDefault();
    const name = newName.value.trim();
    if (!name) return;
    if (await s.guard(() => s.addProfile(name).then(() => undefined), t('addedPerson', { name }))) {
      adding.value = false;
      newName.value = '';
    }
  }

  return (
    <div class="profile-bar" role="group" aria-label={t('person')}>
      <label>
        {t('personColon')}
        <select
          data-testid="profile-select"
          value={s.activeId.value ?? ''}
          onChange={(e) => s.guard(() => s.selectProfile((e.currentTarget as HTMLSelectElement).value))}
          disabled={!s.profiles.value.length}
          title={s.profiles.value.length ? undefined : t('noPeople')}
        >
          {s.profiles.value.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
      </label>
      {adding.value ? (
        <form onSubmit={add} class="inline-form">
          <label>
            {t('name')} <NameInput value={newName.value} onInput={(v) => (newName.value = v)} />
          </label>
          <button type="submit" class="primary">
            {t('add')}
          </button>
          <button type="button" onClick={() => (adding.value = false)}>
            {t('cancel')}
          </button>
        </form>
      ) : (
        <button type="button" onClick={() => (adding.value = true)}>
          {t('addPerson')}
        </button>
      )}
      {active &&
        (confirmingDelete.value ? (
          <span class="confirm" role="alert">
            {tSplit('deletePersonQuestion', 'name')[0]}
            {active.name}
            {tSplit('deletePersonQuestion', 'name')[1]}
            <button type="button" class="danger" onClick={() => s.guard(() => s.deleteProfile(active.id), t('deletedName', { name: active.name })).then(() => (confirmingDelete.value = false))}>
              {t('confirmDelete')}
            </button>
            <CancelButton onClick={() => (confirmingDelete.value = false)} />
          </span>
        ) : (
          <button type="button" onClick={() => (confirmingDelete.value = true)}>
            {t('deletePerson')}
          </button>
        ))}
    </div>
  );
}

/** 保存中 / 已自动保存. The form's own fields commit on change, so the status reads the count of pending saves here, not in
 * the form: a save finishing must not re-render the form while the next field is being typed, which would put that
 * field's stored (empty) value back over the typed text before its change. */
function SaveStatus({ pending }: { pending: Signal<number> }) {
  return (
    <p class="saved" role="status" data-testid="profile-saved">
      {pending.value ? t('saving') : t('autoSaved')}
    </p>
  );
}

/** The active person's details: rule set, title level, degree, review year, and masked personal numbers. */
export function ProfileForm({ profile }: { profile: Profile }) {
  const s = useLedgerState();
  const showId = useSignal(false);
  const idError = useSignal<string | undefined>(undefined);
  const pending = useSignal(0);
  const save = async (patch: Partial<Profile>) => {
    pending.value++;
    const saved = await s.guard(() => s.patchProfile(profile.id, patch));
    pending.value--;
    return saved;
  };

  return (
    <form class="profile-form" onSubmit={(e) => e.preventDefault()} aria-label={t('personDetails')}>
      <SaveStatus pending={pending} />
      <label>
        {t('name')}
        {/* an emptied name is not stored, and the stored one comes back */}
        <TextField stored={profile.name} commit={(v) => !v || save({ name: v })} required />
      </label>
      <label>
        {t('idNumber')}
        {showId.value ? (
          <IdInput
            stored={profile.idNumber ?? ''}
            aria-invalid={idError.value ? 'true' : undefined}
            onDraftEnd={() => (idError.value = undefined)}
            commit={(v) => {
              const problem = v ? idNumberProblem(v) : undefined;
              idError.value = problem;
              return !problem && save({ idNumber: v ? normaliseIdNumber(v) : undefined });
            }}
          />
        ) : (
          <output>{maskIdNumber(profile.idNumber) || t('notFilled')}</output>
        )}
        <button type="button" class="link" onClick={() => (showId.value = !showId.value)}>
          {showId.value ? t('hide') : t('showEdit')}
        </button>
        {idError.value && <span class="field-error" role="alert">{idError.value}</span>}
      </label>
      <label>
        {t('phone')}
        <TextField stored={showId.value ? (profile.phone ?? '') : maskPhone(profile.phone)} readOnly={!showId.value} commit={(v) => save({ phone: v || undefined })} />
      </label>
      <label>
        {t('employer')}
        <TextField stored={profile.employer ?? ''} commit={(v) => save({ employer: v || undefined })} />
      </label>
      <label>
        {t('ruleSet')}
        <select data-testid="profile-policy" value={profile.policyId} onChange={(e) => save({ policyId: (e.currentTarget as HTMLSelectElement).value })}>
          {policyOptions().map((p) => (
            <option key={p.id} value={p.id} lang="zh-CN">
              {p.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('titleApplied')}
        <select data-testid="profile-title-level" value={profile.titleLevel} onChange={(e) => save({ titleLevel: (e.currentTarget as HTMLSelectElement).value as Profile['titleLevel'] })}>
          {(Object.keys(TITLE_LEVEL_LABEL) as Profile['titleLevel'][]).map((k) => (
            <option key={k} value={k}>
              {titleLevelLabel(k)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('highestDegree')}
        <select
          data-testid="profile-degree"
          value={profile.degree ?? ''}
          onChange={(e) => {
            const v = (e.currentTarget as HTMLSelectElement).value;
            save({ degree: v ? (v as NonNullable<Profile['degree']>) : undefined });
          }}
        >
          <option value="">{t('notFilled')}</option>
          {(Object.keys(DEGREE_LABEL) as NonNullable<Profile['degree']>[]).map((k) => (
            <option key={k} value={k}>
              {degreeLabel(k)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('reviewYear')}
        <TextField
          type="number"
          min={2000}
          max={2100}
          stored={String(profile.reviewYear)}
          commit={(v) => {
            const y = Number(v);
            return !Number.isInteger(y) || y < 2000 || y > 2100 || save({ reviewYear: y }); // else the stored year comes back
          }}
        />
      </label>
      <OwnSpanField profile={profile} save={save} />
      <ApplicationFields profile={profile} save={save} />
      <OfflineSummaryLink profile={profile} />
    </form>
  );
}

/**
 * Where the rule set leaves the span open (博士参评副高 「按相关规定执行」, 中级 under the province's set), the person sets
 * the years: the rule's own sentence is shown, and the choice is marked as theirs. Never shown where the rule set gives one.
 */
function OwnSpanField({ profile, save }: { profile: Profile; save: (patch: Partial<Profile>) => Promise<boolean> }) {
  const from = useRef<HTMLInputElement>(null);
  const to = useRef<HTMLInputElement>(null);
  const error = useSignal<string | undefined>(undefined);
  const open = openSpanRule(profile);
  if (!open) {
    return profile.ownSpan ? (
      <p class="hint own-span" data-testid="own-span-not-used">
        {t('ownSpanNotUsed', { from: profile.ownSpan.from, to: profile.ownSpan.to })}
      </p>
    ) : null;
  }
  // Either year's change reads both inputs: each shows its draft or the stored year.
  const commit = () => {
    const a = from.current!.value.trim();
    const b = to.current!.value.trim();
    if (!a || !b) return false; // both years first: half a span would flash a one-year checklist
    const span = OwnSpan.safeParse({ from: Number(a), to: Number(b) });
    if (!span.success || !/^\d{4}$/.test(a) || !/^\d{4}$/.test(b)) {
      error.value = t('ownSpanInvalid');
      return false;
    }
    error.value = undefined;
    return profile.ownSpan?.from === span.data.from && profile.ownSpan?.to === span.data.to ? true : save({ ownSpan: span.data });
  };
  const yearInput = (ref: typeof from, year: number | undefined, testId: string) => (
    <TextField
      type="number"
      min={1990}
      max={2100}
      class="year-input"
      data-testid={testId}
      aria-invalid={error.value ? 'true' : undefined}
      inputRef={ref}
      stored={year === undefined ? '' : String(year)}
      commit={commit}
      onDraftEnd={() => (error.value = undefined)}
    />
  );
  return (
    <fieldset class="own-span" data-testid="own-span">
      <legend>{t('ownSpanTitle')}</legend>
      <p class="hint" data-testid="own-span-rule">
        {t('ownSpanRuleSays')}
        <q lang="zh-CN">{open.quote ?? open.reason}</q>
        {open.citation ? <span lang="zh-CN">（{open.citation}）</span> : null}
        {open.quote ? <span lang="zh-CN"> {open.reason}</span> : null}
      </p>
      <label>
        {t('ownSpanFrom')} {yearInput(from, profile.ownSpan?.from, 'profile-span-from')}
      </label>
      <label>
        {t('ownSpanTo')} {yearInput(to, profile.ownSpan?.to, 'profile-span-to')}
      </label>
      {profile.ownSpan ? (
        <>
          <p class="own-span-mine" data-testid="own-span-mine">
            {t('ownSpanMine')}
          </p>
          <button
            type="button"
            class="link"
            onClick={() => {
              error.value = undefined; // the years' texts go with the stored span
              void save({ ownSpan: undefined });
            }}
          >
            {t('ownSpanClear')}
          </button>
        </>
      ) : null}
      {error.value && (
        <span class="field-error" role="alert">
          {error.value}
        </span>
      )}
    </fieldset>
  );
}

function NameInput({ value, onInput }: { value: string; onInput: (v: string) => void }) {
  const ref = useFocusOnMount<HTMLInputElement>();
  return <input ref={ref} value={value} onInput={(e) => onInput((e.currentTarget as HTMLInputElement).value)} required />;
}

function CancelButton({ onClick }: { onClick: () => void }) {
  const ref = useFocusOnMount<HTMLButtonElement>();
  return (
    <button ref={ref} type="button" onClick={onClick}>
      {t('cancel')}
    </button>
  );
}

function IdInput(props: ComponentProps<typeof TextField>) {
  const ref = useFocusOnMount<HTMLInputElement>();
  return <TextField inputRef={ref} {...props} />;
}

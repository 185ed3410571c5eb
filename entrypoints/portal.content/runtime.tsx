// The content-script framework (the shell, see shell.ts): recognise the screen cheaply on DOM changes, keep the panel,
// load the features once a screen is recognised and run those of the screen.
import * as preact from 'preact';
import * as preactHooks from 'preact/hooks';
import * as jsxRuntime from 'preact/jsx-runtime';
import * as signals from '@preact/signals';
import { render, type ComponentChild } from 'preact';
import { computed, effect, signal } from '@preact/signals';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { Panel, PANEL_SHORTCUT, type PanelJob, type PanelModel, type PanelSection } from '../../components/panel/Panel';
import { pickStep, type NextStep } from '../../components/panel/NextStep';
import { FocusTrap } from '../../components/panel/FocusTrap';
import { findPlacement, reachableControls, type Placement } from '../../components/panel/placement';
import { diagnose, unrecognisedText, type UnrecognisedWhy } from '../../utils/portal/recognise';
import { pageStructureText } from '../../utils/portal/snapshot';
import type { Recognition, ScreenId } from '../../utils/portal/screens';
import type { Feature, FeatureAction, FeatureContext } from './feature';
import { SHELL_GLOBAL, type FeatureBundle, type ShellHook } from './shell';
import { LOAD_FEATURES, type LoadFeaturesAnswer } from '../../utils/portal/feature-bundle';
import { createPortalStore, noContext } from './portal-store';
import { guardPanelEvents } from './trusted';
import { uiLang } from '../../utils/i18n-shell';
import { readUiLanguage, watchUiLanguage } from '../../utils/ui-language';
import { panelPrefsItem } from '../../utils/shell-items';

/** Set by wxt.config.ts from XSKR_STORE (store packages); absent in unit tests. */
declare const __XSKR_STORE__: boolean | undefined;
/** The panel's shadow root: closed in store packages, open in the normal (tested) build. */
export const PANEL_SHADOW_MODE: 'open' | 'closed' = typeof __XSKR_STORE__ !== 'undefined' && __XSKR_STORE__ ? 'closed' : 'open';


/** Least time between two measurements of the page for the panel's place (each looks at every visible control). */
const LAYOUT_MS = 120;

const THROTTLE_MS = 60;

/** Cost of the page observer (callback + recognition), readable by tests/benchmarks on the panel host. */
export interface ObserverStats {
  ms: number;
  runs: number;
}

/**
 * Where the features come from: the shell's loader (index.ts: asks the background to inject the features' bundle, see
 * shell.ts), or the features themselves (unit tests; no ledger context then).
 */
export type FeatureSource = readonly Feature[] | (() => Promise<FeatureBundle>);

/** The shell's hook for the features' bundle, on this isolated world's globalThis (shell.ts). */
export function exposeShell(register: (bundle: FeatureBundle) => void): void {
  const hook: ShellHook = { lib: { preact, hooks: preactHooks, jsxRuntime, signals }, register };
  (globalThis as Record<string, unknown>)[SHELL_GLOBAL] = hook;
}

/**
 * Asks the background to inject the features' bundle into this frame (utils/portal/feature-bundle.ts) and resolves
 * with what it registers through the shell's hook. The bundle runs before the background answers.
 */
export function requestFeatureBundle(): Promise<FeatureBundle> {
  return new Promise((resolve, reject) => {
    exposeShell(resolve);
    browser.runtime.sendMessage({ type: LOAD_FEATURES }).then((answer: unknown) => {
      const a = answer as LoadFeaturesAnswer | undefined;
      reject(new Error(a?.ok === true ? '学时助手的功能没有载入' : (a?.reason ?? '后台没有回答')));
    }, reject); // after resolve (the bundle registered), reject does nothing
  });
}

export async function startPortal(wxt: ContentScriptContext, source: FeatureSource): Promise<void> {
  const doc = document;
  /** The features once loaded (null: not yet). */
  let bundle: FeatureBundle | null = typeof source === 'function' ? null : { features: source, requestContext: noContext, uiLang };
  let loading: Promise<void> | null = null;
  // The context is asked for only when a screen's features start, that is once the bundle is there.
  const store = createPortalStore(() => (bundle ?? { requestContext: noContext }).requestContext());
  const prefs = await panelPrefsItem.getValue();
  // The panel speaks the UI language chosen in the popup / options page, and follows it when it changes. Only our own
  // signal is set: the portal page's <html lang> is not ours.
  uiLang.value = await readUiLanguage();
  watchUiLanguage((lang) => (uiLang.value = lang), wxt.signal);
  if (wxt.isInvalid) return;

  const screen = signal<ScreenId | null>(null);
  const sectionMap = signal<ReadonlyMap<string, PanelSection>>(new Map());
  const job = signal<PanelJob | null>(null);
  /** Why the page was not recognised, as data: the panel words it in the UI language (computed, so a switch rewords it). */
  const unrecognisedWhy = signal<UnrecognisedWhy | null>(null);
  const unrecognised = computed(() => (unrecognisedWhy.value ? unrecognisedText(unrecognisedWhy.value, uiLang.value) : null));
  const overlay = signal<ComponentChild | null>(null);
  const collapsed = signal(prefs.collapsed);
  const closedSections = signal<ReadonlySet<string>>(new Set(prefs.closedSections));
  const placement = signal<Placement | null>(null);
  /** The user opened the panel where no free space was left: it lies over the page until collapsed or the screen changes. */
  const forcedOpen = signal(false);
  const stepMap = signal<ReadonlyMap<string, { step: NextStep; order: number }>>(new Map());
  const focusNext = signal(0);
  const savePrefs = () => void panelPrefsItem.setValue({ collapsed: collapsed.value, closedSections: [...closedSections.value] }).catch(() => undefined);
  const model: PanelModel = {
    screen,
    sections: computed(() => [...sectionMap.value.values()].sort((a, b) => a.order - b.order || a.id.localeCompare(b.id))),
    context: store.context,
    collapsed,
    placement,
    nextStep: computed(() => pickStep(stepMap.value.values())),
    focusNext,
    closedSections,
    onToggleSection(id) {
      const next = new Set(closedSections.value);
      if (!next.delete(id)) next.add(id);
      closedSections.value = next;
      savePrefs();
    },
    onOpenPill() {
      forcedOpen.value = true;
      relayout(true);
    },
    job,
    unrecognised,
    async copyStructure() {
      const text = pageStructureText(doc);
      try {
        await navigator.clipboard.writeText(text);
        return { text, copied: true };
      } catch {
        return { text, copied: false };
      }
    },
    onCollapse(c) {
      collapsed.value = c;
      forcedOpen.value = false;
      savePrefs();
      relayout(true);
    },
  };

  const ui = await createShadowRootUi<HTMLElement>(wxt, {
    name: 'xskr-panel',
    // Store packages (test/store/package.mjs, XSKR_STORE=1) close the root, so a page script cannot reach into the panel
    // at all (issue 11); the normal build keeps it open: Playwright's getByTestId and outside acceptance tests pierce
    // open roots (contract.md), and trusted.ts already ignores everything but the user's own events.
    mode: PANEL_SHADOW_MODE,
    position: 'inline',
    anchor: 'body',
    append: 'last',
    isolateEvents: true, // typing in the panel must not reach the page's key handlers
    onMount(container, _shadow, host) {
      host.setAttribute('data-testid', 'xskr-panel');
      guardPanelEvents(container, host, wxt.signal); // only the user's own clicks and keys reach the panel
      render(
        <>
          <Panel model={model} />
          <Overlay />
        </>,
        container,
      );
      return container;
    },
    onRemove(container) {
      if (container) render(null, container);
    },
  });
  function Overlay() {
    const o = overlay.value;
    // While a question is open the keyboard stays in it; the focus goes back to where it was when it closes.
    return o ? (
      <FocusTrap class="xskr-overlay" returnTo={() => doc.activeElement}>
        {o}
      </FocusTrap>
    ) : null;
  }
  if (wxt.isInvalid) return;
  ui.mount();
  const host = ui.shadowHost;

  const stats: ObserverStats = { ms: 0, runs: 0 };
  /** Jobs holding recognition back (deferRecognition), and whether the page changed meanwhile. */
  let deferring = 0;
  let changedWhileDeferred = false;
  interface Screen {
    key: string;
    rec: Recognition | null;
    controller: AbortController;
    listeners: Set<() => void>;
    /** Its features ran (they wait for the bundle on the first recognised screen). */
    started: boolean;
  }
  let current: Screen | null = null;
  const ids = new WeakMap<Element, number>();
  let nextId = 1;
  const idOf = (el: Element) => ids.get(el) ?? (ids.set(el, nextId++), nextId - 1);

  /**
   * Our own job drives the portal (fill-years: five 新增 dialogs opened, filled, saved): its changes are recognised
   * once, when it ends, not each one (every dialog would start and stop the features of a screen the job passes
   * through). Whatever the user changed meanwhile is recognised then too. The panel's place is measured then as well
   * (each measurement looks at every control under the window; the job's own progress lines would ask each time).
   */
  function deferRecognition(): () => void {
    deferring++;
    let resumed = false;
    return () => {
      if (resumed) return;
      resumed = true;
      deferring--;
      if (deferring > 0) return;
      if (!changedWhileDeferred) return scheduleLayout();
      changedWhileDeferred = false;
      window.clearTimeout(timer);
      timer = 0;
      evaluate(); // and the panel's place (scheduleLayout)
    };
  }

  function startScreen(rec: Recognition | null) {
    current?.controller.abort();
    sectionMap.value = new Map();
    stepMap.value = new Map();
    forcedOpen.value = false;
    placement.value = null; // a new screen: find its free space afresh
    // The overlay is not cleared here: a job's question outlives the screen (the feature that shows a
    // screen-bound overlay, like the submit guard, clears it on its own signal).
    screen.value = rec?.screen ?? null;
    if (rec) host.setAttribute('data-page', rec.screen);
    else host.removeAttribute('data-page');
    // A top page that only frames the portal: let the frame's panel speak.
    host.hidden = !rec && window === window.top && doc.querySelector('iframe') !== null;
    const controller = new AbortController();
    const listeners = new Set<() => void>();
    current = { key: rec ? `${rec.screen}:${rec.variant}:${idOf(rec.root)}` : '', rec, controller, listeners, started: false };
    if (!rec) return;
    if (bundle) runFeatures(current);
    else loadFeatures();
  }

  /** Loads the features' bundle once (the first recognised screen asks), then runs them on the screen showing then. */
  function loadFeatures() {
    if (loading || typeof source !== 'function') return;
    loading = source()
      .then((b) => {
        if (wxt.isInvalid) return;
        bundle = b;
        host.setAttribute('data-xskr-features', 'loaded'); // for tests: the features came with a recognised screen
        // The bundle has its own copy of the UI-language signal (utils/i18n-shell.ts): keep it ours.
        const stop = effect(() => void (b.uiLang.value = uiLang.value));
        wxt.signal.addEventListener('abort', stop, { once: true });
        if (current?.rec && !current.started && !current.controller.signal.aborted) runFeatures(current);
      })
      .catch((e: unknown) => {
        loading = null; // the next screen asks again
        console.error('[学时助手] features', e);
      });
  }

  function runFeatures(screen: Screen) {
    const rec = screen.rec;
    if (!bundle || !rec) return;
    screen.started = true;
    const { controller, listeners } = screen;
    const actions = new Map<string, FeatureAction>();
    store.enterScreen(rec.screen); // the ledger context on applicant screens only
    for (const feature of bundle.features) {
      if (!feature.include.includes(rec.screen)) continue;
      const order = feature.order ?? 100;
      const ctx: FeatureContext = {
        screen: rec.screen,
        recognition: rec,
        doc,
        root: rec.root,
        signal: controller.signal,
        lifetime: wxt.signal,
        store,
        ui: { job, overlay, expand: () => model.onCollapse(false), deferRecognition },
        actions,
        nextStep(step) {
          if (controller.signal.aborted) return;
          const next = new Map(stepMap.peek());
          if (step) next.set(feature.id, { step, order });
          else next.delete(feature.id);
          stepMap.value = next;
        },
        render(section) {
          if (controller.signal.aborted) return;
          // peek(): rendering writes the sections; reading them tracked would subscribe a caller inside an effect to them.
          const next = new Map(sectionMap.peek());
          next.set(feature.id, { id: feature.id, order, render: section });
          sectionMap.value = next;
        },
        onPageChange(fn) {
          if (controller.signal.aborted) return;
          listeners.add(() => {
            try {
              fn();
            } catch (e) {
              console.error(`[学时助手] ${feature.id}`, e);
            }
          });
        },
      };
      try {
        const p = feature.init(ctx);
        if (p) p.catch((e: unknown) => console.error(`[学时助手] ${feature.id}`, e));
      } catch (e) {
        console.error(`[学时助手] ${feature.id}`, e);
      }
    }
  }

  function evaluate() {
    const t0 = performance.now();
    try {
      if (!host.isConnected && doc.body) doc.body.append(host); // a page re-render removed us
      const { recognition: rec, why } = diagnose(doc);
      const nextWhy = rec ? null : (why ?? null);
      if (JSON.stringify(nextWhy) !== JSON.stringify(unrecognisedWhy.value)) unrecognisedWhy.value = nextWhy;
      const key = rec ? `${rec.screen}:${rec.variant}:${idOf(rec.root)}` : '';
      if (!current || key !== current.key) startScreen(rec);
      else for (const fn of current.listeners) fn();
      scheduleLayout();
    } catch (e) {
      console.error('[学时助手] recognise', e);
    } finally {
      stats.ms += performance.now() - t0;
      stats.runs++;
      host.setAttribute('data-xskr-observer-ms', stats.ms.toFixed(1));
      host.setAttribute('data-xskr-observer-runs', String(stats.runs));
    }
  }

  // The panel's place: measured after the page settles (and the panel rendered), at most every LAYOUT_MS.
  let layoutTimer = 0;
  let lastLayout = 0;
  let layoutMs = 0;
  function relayout(fresh = false) {
    if (host.hidden || !host.isConnected) return;
    const t0 = performance.now();
    const view = doc.defaultView ?? window;
    const panelEl = ui.shadow.querySelector<HTMLElement>('.xskr-panel'); // not host.shadowRoot: null when closed
    const body = panelEl?.querySelector<HTMLElement>('.xskr-body');
    const head = panelEl?.querySelector<HTMLElement>('.xskr-head');
    const wantHeight = Math.min(560, (head?.offsetHeight ?? 30) + (body?.scrollHeight ?? 300) + 4);
    const obstacles = reachableControls(doc, host);
    const next = forcedOpen.value
      ? ({ shape: 'band', left: 8, top: 8, width: view.innerWidth - 16, maxHeight: Math.round(view.innerHeight * 0.4), anchorBottom: false } satisfies Placement)
      : findPlacement(obstacles, view.innerWidth, view.innerHeight, { wantHeight, current: fresh ? null : placement.peek(), collapsed: collapsed.value });
    const prev = placement.peek();
    if (!prev || JSON.stringify(prev) !== JSON.stringify(next)) placement.value = next;
    host.setAttribute('data-xskr-placement', next.shape);
    lastLayout = performance.now();
    stats.ms += lastLayout - t0;
    layoutMs += lastLayout - t0;
    host.setAttribute('data-xskr-layout-ms', layoutMs.toFixed(1)); // the placement's share of the observer's time
  }
  function scheduleLayout() {
    if (layoutTimer || deferring > 0) return; // a job driving the page: measured once it ends (deferRecognition)
    const wait = Math.max(16, LAYOUT_MS - (performance.now() - lastLayout));
    layoutTimer = window.setTimeout(() => {
      layoutTimer = 0;
      requestAnimationFrame(() => {
        try {
          relayout();
        } catch (e) {
          console.error('[学时助手] layout', e);
        }
      });
    }, wait);
  }
  // New or changed sections and steps change what the panel needs: find its place again (it keeps it while still free).
  const stopLayoutEffect = effect(() => {
    void sectionMap.value;
    void stepMap.value;
    void job.value;
    scheduleLayout();
  });
  wxt.signal.addEventListener('abort', stopLayoutEffect, { once: true });
  wxt.addEventListener(window, 'resize', scheduleLayout);
  // A portal dialog taller than the window scrolls in its wrapper: its controls move under a still panel.
  doc.addEventListener('scroll', scheduleLayout, { capture: true, passive: true, signal: wxt.signal });
  // The keyboard shortcut (shown in the panel's header): open the panel and focus its next step.
  doc.addEventListener(
    'keydown',
    (e) => {
      if (!e.isTrusted || !PANEL_SHORTCUT.matches(e) || host.hidden) return;
      e.preventDefault();
      if (collapsed.value) model.onCollapse(false);
      focusNext.value++;
    },
    { capture: true, signal: wxt.signal },
  );

  let timer = 0;
  const schedule = () => {
    if (deferring > 0) changedWhileDeferred = true;
    else if (!timer) timer = window.setTimeout(() => ((timer = 0), evaluate()), THROTTLE_MS);
  };
  // Table rows and cells toggle classes on hover; such attribute changes never change the screen.
  const QUIET = new Set(['TR', 'TD', 'TH', 'INPUT', 'TEXTAREA']);
  const relevant = (r: MutationRecord) =>
    r.target !== host && !(r.type === 'attributes' && QUIET.has((r.target as Element).tagName));
  const observer = new MutationObserver((records) => {
    const t0 = performance.now();
    if (records.some(relevant)) schedule();
    stats.ms += performance.now() - t0;
  });
  observer.observe(doc.body, {
    childList: true,
    subtree: true,
    characterData: true,
    attributes: true,
    attributeFilter: ['style', 'class', 'hidden', 'aria-hidden'],
  });
  wxt.addEventListener(window, 'wxt:locationchange', schedule);
  wxt.addEventListener(window, 'hashchange', schedule);
  wxt.onInvalidated(() => {
    observer.disconnect();
    window.clearTimeout(timer);
    window.clearTimeout(layoutTimer);
    current?.controller.abort();
    current = null;
  });
  evaluate();
}

// The content-script framework: recognise the screen cheaply on DOM changes, keep the panel, run the features.
import { render, type ComponentChild } from 'preact';
import { computed, signal } from '@preact/signals';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { Panel, type PanelJob, type PanelModel, type PanelSection } from '../../components/panel/Panel';
import { diagnose } from '../../utils/portal/recognise';
import { pageStructureText } from '../../utils/portal/snapshot';
import type { Recognition, ScreenId } from '../../utils/portal/screens';
import type { Feature, FeatureContext } from './feature';
import { createPortalStore } from './store';
import { guardPanelEvents } from './trusted';
import { uiLang } from '../../utils/i18n';
import { readUiLanguage, watchUiLanguage } from '../../utils/ui-language';

const PREFS_KEY = 'xskr:panel';
interface PanelPrefs {
  collapsed: boolean;
  left: number;
  bottom: number;
}

async function loadPrefs(): Promise<PanelPrefs> {
  // Bottom-left: the portal's dialogs put their 保存/下一步/关闭 buttons bottom-right.
  const fallback: PanelPrefs = { collapsed: false, left: 8, bottom: 8 };
  try {
    const got = (await browser.storage.local.get(PREFS_KEY))[PREFS_KEY] as Partial<PanelPrefs> | undefined;
    return {
      collapsed: typeof got?.collapsed === 'boolean' ? got.collapsed : fallback.collapsed,
      left: typeof got?.left === 'number' ? got.left : fallback.left,
      bottom: typeof got?.bottom === 'number' ? got.bottom : fallback.bottom,
    };
  } catch {
    return fallback;
  }
}

const THROTTLE_MS = 60;

/** Cost of the page observer (callback + recognition), readable by tests/benchmarks on the panel host. */
export interface ObserverStats {
  ms: number;
  runs: number;
}

export async function startPortal(wxt: ContentScriptContext, features: readonly Feature[]): Promise<void> {
  const doc = document;
  const store = createPortalStore();
  const prefs = await loadPrefs();
  // The panel speaks the UI language chosen in the popup / options page, and follows it when it changes. Only our own
  // signal is set: the portal page's <html lang> is not ours.
  uiLang.value = await readUiLanguage();
  watchUiLanguage((lang) => (uiLang.value = lang), wxt.signal);
  if (wxt.isInvalid) return;

  const screen = signal<ScreenId | null>(null);
  const sectionMap = signal<ReadonlyMap<string, PanelSection>>(new Map());
  const job = signal<PanelJob | null>(null);
  const unrecognised = signal<string | null>(null);
  const overlay = signal<ComponentChild | null>(null);
  const collapsed = signal(prefs.collapsed);
  const layout = signal<'corner' | 'band'>('corner');
  const position = signal({ left: prefs.left, bottom: prefs.bottom });
  const savePrefs = () =>
    void browser.storage.local
      .set({ [PREFS_KEY]: { collapsed: collapsed.value, ...position.value } satisfies PanelPrefs })
      .catch(() => undefined);
  const model: PanelModel = {
    screen,
    sections: computed(() => [...sectionMap.value.values()].sort((a, b) => a.order - b.order || a.id.localeCompare(b.id))),
    context: store.context,
    collapsed,
    layout,
    position,
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
      savePrefs();
    },
    onMove(p) {
      position.value = p;
      savePrefs();
    },
  };

  const ui = await createShadowRootUi<HTMLElement>(wxt, {
    name: 'xskr-panel',
    mode: 'open', // Playwright's getByTestId pierces open shadow roots; the page cannot style inside either way
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
    return o ? <div class="xskr-overlay">{o}</div> : null;
  }
  if (wxt.isInvalid) return;
  ui.mount();
  const host = ui.shadowHost;

  const stats: ObserverStats = { ms: 0, runs: 0 };
  let current: { key: string; controller: AbortController; listeners: Set<() => void> } | null = null;
  const ids = new WeakMap<Element, number>();
  let nextId = 1;
  const idOf = (el: Element) => ids.get(el) ?? (ids.set(el, nextId++), nextId - 1);

  function startScreen(rec: Recognition | null) {
    current?.controller.abort();
    sectionMap.value = new Map();
    // The overlay is not cleared here: a job's question outlives the screen (the feature that shows a
    // screen-bound overlay, like the submit guard, clears it on its own signal).
    screen.value = rec?.screen ?? null;
    layout.value = rec && rec.root !== doc.body ? 'band' : 'corner';
    if (rec) host.setAttribute('data-page', rec.screen);
    else host.removeAttribute('data-page');
    // A top page that only frames the portal: let the frame's panel speak.
    host.hidden = !rec && window === window.top && doc.querySelector('iframe') !== null;
    const controller = new AbortController();
    const listeners = new Set<() => void>();
    current = { key: rec ? `${rec.screen}:${rec.variant}:${idOf(rec.root)}` : '', controller, listeners };
    if (!rec) return;
    store.enterScreen(rec.screen); // the ledger context on applicant screens only
    for (const feature of features) {
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
        ui: { job, overlay, expand: () => model.onCollapse(false) },
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
      const { recognition: rec, reason } = diagnose(doc);
      unrecognised.value = rec ? null : (reason ?? null);
      const key = rec ? `${rec.screen}:${rec.variant}:${idOf(rec.root)}` : '';
      if (!current || key !== current.key) startScreen(rec);
      else for (const fn of current.listeners) fn();
    } catch (e) {
      console.error('[学时助手] recognise', e);
    } finally {
      stats.ms += performance.now() - t0;
      stats.runs++;
      host.setAttribute('data-xskr-observer-ms', stats.ms.toFixed(1));
      host.setAttribute('data-xskr-observer-runs', String(stats.runs));
    }
  }

  let timer = 0;
  const schedule = () => {
    if (!timer) timer = window.setTimeout(() => ((timer = 0), evaluate()), THROTTLE_MS);
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
    current?.controller.abort();
    current = null;
  });
  evaluate();
}

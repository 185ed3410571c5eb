// The contract between the content-script framework (runtime.ts) and one feature file.
// See README.md beside this file.
import type { ComponentChild } from 'preact';
import type { Signal } from '@preact/signals';
import type { PanelJob } from '../../components/panel/Panel';
import type { NextStep } from '../../components/panel/NextStep';
import type { Recognition, ScreenId } from '../../utils/portal/screens';
import type { PortalStore } from './portal-store';

export interface FeatureContext {
  /** The recognised screen (also `recognition.screen`). */
  screen: ScreenId;
  recognition: Recognition;
  /** The (frame) document the screen lives in. */
  doc: Document;
  /** The dialog or page body holding the screen: query inside it, not the whole document. */
  root: HTMLElement;
  /** Aborted when the screen changes (route, tab, dialog) or the content script unloads. Pass it to every listener. */
  signal: AbortSignal;
  /**
   * Renders a preact section into the panel, under this feature's id; call again to re-render.
   * Removed automatically when `signal` aborts.
   */
  render(section: () => ComponentChild): void;
  /**
   * Offers the panel's first line for this screen: what to do now and one primary button for it (null withdraws it).
   * The panel shows the offer with the lowest `priority` (default: the feature's `order`); call again to update.
   */
  nextStep(step: NextStep | null): void;
  /**
   * What the features of this screen let the next step start, by name ('fill-years', 'fill-applicant',
   * 'attach-evidence'): features never import each other, they meet here. Emptied when the screen changes.
   */
  actions: Map<string, FeatureAction>;
  /** Calls `fn` (debounced) whenever the page's DOM changes while this screen stays; stops on abort. */
  onPageChange(fn: () => void): void;
  /** State shared by all features of this frame: the active profile's context from the background, last findings … */
  store: PortalStore;
  /** Aborted only when the content script unloads: for jobs that span several screens (a fill opens dialogs). */
  lifetime: AbortSignal;
  /** Panel-wide UI that outlives one screen. */
  ui: {
    /** A running job's progress, shown at the bottom of the panel on every screen. */
    job: Signal<PanelJob | null>;
    /** A question or confirmation over the page (e.g. submit-guard); null hides it. */
    overlay: Signal<ComponentChild | null>;
    /** Expands the panel if the user collapsed it (for questions that need an answer). */
    expand(): void;
    /**
     * While our own job drives the portal's controls: DOM changes are not re-recognised one by one (each dialog the job
     * opens and closes would restart the screen's features) but once, when the returned function is called — user
     * changes in between are seen then. runJob calls it for the jobs that ask (fill-years).
     */
    deferRecognition?(): () => void;
  };
}

/** A job one feature offers the others on this screen (see FeatureContext.actions). */
export interface FeatureAction {
  run(): Promise<unknown> | void;
  /** The year it acts on, when it acts on one (the upload dialog's year). */
  year?: number;
}

export interface Feature {
  /** kebab-case, equal to the file name (without extension). */
  id: string;
  /** Screens this feature runs on. */
  include: readonly ScreenId[];
  /** One-line Chinese description (listed in README.md; a test checks it). */
  description: string;
  /** Sections are rendered in the panel in ascending `order` (default 100). */
  order?: number;
  init(ctx: FeatureContext): void | Promise<void>;
}

/** Identity helper that gives type checking and a single place to add defaults. */
export function defineFeature(feature: Feature): Feature {
  return feature;
}

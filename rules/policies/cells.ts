import type { Cell } from '../ruleset';

/** A value the text states. */
export const h = (hours: number): Cell => ({ hours });
/** A case the text does not state: no hours, and a zh-CN note saying so. */
export const silent = (note: string): Cell => ({ hours: null, note });
/** A value the text states, with a note on how we read it. */
export const read = (hours: number, note: string): Cell => ({ hours, note });

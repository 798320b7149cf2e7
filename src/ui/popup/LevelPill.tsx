import type { Level } from '../../signals/assessment';
import { LEVEL_LABEL } from '../level-text';

/** A risk level in words on its colour: the colour is never the only cue. */
export function LevelPill({ level }: { level: Level }) {
  return <span class={`pill pill--${level}`}>{LEVEL_LABEL[level]}</span>;
}

import { h, render } from 'preact';
import { FindingsPanel, type FindingsPanelProps } from './FindingsPanel';

/** Renders (or, with null, removes) a badge's findings panel in `container`. */
export type PanelRenderer = (container: Element, props: FindingsPanelProps | null) => void;

export const renderFindingsPanel: PanelRenderer = (container, props) => {
  render(props ? h(FindingsPanel, props) : null, container);
};

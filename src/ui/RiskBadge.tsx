import { Component, createRef } from 'preact';
import type { Assessment } from '../signals/assessment';
import { FindingsPanel } from './FindingsPanel';
import { LEVEL_LABEL } from './level-text';
import { placePanel } from './place-panel';

interface Props {
  assessment: Assessment;
  /** Who the badge is about (supplier name), shown in the details. */
  subject: string | null;
  panelId: string;
  /** Words before the level, e.g. "Supplier" on a badge that isn't inside the supplier's card. */
  caption?: string;
}

interface State {
  open: boolean;
}

/** Browsers with the popover API show the panel in the top layer, where card overflow can't clip it. */
const SUPPORTS_POPOVER = typeof HTMLElement !== 'undefined' && 'showPopover' in HTMLElement.prototype;

/**
 * The badge on a card: a button showing the level, which opens the findings.
 * In a popover, Escape and clicking elsewhere close the panel; without
 * popover support the panel opens inline under the badge.
 * (A class component keeps preact/hooks out of the 20 KB content scripts.)
 */
export class RiskBadge extends Component<Props, State> {
  override state: State = { open: false };
  private readonly button = createRef<HTMLButtonElement>();
  private readonly popover = createRef<HTMLDivElement>();
  /** Whether the panel was open when the pointer went down: light dismiss closes it before the click. */
  private openAtPointerDown: boolean | null = null;

  override componentDidMount(): void {
    this.popover.current?.addEventListener('toggle', this.onToggle);
  }

  override componentWillUnmount(): void {
    this.popover.current?.removeEventListener('toggle', this.onToggle);
  }

  override componentDidUpdate(_props: Props, previous: State): void {
    const popover = this.popover.current;
    if (!this.state.open || previous.open || !popover || !SUPPORTS_POPOVER) return;
    // Shown and placed in one task, after the content rendered: no frame at the wrong spot.
    if (!popover.matches(':popover-open')) popover.showPopover();
    if (this.button.current) placePanel(popover, this.button.current.getBoundingClientRect());
  }

  private readonly onToggle = (event: Event) => {
    if ((event as ToggleEvent).newState === 'closed' && this.state.open) this.setState({ open: false });
  };

  private readonly onPointerDown = () => {
    this.openAtPointerDown = this.state.open;
  };

  private readonly onClick = () => {
    const wasOpen = this.openAtPointerDown ?? this.state.open;
    this.openAtPointerDown = null;
    if (wasOpen) this.close(false);
    else this.setState({ open: true });
  };

  private readonly close = (refocus = true) => {
    const popover = this.popover.current;
    if (SUPPORTS_POPOVER && popover?.matches(':popover-open')) popover.hidePopover();
    this.setState({ open: false });
    if (refocus) this.button.current?.focus();
  };

  override render({ assessment, subject, panelId, caption }: Props, { open }: State) {
    const popoverId = `${panelId}-popover`;
    return (
      <>
        <button
          ref={this.button}
          type="button"
          class={`sr-badge sr-level--${assessment.level}`}
          aria-expanded={open}
          aria-controls={popoverId}
          aria-label={`Supplier Radar: ${caption ? `${caption} ` : ''}${LEVEL_LABEL[assessment.level]}. Show why`}
          onPointerDown={this.onPointerDown}
          onClick={this.onClick}
        >
          <span class="sr-badge__dot" aria-hidden="true" />
          {caption ? `${caption}: ${LEVEL_LABEL[assessment.level]}` : LEVEL_LABEL[assessment.level]}
        </button>
        {SUPPORTS_POPOVER || open ? (
          <div
            ref={this.popover}
            id={popoverId}
            popover={SUPPORTS_POPOVER ? 'auto' : undefined}
            class={SUPPORTS_POPOVER ? 'sr-popover' : 'sr-popover sr-popover--inline'}
          >
            {open ? (
              <FindingsPanel id={panelId} assessment={assessment} subject={subject} onClose={this.close} />
            ) : null}
          </div>
        ) : null}
      </>
    );
  }
}

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
}

interface State {
  open: boolean;
}

/** Browsers with the popover API open the panel in the top layer, where card overflow can't clip it. */
const SUPPORTS_POPOVER = typeof HTMLElement !== 'undefined' && 'showPopover' in HTMLElement.prototype;

/**
 * The badge on a card: a button showing the level, which opens the findings.
 * With popover support the browser toggles the panel (popovertarget), so
 * Escape and click-outside close it; elsewhere the button toggles it inline.
 * (A class component keeps preact/hooks out of the 20 KB content scripts.)
 */
export class RiskBadge extends Component<Props, State> {
  override state: State = { open: false };
  private readonly button = createRef<HTMLButtonElement>();
  private readonly popover = createRef<HTMLDivElement>();

  override componentDidMount(): void {
    this.popover.current?.addEventListener('beforetoggle', this.onBeforeToggle);
  }

  override componentWillUnmount(): void {
    this.popover.current?.removeEventListener('beforetoggle', this.onBeforeToggle);
  }

  private readonly onBeforeToggle = (event: Event) => {
    const opening = (event as ToggleEvent).newState === 'open';
    if (opening && this.popover.current && this.button.current) {
      placePanel(this.popover.current, this.button.current.getBoundingClientRect());
    }
    this.setState({ open: opening });
  };

  private readonly close = () => {
    if (SUPPORTS_POPOVER) this.popover.current?.hidePopover();
    else this.setState({ open: false });
    this.button.current?.focus();
  };

  override render({ assessment, subject, panelId }: Props, { open }: State) {
    const popoverId = `${panelId}-popover`;
    return (
      <>
        <button
          ref={this.button}
          type="button"
          class={`sr-badge sr-level--${assessment.level}`}
          aria-expanded={open}
          aria-controls={popoverId}
          aria-label={`Supplier Radar: ${LEVEL_LABEL[assessment.level]}. Show why`}
          popovertarget={SUPPORTS_POPOVER ? popoverId : undefined}
          onClick={SUPPORTS_POPOVER ? undefined : () => this.setState({ open: !open })}
        >
          <span class="sr-badge__dot" aria-hidden="true" />
          {LEVEL_LABEL[assessment.level]}
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

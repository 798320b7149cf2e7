import { useLayoutEffect, useRef, useState } from 'preact/hooks';
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

/**
 * The badge on a card: a button showing the level, which opens the findings.
 * The panel is a popover, so card overflow and transforms can't clip it.
 */
export function RiskBadge({ assessment, subject, panelId }: Props) {
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);

  useLayoutEffect(() => {
    const panel = panelRef.current;
    const button = buttonRef.current;
    if (!open || !panel || !button) return;
    placePanel(panel, button.getBoundingClientRect());
    if (typeof panel.showPopover === 'function' && !panel.matches(':popover-open')) panel.showPopover();
    // Light dismiss (Escape, click outside) closes the popover; keep state in step.
    const onToggle = (event: Event) => {
      if ((event as ToggleEvent).newState === 'closed') setOpen(false);
    };
    panel.addEventListener('toggle', onToggle);
    return () => panel.removeEventListener('toggle', onToggle);
  }, [open]);

  const close = () => {
    setOpen(false);
    buttonRef.current?.focus();
  };

  return (
    <>
      <button
        ref={buttonRef}
        type="button"
        class={`sr-badge sr-level--${assessment.level}`}
        aria-expanded={open}
        aria-controls={panelId}
        aria-label={`Supplier Radar: ${LEVEL_LABEL[assessment.level]}. Show why`}
        onClick={() => setOpen(!open)}
      >
        <span class="sr-badge__dot" aria-hidden="true" />
        {LEVEL_LABEL[assessment.level]}
      </button>
      {open ? (
        <div ref={panelRef} popover="auto" class="sr-popover">
          <FindingsPanel id={panelId} assessment={assessment} subject={subject} onClose={close} />
        </div>
      ) : null}
    </>
  );
}

import { useState } from 'preact/hooks';
import type { RiskyCard } from '../../messaging/page-protocol';
import { LevelPill } from './LevelPill';
import type { TabRequest } from './popup-deps';

interface Props {
  cards: RiskyCard[];
  sendToTab(message: TabRequest): Promise<unknown>;
}

/** The page's riskiest cards, each a button that scrolls the page to it and focuses its badge. */
export function RiskiestCards({ cards, sendToTab }: Props) {
  const [status, setStatus] = useState('');
  if (cards.length === 0) return null;

  const show = async (card: RiskyCard) => {
    const what = card.title ?? card.subject ?? 'the card';
    try {
      const answer = await sendToTab({ type: 'scroll-to-card', key: card.key });
      const found = !!answer && typeof answer === 'object' && (answer as { ok?: unknown }).ok === true;
      setStatus(found ? `Showing ${what} on the page.` : `${what} is no longer on the page.`);
    } catch {
      setStatus("Couldn't reach the page: reload it and reopen this popup.");
    }
  };

  return (
    <section class="riskiest" aria-labelledby="riskiest-title" data-testid="riskiest">
      <h3 id="riskiest-title" class="popup__subhead">
        Riskiest on this page
      </h3>
      <ul class="riskiest__list">
        {cards.map((card) => (
          <li key={card.key}>
            <button type="button" class="riskiest__row" onClick={() => void show(card)}>
              <span class="riskiest__top">
                <LevelPill level={card.level} />
                <span class="riskiest__what">
                  {[card.title, card.subject].filter(Boolean).join(' · ') || 'A listing'}
                </span>
              </span>
              {card.finding ? <span class="riskiest__why">{card.finding}</span> : null}
            </button>
          </li>
        ))}
      </ul>
      <p class="popup__status" role="status" aria-live="polite" data-testid="riskiest-status">
        {status}
      </p>
    </section>
  );
}

import type { ChatDismissal } from '../messaging/chat-protocol';

export type AskDismissal = (conversation: string, dismissed?: boolean) => Promise<ChatDismissal>;

/**
 * "I know this sender", per conversation, as the background remembers it
 * (so it holds across visits and frames). Asked once per conversation;
 * a background that can't answer counts as "not dismissed": warnings show.
 */
export class Dismissals {
  private readonly known = new Map<string, boolean>();
  private readonly asking = new Map<string, Promise<boolean>>();

  constructor(private readonly ask: AskDismissal) {}

  /** Whether warnings in `conversation` are hidden (asks the background the first time). */
  isDismissed(conversation: string): Promise<boolean> {
    const known = this.known.get(conversation);
    if (known !== undefined) return Promise.resolve(known);
    let asking = this.asking.get(conversation);
    if (!asking) {
      asking = this.ask(conversation).then(
        (answer) => answer?.dismissed === true,
        () => false,
      );
      this.asking.set(conversation, asking);
      void asking.then((value) => {
        if (!this.known.has(conversation)) this.known.set(conversation, value);
        this.asking.delete(conversation);
      });
    }
    return asking;
  }

  /** The state when already known, without asking. */
  knownState(conversation: string): boolean | undefined {
    return this.known.get(conversation);
  }

  /** Sets it in the background; resolves to the state the background now holds (throws when it refused). */
  async set(conversation: string, dismissed: boolean): Promise<boolean> {
    const answer = await this.ask(conversation, dismissed);
    const state = answer?.dismissed === true;
    this.known.set(conversation, state);
    return state;
  }
}

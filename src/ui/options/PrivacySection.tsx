/** What Supplier Radar keeps, where, and how to remove it. */
export function PrivacySection() {
  return (
    <section id="privacy" data-testid="privacy">
      <h2>Privacy</h2>
      <p>
        Everything Supplier Radar does happens on this device. There is no account and no server: the
        extension makes no network requests of its own. It reads the Alibaba.com pages you open in your
        browser, and nothing it learns from them leaves this device.
      </p>
      <p>What it keeps, in this browser's extension storage and IndexedDB:</p>
      <ul>
        <li>
          your shortlist: the suppliers you saved, what their pages showed at each visit, and your notes,
          tags, checklist and saved offers;
        </li>
        <li>prices seen on the search pages you visited, to compare later offers with;</li>
        <li>
          for the chat guard, a one-way fingerprint and the last four characters of each bank account a chat
          gave (never the number itself), and the chats you marked “I know this sender”;
        </li>
        <li>your settings: rules, target prices, exchange rates and the suppliers you verified.</li>
      </ul>
      <p>
        To remove it, use “Delete everything” above, or the buttons of each section. Removing the extension
        from the browser deletes all of it too.
      </p>
    </section>
  );
}

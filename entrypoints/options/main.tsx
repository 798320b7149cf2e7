import { render } from 'preact';
import { browser } from 'wxt/browser';
import { ChatMemorySizeSchema, PriceHistorySizeSchema } from '../../src/messaging/protocol';
import { OptionsApp, type OptionsDeps } from '../../src/ui/options/OptionsApp';
import '../../src/ui/options/options.css';

// The options page writes settings to storage itself (the background's cache
// drops its copy on the change) and asks the background about the price history.
const deps: OptionsDeps = {
  area: browser.storage.local,
  async priceHistory(clear) {
    const answer = await browser.runtime.sendMessage({
      type: clear ? 'clear-price-history' : 'price-history-size',
    });
    return PriceHistorySizeSchema.parse(answer).observations;
  },
  async chatMemory(clear) {
    const answer = await browser.runtime.sendMessage({
      type: clear ? 'clear-chat-memory' : 'chat-memory-size',
    });
    return ChatMemorySizeSchema.parse(answer);
  },
};

const root = document.getElementById('app');
if (root) render(<OptionsApp deps={deps} />, root);

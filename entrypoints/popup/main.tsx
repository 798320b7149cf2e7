import { render } from 'preact';
import { browser } from 'wxt/browser';
import { readCurrentTabSummary } from '../../src/ui/popup/current-tab';
import { PopupApp } from '../../src/ui/popup/PopupApp';
import '../../src/ui/popup/popup.css';
import '../../src/ui/popup/check-message.css';

const openOptions = () => void browser.runtime.openOptionsPage();
const root = document.getElementById('app');
if (root) {
  render(<PopupApp tab={{ kind: 'loading' }} onOpenOptions={openOptions} />, root);
  readCurrentTabSummary(browser, new URL(location.href)).then((tab) =>
    render(<PopupApp tab={tab} onOpenOptions={openOptions} />, root),
  );
}

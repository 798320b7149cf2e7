import { alibabaPageKind } from '../pages';

/**
 * Chat pages the guard runs on: the buyer's web messenger
 * (message.alibaba.com/message/…) and the chat widget's frame
 * (onetalk.alibaba.com/message/weblite.htm). The seller's workbench on the
 * same host is left alone: there the incoming rows are the buyer's.
 */
export function isChatPage(url: URL): boolean {
  return alibabaPageKind(url) === 'chat' && !SELLER_WORKBENCH.test(url.pathname);
}

const SELLER_WORKBENCH = /^\/message\/weblitePWA\.htm$/i;

/**
 * Content-script matches: coarse (the manifest's patterns are all
 * `*://*.alibaba.com/…`); isChatPage checks the host again.
 */
export const CHAT_MATCHES = ['*://*.alibaba.com/message/*'];

/** URLs isChatPage accepts (tests/sites/alibaba/chat/pages.test.ts checks both lists). */
export const CHAT_PAGE_EXAMPLES = [
  'https://message.alibaba.com/message/messenger.htm#/',
  'https://message.alibaba.com/message/messenger.htm?activeAccountId=2210987654&activeAccountIdEncrypt=x&chatToken=t&productId=1600147809763#/',
  'http://message.alibaba.com/message/messenger.htm',
  'https://message.alibaba.com/message/default.htm?type=product&action=contact_supplier&productId=1600147809763',
  'https://message.alibaba.com/message/default.htm?memberId=cn1234567&memberType=seller',
  'https://onetalk.alibaba.com/message/weblite.htm#/',
];

/** URLs it must refuse: other Alibaba pages, the inquiry form, the seller's workbench, look-alike hosts. */
export const NOT_CHAT_PAGE_EXAMPLES = [
  'https://www.alibaba.com/',
  'https://www.alibaba.com/message/messenger.htm',
  'https://message.alibaba.com/msgsend/contact.htm?action=contact_action&chatToken=t',
  'https://message.alibaba.com/',
  'https://onetalk.alibaba.com/message/weblitePWA.htm?isGray=1&from=menu&hideMenu=1#/',
  'https://login.alibaba.com/newlogin/icbuLogin.htm',
  'https://www.alibaba.com/product-detail/x_1600930741831.html',
  'https://message.alibaba.com.evil.example/message/messenger.htm',
  'https://message-alibaba.com/message/messenger.htm',
];

import { PAY, CHANGE, CONTACT, LINK, PRESSURE, type ChatCase } from './case';

export const LINK_CASES: ChatCase[] = [
  { text: 'Please confirm your order at https://alibaba-orders.help/confirm', rules: [LINK] },
  { text: 'Download the invoice: http://a1ibaba.com/invoice/8831', rules: [LINK] },
  { text: 'Details here: tinyurl.com/sample-offer-88', rules: [LINK] },
  { text: 'Sign in to check the contract: https://login-alibaba.com.verify-center.net/', rules: [LINK] },
  { text: 'Pay the deposit here: https://paypal.me/sunnylamp/500', rules: [PAY, LINK] },
  // The part before "@" in a link is its disguise, not an e-mail address to write to.
  { text: 'Pay here: https://alibaba.com@evil.example/pay', rules: [PAY, LINK] },
  { text: 'Verify your buyer account: hxxps://alibaba-secure[.]co/verify', rules: [LINK] },
  // Hosts spelt with a Cyrillic "а" (\u0430) are other sites than the ones they read as (IDN homographs).
  { text: 'Pay at https://\u0430libaba.com/pay', rules: [PAY, LINK] },
  { text: 'Login at \u0430libaba.com/login to confirm the order', rules: [LINK] },
  { text: 'Pay at https://www.p\u0430ypal.com/pay', rules: [PAY, LINK] },
  // The same host in Punycode, as a page writes a link's address.
  { text: 'Confirm the order at https://xn--libaba-2nf.com/order', rules: [LINK] },
  { text: 'sales@\u0430libaba.com is my email', rules: [CONTACT, LINK] },
  { text: 'Email me at service@alibaba-support.com', rules: [CONTACT, LINK] },
  // Benign.
  {
    text: 'Here is our product: https://www.alibaba.com/product-detail/LED-lamp_1600123456789.html',
    rules: [],
  },
  { text: 'Tracking: https://www.dhl.com/en/express/tracking.html?AWB=1234567890', rules: [] },
  { text: 'Our storefront: https://sunnylamp.en.alibaba.com', rules: [] },
  { text: 'The product video is on our website www.sunnylamp.com', rules: [] },
  { text: 'Наш сайт пример.рф, там каталог.', rules: [] },
  { text: 'Email: support@alibaba.com', rules: [] },
  { text: 'Our Chinese site http://xn--fiq228c.com has the catalogue.', rules: [] },
  // A bare IP address is no business's site; the URL parser writes "3232235521" as one too.
  { text: 'Please check the link http://192.168.10.5/pay', rules: [PAY, LINK] },
  { text: 'http://3232235521/login', rules: [LINK] },
  { text: 'Version 1.2.3.4 of the app fixes the timer.', rules: [] },
  // A product's id in its Alibaba.com address, after "Power-Bank", is no bank account.
  { text: 'Is this one ok? https://www.alibaba.com/product-detail/Power-Bank_1600123456789.html', rules: [] },
  { text: 'Power bank model 16001234, 20000mAh, 1000 pcs.', rules: [] },
  // A site borrowing a carrier's name is the fake tracking or customs-fee page; the carrier's own, in any country, is not.
  { text: 'Please track your parcel at dhl-express-track.com', rules: [LINK] },
  { text: 'Track the shipment here: https://fedex-delivery-status.net/track?id=889', rules: [LINK] },
  {
    text: 'Your parcel is held, pay the customs fee at https://ups.parcel-release.com/pay',
    rules: [PAY, LINK],
  },
  { text: 'Tracking on www.dhl.co.uk/en/express/tracking.html', rules: [] },
  { text: 'Check it on https://www.fedex.com.cn/track', rules: [] },
  { text: 'Our logistics partner: www.upstream-logistics.com', rules: [] },
  { text: 'Please see the DPD tracking at dpd.co.uk', rules: [] },
  // Catalogues are shared on Drive and Dropbox; a login or a payment asked for there is a lure.
  { text: 'Please click the link to see our catalog: https://drive.google.com/file/d/1aBc/view', rules: [] },
  { text: 'Download our catalog from dropbox https://www.dropbox.com/s/abc/catalog.pdf', rules: [] },
  { text: 'Log in with your email to view the PI: https://www.dropbox.com/s/abc/PI.pdf', rules: [LINK] },
  {
    text: 'Please fill in your bank account details here https://docs.google.com/forms/d/e/abc/viewform',
    rules: [LINK],
  },
  { text: 'Download the PI here https://files.example-sunrise.com/PI.pdf', rules: [LINK] },
  // Alibaba Cloud's own site is no look-alike; a page hosted on its storage can be anyone's.
  { text: 'We host our ERP on https://www.alibabacloud.com/product/ecs', rules: [] },
  {
    text: 'Confirm your order: https://alibaba-order.oss-cn-hangzhou.aliyuncs.com/confirm.html',
    rules: [LINK],
  },
  // AliExpress's own site for the United States is no look-alike; a host that only starts with it is.
  { text: 'Our AliExpress store: https://www.aliexpress.us/store/1234', rules: [] },
  { text: 'Log in here: https://aliexpress.us.secure-login.top/pay', rules: [PAY, LINK] },
  // An app store is like a file-sharing site: a download there is ordinary, a login beside it lures.
  {
    text: 'Download our app: https://play.google.com/store/apps/details?id=com.alibaba.intl.android.apps.poseidon',
    rules: [],
  },
  {
    // The password asked for is a finding of its own.
    text: 'Log in with your Alibaba password in this app: https://play.google.com/store/apps/details?id=com.fake.trade',
    rules: [PAY, LINK],
  },
  // Marketplaces and inspection companies of the trade are no lure; a look-alike "com-orders" host is.
  { text: 'Same item on 1688: https://detail.1688.com/offer/123456.html', rules: [] },
  { text: 'Certificate check: https://www.sgs.com/en/certified-clients', rules: [] },
  { text: 'Confirm the order: https://alibaba.com-orders.net/confirm', rules: [LINK] },
  // DHL's own top-level domain (".dhl") and parcel-tracking sites are the carrier's pages, not a lure.
  { text: 'Track your parcel: https://mydhl.express.dhl/cn/en/tracking.html', rules: [] },
  {
    text: 'Your order was shipped, track here: https://www.aftership.com/track/1Z999AA10123456784',
    rules: [],
  },
  // Testing bodies' and big platforms' own pages are real sites: "verify", "download" or "invoice" beside them is no lure.
  {
    text: 'You can verify our CE certificate on https://www.tuv.com/en/certificate-check please.',
    rules: [],
  },
  { text: 'Please check the SGS report, verify at https://www.sgs.com/en/online-services', rules: [] },
  { text: 'ETL listing: https://www.intertek.com/directories/ verify with file number 5012345.', rules: [] },
  {
    text: 'The UL certificate: https://productiq.ulprospector.com/en/profile/12345 please verify.',
    rules: [],
  },
  { text: 'Apple MFi certified, check https://mfi.apple.com/account/accessory-search', rules: [] },
  {
    text: 'Instructions video for the POS setup, please download: https://www.youtube.com/watch?v=abc123',
    rules: [],
  },
  { text: 'Invoice template download from https://templates.office.com for your reference.', rules: [] },
  // Look-alikes of Alibaba.com, of a carrier or of a testing body stay lures.
  { text: 'Please verify your buyer account at https://alibaba-secure-pay.com/verify', rules: [PAY, LINK] },
  { text: 'Check your order status: http://alibeba.com/order/123', rules: [LINK] },
  { text: 'Your parcel is on hold, track it here: https://dhl-express-delivery.top/track', rules: [LINK] },
  { text: 'The SGS report is ready, log in to view it: https://sgs-verify-report.com/login', rules: [LINK] },
  // A host that only starts with a known site's domain is another site.
  {
    text: 'You can verify our CE certificate on https://tuv.com.verify-cert.xyz/check please.',
    rules: [LINK],
  },
  {
    text: 'ETL listing: https://www.intertek.com.certificate-check.cn/ verify with file number 5012345.',
    rules: [LINK],
  },
  // Shorteners hide where a link goes; payment pages are paying off the platform.
  { text: 'New price list here: https://bit.ly/3xYz', rules: [LINK] },
  { text: 'Order details: https://tinyurl.com/abc', rules: [LINK] },
  { text: 'For the sample fee you can use https://paypal.me/lilyfactory', rules: [PAY, LINK] },
  { text: 'Sample fee 50 USD: https://wise.com/pay/me/lily', rules: [PAY, LINK] },
  // On a known platform, a page anyone can publish and a redirect to another address can still lure.
  {
    text: 'Please check the SGS report, verify at https://sites.google.com/view/sgs-report-check',
    rules: [LINK],
  },
  { text: 'Verify your account here https://www.google.com/url?q=https://evil.example/login', rules: [LINK] },
  // Alibaba Group's own staff mail is a real address; a look-alike of it is not.
  { text: 'Alibaba group email for our account manager: linda.wu@alibaba-inc.com', rules: [] },
  { text: 'Please contact service@alibaba-inc-support.com to verify your account.', rules: [CONTACT, LINK] },
  // Developer, map and vendor-asset hosts, a manual on the supplier's docs site, and what its device does are no lures.
  { text: 'The firmware update file: https://github.com/xinhe-iot/firmware/releases/tag/v2.1.3', rules: [] },
  { text: 'Manual online: https://docs.xinhe-iot.com/en/quick-start', rules: [] },
  { text: 'Check the IMEI on https://www.imei.info before you order.', rules: [] },
  { text: 'Tuya IoT platform login for your developer account: https://iot.tuya.com', rules: [] },
  { text: 'The firmware will verify the license online at https://license.xinhe-iot.com/verify', rules: [] },
  { text: 'Location: https://maps.app.goo.gl/xYz123AbC', rules: [] },
  { text: 'Our factory on Google Maps: https://goo.gl/maps/AbCdEfGh123', rules: [] },
  {
    text: 'The paypal logo file for your POS sticker: https://www.paypalobjects.com/webstatic/mktg/logo/pp_cc_mark_111x69.jpg',
    rules: [],
  },
  // A goo.gl link that is not a map is a shortener; a look-alike and a lure's host still warn.
  { text: 'See https://goo.gl/AbCdEf for the offer', rules: [LINK] },
  { text: 'Verify your payment at https://paypal.com.secure-check.net', rules: [PAY, LINK] },
  { text: 'Visit https://verify-account.top now', rules: [LINK] },
  { text: 'Download the invoice at https://docs.sunny-trade.com/invoice', rules: [LINK] },
  // A third probe: addresses with another site's address inside them ('drive-google.com-share.info', 'youtu.be.factory-tour.site').
  {
    text: 'Here the product catalogue with prices: drive-google.com-share.info/catalog2024.pdf',
    rules: [LINK],
  },
  {
    text: 'see our factory video here: youtu.be.factory-tour.site/watch?v=8823 and login to watch HD',
    rules: [LINK],
  },
  // A country's own ending after "com" is a real address, not one spelt inside another.
  { text: 'see amazon.com.au/dp/123 for the same item', rules: [] },
  { text: 'Our catalogue is on https://www.google.com.hk/search?q=lianyu', rules: [] },
  // A fourth probe: written-out and spaced links, an archive named as a PDF, a spreadsheet that asks for macros, a courier's fee page.
  { text: 'file is in our cloud, tinyurl. com/ yc4p8 m2w - just type without spaces', rules: [LINK] },
  {
    text: 'here the SGS test report, open with winrar: Test_Report_SGS.pdf.rar password 1234',
    rules: [LINK],
  },
  {
    text: 'Attached is the updated PI. If you cannot see the bank details, click "Enable Editing" and "Enable Content" in Excel, the macro will show them.',
    rules: [LINK],
  },
  { text: 'h t t p s : / / alibaba-order-center . net / pi / 77612', rules: [LINK] },
  {
    text: 'Bonjour, service dédouanement Chronopost : votre colis est bloqué, des frais de 2,99 € sont à régler ici chrono-colis-frais.fr/paiement',
    rules: [LINK, PAY],
  },
  // Round 5 probe (written apart from the detector): more shorteners, a user name posing as a host, disk images.
  {
    text: 'QC photos for batch 2 are up, album here https://alibaba.com@qc-gallery.top/album/3391',
    rules: [LINK],
  },
  {
    text: 'the price list is on our drive, short link rb.gy/7hx2qd , it opens in a google login window',
    rules: [LINK],
  },
  {
    text: 'Packing list is in an ISO because the files are big, mount it and run Setup_Viewer to open the PDFs: PackingList_Q3.iso',
    rules: [LINK],
  },
  {
    text: 'hi Jon, cant share the live cam here, stream for your production: live-factorycam.top/?id=hx71 (login w/ your email)',
    rules: [LINK],
  },
  {
    text: 'sample tracking with our courier partner: cnxpress-track.vip/?no=CX882104 , it needs your phone + sms code to show the address',
    rules: [LINK],
  },
  {
    text: 'segue a nota de embarque: https://encurtador.com.br/aBx17 , abre no celular que é mais fácil',
    rules: [LINK],
  },
  { text: 'Накладная и фото груза тут: clck.ru/3AbQx7 , откроется Яндекс Диск, нужен вход', rules: [LINK] },
  { text: '인보이스 여기서 확인하세요: han.gl/inv2291 (네이버 로그인 필요)', rules: [LINK] },
  { text: '出貨文件請點：reurl.cc/9Xk2Qp ，需要用Email登入才能下載。', rules: [LINK] },
  // Round 5 probe, last fixes: follow-ups, a CLABE, an exchange house, a partner's boleto, a broker paid directly.
  { text: 'Resi dan foto barang cek di sini ya kak: lynk.id/alibaba-resi/8821', rules: [LINK] },
  // Round 6 probe, continued: programs, scripts, web pages and macro documents sent as documents, more lures and country endings for links, moves in more languages (Dutch, Polish, Romanian, Russian, Malay, Tagalog, Swahili, Hindi, Urdu, Persian), buyers reporting a scam in more languages.
  {
    text: 'HSBC Fraud Team: your wire of USD 18,200 to Shenzhen Hengda was stopped as suspicious. Re-release it within 2 hours at hsbc-secure-release.com/auth with your online banking code, or it is returned with a 45 USD fee.',
    rules: [PAY, PRESSURE, LINK],
  },
  {
    text: 'The drawing is in OneNote format (Drawing_Rev4.one), click the "View document" button inside it to load the 3D model',
    rules: [LINK],
  },
  {
    text: 'payment receipt attached as Receipt_0412.svg, open it in your browser to see the stamped copy',
    rules: [LINK],
  },
  {
    text: 'install our buyer app for live production tracking, Android only for now: hxtrack-erp.apk (Google Play version not ready yet)',
    rules: [LINK],
  },
  {
    text: 'La facture pro forma est jointe en .html pour garder la mise en page : Facture_PF_2291.html. Ouvrez-la et identifiez-vous avec votre messagerie pro.',
    rules: [LINK],
  },
  {
    text: 'Die Zeichnungen sind in einer Excel mit Makros (Zeichnungsliste_Rev3.xlsm). Bitte auf „Inhalt aktivieren" klicken, sonst werden die Maße nicht angezeigt.',
    rules: [LINK],
  },
  {
    text: 'Il certificato CE è un file firmato digitalmente, Certificato_CE_HD.vbs: lo esegua e comparirà il PDF',
    rules: [LINK],
  },
  {
    text: 'De track & trace werkt alleen via deze link: postnl.nl-pakket.info/tt/3SHDX88 (inloggen met DigiD)',
    rules: [LINK],
  },
  {
    text: 'حمّل تطبيق المتابعة الخاص بمصنعنا للأندرويد HD_Track.apk من الملف المرفق، تطبيق علي بابا لا يعرض شحنتك',
    rules: [LINK],
  },
  {
    text: 'Invois terkini ada dalam kod QR pada gambar, imbas dan log masuk dengan akaun Alibaba anda: alibaba-com.my/inv/2291',
    rules: [LINK],
  },
  { text: "수정된 견적서 첨부합니다: 견적서_최종.pdf.exe 열리지 않으면 '실행'을 눌러주세요", rules: [LINK] },
  // A seventh probe, written apart from the detector: wallets of West Africa and Korea's vouchers, changed accounts and pay instructions in more languages, Traditional Chinese, 不…就 conditions, moves to apps in Polish, Tagalog, Malay, Japanese and Korean, programs inside archives, English ultimatums with 'or'.
  {
    text: 'Sipariş belgeleriniz ektedir: Siparis_Belgeleri.rar içindeki .exe dosyasını açınız.',
    rules: [LINK],
  },
  // Round 15: files that run or hide a program: a disk image of documents ("mount it"), invoices packed in an archive or sent as a
  // script, a link to a program; a look-alike on pages.dev; an invoice page in German with card details asked.
  { text: 'I sent Order_Documents.iso with all certificates, mount it and open the folder', rules: [LINK] },
  {
    text: 'Kindly download Proforma_Invoice_Order_5521.zip for the contract and price details',
    rules: [LINK],
  },
  {
    text: 'Proforma faturayı Proforma_Fatura.zip olarak gönderdim, içindeki ödeme linkinden ödeyebilirsiniz.',
    rules: [LINK],
  },
  { text: 'invoice.js attached pls run it to see the payment amount and bank', rules: [LINK] },
  {
    text: 'Here is the quotation, please download and open: https://files-transfer.top/Quotation_PO7781.scr',
    rules: [LINK],
  },
  {
    text: 'Please sign in with your Alibaba account to download the drawings: alibaba-docs.pages.dev/signin',
    rules: [LINK],
  },
  { text: 'Rechnung zum Download: hx-rechnung.de/RE-2291.html bitte Kartendaten eingeben', rules: [LINK] },
  // Not suspicious: the supplier's own site for details or a datasheet, a government register, artwork in a zip, three.js,
  // goods sent to an Amazon warehouse, a buyer's warning in French and German.
  { text: 'More details and full catalog on our website www.shenzhen-xyz-electronics.com', rules: [] },
  {
    text: 'Dear, the datasheet for model XS-220 can download from www.gzfitness-equip.com/download',
    rules: [],
  },
  {
    text: 'You can verify our FDA registration on https://www.accessdata.fda.gov/scripts/cder/drls/ , number 3012345678',
    rules: [],
  },
  { text: 'artwork files in Artwork_final.zip', rules: [] },
  { text: 'our app is built with three.js and node.js', rules: [] },
  { text: 'Do you offer FBA labeling? We will send to Amazon warehouse directly', rules: [] },
  {
    text: 'Ist dieser Link sicher? Jemand hat mir einen Zahlungslink außerhalb von Alibaba geschickt.',
    rules: [],
  },
  { text: '혹시 이 링크 안전한가요? 알리바바 밖에서 결제하라는 메시지를 받았습니다.', rules: [] },
  // Still suspicious: a government's name inside another site's address.
  { text: 'verify at https://www.fda.gov.evil.top/login', rules: [LINK] },
  // Round 16's session: a host spaced around its dots and hyphens, with a path.
  {
    text: 'Pls type in browser: alibaba - tradepay . com / deposit and finish the 30% deposit',
    rules: [LINK, PAY],
  },
  {
    text: 'the payment link www . alibaba-escrow-service . com / order / 4421 (type without space)',
    rules: [LINK, PAY],
  },
  // Not an address: Portuguese "com certeza" after a full stop.
  { text: 'Obrigado . com certeza enviaremos / confirmaremos amanhã', rules: [] },
  // Round 16's session: a host with a user name and a path, written without a scheme, is a link to the host after the @.
  {
    text: 'Please update it within 12 hours via alibaba.com@orderupdate-center.net/address, or the order will be cancelled and the payment will not be refunded.',
    rules: [LINK, PAY, PRESSURE],
  },
  // An address with a slash after it is still an address.
  { text: 'mail me at jack@gmail.com/ or whatsapp', rules: [CONTACT] },
  // Alibaba's short name joined to a word of its services.
  { text: 'check ur refund status: ali-refund-center[.]com', rules: [LINK] },
  { text: 'visit secure-ali-pay.net/login to confirm the order', rules: [LINK, PAY] },
  { text: 'our site is ali-textiles.com', rules: [] },
  { text: 'we are at www.ali-trading.ae, welcome to visit', rules: [] },
  { text: 'see www.ali-service.com.cn for the catalogue', rules: [] },
  // Round 17: a hyphenated host spaced around its dot, with no path.
  { text: 'ur payment failed, retry at pay-alibaba . xyz', rules: [LINK, PAY] },
  // ...not Portuguese.
  { text: 'seja bem-vindo . com certeza voltaremos', rules: [] },
  // Round 19: invoices packed in archives by their short names (PI, CI), a host borrowing Google's name, the bit.do shortener.
  {
    text: 'hi dear, updated PI + packing list in the zip file: PI_PL_2024.zip pls open and confirm',
    rules: [LINK],
  },
  { text: 'sir see shipping docs: Docs_BL_CI_PL.rar', rules: [LINK] },
  {
    text: 'kindly review signed contract in google drive here: https://drive-google.docs-share.xyz/d/contract',
    rules: [LINK],
  },
  { text: 'pay here paypal-secure-login.net/checkout', rules: [LINK, PAY] },
  { text: 'Track live with our app: bit.do/cntr-track-app', rules: [LINK] },
  // Quiet beside them: Google's and Microsoft's own hosts, a company's SharePoint, archives whose names hold "pi" inside a word.
  { text: 'the file is on https://drive.google.com/file/d/1abc/view', rules: [] },
  { text: 'see onedrive.live.com/redir?x=1 for the photos', rules: [] },
  { text: 'photos at https://contoso.sharepoint.com/sites/qc', rules: [] },
  { text: 'the spiral_drawings.zip is the cad', rules: [] },
  { text: 'api_docs.zip attached, the PI.pdf is in the order', rules: [] },
  // Round 20: Alibaba's name spelt with an accent.
  {
    text: 'verify ur buyer account to receive the order transfer from old rep: alibába-login.com/verify (copy to browser)',
    rules: [LINK],
  },
  // Quiet beside it: a site whose own name has an accent.
  { text: 'our café supplies are on café.com, have a look', rules: [] },
  // Round 21: files, shorteners and addresses written out.
  {
    text: 'Our new catalog with old-customer prices: catalog_2025.rar, password 8888, pls extract and run the viewer.',
    rules: [LINK],
  },
  { text: 'Annual VIP certificate: download VIP_Cert_2025.zip and run setup to print it.', rules: [LINK] },
  { text: 'The drawings are in drawings_v3.zip, password 1234.', rules: [] },
  { text: 'New Year stock list for returning buyers: goo.su/Ny25stock', rules: [LINK] },
  // An e-mail domain with an accented letter is read whole (a look-alike of Alibaba's is tested apart: without its accent it is Alibaba's).
  { text: 'mail: info@müller-gmbh.de pls', rules: [CONTACT] },
  // Paying at a link, in Spanish and Portuguese, or by a card typed in there.
  { text: 'Paga el certificado FDA en fda-registro-pago.com/pagar antes del envío.', rules: [LINK, PAY] },
  { text: 'Pagamento da taxa de inspeção: bit.ly/taxa-inspecao-sgs', rules: [LINK, PAY] },
  {
    text: 'Confirm your QIMA inspection date at qima-inspections.co/confirm and enter card to hold the slot',
    rules: [LINK, PAY],
  },
  // A site borrowing a testing company's name; its own sites are not.
  { text: 'Download the SGS report here: sgs-reports-online.info/download?r=SZ2291', rules: [LINK] },
  { text: 'QIMA inspection booking expire in 2 hours, confirm at qima-booking-secure.com', rules: [LINK] },
  { text: 'See the report at www.sgs.com/en/report', rules: [] },
  { text: 'report on sgs.co.uk', rules: [] },
  { text: 'visit intertek.com.cn', rules: [] },
  // Round 23: a carrier's name spelt with a look-alike letter
  {
    text: 'Track your shipment with our partner: https://dhI-tracking-express.com/?awb=4470218833',
    rules: [LINK],
  },
  // The carrier's own site
  { text: 'Track it at https://www.dhl.com/en/express/tracking.html', rules: [] },
  // Probe round 25: escrow sites proposed in the chat
  {
    text: 'Dear Mr. Kowalski, thank you for the trust. We finished 300 sets of garden furniture, rattan color grey, cushions waterproof. Because the amount is big, we suggest using escrow service SafeTrade Escrow for both protection, please register and deposit at safetrade-escrow.net/buyer . After your deposit we ship immediately and they release to us after inspection.',
    rules: [PAY, LINK],
  },
  {
    text: 'For safety of both side we use escrow: escrow-tradeguard.com, deposit 12,400 USD there and they release to us after you receive goods',
    rules: [PAY, LINK],
  },
  // Round 26: an IP address with a path, written without "http"; the buyer's own network is no one else's site.
  {
    text: 'pls install our catalog app on your phone, download from 47.91.203.18/app/catalog.apk',
    rules: [LINK],
  },
  { text: 'the router default page is 192.168.1.1/admin', rules: [] },
  { text: 'the router default page is http://192.168.1.1/admin', rules: [] },
  { text: 'firmware version 1.2.3.4/5 is ready', rules: [] },
  // Probe round 27 (sanctions and currency excuses, tax, split payments, forwarders and brokers, holidays, QR codes,
  // forwarded e-mails; long relationships, new finance staff, other marketplaces, rarer payment apps and channels, fake authority).
  { text: 'tracking of your parcel: https://xn--dh-xmc.com/track?id=1Z82991', rules: [LINK] },
  {
    text: 'Our Global Sources showroom has the new models, view here: globalsources-showroom.xyz/vendor/5521',
    rules: [LINK],
  },
  {
    text: 'From: service@alibaba-tradeassurance.net Subject: Payment method update. Your supplier has updated beneficiary. Confirm here: https://tinyurl.com/ta-update-88',
    rules: [CHANGE, LINK],
  },
  // Near-misses of round 27's new cues: the marketplaces' own sites, a whole name in one other alphabet.
  { text: 'see our store https://www.globalsources.com/abc-co/', rules: [] },
  { text: 'see https://m.dhgate.com/store/123', rules: [] },
  { text: 'see https://пример.рф/about', rules: [] },
  // Round 29: hosts opening with a chat service's own address ('t.me.', 'wa.me.', 'line.me-', 'zoom-us.')
  {
    text: 'Pak, ini link zoom untuk diskusi OEM jam 3 sore: https://zoom-us.web-meeting.id/j/6612',
    rules: [LINK],
  },
  // …and the chat services' own addresses, which move the talk but are no look-alikes
  { text: 'Join our official Telegram channel: https://t.me/hengtai_official', rules: [CONTACT] },
  {
    text: 'Our meeting link: https://us02web.zoom.us/j/8812309 for the factory video call.',
    rules: [CONTACT],
  },
  { text: 'Add me on LINE: https://line.me/ti/p/xk2abc', rules: [CONTACT] },
  // Round 30 (payment terms; account takeovers and impersonators, written by helpers and scored before any fix): its misses.
  {
    text: 'Dzień dobry, piszę z działu bezpieczeństwa Alibaba. Pana konto zostanie zablokowane w ciągu 24 godzin. Proszę potwierdzić dane logowania tutaj: http://alibaba-pl-weryfikacja.com/login',
    rules: [LINK, PRESSURE],
  },
  {
    text: 'Alibaba Güvenlik: Hesabınıza yeni bir cihazdan giriş yapıldı. Siz değilseniz 2 saat içinde doğrulayın, yoksa hesabınız askıya alınacak: https://tinyurl.com/ali-guvenlik7',
    rules: [LINK, PRESSURE],
  },
  {
    text: 'hello friend, alibaba upgrade the chat, pls login again to see my quotation: https://xn--alibab-5ve.com/login',
    rules: [LINK],
  },
  {
    text: 'Your Alibaba account will be deleted in 48 hrs due to inactivity. Keep it active: https://is.gd/alib4ba_keep',
    rules: [LINK, PRESSURE],
  },
  {
    text: 'ด่วน! บัญชี Alibaba ของคุณจะถูกระงับภายใน 24 ชั่วโมง กรุณายืนยันตัวตนที่ https://alibaba-th-verify.net',
    rules: [LINK, PRESSURE],
  },
  {
    text: 'Здравствуйте! Счет и фото товара в архиве, скачайте: https://files-cloud.xyz/pi_ru_2291.zip',
    rules: [LINK],
  },
  // Round 31: a fake notice's clock past a look-alike address.
  {
    text: 'Alibaba.com notice: your buyer account has unusual login. To avoid suspension confirm your identity at alibaba.com.security-check-center.xyz within 24h.',
    rules: [LINK, PRESSURE],
  },
  // Probe round 32: after-sales, and who is writing and when
  {
    text: 'Dear, the tracking number is 776512093844, you can track on https://fedex-track.delivery-status.org/776512093844 . Package is on hold because address incomplete, please update address and pay $2.99 redelivery fee there.',
    rules: [PAY, LINK],
  },
  {
    text: 'Dear buyer, the DHL return label for defective items: https://dhl-returns-label.info/track?id=5521908 pls print and pay the label fee online',
    rules: [PAY, LINK],
  },
  {
    text: 'Beste klant, de invoerrechten voor zending 4471 moeten vóór morgen betaald worden via https://postnl-douane-betaling.com/betaal anders gaat het pakket retour',
    rules: [PAY, LINK, PRESSURE],
  },
  {
    text: 'Добрый день! Акт рекламации и гарантийный талон скачайте по ссылке: http://xn--alibba-3ya.com/claim/77213 войдите со своим логином Alibaba',
    rules: [LINK],
  },
  {
    text: 'Alibaba message center: you have 1 unread secure message from supplier, view at http://xn--alibba-9wa.com/msg',
    rules: [LINK],
  },
  {
    text: 'Your Trade Assurance refund of $1,420 expires today, claim now at https://refund-alibaba.co/claim before it is cancelled',
    rules: [LINK, PRESSURE],
  },
  { text: 'see http://xn--mnchen-3ya.de/', rules: [] },
  { text: 'http://xn--caf-dma.com', rules: [] },
  // Review: a link's own '?' no longer ends its sentence
  {
    text: 'Dear buyer, your parcel is held: https://dhl-returns-label.info/track?id=5521908 pay the fee online to release it',
    rules: [PAY, LINK],
  },
  // Probe round 33: a Turkish carrier's look-alike; an e-mail's local part is no link; the supplier's own site with the order on Alibaba
  {
    text: 'Kargo takip numaranız 7723001184, takip için tıklayın: yurtici-kargo-takip.net-sorgu.com/7723',
    rules: [LINK],
  },
  {
    text: 'my boss say new forwarder account for this shipment, i will send on email, pls write me at sunny.trade.gz@163.com',
    rules: [CHANGE, CONTACT],
  },
  {
    text: 'you can also see the full range on our website www.kaiyue-houseware.com but order pls on alibaba',
    rules: [],
  },
  { text: 'Kargonuz yolda, takip için www.yurticikargo.com adresini kullanabilirsiniz', rules: [] },
  {
    text: '[10:02] Lily: hi dear [10:02] Lily: alibaba msg is very slow today [10:03] Lily: i send you all photos on alibaba later, video is big so maybe tomorrow I send direct',
    rules: [],
  },
  {
    text: 'Sehr geehrter Kunde, die neue Firmware für Ihre Verpackungsmaschine finden Sie hier: http://packline-update.ru/FW_PM450.rar – Passwort 1234',
    rules: [LINK],
  },
  { text: '图纸下载 http://pan-files.top/drawings_rev3.zip 解压密码 8888', rules: [LINK] },
  { text: 'drawings_rev3.zip 解压密码 8888', rules: [] },
  { text: 'скачайте архив https://files-box.top/price_list.rar, пароль 1234', rules: [LINK] },
  {
    text: 'the default password of the machine HMI is 1234 and the admin user is admin, please change it after the first login. The manual is in the order documents',
    rules: [],
  },
  { text: "please don't open any zip with password from unknown people", rules: [] },
  {
    text: 'Skachaite akt sverki i schet tut: https://disk-invoice.ru/schet_4471.rar , parol 2024',
    rules: [LINK],
  },
  {
    text: 'catalog tai da le, fang zai wangpan: http://pan-baidu.cc/s/1xK8p2 , xiazai hou jieya (rar) jiu keyi kan',
    rules: [LINK],
  },
  {
    text: 'Prezado cliente, baixe a nota fiscal e o certificado aqui: http://nf-e-download.top/NF_88221.zip',
    rules: [LINK],
  },
  { text: 'catalog: https://pan.baidu.com/s/1xK8p2 提取码 8x2k', rules: [] },
  { text: 'the manual is on https://baike.baidu.com/item/CNC, have a look', rules: [] },
  {
    text: 'Dear the FDA certificate and test report we zipped together: https://files.catbox-share.net/cert_FDA_test.zip',
    rules: [LINK],
  },
  {
    text: 'New manual + driver for your CO2 laser: https://rdworks-download.net/RDWorks_v8_setup.zip',
    rules: [LINK],
  },
  {
    text: 'check vessel position here live tracking http://marinetraffic-vesseltrack.info/MV-AURORA-STAR',
    rules: [LINK],
  },
  {
    text: 'Download our 2025 furniture catalog (200MB) here: https://drive-catalog-download.com/Furniture2025.rar',
    rules: [LINK],
  },
  { text: 'catalog: download.ningbo-pumps.com/catalog2025.zip', rules: [] },
  { text: 'track the vessel at https://www.marinetraffic.com/en/ais/details/ships/1234', rules: [] },
  // Round 37 (buyers and their agents, machine-translated suppliers; after the order: refunds, claims, reorders, port fees).
  {
    text: 'Catalogue and new price list, pls download here: https://files-cn.net/catalog_2024_full.rar',
    rules: [LINK],
  },
  // Round 38: a program on a '.download' address.
  {
    text: 'hi dear plz check the new packaging mockup here dropbox-files.download/mockup_box_v3.exe',
    rules: [LINK],
  },
  // Round 38's leftovers.
  {
    text: 'Pls find warehouse stock photos: https://we.tl-download.co/g/ICstockHK click download all',
    rules: [LINK],
  },
  { text: 'photos of the packing here https://we.tl/t-9kLmQ2 (WeTransfer)', rules: [] },
  // Round 39: furniture, home goods and private-label cosmetics for buyers in the Middle East and Central Asia; food, agriculture, auto parts and medical supplies from brokers and mandates.
  {
    text: 'Добрый день! Прайс на косметику и образцы упаковки скачайте тут: https://yadi-sk.ru/d/cosm_price.zip',
    rules: [LINK],
  },
  {
    text: 'Pls check our FDA registration certificate: http://fda-gov-cert.com/cert/SKN88273.pdf',
    rules: [LINK],
  },
  { text: 'price list for the mattresses: https://yadi.sk/d/Qm81xPzT', rules: [] },
  {
    text: 'our FDA registration can be checked on https://www.accessdata.fda.gov/scripts/cder/drls/',
    rules: [],
  },
  // Round 40: solar panels, batteries and EV chargers for installers in Europe, with forwarders' surcharges; toys, baby products and jewellery for retailers in East Asia and Oceania, and impostors of Alibaba's service and banks' fraud desks.
  {
    text: 'Tracking of your inverters: http://hapag-lloyd-tracking.info/?bl=HLCUSZX2405119 — you can see container held for DG inspection',
    rules: [LINK],
  },
  {
    text: 'B/L status is on https://www.hapag-lloyd.com/en/online-business/track/track-by-booking-solution.html',
    rules: [],
  },
  {
    text: 'your parcel locker code comes by SMS from InPost, tracking: https://inpost.pl/sledzenie-przesylek?number=6200 1234 5678',
    rules: [],
  },
  // Round 41: look-alikes of Estafeta, Correios, Chilexpress and other carriers of the Americas and South Asia; 'to avoid cancellation' after a link.
  {
    text: 'Bank of Ceylon: Your LC No. BOC/LC/2291 need confirmation. Click http://boc-lk-tradefinance.com/confirm to avoid cancellation',
    rules: [LINK, PRESSURE],
  },
  {
    text: 'Correios: sua encomenda LB882173650HK aguarda pagamento de taxa de importação. Regularize em 48h ou será devolvida: http://correios-rastreamento-taxa.com/pagar',
    rules: [PAY, LINK, PRESSURE],
  },
  {
    text: 'Estafeta: Tu paquete no pudo ser entregado. Actualiza tus datos aquí: https://estafeta-entregas.mx-envio.info/actualizar',
    rules: [LINK],
  },
  {
    text: 'Postes Canada: Votre colis est en attente. Payez les frais de 2,99 $ dans les 12 heures sinon il sera retourné: https://postescanada-livraison.com/frais',
    rules: [PAY, LINK, PRESSURE],
  },
  // Round 42: links.
  {
    text: 'yes FSC certificate no. is on our alibaba profile, you can verify it on the fsc.org database',
    rules: [],
  },
  { text: 'Scan the QR or click to see lab report of the rapid test: http://qrco.de/bdX7k2', rules: [LINK] },
  {
    text: 'Dzień dobry, prosimy o opłatę za przechowanie towaru niebezpiecznego przez stronę https://inpost-cło.pl-oplata.com/ — kwota 289 PLN.',
    rules: [PAY, LINK],
  },
  {
    text: 'Paczka czeka na dopłatę cła 46 zł, zapłać tutaj: http://dpd-pl.paczka-oplata.net/cl',
    rules: [PAY, LINK],
  },
  {
    text: 'Opłatę za próbki zrobimy przez zamówienie na Alibaba, link do śledzenia: https://www.dhl.com/pl-pl/home/tracking.html',
    rules: [],
  },
  // Round 43's leftovers: archives on throwaway domains, a video link passing for YouTube, links a warning calls fakes.
  {
    text: 'Dear, we updated catalog for your product line, please see: http://catalog-view.top/products_2024.zip',
    rules: [LINK],
  },
  {
    text: 'Pre-shipment inspection report ready, pls download: https://qc-report-center.top/download/PSI_report_0419.rar',
    rules: [LINK],
  },
  {
    text: 'our new catalog of porcelain tiles 600x1200 is too big for chat, pls download: http://foshan-tilescatalog.top/Catalog_2024.zip',
    rules: [LINK],
  },
  {
    text: 'Prezado, segue catálogo completo de peças Massey e John Deere: www.agri-parts-catalogo.top/download/catalogo2024.rar',
    rules: [LINK],
  },
  { text: 'Please see the product video: https://youtu-be.video-share.click/watch?v=ebike', rules: [LINK] },
  { text: 'catalog: https://www.hx-furniture.com/download/catalog2024.zip', rules: [] },
  { text: 'our site www.hx-furniture.top has all the models', rules: [] },
  { text: 'video: https://youtu.be/abc123 and https://www.youtube.com/watch?v=abc', rules: [] },
  {
    text: 'Pls beware, there are fake sites like alibaba-tradeassurance-verify.com, real Alibaba is only alibaba.com. We will never send you such link.',
    rules: [],
  },
  {
    text: 'Dear, we received strange email from yourcompany-hardware.com asking us to change the bank, is that you? we did not pay anything',
    rules: [],
  },
  // A look-alike sender quoted as strange is not reported.
  { text: 'we got a strange email from service@alibaba-support.com asking to change bank', rules: [] },
  // Round 45: construction materials for the Gulf and East Africa, private-label cosmetics, machinery for West Africa and Ethiopia, party goods for Latin America, small appliances for Japan and Korea.
  {
    text: 'Pls see the PSE test report: http://pse-japan-meti.jp.cert-check.xyz/report?id=5521',
    rules: [LINK],
  },
  // Probe round 47 (hotel and restaurant supplies for Latin America and Iberia, mining safety gear; phone accessories and packaging for online sellers in Europe, North America, the Gulf and Pakistan).
  {
    text: 'Your FBA shipment label is ready, download it here: http://amazon-seller-labels.net/FBA15K2X.zip',
    rules: [LINK],
  },
  { text: 'like this one https://m.media-amazon.com/images/I/71kZ3xQfJwL._AC_SL1500_.jpg', rules: [] },
  { text: 'see the listing https://www.amazon.com/dp/B0C1234567', rules: [] },
  // Probe round 51 (fertilizer and farm machines, medical disposables and LED signs for East Africa, Nigeria, Pakistan, Egypt, Morocco, the Philippines, Thailand, Turkey, Poland, Italy and Greece; pet goods, cosmetics packaging and kitchenware for East Asia, Southeast Asia, Nepal, Mongolia, New Zealand, Spain, Argentina, Austria and Switzerland).
  {
    text: 'Yamato notice: delivery failed due to incomplete address. Update within 48h or package return: https://yamato-jp.kuronekos.cc/redeliver',
    rules: [LINK, PRESSURE],
  },
  // Indonesian "maksud" (meaning) is not Finnish "maksu" (a payment).
  { text: 'maksudnya link ini https://tokoku-katalog.com/produk ya kak, yang warna hitam', rules: [] },
  // Probe round 52 (furniture, bicycles and valves for France, Belgium, Québec, Senegal, Côte d'Ivoire, Algeria, Tunisia, Iran, Israel, Romania, Moldova, Serbia, the Netherlands, Indonesia and Malaysia; solar gear, cameras and printing for Southern and East Africa, Sudan, Somalia, the Gulf, India, Bangladesh, the US, Colombia and Venezuela).
  {
    text: 'Trade Assurance notice: your order protection expires today. Verify now at https://tradeassurance.aIibaba-service.com to keep your coverage',
    rules: [LINK, PRESSURE],
  },
  {
    text: 'PostNet: your parcel could not be delivered due to incomplete address. Update here: https://postnet-za.delivery-update.info',
    rules: [LINK],
  },
  // Probe round 53 (auto parts and garment trims for the Levant, Uganda, Rwanda, Bolivia, Paraguay, Ecuador, Uruguay, Russia, Belarus, Ireland and Scotland; food packaging and salon equipment for Thailand, Cambodia, the Philippines, Malaysia, Singapore, Hong Kong, Taiwan, Germany, Austria, Poland, Czechia, the US and Canada).
  {
    text: "Don't click any link that says alibaba-something.com from people you don't know, the real site is alibaba.com",
    rules: [],
  },
  {
    text: 'Your Trade Assurance protection for order 2283341 expires today, re-confirm here http://tinyurl.com/ta-confirm-2283 or lose protection',
    rules: [LINK, PRESSURE],
  },
  { text: 'ดูสถานะพัสดุและยืนยันที่อยู่ได้ที่ http://kerry-th-express.co/track?no=KEX88123 ค่ะ', rules: [LINK] },
  {
    text: 'Kerry Logistics will pick up at your warehouse on Monday, tracking on https://th.kerryexpress.com/en/track/?track=KEX120044',
    rules: [],
  },
  { text: 'kalimera, o neos katalogos einai edw toys-katalogos.zip.exe', rules: [LINK] },
  // Probe 56 (machinery and spare parts agents; commodity brokers, food and cosmetics) and leftovers of probe 55.
  { text: 'Track your excavator parts container: http://xn--mrsk-qoa.com/BL/MSKU8829107', rules: [LINK] },
  // Probe 57 (electronics for online sellers and fake notices; furniture and building materials for contractors).
  {
    text: 'QC report from V-Trust is here -> http://vtrust-inspection-report.com.cn/download/QC_report_0922.rar',
    rules: [LINK],
  },
  // Probe 58 (medical and beauty devices with certificate pretexts; packaging, printing and promotional goods for events).
  {
    text: 'our datasheet package is too big for here. mail me at sales.hqchip@gmail.com and I send, or download from https://we-transfer.download-files.cc/d/9XcQ2',
    rules: [CONTACT, LINK],
  },
  {
    text: 'Prosimy o akceptację projektu etykiet: http://we-transfer.pl-pliki.com/d/etykiety_PROJ.rar',
    rules: [LINK],
  },
  // Probe 59 (re-orders, refunds and hacked accounts for home goods; industrial raw materials in Asian business styles).
  {
    text: 'Kedves Gábor, a jóváírást a hibás metszőollókért itt tudja átvenni: https://alibaba.com-refund.help/claim?u=88123 – csak egy 9 USD ellenőrző díjat kell kártyával kifizetni.',
    rules: [PAY, LINK],
  },
  {
    text: 'Merhaba, bahçe sandalyeleri için iade tutarı sehven fazla gönderildi. Farkı bu linkten geri öder misiniz: https://bit.ly/iade-alb-7731',
    rules: [PAY, LINK],
  },
  {
    text: 'Hei Ola, her er sporing for prøvene som forsvant: http://posten-no.track-parcel.xyz/NO8831 – du må logge inn for å se',
    rules: [LINK],
  },
  {
    text: 'Alibaba Trade Assurance notice: your refund of $428.90 was over-credited. Settle $428.90 within 24 hours at http://tradeassurance-alibaba.support/settle to avoid account suspension.',
    rules: [PAY, LINK, PRESSURE],
  },
  // Probe 60 (jewellery, watches and bags for social-commerce sellers; e-bikes and batteries for buyers whose banks can't pay China).
  {
    text: 'we have new group for resellers!! join via bit.ly/ResellerGroupWA and say hi to me on WhatsApp',
    rules: [CONTACT, LINK],
  },
  {
    text: 'Pls download our full catalogue (wigs, bundles, closures): https://catalog-hair.s3-eu.amazonaws-cdn.net/hair_catalog.rar',
    rules: [LINK],
  },
  {
    text: 'Sample fee paid? if not pls click alibaba-payment.co/sample?u=8812 and send the screenshot to my whatsapp +86 134 0000 2290',
    rules: [PAY, CONTACT, LINK],
  },
  // Round 62: steel structures and cranes for contractors from the Caucasus to the Andes; hair and beauty supplies for salons and online resellers; and earlier rounds' fake security notices about the buyer's own account
  {
    text: 'Warning from Alibaba security: abnormal login on your buyer account. Confirm identity in 12 hours or account suspended https://security-alibaba.com.account-check.net',
    rules: [LINK, PRESSURE],
  },
  {
    text: 'Alibaba.com Security: unusual login detected on your buyer account. Confirm now at http://alibaba.com.security-check.ru/verify or account will be suspended in 12 hours',
    rules: [LINK, PRESSURE],
  },
  {
    text: 'Security alert: unusual login on your Alibaba account. Confirm in 12 hours or account will be locked: http://alibaba-security-center.support/confirm',
    rules: [LINK, PRESSURE],
  },
  {
    text: 'Security alert from Alibaba: unusual login on your account. Confirm your identity within 2 hours at aIibaba-login.com.secure-verify.cc or account will be suspended',
    rules: [LINK, PRESSURE],
  },
  {
    text: 'ALERT from Alibaba Security: unusual login on your buyer account. Confirm in 12 hours or account suspended: http://xn--alibba-3ya.com/secure',
    rules: [LINK, PRESSURE],
  },
  {
    text: 'Dear customer, unusual login detected on your Alibaba account. Re-confirm your order 2024-88137 at https://a1ibaba-secure.com/login within 12 hours or the account will be suspended',
    rules: [LINK, PRESSURE],
  },
  {
    text: 'Alibaba.com Security: your buyer account is restricted due to unusual activity. Verify in 24 hours or account will be closed: alibaba-secure-verify.net/login',
    rules: [LINK, PRESSURE],
  },
  // Round 63: kitchen equipment for restaurants and hotels around the Mediterranean, the Gulf and South Asia; account takeovers and people posing as the supplier's finance team, with buyers quoting the messages back to ask if they were real
  // Round 66: supplements and private-label health products for gyms, brands and pharmacies in the Americas, the Gulf, Eastern Europe, Central and Southeast Asia; and the short fragments people type on phones mid-deal
  {
    text: 'Your Alibaba.com account will be suspended in 24h due to unusual activity. Verify now: http://xn--alibab-vza.com/secure',
    rules: [LINK, PRESSURE],
  },
  {
    text: 'Your Alibaba.com account has been temporarily restricted. Verify your info at https://xn--alibba-n0a.com/verify',
    rules: [LINK],
  },
  {
    text: 'Your Alibaba.com account will be suspended in 12 hours due to unpaid order dispute. Verify now: http://alibaba.com-secure-login.verify-id.co/session',
    rules: [LINK, PRESSURE],
  },
  // Probe 68 (bulk commodities with mandates and port agents; machinery and its installing engineers; eyewear and watches).
  {
    text: 'The warehouse receipt is issued by Cotecna as collateral manager. You can verify it with Cotecna directly, contacts are on cotecna.com.',
    rules: [],
  },
  // Probe 70 (parts and electronics traded past sanctions and blocked banks, by suppliers and buyers; resellers' phone-typed shorthand).
  {
    text: 'our site www.szkaiyue.com 4 catalog, but order on ali pls',
    rules: [],
  },
  // Probe 72's long ordinary messages, quiet after its second round of fixes: quoted words in a warning, deadlines not about paying, French 'n'… ni', lists that run on after 'or to'.
  {
    text: "Hi Mark, thank you for checking with us!! That email is NOT from us — our domain is hengda-furniture.com and we have not changed any bank account. Please do not reply to it and do not pay to that HK account. The balance for PO#SB-0412 stays on the Alibaba Trade Assurance order. We've reported the fake domain to Alibaba. Sorry for the worry, Lily",
    rules: [],
  },
  // A bare domain named as the supplier's own is no lure; one with paying or a login in its name still is.
  {
    text: 'That mail is not from us. Our domain is lianhua-textiles.com and our bank account has not changed.',
    rules: [],
  },
  {
    text: 'Our domain is lianhua-pay.com, log in there to pay the deposit.',
    rules: [PAY, LINK],
  },
  // A phishing page named in a warning sentence is a link finding, not a request to pay there; one offered as the store's own stays both.
  {
    text: 'We received reports of a fake e-mail with a link to tradeassurance-alibaba.verify-pay.net. This is phishing; our orders are unchanged.',
    rules: [LINK],
  },
  {
    text: 'Fake websites are using our name, so from now on use only our official payment portal: https://luxegarments-official-pay.com',
    rules: [PAY, LINK],
  },
  // The supplier's own site said to take no payments is no page to pay on; one with paying in its name, or offered for the deposit, still is.
  {
    text: "Our only website is www.yongxin-autoparts.com and it doesn't have any payment page.",
    rules: [],
  },
  {
    text: "Our official website is sunwell-solar.com (no payment function). If you see any other website, please don't pay there.",
    rules: [],
  },
  {
    text: 'Our only website is yongxin-pay.com/checkout, pay the deposit there',
    rules: [PAY, LINK],
  },
  // Probe 80: "dot" spelt in Portuguese, French and Vietnamese for a hyphenated name, and "dot ly slash".
  {
    text: 'Para pagamento, por favor acesse alibaba-pagamento-seguro ponto com ponto br e digite o código do pedido AS-3391.',
    rules: [PAY, LINK],
  },
  {
    text: "Merci d'aller sur alibaba-secure-pay point com, entrez le numéro de commande et payez là-bas.",
    rules: [PAY, LINK],
  },
  {
    text: 'em thanh toán qua trang này giúp chị: coffeelink-pay chấm vn, nhập mã đơn CL0921.',
    rules: [PAY, LINK],
  },
  {
    text: "Sure, you can see the license document here: cutt dot ly slash hy-mdl-ca. It's a zip with the PDF.",
    rules: [LINK],
  },
  { text: 'somos uma empresa ponto com desde 2010, fabricamos no Brasil', rules: [] },
  // Probe 82: a payment or login link sent by mail or as an attachment, which the chat doesn't show; their ordinary twins.
  { text: 'I sent the payment link to your email, please open it and complete', rules: [LINK] },
  {
    text: 'Please see the invoice in attachment, click it and log in with your alibaba account to pay, this is new Alibaba invoice',
    rules: [LINK],
  },
  {
    text: 'I sent Trade Assurance contract to your email, open the link inside and login with your Alibaba account to sign',
    rules: [LINK],
  },
  { text: 'I sent the PI to your email, please check and confirm the specs', rules: [] },
  { text: 'Never log in with your Alibaba account on links sent by email', rules: [] },
  { text: 'Please log in with your Alibaba account and check the order we made for you', rules: [] },
];

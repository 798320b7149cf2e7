import { PAY, CHANGE, CONTACT, LINK, PRESSURE, type ChatCase } from './case';

export const CONTACT_CASES: ChatCase[] = [
  // WhatsApp as "WA" only where it is asked for or given a number: alone it could be a US state.
  { text: 'Message me on WA for faster reply.', rules: [CONTACT] },
  { text: 'My WA: +86 138 0013 8000', rules: [CONTACT] },
  { text: 'We ship to WA and Oregon from our US warehouse.', rules: [] },
  { text: 'WhatsApp➕8613800138000', rules: [CONTACT] },
  { text: 'Add my wéchat: lily2025', rules: [CONTACT] },
  { text: 'Call us at +1 (626) 555-0199 for faster service.', rules: [CONTACT] },
  { text: 'My number is 13800138000, add me please', rules: [CONTACT] },
  { text: 'Text me: 138-0013-8000', rules: [CONTACT] },
  { text: 'Please leave your phone number, I will call you.', rules: [CONTACT] },
  { text: 'You can reach me on LinkedIn.', rules: [CONTACT] },
  { text: 'The order number is 2103349876543, the price is $1.234.', rules: [] },
  { text: 'Our mobile phone cases come in 12 colors.', rules: [] },
  { text: 'Call me on ＋86 138 0013 8000', rules: [CONTACT] },
  { text: 'أضفني على واتساب 8613800138000', rules: [CONTACT] },
  { text: 'Add me on WhatsApp for faster reply: +86 139 2233 4455', rules: [CONTACT] },
  { text: 'my wechat is sunny_lamp2026', rules: [CONTACT] },
  { text: 'Contact me: 13812345678', rules: [CONTACT] },
  { text: 'my phone number is 13800138000', rules: [CONTACT] },
  { text: 'the phone number is 13800138000 for the driver', rules: [] },
  { text: 'Please write to my gmail: lilychen88', rules: [CONTACT] },
  { text: 'Can we continue this conversation by email?', rules: [CONTACT] },
  { text: 'I will write our Outlook calendar invite for the video call on Alibaba.', rules: [] },
  // "contact" is not the Portuguese "conta" (account): a phone number after it is no bank account.
  { text: 'Please contact my colleague on +86-755-12345678', rules: [CONTACT] },
  { text: 'Contact the driver at 13812345678 when the truck arrives.', rules: [] },
  { text: 'W-h-a-t-s-a-p-p me please', rules: [CONTACT] },
  { text: 'Telegram: @ledfactory_amy', rules: [CONTACT] },
  { text: 'Can we talk on Skype tomorrow?', rules: [CONTACT] },
  { text: 'Send the artwork to amy.led[at]gmail[dot]com', rules: [CONTACT] },
  { text: '加我微信：amy_led，发你视频', rules: [CONTACT] },
  { text: 'Please call me at +1 415 555 0132 tonight your time.', rules: [CONTACT] },
  { text: 'Join the call: https://zoom.us/j/93847561234', rules: [CONTACT] },
  { text: 'Viber or WhatsApp, same number +84 90 123 4567', rules: [CONTACT] },
  // Benign: features, couriers, warnings.
  { text: 'The smartwatch shows WhatsApp, WeChat and Telegram notifications.', rules: [] },
  { text: 'The webcam works with Zoom, Teams and Skype.', rules: [] },
  { text: 'Consignee phone for the courier: +49 30 1234 5678', rules: [] },
  { text: 'Someone is pretending to be us on WhatsApp, please ignore them.', rules: [] },
  { text: 'We will do a video call here in Alibaba messenger tomorrow.', rules: [] },
  { text: 'We do not use WeChat for business, please keep the chat here.', rules: [] },
  // "Add me on …" in other languages; "add me to the list" names no app.
  { text: 'Agrégame en WhatsApp por favor.', rules: [CONTACT] },
  { text: 'Me adicione no WhatsApp, por favor.', rules: [CONTACT] },
  { text: "Ajoutez-moi sur WhatsApp s'il vous plaît.", rules: [CONTACT] },
  { text: 'Aggiungimi su WhatsApp per favore.', rules: [CONTACT] },
  { text: 'Schreiben Sie mir auf WeChat.', rules: [CONTACT] },
  { text: 'Добавьте меня в WhatsApp.', rules: [CONTACT] },
  { text: 'Me adicione na lista de clientes, obrigado.', rules: [] },
  { text: '我的WhatsApp是+86 138 0013 8000', rules: [CONTACT] },
  { text: 'Kindly drop your WhatsApp number so we can discuss better.', rules: [CONTACT] },
  { text: 'Can I have your WhatsApp?', rules: [CONTACT] },
  { text: 'Our sales manager Tom will contact you by WhatsApp.', rules: [CONTACT] },
  { text: 'We will contact you on Alibaba when the goods are ready.', rules: [] },
  { text: 'Do you use WhatsApp Business API in your shop? We sell the integration.', rules: [] },
  // A QR code to add the supplier is a contact move; one in the Alibaba app, or one to pay (a payment cue), is not.
  { text: 'Scan my WeChat QR code to add me.', rules: [CONTACT] },
  { text: 'Scan the QR code in the Alibaba app to see the video.', rules: [] },
  // Social networks carry a conversation too; following a brand there does not move one.
  { text: 'You can find me on Instagram @shenzhen.led.factory', rules: [CONTACT] },
  { text: 'Add me on Facebook, my name is Lisa.', rules: [CONTACT] },
  { text: 'Text me on iMessage.', rules: [CONTACT] },
  { text: 'Follow us on Instagram for new products.', rules: [] },
  { text: 'We can print your Instagram handle on the box.', rules: [] },
  // Portuguese "no" is "on the", not a refusal; Hinglish puts the app first.
  { text: 'Me manda mensagem no WhatsApp: +86 138 0013 8000', rules: [CONTACT] },
  { text: 'Manda mensagem no WeChat, por favor', rules: [CONTACT] },
  { text: 'Mándame un mensaje por WhatsApp', rules: [CONTACT] },
  { text: 'Bhai WhatsApp pe baat karte hain, number bhejo', rules: [CONTACT] },
  { text: 'WhatsApp karo sir', rules: [CONTACT] },
  { text: '加个微信吧 tom8888', rules: [CONTACT] },
  { text: 'Não uso WhatsApp, vamos falar aqui no Alibaba.', rules: [] },
  { text: 'No WhatsApp please, keep it on Alibaba.', rules: [] },
  { text: 'O nosso produto mostra mensagens no WhatsApp e no WeChat.', rules: [] },
  { text: 'Please reply me on mail, alibaba message not stable.', rules: [CONTACT] },
  { text: '你把邮箱发我，我发PI给你', rules: [CONTACT] },
  { text: '请把地址和邮箱填在阿里订单里', rules: [] },
  { text: 'Please tell me your WhatsApp number, easier to send videos.', rules: [CONTACT] },
  { text: 'Please tell me your target price and quantity.', rules: [] },
  { text: 'For security reason, please send the payment screenshot to my WhatsApp.', rules: [CONTACT] },
  { text: 'I will send the photos to our WhatsApp group for the QC team.', rules: [] },
  // "is:" as people type it.
  { text: 'my wechat id is: sunny_led88', rules: [CONTACT] },
  { text: 'The WeChat app is: popular in China', rules: [] },
  // Chinglish drops the "on"; an ID after "my WeChat" needs no colon when it looks like one.
  { text: 'add me wechat, easy to send video', rules: [CONTACT] },
  { text: 'pls add skype live:sunny.led', rules: [CONTACT] },
  { text: 'my wechat sunny_88', rules: [CONTACT] },
  { text: 'I sent you friend request on WeChat', rules: [CONTACT] },
  { text: 'Our WhatsApp group has 200 buyers.', rules: [] },
  { text: 'We can add WeChat alerts to the app.', rules: [] },
  { text: 'Contact us line 2 for spare parts.', rules: [] },
  // An ID named as one or asked to be added, with no colon; not a line or lens with a code.
  { text: 'wechat id amy1357', rules: [CONTACT] },
  { text: 'pls add wechat amy1357', rules: [CONTACT] },
  { text: 'add me: wechat amy1357', rules: [CONTACT] },
  { text: 'V X: amy1357', rules: [CONTACT] },
  { text: 'Our production line SMT01 is busy this week.', rules: [] },
  { text: 'Please add line A123 to the invoice.', rules: [] },
  { text: 'Add zoom lens ZL1200 please.', rules: [] },
  { text: 'The WeChat ID verification is done.', rules: [] },
  // "Write to me on WhatsApp" in Indonesian, Vietnamese, Arabic, German (informal) and Turkish.
  { text: 'Hubungi saya di WhatsApp ya', rules: [CONTACT] },
  { text: 'Kirim pesan ke WA saya 0812345678', rules: [CONTACT] },
  { text: 'Nhắn tin Zalo cho tôi nhé', rules: [CONTACT] },
  { text: 'تواصل معي على واتساب', rules: [CONTACT] },
  { text: 'Schreib mir auf WhatsApp', rules: [CONTACT] },
  { text: 'WhatsApp üzerinden yazın lütfen', rules: [CONTACT] },
  { text: 'Kami punya grup WhatsApp untuk pembeli.', rules: [] },
  { text: 'Hubungi kami lewat chat Alibaba.', rules: [] },
  { text: 'Nhắn tin cho tôi trên Alibaba nhé.', rules: [] },
  { text: 'Me chama no zap que te mando o catálogo.', rules: [CONTACT] },
  { text: 'Manda mensagem no zapzap', rules: [CONTACT] },
  // Asked to answer by e-mail; an app that is "not allowed" or "busy" gives no ID.
  { text: 'Please reply to my email, Alibaba chat is not stable.', rules: [CONTACT] },
  { text: 'Our WhatsApp is not allowed by company policy, we only use Alibaba chat.', rules: [] },
  { text: 'My Skype is busy today, let us talk here.', rules: [] },
  { text: 'My WhatsApp is 8613800138000', rules: [CONTACT] },
  // Discord, Instagram as "Insta", Snapchat and DingTalk are apps too; named as a product theme or a market, they move nothing.
  { text: "Let's talk on Discord, my username is sunfactory1234", rules: [CONTACT] },
  { text: 'DM me on Insta @factorydirect', rules: [CONTACT] },
  { text: 'Discord username: sunfactory1234', rules: [CONTACT] },
  { text: '加我钉钉 13800138000', rules: [CONTACT] },
  { text: 'We make Discord-themed gaming chairs.', rules: [] },
  { text: 'Our products sell well on Instagram and TikTok.', rules: [] },
  { text: 'The Insta 360 camera mount is in stock.', rules: [] },
  { text: 'We have DingTalk for internal use only.', rules: [] },
  { text: 'Me passa seu WhatsApp que eu te mando o catálogo', rules: [CONTACT] },
  { text: 'Pásame tu WeChat y te envío los precios', rules: [CONTACT] },
  { text: 'Seu WhatsApp não funciona aqui, fale pelo chat do Alibaba', rules: [] },
  // "Add my WeChat, please" with "一下" in between; Turkish "let's talk"; Japanese "tell me your LINE ID".
  { text: '麻烦加一下我的微信，方便发图片', rules: [CONTACT] },
  { text: 'WhatsApp üzerinden konuşalım', rules: [CONTACT] },
  { text: 'LINE IDを教えてください', rules: [CONTACT] },
  { text: 'LINEで連絡ください', rules: [CONTACT] },
  // Asked for a phone number, or called on one; the number of units or "number one" is not a phone.
  { text: 'What is your phone number, I will call you.', rules: [CONTACT] },
  { text: 'Drop your number and I will call you.', rules: [CONTACT] },
  { text: 'I will call you on your mobile tomorrow.', rules: [CONTACT] },
  { text: "What's your number one priority: price or quality?", rules: [] },
  { text: 'Please send me your number of units needed.', rules: [] },
  // Korean "contact me on WeChat", French "contact us on WhatsApp", a WhatsApp number with "number" before it.
  { text: '위챗으로 연락주세요', rules: [CONTACT] },
  { text: 'Veuillez nous contacter sur WhatsApp', rules: [CONTACT] },
  { text: 'Vous pouvez nous contacter sur Alibaba', rules: [] },
  { text: 'Mera WhatsApp number 98765 43210 hai', rules: [CONTACT] },
  // Hinglish "let's talk on the phone", "call me"; LINE in katakana only with "contact me" or an ID (ライン is also a production line).
  { text: 'Phone pe baat karo', rules: [CONTACT] },
  { text: 'Mujhe call karo, 5 minute', rules: [CONTACT] },
  { text: 'ラインで連絡ください', rules: [CONTACT] },
  { text: 'ラインIDを教えて', rules: [CONTACT] },
  { text: '新しい生産ラインの写真です', rules: [] },
  { text: '生産ラインで作ります', rules: [] },
  // Spanish "add us", "write to us" (agréguenos, escríbanos); Arabic joins its article to the app (الواتساب).
  { text: 'Agréguenos en WhatsApp para más detalles.', rules: [CONTACT] },
  { text: 'Escríbanos por WhatsApp al +34 600 123 456', rules: [CONTACT] },
  { text: 'تواصل معي على الواتساب', rules: [CONTACT] },
  // Chinese: the buyer's phone number asked for; the price of a phone is not.
  { text: '你的手机号多少？', rules: [CONTACT] },
  { text: '你的电话多少？', rules: [CONTACT] },
  { text: '这款手机多少钱？', rules: [] },
  { text: '电话线多少米？', rules: [] },
  // Telegram as typed in a hurry.
  { text: 'message me on telegr am', rules: [CONTACT] },
  { text: 'Telegrm @lee_sales', rules: [CONTACT] },
  { text: 'add me on telgram', rules: [CONTACT] },
  // The customs broker's number, like the courier's, is no move off the platform.
  { text: "The customs broker's number is +1 310 555 0199, he will contact you.", rules: [] },
  // A personal mailbox named without its address, or the buyer's address asked for.
  { text: 'Reply to my gmail please.', rules: [CONTACT] },
  { text: 'Send the drawings to my personal email.', rules: [CONTACT] },
  { text: 'Please send your email address so I can send the catalogue.', rules: [CONTACT] },
  { text: 'The file is on my personal email draft.', rules: [] },
  // A phone number or e-mail asked for in Spanish, Portuguese, French, German and Russian; an order number is not one.
  { text: 'Mándame tu correo y te envío el catálogo.', rules: [CONTACT] },
  { text: 'Pásame tu número de teléfono.', rules: [CONTACT] },
  { text: 'Me passa seu telefone.', rules: [CONTACT] },
  { text: 'Envoyez-moi votre numéro de téléphone.', rules: [CONTACT] },
  { text: 'Geben Sie mir Ihre Telefonnummer.', rules: [CONTACT] },
  { text: 'Дайте ваш номер телефона.', rules: [CONTACT] },
  { text: 'Envoyez-moi votre numéro de commande.', rules: [] },
  { text: 'Pásame tu número de pedido.', rules: [] },
  { text: 'Дайте ваш номер заказа.', rules: [] },
  { text: 'Dame tu opinión sobre la muestra.', rules: [] },
  { text: "Can we talk on the phone? It's easier to explain the technical details.", rules: [CONTACT] },
  { text: 'We can print your logo on the phone case.', rules: [] },
  { text: 'We talked on the phone with your colleague yesterday.', rules: [] },
  // "Let's continue on WhatsApp" in Portuguese, Spanish, French and German.
  { text: 'Vamos continuar pelo WhatsApp, é mais rápido.', rules: [CONTACT] },
  { text: 'Sigamos por WhatsApp, por favor.', rules: [CONTACT] },
  { text: 'Continuons sur WhatsApp si vous voulez.', rules: [CONTACT] },
  { text: 'Lassen Sie uns weiter über WhatsApp schreiben.', rules: [CONTACT] },
  { text: 'Vamos continuar a produção na próxima semana.', rules: [] },
  { text: 'Send the payment proof to my WhatsApp after you pay.', rules: [CONTACT] },
  { text: 'I will send the photos to our WhatsApp group.', rules: [] },
  // "Can I have your (personal) number?"; a number for the courier or the customs form is not a move.
  { text: 'Can I have your phone number?', rules: [CONTACT] },
  { text: "Can I have your personal number in case the chat doesn't work?", rules: [CONTACT] },
  { text: 'Can you share your personal email?', rules: [CONTACT] },
  { text: 'Can I have your phone number for the courier?', rules: [] },
  { text: 'Please leave your phone number for the delivery.', rules: [] },
  // A call on an app: "my WhatsApp call", "a Google Meet call"; calls as a product's feature are not.
  { text: 'Please accept my WhatsApp call.', rules: [CONTACT] },
  { text: 'Can we have a Google Meet call?', rules: [CONTACT] },
  { text: 'The phone supports WhatsApp calls.', rules: [] },
  { text: 'The app shows a WhatsApp call button.', rules: [] },
  // "Our office line" is a telephone's (the number is still a move), not the LINE app.
  { text: 'You can call our office line during working hours: +86 755 1234 5678.', rules: [CONTACT] },
  // A number asked for as a question in Spanish, Portuguese, French and German, and in Italian; an order number is not.
  { text: '¿Me puede dar su número de teléfono?', rules: [CONTACT] },
  { text: '¿Me puede dar su número de pedido?', rules: [] },
  { text: 'Pode me passar seu número?', rules: [CONTACT] },
  { text: 'Pouvez-vous me donner votre numéro de téléphone ?', rules: [CONTACT] },
  { text: 'Können Sie mir Ihre Handynummer geben?', rules: [CONTACT] },
  { text: 'Dammi il tuo numero WhatsApp.', rules: [CONTACT] },
  // A new e-mail address to write to, and calls made in the Alibaba app.
  { text: 'This is our new official email, please ignore emails from the old address.', rules: [CONTACT] },
  { text: 'Our email address has changed, please write to lily@lianyu-trade.com.', rules: [CONTACT] },
  { text: 'I started a new email thread for this order, please check.', rules: [] },
  { text: 'Our email has not changed.', rules: [] },
  { text: 'Please call me on Alibaba voice call when you are free.', rules: [] },
  { text: 'You can video call me on Alibaba app to see the factory.', rules: [] },
  { text: 'Please call me when you are free.', rules: [CONTACT] },
  // "Keep in touch" and "contact me" by another channel, after a pretext; an e-mail offered beside Alibaba's messages stays quiet.
  {
    text: 'Sorry, our Alibaba account will be closed next week, please keep in touch by WhatsApp.',
    rules: [CONTACT],
  },
  { text: "Let's stay in touch on WeChat.", rules: [CONTACT] },
  {
    text: 'Our Alibaba store is being upgraded, so please contact me by email for this order.',
    rules: [CONTACT],
  },
  { text: 'You can contact us by email or Alibaba message anytime.', rules: [] },
  { text: 'Please get in touch with our forwarder by email for the shipping details.', rules: [] },
  { text: 'Please keep in touch, we will update you on Alibaba.', rules: [] },
  // Ordinary talk near the words of the cues above.
  { text: 'Please confirm the new email for the shipping notice.', rules: [] },
  { text: 'We keep in touch with the forwarder every day.', rules: [] },
  { text: 'Our email system was down yesterday, sorry for the late reply.', rules: [] },
  // A new mailbox, the old one to be dropped, in Chinese.
  { text: '这是我们的新邮箱，以后请发到这个邮箱，旧邮箱不用了。', rules: [CONTACT] },
  { text: '我们的邮箱没有换，请放心。', rules: [] },
  // Contact on a personal or mobile number; the driver's number is for the delivery.
  { text: 'For a faster reply, contact me on my personal number.', rules: [CONTACT] },
  { text: 'Reach me on my mobile number.', rules: [CONTACT] },
  { text: 'Contact me on my private email.', rules: [CONTACT] },
  { text: 'Call our driver on his mobile number.', rules: [] },
  { text: 'Please reply to our number two question first.', rules: [] },
  // "Do you have WhatsApp?" in Spanish, Portuguese, Chinese and Arabic; a phone's features, WeChat Pay and an API are not.
  { text: '¿Tiene WhatsApp? Le escribo por allí.', rules: [CONTACT] },
  { text: 'Você tem WhatsApp?', rules: [CONTACT] },
  { text: '你有微信吗', rules: [CONTACT] },
  { text: '您有没有WhatsApp？', rules: [CONTACT] },
  { text: 'أرسل لي على الواتساب', rules: [CONTACT] },
  { text: 'Este celular tiene WhatsApp y GPS.', rules: [] },
  { text: '¿Tiene WhatsApp Business este teléfono?', rules: [] },
  { text: 'Do you have WhatsApp Business API integration?', rules: [] },
  { text: '你有微信支付吗', rules: [] },
  { text: 'Do you have WhatsApp Pay?', rules: [] },
  // WhatsApp used inside the supplier's team; Alibaba's own account manager calling.
  { text: 'We use WhatsApp for our internal team, but for customers we only use Alibaba chat.', rules: [] },
  { text: 'The account manager from Alibaba will call you to verify the order.', rules: [] },
  // WeChat in Chinese slang: "vx同号", 微信同号 (the ID is the phone number), 加v with an ID; VIP membership is not "v".
  { text: 'vx同号', rules: [CONTACT] },
  { text: '微信同号13800138000', rules: [CONTACT] },
  { text: '加v：lily888', rules: [CONTACT] },
  { text: '加vip8折', rules: [] },
  { text: '同号的产品', rules: [] },
  // A product's or ship's figure after an app-like word is no ID: a PCB's "TG: 170", a lens's "Zoom: 30x", a vessel's IMO number.
  { text: 'PCB material FR4, TG: 170, thickness 1.6mm.', rules: [] },
  { text: 'Zoom: 30x optical.', rules: [] },
  { text: 'IMO: 9876543, vessel name MSC Anna.', rules: [] },
  { text: 'TG: lily_trade', rules: [CONTACT] },
  { text: 'Zoom: 812 3456 7890', rules: [CONTACT] },
  { text: 'QQ: 12345678', rules: [CONTACT] },
  // An electrical rating written tight ("5V@2A.Input") is a measure, not an e-mail address; a mailbox at a numeric domain is one.
  { text: 'Output: 5V@2A.Input: 100-240V AC.', rules: [] },
  { text: 'Rated 12V@1.5A.Max 18W.', rules: [] },
  { text: 'Email: lily@163.com', rules: [CONTACT] },
  { text: 'sales@2a.com', rules: [CONTACT] },
  // WhatsApp as "WA", "W.A.", "W/A": asked for, given a number (even spelled out) or an "add"; a state, a route or a refusal is not.
  { text: 'Add my WA pls, Alibaba is blocking our messages sometimes', rules: [CONTACT] },
  { text: 'Talk on W.A. ok? 8613912345678', rules: [CONTACT] },
  { text: 'my wa: eight six one three five two two two three three four four', rules: [CONTACT] },
  { text: 'pls WA me', rules: [CONTACT] },
  { text: 'Chat on WA?', rules: [CONTACT] },
  { text: 'W/A me for the price list', rules: [CONTACT] },
  { text: 'We ship to WA and Oregon', rules: [] },
  { text: 'WA state', rules: [] },
  { text: 'Add WA to the shipping list.', rules: [] },
  { text: 'Our reps call on WA and OR stores every month.', rules: [] },
  { text: 'Send the samples to our WA warehouse.', rules: [] },
  { text: 'Never WA me, keep it on Alibaba.', rules: [] },
  // WhatsApp misspelt ("whatsaap", "whtsapp"), or as Spanish "wasap" and Brazilian "whats"; "watts app…" is a power rating.
  { text: 'Whatsaap me +86-135-xxxx-6789 for better price', rules: [CONTACT] },
  { text: 'whtsapp me', rules: [CONTACT] },
  { text: 'Escríbeme al wasap', rules: [CONTACT] },
  { text: 'Me chama no whats', rules: [CONTACT] },
  { text: 'The 1500 watts appliance: 12345678 units sold.', rules: [] },
  { text: 'The smartwatch shows WhatsApp notifications', rules: [] },
  // "Contact me on …" in Indonesian, Arabic (الواتس, with or without اب), Vietnamese, Portuguese and Spanish.
  { text: 'Hubungi saya lewat WA ya kak: 0812 3456 7890', rules: [CONTACT] },
  { text: 'Nomor WA: 081234567890', rules: [CONTACT] },
  { text: 'Tambahkan saya di WhatsApp', rules: [CONTACT] },
  { text: 'أضفني على الواتس اب للتفاصيل', rules: [CONTACT] },
  { text: 'اتصل بي على الواتس', rules: [CONTACT] },
  { text: 'Anh nhắn Zalo cho em số 0912345678 nhé.', rules: [CONTACT] },
  { text: 'Gọi cho em qua Zalo nhé', rules: [CONTACT] },
  { text: 'Entre em contato pelo WhatsApp', rules: [CONTACT] },
  { text: 'Llámame por WhatsApp', rules: [CONTACT] },
  { text: 'The Zalo app icon sticker', rules: [] },
  { text: 'We enhance WhatsApp integration for shops.', rules: [] },
  // WeChat as "V", "vx", "wx", "we-chat"; Telegram as "Tele" with a handle. A volt, a V-neck, a model or a lens is none.
  { text: 'Please add my V: sunny_xm88', rules: [CONTACT] },
  { text: 'My vx is the same as phone, 139 1234 5678', rules: [CONTACT] },
  { text: 'add wx: sunny_88', rules: [CONTACT] },
  { text: 'You can find me on we-chat, id: trade_amy', rules: [CONTACT] },
  { text: 'Tele: @factory_lucy', rules: [CONTACT] },
  { text: 'my tele: lee_sales88', rules: [CONTACT] },
  { text: 'V-neck T-shirt', rules: [] },
  { text: 'Add my V-neck shirts to the order.', rules: [] },
  { text: 'Input: 5V, 2A', rules: [] },
  { text: 'V: 220V', rules: [] },
  { text: 'vx-200 model', rules: [] },
  { text: 'The tele lens is 200mm', rules: [] },
  { text: 'Telescopic handle', rules: [] },
  { text: 'Wide @24mm, Tele @200mm.', rules: [] },
  // The buyer's app asked for, LINE and KakaoTalk IDs; "your line of business" asks no app; refusals and warnings stay quiet.
  { text: 'Let me know your telegram or whatsapp, I will send you the photos', rules: [CONTACT] },
  { text: 'May I know your WhatsApp number?', rules: [CONTACT] },
  { text: 'Line ID: amy_888', rules: [CONTACT] },
  { text: 'Add me on KakaoTalk', rules: [CONTACT] },
  { text: "What's your line of business?", rules: [] },
  { text: 'Let me know your line of products.', rules: [] },
  { text: "I don't use WhatsApp, let's stay on Alibaba", rules: [] },
  { text: 'Someone pretends to be us on WhatsApp, ignore them', rules: [] },
  // A spec sheet's "Signal:", "Zoom:", "Tg:", "Line:" before a measure or a technical word is no app ID; an ID or number after one is.
  { text: 'Signal: 4-20mA, supply 24VDC, accuracy 0.5%.', rules: [] },
  { text: 'Signal: RS485 Modbus, baud rate 9600.', rules: [] },
  { text: 'Signal frequency: 800-2700MHz, gain 65dB.', rules: [] },
  { text: 'Signal 800-2700MHz, 5 bands, auto gain control.', rules: [] },
  { text: 'Zoom: optical 30x, digital 16x.', rules: [] },
  { text: 'Tg: high Tg 170, FR4, 1.6mm, HASL lead free.', rules: [] },
  { text: 'Line: single phase 220V, neutral and earth.', rules: [] },
  { text: 'Line speed per hour: 3600 - 4800 bottles.', rules: [] },
  { text: 'Add me on Signal: +44 7700 900123', rules: [CONTACT] },
  { text: 'Zoom: https://zoom.us/j/123456789', rules: [CONTACT] },
  { text: 'Line: lilytrade88', rules: [CONTACT] },
  // Asking about products: signal boosters, a zoom lens, a product line, a phone model, a line manager.
  { text: 'Do you have signal boosters for 5G band n78?', rules: [] },
  { text: 'Do you have zoom lens for this camera model?', rules: [] },
  { text: 'Do you have a line for kids shoes? We are looking for new styles.', rules: [] },
  { text: 'What is your line of business? We are distributor of hardware tools in Chile.', rules: [] },
  { text: "What's your line of products for the bathroom?", rules: [] },
  { text: "What's your phone model? We will send the correct case.", rules: [] },
  { text: 'Please forward the complaint to our line manager, she will handle it today.', rules: [] },
  { text: 'Do you have Line? I will add you.', rules: [CONTACT] },
  // "Call me Lily" says how to address someone; "call me" with a number or an app is a call.
  { text: "You can call me Lily, it's easier than my Chinese name.", rules: [] },
  { text: 'Just call me Tony, nice to meet you.', rules: [] },
  { text: 'Call me on +86 138 0013 8000', rules: [CONTACT] },
  { text: 'Call me Lily on WhatsApp +86 138 0013 8000', rules: [CONTACT] },
  { text: 'Call me Lily, 13800138000', rules: [CONTACT] },
  // 打电话 said of a call made to someone else; asked of the buyer (给我打电话, 电话联系我) it is a move.
  { text: '我刚才给工厂打电话确认了，下周一可以出货。', rules: [] },
  { text: '我们老板打电话问了物流，运费明天更新。', rules: [] },
  { text: '给我打电话 13800138000', rules: [CONTACT] },
  { text: '电话联系我：13800138000', rules: [CONTACT] },
  { text: '有事打我电话', rules: [CONTACT] },
  // E-mail through Alibaba, or from Alibaba, stays on the platform; a personal mailbox does not.
  { text: 'Please email me the drawings through Alibaba chat, the file function works.', rules: [] },
  { text: 'You will get an automatic reply by email from Alibaba when the order ships.', rules: [] },
  { text: 'Please email me at lily.factory@gmail.com', rules: [CONTACT] },
  { text: 'Write to sales.lily@outlook.com for the price list', rules: [CONTACT] },
  // An anti-counterfeit QR code on the goods is no contact; one to add the supplier is.
  { text: 'Scan our QR code on the carton to check if the product is original.', rules: [] },
  { text: 'Scan my WeChat QR code to add me', rules: [CONTACT] },
  // The buyer's own brand e-mail, hotline or phone for the packaging, label or manual; the supplier's own is a move.
  { text: 'Print on box: www.yourbrand.com and info@yourbrand.com, correct?', rules: [] },
  {
    text: 'The packaging will show support@mybrand.com as your customer service email, please confirm.',
    rules: [],
  },
  { text: 'Your logo file and brand email info@greenleaf.de are printed on the hang tag.', rules: [] },
  { text: 'Label text: Made in China, hello@sunnybrand.co.uk, batch 2024-05.', rules: [] },
  {
    text: 'Please register your warranty at warranty@brand.com — this is the text on the manual, right?',
    rules: [],
  },
  { text: 'Tel: 0755-8888 6666 is printed on the user manual as your company? Please confirm.', rules: [] },
  {
    text: 'Can you send the manual text? Our designer will typeset it including your hotline +49 30 1234567.',
    rules: [],
  },
  { text: 'Tel: 0755-8888 6666, call me for the best price', rules: [CONTACT] },
  { text: 'Our email lily.factory@gmail.com is printed on the catalogue.', rules: [CONTACT] },
  { text: 'We print our logo on the box. Contact us at lily.factory@gmail.com', rules: [CONTACT] },
  // A sample's ship-to address with the recipient's phone, a forwarder's contact ("Mr." ends no sentence), a meter reading.
  {
    text: 'Please send 2 pcs sample to: John Smith, 123 Main St, Austin TX 78701, phone +1 512 555 0148.',
    rules: [],
  },
  { text: 'The forwarder contact: Mr. Chen +86 21 6123 4567, he handles your LCL.', rules: [] },
  { text: 'Meter reading 00012345678 on the test report.', rules: [] },
  { text: 'My phone: +86 138 0013 8000', rules: [CONTACT] },
  { text: 'My number 0086 138 0013 8000', rules: [CONTACT] },
  { text: 'Contact Dr. Li +86 138 0013 8000 for the best price', rules: [CONTACT] },
  // Slang, unnamed apps and other languages: asks to move the chat to WhatsApp, Telegram, LINE, e-mail or a phone.
  { text: 'Hit me up on WA, faster reply there.', rules: [CONTACT] },
  { text: 'Ping me on the green app, same name as here.', rules: [CONTACT] },
  { text: 'DM me on IG, I post the stock photos daily.', rules: [CONTACT] },
  { text: "Drop me a line on Signal, it's more private.", rules: [CONTACT] },
  { text: 'Can we move this convo to Telegram? Alibaba chat keeps lagging.', rules: [CONTACT] },
  { text: 'Slide into my Tele bro, @ledking_sz', rules: [CONTACT] },
  { text: "Buzz me on WeChat, I'm there all day.", rules: [CONTACT] },
  {
    text: "Shoot me an email at my private mail, I'll send it there since this chat is monitored.",
    rules: [CONTACT],
  },
  { text: 'My WhatsApp is in my Alibaba profile photo, message me there.', rules: [CONTACT] },
  { text: 'This chat is recorded by Alibaba, better we talk somewhere private.', rules: [CONTACT] },
  { text: "Alibaba doesn't allow me to say some things here, give me your number.", rules: [CONTACT] },
  {
    text: "I can't send you the real price here, the platform checks the messages. Where else can I reach you?",
    rules: [CONTACT],
  },
  {
    text: 'Check your inbox, I emailed you from my personal address with the new invoice.',
    rules: [CONTACT],
  },
  { text: "Do you use WhatsApp Business? I'll send you a catalogue link there.", rules: [CONTACT] },
  { text: "Let's use the other app, the one with the green icon.", rules: [CONTACT] },
  { text: 'My number is same as my user name here, just add on WA.', rules: [CONTACT] },
  { text: 'Давайте продолжим в телеге, тут сообщения теряются. Ник @zavod_ling', rules: [CONTACT] },
  { text: 'Скиньте номер вацапа, отправлю видео с производства.', rules: [CONTACT] },
  { text: 'Пишите мне в Вайбер, так быстрее.', rules: [CONTACT] },
  { text: 'Давайте созвонимся по Скайпу, мой логин factory.ivan', rules: [CONTACT] },
  { text: 'Mejor hablamos por guasap, aquí tarda mucho en llegar los mensajes.', rules: [CONTACT] },
  { text: 'Escríbeme al correo personal, por aquí no puedo darte precios.', rules: [CONTACT] },
  { text: 'Bora falar pelo WhatsApp? Aqui não dá pra mandar vídeo.', rules: [CONTACT] },
  { text: "Écris-moi sur Télégram, je t'envoie le devis là-bas.", rules: [CONTACT] },
  { text: "Passe-moi ton numéro WhatsApp, je t'envoie les vidéos.", rules: [CONTACT] },
  { text: 'Lass uns auf WhatsApp weiterschreiben, hier kommt nicht alles an.', rules: [CONTACT] },
  { text: 'Schreib mir bitte an meine private E-Mail, hier wird alles mitgelesen.', rules: [CONTACT] },
  { text: 'ضيفني على التليجرام @masnaa_cn', rules: [CONTACT] },
  { text: 'راسلني على الإيميل الشخصي أفضل.', rules: [CONTACT] },
  { text: "WhatsApp'tan devam edelim mi? Buradan mesajlar geç geliyor.", rules: [CONTACT] },
  { text: "Numaranı atar mısın, WhatsApp'tan fotoğrafları göndereyim.", rules: [CONTACT] },
  { text: 'Lanjut di WA aja ya kak, di sini slow respon.', rules: [CONTACT] },
  { text: 'Kak, minta nomor WA nya dong, nanti saya kirim foto produknya.', rules: [CONTACT] },
  { text: 'Chat di Tele aja kak biar cepet.', rules: [CONTACT] },
  { text: 'Kak, save nomor saya ya 0857-1234-5678, chat WA aja.', rules: [CONTACT] },
  { text: 'Anh qua Zalo nói chuyện cho tiện nha, ở đây em ít online.', rules: [CONTACT] },
  { text: 'Anh cho em xin số WhatsApp để gửi video nhé.', rules: [CONTACT] },
  { text: 'Anh liên hệ em qua số điện thoại 0987 654 321 nhé, Zalo cũng số này.', rules: [CONTACT] },
  { text: 'แอดไลน์มาคุยกันนะคะ ไอดี factory_mint', rules: [CONTACT] },
  { text: 'ขอเบอร์วอทส์แอพหน่อยครับ จะส่งรูปสินค้าให้', rules: [CONTACT] },
  { text: 'โทรหาผมที่เบอร์ 081-234-5678 ได้เลยครับ', rules: [CONTACT] },
  { text: 'Sir WhatsApp pe aa jao, wahin baat karte hain detail mein.', rules: [CONTACT] },
  { text: 'Bhai apna WA number do, main photos bhejta hoon.', rules: [CONTACT] },
  { text: 'Sir apna number bhejo, call karke baat karte hain.', rules: [CONTACT] },
  { text: '亲，方便加个V吗？这边回复慢。', rules: [CONTACT] },
  { text: '我们去小飞机上聊吧，ID是 @yiwu_factory', rules: [CONTACT] },
  { text: '您把手机号发我，我打给您详细说。', rules: [CONTACT] },
  { text: '加個賴吧，這裡訊息常常收不到。', rules: [CONTACT] },
  { text: '發個WhatsApp給我吧，這裡我不常上。', rules: [CONTACT] },
  // A new address with the old one closing.
  {
    text: 'Please note our new email is sales@hengtai-lighting.co (not .com), the old one will be closed.',
    rules: [CONTACT],
  },
  // A public company page asks no one to chat there; asking to be added does.
  { text: 'Our LinkedIn: https://www.linkedin.com/company/xinhe-hardware', rules: [] },
  { text: 'Add me on LinkedIn', rules: [CONTACT] },
  { text: "let's talk on LinkedIn", rules: [CONTACT] },
  // The same words as goods, parts or other numbers: a sticker, a lens, a production line, a toy plane, a V-neck, a cart.
  { text: 'The green app icon sticker, 500 pcs', rules: [] },
  { text: 'This chat is recorded for quality, as Alibaba says', rules: [] },
  { text: 'Please give me your order number', rules: [] },
  { text: 'Send me your number of cartons', rules: [] },
  { text: 'We ship by DHL, faster reply from them', rules: [] },
  { text: 'Our WhatsApp Business API integration is in the software', rules: [] },
  { text: 'Thai: ไลน์ผลิต (production line) runs 24h', rules: [] },
  { text: 'Tele lens 200mm', rules: [] },
  { text: '小飞机模型 (toy plane model) 500个', rules: [] },
  { text: '加个V领 (V-neck) 的款式', rules: [] },
  { text: 'телега (cart) на колёсах', rules: [] },
  // "Take this offline … my direct line": a contact move, no payment.
  { text: "Let's take this offline, I'll send you my direct line.", rules: [CONTACT] },
  // A messenger's QR or ID shown on the profile, the app not always named; not a QR for the Alibaba app or on the goods.
  { text: 'WhatsApp number in my profile', rules: [CONTACT] },
  { text: 'Our WeChat QR code is on our company profile page', rules: [CONTACT] },
  { text: 'Scan the QR code in my profile to add me', rules: [CONTACT] },
  { text: 'Scan this QR to add me', rules: [CONTACT] },
  { text: 'Scan the QR code to add me on Alibaba app', rules: [] },
  { text: 'We put a WhatsApp button on our store page', rules: [] },
  // A third probe: spelled-out and keycap numbers, 'contact our finance lady on WeChat', a colleague's WhatsApp, Skype 'is better for me', WhatsApp groups, 平台聊天不方便，加我微信.
  {
    text: 'my number is one three eight, zero two one one, four four five six. whatsapp ok',
    rules: [CONTACT],
  },
  { text: 'WeChat: 📱 ➕8️⃣6️⃣ 1️⃣5️⃣9️⃣ 2️⃣2️⃣0️⃣1️⃣ 7️⃣7️⃣3️⃣4️⃣ add me dear', rules: [CONTACT] },
  {
    text: "I'm calling you now from china number, please answer, easier to explain the mould design by voice",
    rules: [CONTACT],
  },
  {
    text: 'Can we have a quick zoom? I send the link to your personal email, just write it here',
    rules: [CONTACT],
  },
  {
    text: 'I am leaving the company next week. My colleague Tony will contact you from his WhatsApp with new payment info for the next orders.',
    rules: [CONTACT],
  },
  { text: 'Skype is better for me: furnitureking.sales. Alibaba app on my phone broken.', rules: [CONTACT] },
  { text: 'telegram: @ anna _ textile _ 2024 (remove spaces)', rules: [CONTACT] },
  {
    text: 'Also give me ur personal mail not company one pls, spam filter block my mail to corporate domain',
    rules: [CONTACT],
  },
  { text: 'We have whatsapp group for VIP buyer, let me add you. give number', rules: [CONTACT] },
  { text: '平台聊天不方便，加我微信吧：lucy_8866_ 发你更多款式和实拍图。', rules: [CONTACT] },
  // A forwarder's number, in Russian and French: the buyer's pickup, not a contact move.
  {
    text: 'Наш экспедитор в Иу заберёт груз с вашего склада, вот его телефон: +86 138 0000 0000.',
    rules: [],
  },
  {
    text: "Le transitaire à Marseille vous contactera pour l'enlèvement, voici son numéro : +33 4 91 00 00 00.",
    rules: [],
  },
  // A fourth probe: numbers spelt out or in Chinese and Vietnamese digits, '@handles' to search, 'remove the x', 'let us continue on WeChat', e-mail moves.
  {
    text: 'i can send you more real photos and factory video on whatsapp, here the system compress pictures too much. my number plus eight six one three nine, eight eight two zero, four five one seven',
    rules: [CONTACT],
  },
  {
    text: 'my boss only use telegram, he give you final price there. search @ Hx_Tools_Boss',
    rules: [CONTACT],
  },
  {
    text: 'Dear, kindly share your direct email. Our engineer wants to send the technical drawings and the system here blocks PDF.',
    rules: [CONTACT],
  },
  {
    text: 'my colleague will contact you by email from our gmail, please reply him there, it is same company',
    rules: [CONTACT],
  },
  {
    text: 'for your order follow up i made a whatsapp group with our QC and shipping team, pls scan QR code in the picture',
    rules: [CONTACT],
  },
  {
    text: 'Good evening! This chat is monitored and sometimes deletes messages with prices, so let us continue on WeChat. My id is same as my name plus 2024',
    rules: [CONTACT],
  },
  {
    text: 'number is one five nine, double two, seven four, zero zero, six eight - whatsapp or wechat both ok',
    rules: [CONTACT],
  },
  {
    text: 'I prefer we negotiate in Signal, more private for price. Signal: +852 nine four 3 eight, 1 2 0 7',
    rules: [CONTACT],
  },
  { text: 'whatsapp +86 l3x9 88x20 45x17 remove the x and l is one', rules: [CONTACT] },
  {
    text: 'this is my personal email, company mail has too much spam filter: mike . huang . trade @ g m a i l . com',
    rules: [CONTACT],
  },
  { text: '平台消息经常收不到，加我微信吧，号码是一三八 零零七五 六六二一', rules: [CONTACT] },
  { text: '老板只用 Telegram，价格你直接跟他谈：@ wang_boss_2023（去掉空格）', rules: [CONTACT] },
  { text: '邮箱：zhang点wei 在 163 点 com，报价单发您邮箱', rules: [CONTACT] },
  { text: 'anh add zalo em cho nhanh nhé, số không chín ba, hai một bảy, năm năm tám', rules: [CONTACT] },
  // "No time" says nothing against what follows it.
  {
    text: 'hi dear, no time to check platform every day, leave your number i call you tomorrow morning your time',
    rules: [CONTACT],
  },
  // Round 5 probe, continued: apps named in more ways and more languages (Lark, Threema, Botim, BiP, VK, TikTok), a WeChat ID by its prefix.
  {
    text: "I'm usually offline here after 6pm but Lark is always on my phone, search Iris Tan Huaxin, avatar is a blue forklift 🙂",
    rules: [CONTACT],
  },
  {
    text: 'for drawings and confidential specs pls use Threema, my ID 7XK2PM4R. i dont keep customer files on this app',
    rules: [CONTACT],
  },
  {
    text: "Could we jump on a video call? I use Botim, same number as on my storefront contact card. I'll walk you through the line live.",
    rules: [CONTACT],
  },
  {
    text: "give me a missed call on +971 five 6 seven 2, 2 1 0, 88 4. I'm in Dubai for the fair this week, I'll call back on whatsapp",
    rules: [CONTACT],
  },
  {
    text: "Let's do Google Meet tomorrow 10am your time, send me your gmail so I can invite you",
    rules: [CONTACT],
  },
  {
    text: "WhatsApp is banned on my work phone, personal number is in the image I attached (can't type it here)",
    rules: [CONTACT],
  },
  {
    text: "Sir TA is fine but my boss wants the 20% down payment on his WeChat Pay, he'll explain in a voice call, add him: wxid_q7h2k91",
    rules: [CONTACT, PAY],
  },
  {
    text: "On se parle plutôt sur Signal ? Le chat ici coupe mes messages vocaux. Mon pseudo : Kevin point Lumière, avec la photo de l'entrepôt.",
    rules: [CONTACT],
  },
  {
    text: 'Können wir das per Teams-Call klären? Schicken Sie mir Ihre private Handynummer, dann rufe ich Sie heute Abend an.',
    rules: [CONTACT],
  },
  {
    text: 'Mi faccia una videochiamata su WhatsApp domani, il numero è lo stesso che trova sul biglietto da visita nella foto.',
    rules: [CONTACT],
  },
  {
    text: 'Proszę napisać na Messengerze, znajdzie mnie Pan jako "Anna Chen Hurt", zdjęcie z magazynem w tle.',
    rules: [CONTACT],
  },
  {
    text: 'Найдите меня во ВКонтакте: Алина Оптом Гуанчжоу, там все новинки и цены без комиссии площадки.',
    rules: [CONTACT],
  },
  {
    text: 'Пишіть мені у Viber, номер такий самий, як у профілі, тільки замість 067 поставте 097.',
    rules: [CONTACT],
  },
  { text: 'كلمني على البوتيم أو الإيمو، نفس الرقم اللي في الكتالوج بس بدون الصفر الأول.', rules: [CONTACT] },
  {
    text: 'sir call pe baat karte hain, mera number nine double-eight zero, seven one, triple four two. missed call dijiye main wapas karta hoon',
    rules: [CONTACT],
  },
  {
    text: 'Janab yahan baat mushkil hai, Imo pe video call kar lete hain, number wohi hai jo visiting card pe hai bas aakhri do digit ulte kar dein',
    rules: [CONTACT],
  },
  {
    text: 'Kak lanjut ngobrol di Telegram ya, cari aja "Mei Gudang Yiwu", fotonya kardus warna coklat.',
    rules: [CONTACT],
  },
  { text: 'Cari saya di TikTok @kilangperabot.my, DM kat sana lagi cepat.', rules: [CONTACT] },
  { text: 'Anh tìm em trên Zalo bằng tên "Linh Xưởng Gỗ", avatar hình cái ghế nâu nhé.', rules: [CONTACT] },
  { text: 'คุยทาง LINE ดีกว่าครับ ค้นหาไอดีด้วยชื่อร้านต่อท้ายด้วยเลข 1208 นะครับ', rules: [CONTACT] },
  { text: 'ค่าตัวอย่าง 1,200 บาท โอนเข้าบัญชีส่วนตัวแล้วส่งสลิปทาง LINE นะคะ อย่าส่งในนี้', rules: [CONTACT, PAY] },
  { text: '平台上说话不方便，你钉钉搜我手机号就能找到，头像是一只橘猫。', rules: [CONTACT] },
  {
    text: '樣品費用請用PayMe或轉數快轉給我，付款截圖WhatsApp給我就好：六二 九八 三三 一四',
    rules: [CONTACT, PAY],
  },
  // Round 5 probe, last fixes: follow-ups, a CLABE, an exchange house, a partner's boleto, a broker paid directly.
  {
    text: 'Привет! Full catalogue here: tg-catalog.hx-opt.ru/join , it opens our Telegram канал, там пишите менеджеру напрямую',
    rules: [CONTACT],
  },
  // Round 5 probe: buyers reporting a scam message they received, in Portuguese, German, Indonesian, Hindi and English; a QR stand.
  // Round 6 probe, continued: programs, scripts, web pages and macro documents sent as documents, more lures and country endings for links, moves in more languages (Dutch, Polish, Romanian, Russian, Malay, Tagalog, Swahili, Hindi, Urdu, Persian), buyers reporting a scam in more languages.
  {
    text: 'whatsapp is the same as the one on the carton, the 11 digits printed under the barcode on the side mark',
    rules: [CONTACT],
  },
  {
    text: 'I\'m at the Canton Fair, booth 12.2 F31, until Friday and barely open this app. Scan the WeChat code on the booth backdrop photo I sent, or search "Lily  Sun  Kaiyuan" with two spaces. The fair price is only valid if you confirm before the fair closes on Sunday, after that it goes back to list price.',
    rules: [CONTACT],
  },
  {
    text: 'Sir kindly revert on WhatsApp only, I am not frequently checking this portal. Same number which is printed on the back page of the catalogue',
    rules: [CONTACT],
  },
  {
    text: 'Laten we verder praten via WhatsApp, mijn nummer staat op de sticker op de omdoos.',
    rules: [CONTACT],
  },
  {
    text: 'Napisz do mnie na Telegramie, mój nick to numer sklepu z Alibaby, tylko bez pierwszej cyfry',
    rules: [CONTACT],
  },
  {
    text: 'Continuăm pe Telegram? username-ul meu e același cu numele magazinului, fără spații.',
    rules: [CONTACT],
  },
  {
    text: 'Давайте в телеграм, ник: h e n g d a _ o p t (без пробелов). Здесь сообщения теряются.',
    rules: [CONTACT],
  },
  { text: 'सर WhatsApp पर बात करते हैं, नंबर वही है जो कैटलॉग के पीछे लिखा है', rules: [CONTACT] },
  { text: 'واٹس ایپ پر بات کریں 📱 صفر تین سو، پانچ پانچ دو، ایک ایک چار آٹھ، نو نو', rules: [CONTACT] },
  {
    text: 'Jom sambung dalam WeChat, imbas kod QR hijau yang ada logo kilang kami di tengah, gambar yang saya hantar tadi',
    rules: [CONTACT],
  },
  { text: 'Sa Viber na lang po tayo mag-usap, same number po nung nasa label ng kahon', rules: [CONTACT] },
  {
    text: "Tuongee WhatsApp, nitumie 'hi' kwa namba iliyo kwenye kadi yangu ya biashara kwenye picha niliyotuma.",
    rules: [CONTACT],
  },
  // Round 6 probe, more: an agent's account in Hinglish, accounts frozen by a court or 'under updation', a loan that first needs a fee, a wallet address asked for, more ways to name an app's ID.
  {
    text: "The QR I sent is blurry, it's the green square with a small panda in the middle. Open WeChat, scan, or long-press it in your gallery",
    rules: [CONTACT],
  },
  {
    text: "Hi ma'am, pls chat me na lang on Viber, same name as my profile here po, the one with the yellow flower pic",
    rules: [CONTACT],
  },
  {
    text: 'my Telegram display name is K e v i n T r a d e with spaces, the @ is kevintrade_cn',
    rules: [CONTACT],
  },
  {
    text: 'در تلگرام پیام بدید، آیدی رو با فاصله می‌نویسم که سیستم پاکش نکنه: h d _ t e h r a n',
    rules: [CONTACT],
  },
  {
    text: 'Anh quét mã QR Zalo in ở mặt trong nắp thùng mẫu nhé, cái mã màu xanh dương có chữ HD ở giữa, rồi mình nói chuyện trên đó',
    rules: [CONTACT],
  },
  {
    text: 'Hola amigo 😊 para el deposit pls use Binance, my ID is 448 221 907, y después me mandas el screenshot al WhatsApp ok?',
    rules: [CONTACT, PAY],
  },
  // Round 6 probe, ordinary: signs and stands printed with a wallet's name, a smartwatch that shows Zalo messages.
  {
    text: 'Đồng hồ thông minh có hiện tin nhắn Zalo không anh? Khách Việt Nam dùng Zalo nhiều lắm.',
    rules: [],
  },
  // The buyer's own handle to print on the goods, not one to be contacted at; one given first, then said to be printed, still is.
  { text: 'Please print our Instagram handle @casa_verde under the logo on the tote bags.', rules: [] },
  { text: 'Print on box: WhatsApp +1 555 010 9999 for service', rules: [] },
  { text: 'Our WhatsApp is +86 138 0013 8000, it is printed on the catalogue too', rules: [CONTACT] },
  // A seventh probe's false alarms: refusals and warnings in other languages, POS terminals and gift-card boxes as goods, a new bank paid through Alibaba.
  {
    text: 'Hati-hati ada penipu yang mengaku dari perusahaan kami lewat WA, jangan transfer ke mereka. Bayar hanya di Alibaba.',
    rules: [],
  },
  {
    text: "Birisi sizin adınıza WhatsApp'tan yazıp hesap değişti dedi. Ben sadece Alibaba üzerinden ödeme yapacağım, bilginiz olsun.",
    rules: [],
  },
  // A seventh probe, written apart from the detector: wallets of West Africa and Korea's vouchers, changed accounts and pay instructions in more languages, Traditional Chinese, 不…就 conditions, moves to apps in Polish, Tagalog, Malay, Japanese and Korean, programs inside archives, English ultimatums with 'or'.
  {
    text: 'On peut continuer sur Skype ? mon identifiant est live:sophie.export_2021, je vous enverrai les vidéos des échantillons.',
    rules: [CONTACT],
  },
  { text: 'আপনার ইমো বা হোয়াটসঅ্যাপ নম্বর দিন, ওখানে ছবি আর দাম পাঠাব', rules: [CONTACT] },
  {
    text: 'Tuan, sila WhatsApp saya sekarang di 012-774 3091 dan bayar deposit, harga promosi tamat malam ini!',
    rules: [CONTACT],
  },
  {
    text: 'Chat na lang po tayo sa Viber or Messenger, mas madali magpadala ng pics doon.',
    rules: [CONTACT],
  },
  { text: 'I will send you the sample video on Line, my ID is amyled_factory', rules: [CONTACT] },
  { text: 'LINEの方が連絡しやすいので、こちらに追加してください：tanaka_trade_jp', rules: [CONTACT] },
  { text: 'Czy możemy przejść na Telegram? Tutaj nie widzę załączników. @piotr_import_cn', rules: [CONTACT] },
  {
    text: '카톡으로 계좌번호 보내드릴게요, 거기로 바로 입금하시면 됩니다. ID: lee_factory',
    rules: [CONTACT, PAY],
  },
  // An eighth probe, written after the seventh's fixes: whole threads, indirect asks, apps by short names (IG, wsp, WA pe, vatsap), changed accounts and payees in English, Spanish, Portuguese, French, Italian, Vietnamese, Russian and Greek, ultimatums with 'otherwise' about money, Dutch and Tagalog conditions, refusals in German, Russian, Romanian and Swahili.
  {
    text: "I'm at the Canton Fair all week, kindly write to my personal mailbox kevin.zhou.trade@163.com and I'll answer every night.",
    rules: [CONTACT],
  },
  {
    text: 'WhatsApp is easier for voice notes, just tap bit.ly/WA-Jenny-Sales and it opens a chat with me directly.',
    rules: [CONTACT, LINK],
  },
  {
    text: 'My IG is @coco.hairfactory, DM me there for the full video of the wigs and we can keep talking there.',
    rules: [CONTACT],
  },
  {
    text: 'my we chat id is the same as my name here, just add it and say you are the customer from Poland.',
    rules: [CONTACT],
  },
  { text: 'Pls give me ur whatsapp or wechat, easier to send pics.', rules: [CONTACT] },
  {
    text: "Hey, buyer here. Before we go further, can you give me a direct number? I'd rather negotiate by phone than in this chat.",
    rules: [CONTACT],
  },
  {
    text: 'Amigo, mejor hablamos por wsp, te paso mi número: más ochenta y seis, uno tres ocho, cero cero uno nueve, siete siete dos uno.',
    rules: [CONTACT],
  },
  {
    text: 'Können wir das bitte per WhatsApp besprechen? Meine Nummer: null null acht sechs, eins fünf neun, zwei drei vier fünf, sechs sieben acht neun.',
    rules: [CONTACT],
  },
  {
    text: 'Abi buradan mesajlar geç geliyor, vatsaptan yazar mısın? Numaram sıfır beş yüz otuz iki, dört yüz on sekiz, yetmiş yedi, sıfır dokuz.',
    rules: [CONTACT],
  },
  {
    text: 'Sir ji aap mujhe WA pe msg karo na, number hai nine eight one one, two two three three, four four. Yahan reply late hota hai.',
    rules: [CONTACT],
  },
  {
    text: 'Tuwasiliane kwa Telegram, nitakutumia orodha ya bei na picha za kiwanda huko: @kiwanda_bei_nafuu',
    rules: [CONTACT],
  },
  {
    text: '저희 회사는 카카오톡으로 계좌번호를 보내지 않습니다. 그런 메시지를 받으시면 사기이니 주의하세요.',
    rules: [],
  },
  // A ninth probe, written after the eighth's fixes, in short chatty messages: apostrophe-less refusals (dont, wont), tracking numbers in Russian and German, the buyer's own bank for a payment through Alibaba, changed accounts in twelve more languages, wallets of Japan, Egypt, Kazakhstan and Uzbekistan, apps by local names (ไลน์, হোয়াটসঅ্যাপে, appje, wsp).
  { text: 'did u get my wa? pls check, easier to talk there', rules: [CONTACT] },
  { text: 'pls check ur gmail i sent the pi from my personal mail', rules: [CONTACT] },
  { text: 'did u see my email? reply there not here', rules: [CONTACT] },
  { text: 'আমার হোয়াটসঅ্যাপে মেসেজ দিন, ওখানে ছবি পাঠাবো', rules: [CONTACT] },
  { text: 'เพิ่มไลน์ไอดี somchai_export ได้เลยครับ คุยง่ายกว่า', rules: [CONTACT] },
  { text: 'sir viber na lang po tayo, mas mabilis ako mag reply dun', rules: [CONTACT] },
  { text: 'stuur me even een appje op 06 4182 2930, dat gaat sneller', rules: [CONTACT] },
  { text: 'manda wsp al numero q te deje, aca casi no entro', rules: [CONTACT] },
  { text: 'sir call karo 9820144731 pe, baat karte hai aaram se', rules: [CONTACT] },
  { text: 'ইমোতে কল দিন ভাই 01819-334402', rules: [CONTACT] },
  { text: 'new price in my group, join here wa.link/x8f2qk', rules: [CONTACT] },
  { text: 'plz reply to my 163 email, alibaba msg will close soon', rules: [CONTACT] },
  { text: 'трек номер LP 0098 7766 5543 3CN, посылка в пути', rules: [] },
  { text: 'Sendungsnummer 00340 4343 9912 7781, Zustellung Mittwoch', rules: [] },
  // Accented words after an ASCII-only \\b were never matched: 'über WhatsApp', 'WhatsApp é …', 'à son compte', 'überweisen'
  { text: 'Lass uns über WhatsApp weiterreden, da ist es einfacher.', rules: [CONTACT] },
  { text: 'Meu WhatsApp é 11 98765 4321, me chama lá.', rules: [CONTACT] },
  // Asked to talk on an app, in more languages and forms.
  { text: "ajoutez moi sur WhatsApp, c'est plus simple", rules: [CONTACT] },
  { text: 'Mi scriva su WhatsApp per favore', rules: [CONTACT] },
  { text: 'واتساب أفضل يا صديقي', rules: [CONTACT] },
  { text: 'واٹس ایپ پر رابطہ کریں', rules: [CONTACT] },
  { text: '카톡 주세요 abc123', rules: [CONTACT] },
  { text: 'Viber tayo sir para mabilis', rules: [CONTACT] },
  { text: 'kallemny 3ala whatsapp ya basha', rules: [CONTACT] },
  { text: 'we have more colours not shown here, whatsapp me for the catalogue', rules: [CONTACT] },
  // Not a move: an app named as a feature.
  { text: 'The doorbell sends alerts to WhatsApp and is easier to install than the old model', rules: [] },
  // Write to me on an app, in the languages round 13 used: Polish, Romanian, Swahili, Greek, Dutch, Russian, Malay, Hinglish, and English "talk more convenient on".
  { text: 'Proszę napisać do mnie na WhatsAppie, tutaj wiadomości dochodzą z opóźnieniem', rules: [CONTACT] },
  { text: 'Scrieți-mi pe WhatsApp vă rog, aici nu pot trimite fișiere', rules: [CONTACT] },
  { text: 'Niandikie WhatsApp tafadhali, ujumbe hapa unachelewa sana', rules: [CONTACT] },
  { text: 'Μπορούμε να μιλήσουμε στο Viber; Εδώ τα μηνύματα αργούν πολύ', rules: [CONTACT] },
  { text: 'Kunnen we via WhatsApp verder praten? Dat gaat sneller', rules: [CONTACT] },
  { text: 'дайте свой ватсап, менеджер позвонит и всё объяснит', rules: [CONTACT] },
  { text: 'Boleh whatsapp saya terus? Senang nak hantar gambar produk', rules: [CONTACT] },
  { text: 'mera whatsapp number le lo sir, wahan sab detail bhejta hu', rules: [CONTACT] },
  { text: 'hello friend, we can talk more convenient on Viber', rules: [CONTACT] },
  // An app on the goods, not a move.
  { text: 'kunnen we de WhatsApp knop op de doos printen?', rules: [] },
  { text: 'Możemy dodać logo WhatsApp na pudełku', rules: [] },
  // Round 13: Egyptian "3ala el whats" (read with its 3 as an e), "give me ur phone number", "what is your number sir?", "if you have line, add me",
  // WhatsApp and Telegram in Hebrew and Hindi (בוואטסאפ, व्हाट्सएप), Persian "در تلگرام به من پیام بدهید".
  { text: 'kallemni 3ala el whats a7san, el chat hena bate2 awi', rules: [CONTACT] },
  { text: 'can you give me ur phone number, my manager want to call u', rules: [CONTACT] },
  { text: "what is your number sir? i'll ping you, easier to share docs there than here", rules: [CONTACT] },
  { text: "if you have line, add me, i'm in Bangkok this week for exhibition", rules: [CONTACT] },
  { text: 'תכתוב לי בוואטסאפ בבקשה, כאן ההודעות מגיעות באיחור', rules: [CONTACT] },
  { text: 'لطفاً در تلگرام به من پیام بدهید، اینجا عکس‌ها ارسال نمی‌شود', rules: [CONTACT] },
  { text: 'व्हाट्सएप पर बात करते हैं सर, यहाँ फोटो नहीं जा रही', rules: [CONTACT] },
  // Not a move: a lens, and a phone that supports WhatsApp.
  { text: 'if you use zoom lens we can fit it', rules: [] },
  { text: 'הטלפון תומך בוואטסאפ', rules: [] },
  // Round 14: moves with no finding before: apps and numbers asked in Malay, Japanese, Portuguese, Spanish, Polish, Swahili,
  // Romanian, Chinese and Egyptian Arabic; refusing ("mesh 3ayez") and reporting ("bi esmko", 報告しました) are not moves.
  { text: 'Hi friend 👋 we continue on Line? id: jenny-tw-toys', rules: [CONTACT] },
  { text: "let's move to wa bro, easy to send video of production", rules: [CONTACT] },
  { text: '老板方便留个vx吗？付款的事我们私聊', rules: [CONTACT] },
  { text: '麻煩留一下您的電話，我們老闆想直接跟您談付款方式', rules: [CONTACT] },
  { text: 'Me pasa su número? le escribo por wasap con las fotos y el precio especial', rules: [CONTACT] },
  { text: 'Manda seu e-mail pessoal que eu envio a fatura por fora', rules: [CONTACT] },
  { text: 'kalemni 3al whats ya basha, hena el chat bye2fel kol shwaya', rules: [CONTACT] },
  { text: 'Boleh saya dapat nombor telefon boss? Senang nak bincang pasal bayaran', rules: [CONTACT] },
  { text: 'LINEで続きをお話しできますか？こちらのチャットは不便なので。', rules: [CONTACT] },
  { text: 'Proszę napisać do mnie na maila prywatnego, tam wyślę fakturę', rules: [CONTACT] },
  { text: 'Tuwasiliane WhatsApp ndugu, hapa Alibaba ujumbe unachelewa', rules: [CONTACT] },
  { text: 'Îmi dați un număr de WhatsApp? Vă trimit acolo oferta finală', rules: [CONTACT] },
  { text: 'la2 shokran mesh 3ayez akallem 3al whats, ne5alleeha hena 3ala alibaba', rules: [] },
  {
    text: '7ad ba3atly message 3al whats bi esmko w 3ayez felous 3ala account gedid, ana 3amalt report',
    rules: [],
  },
  { text: '御社を名乗る人からLINEで新しい口座の案内が来ましたが、無視してアリババに報告しました', rules: [] },
  { text: 'manda a foto do produto', rules: [] },
  { text: 'we continue on the production line tomorrow', rules: [] },
  // A country code, then digits and digit words mixed, to slip past the platform's filter.
  {
    text: 'can u viber? +63 9 one 7 four four two 0 8 8 1, my colleague in manila handle ur order',
    rules: [CONTACT],
  },
  {
    text: "please what's up me on plus 86 one five eight two two three one oh oh nine I send you the photos there",
    rules: [CONTACT],
  },
  // Not a phone number: a price plus a list of figures.
  { text: 'price plus 5 1 2 3 4 5 6 7 8 units', rules: [] },
  // An ask to be added opens with its verb: a "收不到" (can't receive) before the comma does not refuse it; "不要加我微信" still says no.
  { text: '亲，阿里旺旺经常收不到消息，加我微信 sz_led_2023 详细聊吧，价格也能再谈。', rules: [CONTACT] },
  { text: '我们不用WhatsApp，加我微信吧', rules: [CONTACT] },
  { text: '请不要加我微信，在阿里上聊就好', rules: [] },
  // Round 16 (long, chatty messages in many languages, written by a helper and scored before any fix): its misses.
  {
    text: 'Hello my friend, thank you for your order last time, the customer feedback is very good! Now we have new design of the bluetooth speakers, waterproof IPX7, 20W. This platform now charge us very high commission so for the next orders please contact me directly on WeChat (ID: lucy_audio88) and we can do the payment by bank transfer directly, you will get 5% discount.',
    rules: [CONTACT, PAY],
  },
  {
    text: 'Hallo Herr Weber, danke für Ihre Anfrage zu den Hydraulikzylindern. Wir können alle Größen nach Zeichnung fertigen, MOQ 50 Stück. Da der Chat hier oft verzögert ist, schreiben Sie mir bitte direkt auf WhatsApp oder geben Sie mir Ihre private E-Mail-Adresse, dann schicke ich Ihnen das Angebot und die technischen Zeichnungen.',
    rules: [CONTACT],
  },
  {
    text: 'Namaste Sharma ji, umeed hai aap theek hain. Aapke 2,000 pcs steel water bottles ka sample kal courier ho gaya hai. Bulk order ke liye Trade Assurance use mat kijiye, usme 3% charge lagta hai — aap seedha hamare manager ke personal account mein transfer kar dijiye, hum aapko 5% discount de denge. Mera WhatsApp number hai 98 7654 3 two one zero, wahan baat karte hain.',
    rules: [CONTACT, PAY],
  },
  {
    text: "Buongiorno Signora Ferrari, grazie per l'interesse nei nostri macchinari per la pasta. Possiamo personalizzare la macchina a 220V 50Hz con stampi in bronzo. Per inviarle i video e il listino completo, mi può lasciare il suo numero WhatsApp o la sua email personale? Qui su Alibaba non riesco a mandare file grandi.",
    rules: [CONTACT],
  },
  {
    text: '田中様、いつもお世話になっております。ご依頼のステンレス製タンブラーのサンプルは昨日EMSで発送いたしました。本注文の2,000個につきましては、Trade Assuranceですと手数料がかかりますので、弊社部長の個人口座へ直接お振込みいただければ5%お値引きいたします。詳細はLINE（ID: wang_tumbler）でご連絡いただけますでしょうか。',
    rules: [CONTACT, PAY],
  },
  {
    text: 'Hallo Jan, wie besprochen sind die 600 Fahrradhelme mit CE EN1078 fertig. Für schnellere Abwicklung bitte Zahlung per PayPal Freunde & Familie an unsere Agentin in Deutschland, dann sparen wir beide die Gebühren. Gib mir bitte deine Handynummer, dann schickt sie dir ihre Daten per SMS.',
    rules: [CONTACT, PAY],
  },
  {
    text: 'Dzień dobry, dziękuję za zapytanie o panele fotowoltaiczne 550W. Mamy dostępne 3 kontenery w magazynie w Rotterdamie. Proszę o Pana prywatny numer telefonu lub kontakt na Viber, chętnie zadzwonię i omówię szczegóły, bo na czacie Alibaba odpowiadam z opóźnieniem.',
    rules: [CONTACT],
  },
  {
    text: '鈴木様、サンプル代金は30ドルですので、Alibabaで注文を作成せず、Amazonギフトカードでお支払いいただけますか。コードはWeChat（ID: mika_sample）にお送りください。',
    rules: [CONTACT, PAY],
  },
  {
    text: "Hello Mr. Ali, our company is participating in the Dubai trade show next month, booth 4C-22. Before the show, we'd like to have a quick call to understand your requirements for the steel doors. Please share your direct phone number or IMO, as our sales manager prefers voice calls over the chat on Alibaba.",
    rules: [CONTACT],
  },
  {
    text: "Hey Mike! Thanks for the order of the 50 gaming chairs, your design with the logo on the headrest looks awesome 🔥 Just one thing: our Alibaba store payment is only for samples, for bulk orders we collect via our US partner, you can pay through Zelle or check to him. Send me a text at (626) 555-0193 and he'll get in touch.",
    rules: [CONTACT, PAY],
  },
  // Round 16's session: near misses that stay quiet.
  { text: 'the product has a WeChat (mini program) for ordering', rules: [] },
  { text: 'Kontakt na stronie naszej firmy', rules: [] },
  // Round 16's session: "we can continue on" an app.
  { text: 'maybe we can continue on Skype or Teams, the chat here is slow', rules: [CONTACT] },
  // Round 17 (short, terse phone-typed messages with abbreviations and obfuscation, written by a helper and scored before any fix): its misses.
  { text: '电报 @sup_amy 联系', rules: [CONTACT] },
  { text: '薇❤: lily_0755', rules: [CONTACT] },
  { text: 'Wһаtsарр me (+86)138*0012*3456', rules: [CONTACT] },
  { text: 'pls add VX 138 ✈ 0012 ✈ 8899', rules: [CONTACT] },
  { text: '加V详聊 kevin 6 6 8', rules: [CONTACT] },
  // A handle that ends in a number given after "ID" (its digits were read as letters, "anna77" as "annatt").
  { text: 'wechat ID anna77', rules: [CONTACT] },
  { text: 'pls add my skype ID lily88 for the drawings', rules: [CONTACT] },
  { text: 'telegram ID sam2024 contact me there', rules: [CONTACT] },
  // Round 17's spaced-out IDs, and WeChat's Chinese names with a handle after them.
  { text: 'W e C h a t ID a n n a 7 7', rules: [CONTACT] },
  { text: '薇信 kevin6 6 6', rules: [CONTACT] },
  { text: '微信 lily_88', rules: [CONTACT] },
  // ...not a version or an app's feature.
  { text: '支持微信 v2.0', rules: [] },
  { text: '本机支持微信 WeChat8.0', rules: [] },
  { text: '手表支持微信 app2024', rules: [] },
  // "send me ur WA", "drop ur WA here"; not Washington.
  { text: 'send me ur WA', rules: [CONTACT] },
  { text: 'drop ur WA here', rules: [CONTACT] },
  { text: 'share your WA warehouse address', rules: [] },
  { text: "we ship to WA, what's your WA address", rules: [] },
  // Round 17: phone numbers with digits written as words, and W 4 T S 4 P P.
  { text: 'ᴡʜᴀᴛsᴀᴘᴘ +86 one5nine 22 33 44 55', rules: [CONTACT] },
  { text: 'Call/WA: eight six 138 zero zero one two 3456', rules: [CONTACT] },
  { text: 'ватсап +86 один три восемь 0012 3456', rules: [CONTACT] },
  { text: 'add WA sy ya kak +86 138 nol nol 12 3456', rules: [CONTACT] },
  { text: 'kb zalo em 0 9 1 2 3 4 5 6 7 8', rules: [CONTACT] },
  { text: 'pls add: W 4 T S 4 P P 86138 0012 5566', rules: [CONTACT] },
  { text: 'send me ur WA i send bank detail', rules: [CONTACT] },
  { text: 'LINE交換しましょう ID: sup_yuki', rules: [CONTACT] },
  // ...not a number's words in a sentence, or a part replaced on a line.
  { text: 'whatsapp one of our team will call', rules: [] },
  { text: 'whatsapp notifications on screen, one 2 three', rules: [] },
  { text: 'production line交換部品', rules: [] },
  // Round 18 (the risky request woven into a negotiation, in suppliers' own English; written by a helper and scored before any fix): its misses.
  {
    text: 'I will send you catalog and price list by wechat, my ID jessica_ledlight88 pls add.',
    rules: [CONTACT],
  },
  {
    text: 'Hi, for OEM logo I need your AI file, please send to WhatsApp, alibaba sometimes break the vector file.',
    rules: [CONTACT],
  },
  {
    text: 'Oi tudo bem? As fotos reais da produção estão no meu WeChat, me adiciona: paula_shoes_jj , aqui não consigo mandar vídeo.',
    rules: [CONTACT],
  },
  // ...not an app's feature.
  { text: 'the watch can send to WhatsApp', rules: [] },
  // An e-mail address spaced after its "@" and around its dots, and a number with emoji between its digit groups; a domain named alone is no address.
  { text: 'e-mail: l i l y @ q q . c o m', rules: [CONTACT] },
  { text: 'pls write to sales@ hxpcb . com for the drawing', rules: [CONTACT] },
  { text: '📱 +86 138 🔥 0012 🔥 7788 WA', rules: [CONTACT] },
  {
    text: 'We only talk with customers here on Alibaba and by our official email @sunriseled.com, nobody else.',
    rules: [],
  },
  { text: 'Rated 4.9 ⭐ 2024 🔥 hot seller, 500 pcs in stock', rules: [] },
  // An ID spaced out character by character after the app's name; a spec line is no ID.
  { text: 'w e c h a t: h x 8 8 2 7', rules: [CONTACT] },
  { text: 'Line: a b 1 2 for the conveyor layout', rules: [] },
  // Persian and Arabic-Indic digits read as digits; "continue on WhatsApp" in Hebrew; a LINE ID given in Japanese, not a production line's.
  { text: 'شماره واتساپ من ۰۹۱۲۳۴۵۶۷۸۹ هست، اونجا صحبت کنیم', rules: [CONTACT] },
  { text: 'واتساب ٠١٠١٢٣٤٥٦٧٨', rules: [CONTACT] },
  { text: 'אפשר להמשיך בוואטסאפ? המספר שלי 054-7123456, שם יותר קל לשלוח סרטונים.', rules: [CONTACT] },
  { text: 'LINEのIDは jp_trade_sato です。詳細はそちらで。', rules: [CONTACT] },
  { text: '生産ラインのIDは A12 です。', rules: [] },
  // An app, a comma, then "id" and a number; the buyer's WeChat QR code asked for in Chinese; an order id is no app's.
  { text: 'Ok claim we discuss on wechat, id 13702245678', rules: [CONTACT] },
  { text: '麻烦发一下您的微信二维码，质量问题我们微信上沟通', rules: [CONTACT] },
  { text: 'Your order id 13702245678 is shipped, tracking on the order page.', rules: [] },
  // Round 19: "lets discuss on WhatsApp", the buyer's "personal whatsapp" asked for.
  {
    text: 'Ok dear I understand your complaint. Lets discuss on WhatsApp, I send you my number privately',
    rules: [CONTACT],
  },
  { text: 'give me ur personal whatsapp, easier for refund', rules: [CONTACT] },
  // Quiet beside them: discussing here, WhatsApp as a product feature.
  { text: 'Lets discuss here on Alibaba, it is safer for both of us', rules: [] },
  { text: 'the tablet has whatsapp preinstalled, we can discuss the rom', rules: [] },
  // Round 20: WeChat spelt "VVechat", "reply me fast on wechat", "talk direct in whatsapp", "call whatsapp plz", Portuguese "fala comigo pelo WhatsApp", Thai "add on WeChat".
  {
    text: 'Jessica is on maternity leave, her customers now with me. Add my VVechat: sunny_exp0rt',
    rules: [CONTACT],
  },
  { text: 'reply me fast on wechat, alibaba will close my acc in 2 hour', rules: [CONTACT, PRESSURE] },
  {
    text: 'hello dear, I am the factory owner himself, better we talk direct in whatsapp, no middle man',
    rules: [CONTACT],
  },
  { text: 'lily gone. me new. call whatsapp plz', rules: [CONTACT] },
  { text: 'Boa tarde, a Júlia saiu da empresa. Agora fala comigo pelo WhatsApp.', rules: [CONTACT] },
  { text: 'ครับ ผมเป็นเซลส์คนใหม่แทนคุณเมย์ แอดวีแชทผมได้ที่ peter_th88 นะครับ', rules: [CONTACT] },
  // Quiet beside them: a call on a phone line, replying fast here.
  { text: 'call line 2 please, the operator will connect you', rules: [] },
  { text: 'please reply me fast on this chat, the loading is tomorrow', rules: [] },
  // Round 21: an e-mail address written out around its "@".
  { text: 'My colleague can help you, email amyzhang88 @ qq dot com', rules: [CONTACT] },
  // Round 21: details promised in an app.
  { text: 'I will send it to you by Telegram.', rules: [CONTACT] },
  { text: "I'll send you the photos on WhatsApp.", rules: [CONTACT] },
  { text: 'We will send you the samples in line with the drawing.', rules: [] },
  { text: 'We will send the goods by DHL.', rules: [] },
  // Round 21: details sent to the buyer's app, a company account to reopen, the order's own payment and shipping asked for asap.
  { text: 'I sent the new details to your WhatsApp, please pay there.', rules: [CONTACT] },
  { text: 'We sent the invoice to your email.', rules: [] },
  { text: 'Кошелёк TRC20 пришлю в Telegram.', rules: [CONTACT] },
  { text: "I'll send my Alipay on WeChat.", rules: [CONTACT, PAY] },
  {
    text: 'Please send the deposit to our Payoneer, the company account will reopen after 15 Feb.',
    rules: [CHANGE, PAY],
  },
  {
    text: 'If the Alibaba payment is done by Jan 10, we can ship by Jan 25, before the holiday. Otherwise it will be after Feb 20.',
    rules: [],
  },
  { text: 'Payment via Alibaba done, pls ship asap before your holiday.', rules: [] },
  // An ID right after the app, with nothing before it, when it can only be one: an underscore, or a name and a number.
  { text: 'WeChat amy_zhang1990', rules: [CONTACT] },
  { text: 'Telegram anna_textile88.', rules: [CONTACT] },
  { text: 'Telegram sunny88 pls', rules: [CONTACT] },
  { text: 'WhatsApp business2 supported', rules: [] },
  { text: 'The phone supports WeChat v8.0.1', rules: [] },
  { text: 'wechat pay_2024 promotion banner', rules: [] },
  { text: 'Line abc_12 speed', rules: [] },
  { text: 'Our app has WeChat mini_program login', rules: [] },
  { text: 'Supports Skype win10 and Mac', rules: [] },
  // The details passed on by app, in Spanish and Portuguese: said as an offer, not asked for.
  {
    text: 'Hola, soy la hija del dueño. Ahora yo llevo los cobros. Puedes pagar por Western Union a mi nombre, te paso los datos por WhatsApp.',
    rules: [CONTACT, PAY],
  },
  { text: 'Te passo os dados pelo WhatsApp', rules: [CONTACT] },
  { text: 'te mando la foto por whatsapp', rules: [CONTACT] },
  { text: 'te paso el precio en la cotización', rules: [] },
  { text: 'El reloj te manda notificaciones por WhatsApp', rules: [] },
  // Asked for or promised on the app: 'send me your PayPal on WhatsApp', 'details on WhatsApp', Hinglish 'WhatsApp pe bank details bhej'.
  {
    text: 'Buyer here. I can pay the sample directly by PayPal F&F to save fees, send me your PayPal on WhatsApp.',
    rules: [CONTACT, PAY],
  },
  {
    text: "Sample cost 35 USD, pls send by Remitly to my wife's name, details on WhatsApp.",
    rules: [CONTACT, PAY],
  },
  {
    text: 'Sir abhi turant 200 USD bhejna padega customs ke liye, WhatsApp pe bank details bhej raha hoon.',
    rules: [CONTACT],
  },
  { text: 'more details on WhatsApp', rules: [CONTACT] },
  { text: 'send me the catalog by email', rules: [] },
  { text: 'product details on WeChat mini program page', rules: [] },
  { text: 'send me by DHL', rules: [] },
  // Round 23: contact moves that were missed
  {
    text: 'Hi this is Jack from the trading company, factory owner asks you add his wechat directly: J4ck_F4ctory_0769, he will explain OEM process.',
    rules: [CONTACT],
  },
  // Round 24: "reply me there" after an e-mail, WhatsApp asked as quicker, a KakaoTalk ID given in Korean, Dutch "stuur me … op WhatsApp"
  {
    text: 'pls check your gmail, i sent the catalog and contract there, reply me there better',
    rules: [CONTACT],
  },
  { text: 'whatsapp? more quick 🙏', rules: [CONTACT] },
  { text: '카톡 아이디 알려드릴게요: hjtrade77 여기로 연락 주시면 빨리 답장 드립니다', rules: [CONTACT] },
  {
    text: 'Stuur me even een berichtje op WhatsApp, dan regelen we de terugbetaling via PayPal buiten Alibaba om.',
    rules: [PAY, CONTACT],
  },
  { text: 'reply me there, in the Alibaba chat', rules: [] },
  // Probe round 25: details promised on WhatsApp in French, German and Hinglish; LINE in Thai; WeChat in pinyin
  {
    text: "Bonjour Claire, merci pour votre commande de 600 bougies parfumées. La cire de soja et les mèches en coton sont arrivées, production dans 10 jours. Pour l'acompte, merci de payer par Wise sur mon compte personnel, je vous donne les détails sur WhatsApp. Le transport maritime prend environ 35 jours jusqu'au Havre.",
    rules: [PAY, CONTACT],
  },
  {
    text: 'Hallo Stefan, vielen Dank für Ihre Bestellung von 400 Edelstahl-Thermoskannen. Die Gravur mit Ihrem Logo ist fertig, Fotos im Anhang. Die Anzahlung bitte per PayPal Freunde und Familie an meine private Adresse, die schicke ich Ihnen per WhatsApp. Versand per Bahn nach Duisburg ca. 18 Tage.',
    rules: [PAY, CONTACT],
  },
  { text: 'bhai payment direct mere account me kar do wa pe details bhejta hu', rules: [PAY, CONTACT] },
  { text: 'jia wo weixin ba wechat pay scan qr pay sample ok', rules: [PAY, CONTACT] },
  {
    text: 'Привет Андрей! Образцы кабелей Type-C 1м и 2м готовы, оплетка нейлоновая, тест 10000 сгибаний прошли. Стоимость образцов 25$ плюс доставка 30$, можно перевести на мою карту Сбербанка или в WeChat, напишите мне в Telegram @cable_anna. Основной заказ 5000 шт, срок 15 дней.',
    rules: [PAY, CONTACT],
  },
  {
    text: 'السلام عليكم، الشحنة وصلت ميناء جدة، المخلص الجمركي يطلب 3200 ريال رسوم تخليص، حولها على حسابه مباشرة وتواصل معه على الواتساب 0551234987',
    rules: [PAY, CONTACT],
  },
  {
    text: 'สวัสดีค่ะ ตัวแทนขนส่งของเราจะติดต่อทาง LINE ไอดี fastcargo_th ค่าเคลียร์ภาษี 8,500 บาท โอนเข้าบัญชีกสิกรของตัวแทนได้เลยค่ะ',
    rules: [PAY, CONTACT],
  },
  // Probe round 25, ordinary: an app said to be broken, a WeChat QR to add a friend is contact only
  { text: "hi, my WhatsApp is broken anyway, let's keep talking here it's better 😅", rules: [] },
  { text: 'je vous envoie les photos par email', rules: [] },
  { text: 'Scan my WeChat QR code to add me, then we talk.', rules: [CONTACT] },
  // Round 26: apps in Japanese, Tagalog, Vietnamese and Arabizi, spaced and dotted app names, a number after "sms me".
  { text: 'お世話になっております。詳細はLINEでご連絡いただけますか？ID: tokyo_parts_ken', rules: [CONTACT] },
  {
    text: 'Hi po sir, pa-message na lang po sa Viber ko 0917 552 8834 para mas mabilis yung usapan natin',
    rules: [CONTACT],
  },
  {
    text: 'salam habibi, 3ndi se3r a7san bas 7ki m3aya 3al whatsapp, raqmi 0 0 8 6 1 5 9 8 8 2 3 0 4 1 7',
    rules: [CONTACT],
  },
  { text: 'ok ok friend we talk on we.chat is better, my id is  l i n d a 8 8 6 6', rules: [CONTACT] },
  { text: 'sms me 0 0 8 6 one three nine five two two eight one zero four seven ok', rules: [CONTACT] },
  {
    text: 'Sige po sir, add niyo na lang ako sa facebook messenger, Maria Santos Guangzhou po name ko',
    rules: [CONTACT],
  },
  { text: 'contact me on te le gram @ShenzhenPCB_Ray the alibaba chat limit my messages', rules: [CONTACT] },
  {
    text: 'Xin chào, giá tốt nhất em báo qua wechat nhé, thanh toán bằng alipay hoặc chuyển khoản trực tiếp cho em',
    rules: [PAY, CONTACT],
  },
  { text: 'ana ma b7eb a7ki 3al whatsapp, khalina hon 3al alibaba a7san', rules: [] },
  { text: '生産ラインで連絡します', rules: [] },
  { text: 'i will add the logo sa line 2 of the box', rules: [] },
  { text: 'text me 5 minutes later', rules: [] },
  // Probe round 27 (sanctions and currency excuses, tax, split payments, forwarders and brokers, holidays, QR codes,
  // forwarded e-mails; long relationships, new finance staff, other marketplaces, rarer payment apps and channels, fake authority).
  {
    text: "if you don't reply on WhatsApp today I must give your production slot to another customer, +86 136 4421 9093",
    rules: [CONTACT, PRESSURE],
  },
  {
    text: 'hello again my friend 😊 long time since the last order, how is your daughter? we have new catalog, can I send to your personal gmail?',
    rules: [CONTACT],
  },
  {
    text: 'Здравствуйте, заказ оплачен через Alibaba, номер 2208 7731 5540 1187, пожалуйста подтвердите',
    rules: [],
  },
  {
    text: 'Sorry I was on a Teams call with our CEO all morning, now back. Did you check the drawing?',
    rules: [],
  },
  // Near-misses of round 27's new cues.
  { text: 'please send the payment slip to my wechat', rules: [CONTACT] },
  { text: 'мой номер 8 912 345 67 89, пишите', rules: [CONTACT] },
  { text: 'send me your gmail pls', rules: [CONTACT] },
  // Round 27's misses: "are you on Facebook?", Polish "na Messengera", Hinglish "WhatsApp pe" and a number; "are you on line?" asks if the buyer is online.
  {
    text: 'are you on Facebook? search "Anna Wu Home Textile" and send me messenger, I show you more designs',
    rules: [CONTACT],
  },
  { text: 'r u on wechat', rules: [CONTACT] },
  { text: 'are you on line?', rules: [] },
  { text: 'are you using signal boosters in the design?', rules: [] },
  {
    text: 'Dzień dobry, czy możemy przejść na Messengera? Łatwiej wysyłać filmy z produkcji.',
    rules: [CONTACT],
  },
  { text: 'baaki baat WhatsApp pe 98110 44726', rules: [CONTACT] },
  // Where the writer is, not where the buyer should go: "sorry I'm on a WhatsApp call now".
  { text: "sorry I'm on a whatsapp call now, will reply later", rules: [] },
  { text: 'im in a whatsapp call with my boss', rules: [] },
  { text: "let's have a whatsapp call now", rules: [CONTACT] },
  // Round 28's misses: "I send PI to your WhatsApp", "write to my Skype", Portuguese "no WhatsApp" (on WhatsApp) is no "no".
  {
    text: 'Sir your Alibaba account is new so Trade Assurance not available for you, better pay direct bank transfer. I send PI to your whatsapp',
    rules: [PAY, CONTACT],
  },
  { text: 'we sent the invoice to your wechat', rules: [CONTACT] },
  { text: 'I will send the PI to your email', rules: [] },
  {
    text: "Hi I'm Mia from the export dept. My alibaba account has problem, can you write to my skype mia.export.sz ?",
    rules: [CONTACT],
  },
  { text: 'write to my line manager', rules: [] },
  {
    text: 'Para pedido de amostra por favor pague via Wise para conta pessoal do meu gerente, envio os dados no WhatsApp +86 186 2093 4471',
    rules: [PAY, CONTACT],
  },
  // Round 28: an ID given straight after 'add me' in English, Italian and German, or as the app's 'new one'; a personal e-mail asked for; 'via WA' with a number; Thai 'contact on Viber'
  { text: 'pls install WeChat and add me: ID factory_zhao', rules: [CONTACT] },
  {
    text: 'Guten Tag, für das Videogespräch zur Fabrikbesichtigung bitte WeChat installieren und mich hinzufügen: ID factory_zhao. Über Alibaba geht Video leider nicht.',
    rules: [CONTACT],
  },
  { text: 'Aggiungimi: lisa_hd2019', rules: [CONTACT] },
  {
    text: "Hi dear, I'm Jason, Mr. Li's assistant. Mr Li changed phone, the old WeChat is not used. Please add new one: jason_li_trade88. Also company account will be updated, dont pay to old one.",
    rules: [CHANGE, CONTACT],
  },
  {
    text: 'Good morning sir, you can pay sample by Wechat pay, i send QR code to your email, pls tell me your personal email',
    rules: [PAY, CONTACT],
  },
  {
    text: 'Kak ini terakhir ya, kalau DP 30% tidak masuk hari ini slot produksi kami kasih ke buyer lain. Transfer aja langsung ke rekening BCA 4410229871 a.n. Budi Santoso, konfirmasi via WA 0812 7733 9041',
    rules: [PAY, CONTACT, PRESSURE],
  },
  { text: 'สวัสดีค่ะ รบกวนส่งเบอร์โทรมาหน่อยค่ะ เพื่อนร่วมงานจะติดต่อทาง Viber เรื่องเอกสารศุลกากร', rules: [CONTACT] },
  // …and 'add me:', 'new one', 'via WA' and 'personal' with no ID, no number, or said no to
  { text: 'Please add me: 2 more cartons of the blue ones, same price.', rules: [] },
  { text: 'Add us: 500 pcs more to order 2291, we pay through the Alibaba order.', rules: [] },
  { text: 'Please add new one: 20 pcs of model A12 to the WeChat-compatible kit list.', rules: [] },
  { text: 'We discussed it on the Alibaba app call. Please add new one: model A12 in black.', rules: [] },
  { text: 'Can you tell me your personal opinion on the two samples?', rules: [] },
  { text: 'Ship to our warehouse via WA 98001 please, the address is on the order.', rules: [] },
  { text: "Please don't tell me your personal email, we keep everything here in Alibaba chat.", rules: [] },
  { text: 'เราไม่ติดต่อทาง Viber ค่ะ คุยในแชท Alibaba เท่านั้น', rules: [] },
  // Round 29: 'share him your personal phone', 'whatsapp us', Korean 아이디, Japanese 'ID: … を追加', Russian 'мой ник', Spanish '¿cuál es tu email?', Hindi 'व्हाट्सएप पर दे दूंगा'
  {
    text: "the inspector will call you tomorrow, pls share him your personal phone and whatsapp directly, he don't use alibaba",
    rules: [CONTACT],
  },
  {
    text: "Hi, I'm Kelly from the Yiwu show. whatsapp me: https://wa.me.chat-now.link/8615857921143",
    rules: [CONTACT, LINK],
  },
  {
    text: 'お問い合わせありがとうございます。詳細な見積もりはLINEでお送りしますので、ID: hiro_oem88 を追加してください。',
    rules: [CONTACT],
  },
  {
    text: 'Добрый день! Давайте продолжим общение в Телеграм, там удобнее отправлять фото и прайс. Мой ник @andrey_cn_supply',
    rules: [CONTACT],
  },
  // Round 30 (payment terms; account takeovers and impersonators, written by helpers and scored before any fix): its misses.
  {
    text: 'Halo kak, ini nomor baru saya ya, akun alibaba yang lama kena hack. Chat saya di WA 0812 4471 9036 aja, jangan balas di akun lama',
    rules: [CONTACT],
  },
  {
    text: '저는 알리바바 고객센터 직원입니다. 고객님 계정이 해킹 의심으로 오늘 밤 정지됩니다. 카카오톡 ID ali_support_kr 로 바로 연락주세요',
    rules: [CONTACT, PRESSURE],
  },
  // Round 31: the buyer's app asked for in two words, a phone number asked for in Spanish, a Viber number in Tagalog, a Telegram handle beside 'búscame'; quiet: a courier's account number and a Vietnamese warning.
  { text: 'ur whatsapp pls? easier to send sample pictures there', rules: [CONTACT] },
  {
    text: 'Por favor mándeme su número de teléfono, mi colega le llama mañana para hablar de la muestra',
    rules: [CONTACT],
  },
  {
    text: 'Здравствуйте, у нас есть свой аккаунт DHL, номер 964201837, отправьте образец за наш счёт',
    rules: [],
  },
  {
    text: 'Hola amigo, para enviarte fotos reales de la fábrica y los precios de mayoreo es mejor por Telegram, búscame como @maria_textil_gz, aquí Alibaba comprime mucho las imágenes.',
    rules: [CONTACT],
  },
  {
    text: 'Promotion price only for customers who contact me on WhatsApp today, tomorrow back to normal price!! +86 177 0213 5584',
    rules: [CONTACT, PRESSURE],
  },
  {
    text: 'Anh yên tâm, bên em không bao giờ đổi số tài khoản, mọi thanh toán đều qua đơn hàng Alibaba. Nếu có ai nhắn Zalo nhận là bên em thì anh báo lại em nhé.',
    rules: [],
  },
  // A phone number after a courier named is still a phone number when it is given as one; an order number asked for is none.
  { text: 'DHL is slow, my mobile 135 7721 0493', rules: [CONTACT] },
  // Probe round 31 leftovers, fixed in round 32
  { text: "sir pls what's up me on plus 86 135 7721 0493 for sample detail faster reply", rules: [CONTACT] },
  {
    text: 'Dear Ms. Kowalska, following our call: 2,000 pcs ceramic mugs 11oz, sublimation coated, AAA grade, white box, 36 pcs/carton, USD 0.78/pc FOB Xiamen, lead time 18 days, HS 6912.00.10, SGS lead and cadmium report attached. Consolidation with your other supplier to Gdynia is ok. To lock this price please send the 30% deposit today to the account I sent you on WeChat, our clay supplier price changes on Monday.',
    rules: [PAY, CONTACT, PRESSURE],
  },
  { text: 'I sent you the invoice on Alibaba', rules: [] },
  { text: 'we never sent you anything on WhatsApp, it was a scam', rules: [] },
  { text: 'the price is 3.50 plus 20 000 000 pcs', rules: [] },
  // Probe round 32: after-sales, and who is writing and when
  { text: 'ขอโทษเรื่องของเสียนะคะ คุยต่อทางไลน์ได้ไหมคะ ไอดี: suda.export', rules: [CONTACT] },
  // Review: a 'no' that labels a number is no refusal
  { text: 'my no 97180 55264 whatsapp', rules: [CONTACT] },
  { text: 'no, 97180 55264 is not my number', rules: [] },
  // Probe round 33: "no WhatsApp +55 …" is Portuguese "on", numbers spelt out after "plus", "i give you … on whats app", a Polish ask for a private e-mail
  {
    text: 'Olá amigo, o frete marítimo até Santos não está no pedido Alibaba. Fale com nosso despachante no WhatsApp +55 11 9 8472-3310, ele passa a chave PIX pra pagar',
    rules: [CONTACT, PAY],
  },
  {
    text: 'ok so uh hi my friend this is kevin from the factory im driving now so i send voice note uh the deposit thirty percent you can send direct to company account i will share on whats app plus eight six one three five seven seven two one four eight eight zero ok thanks',
    rules: [PAY, CONTACT],
  },
  {
    text: 'so uh yeah the total is uh four thousand two hundred fifty dollar uh you can send on western union or moneygram both ok i give you the receiver name on whats app just text me there six eight two one four four nine three hong kong number',
    rules: [PAY, CONTACT],
  },
  { text: 'Proszę podać swój prywatny email albo numer WhatsApp, tak będzie szybciej.', rules: [CONTACT] },
  // Near misses: a pasted mail's sender and signature, a courier's call, a Polish number asked for the courier
  {
    text: 'From: Maria Lopez <m.lopez@casaverde-import.es> Sent: 4 June 2024 To: Sales Subject: RE: quotation ceramic pots | Hi Jenny, thanks for the quote. Could you check 500 pcs of model CP-22? Best regards Maria Lopez | Purchasing Manager | Casa Verde Import S.L. | Tel +34 912 448 210',
    rules: [],
  },
  {
    text: 'Thanks, Priya | Priya Nair | Procurement | Sunrise Home Decor Pvt Ltd | Mumbai | +91 22 4418 2290 | www.sunrisehomedecor.in',
    rules: [],
  },
  {
    text: 'From: Li Na <lina@hengtai-machinery.com> Subject: RE: holiday notice | Dear Ahmed, our office closed 1-7 Oct. Pls note our payment method remain Trade Assurance, no change. Best, Li Na | Sales | Tel: +86 531 8812 4470',
    rules: [],
  },
  {
    text: 'Regards, Mark Ellis | Ellis Outdoor Ltd | Unit 4, Riverside Park, Leeds | T: +44 113 496 0182 | -----Original Message----- From: Kevin | sample ready, shipping today',
    rules: [],
  },
  {
    text: "the courier delivery guy will call you from local number, pls answer, it's just to confirm address",
    rules: [],
  },
  { text: 'Proszę podać swój numer telefonu dla kuriera, przesyłka wyjdzie jutro.', rules: [] },
  { text: 'sorry no whatsapp, we keep everything here on alibaba chat', rules: [] },
  { text: 'व्हाट्सएप करें 90040 18827 पर', rules: [CONTACT] },
  { text: 'sir whatsapp karein 9004018827 par, details bhej dunga', rules: [CONTACT] },
  { text: 'sir whatsapp mat karein, yahin alibaba pe baat karte hain', rules: [] },
  { text: 'Trade Assurance, номер 2190 4471 8830, оплата прошла', rules: [] },
  { text: 'заказ оформлен, номер 2190 4471 8830', rules: [] },
  { text: 'по заказу вопрос, мой номер 8 916 123 45 67, позвоните', rules: [CONTACT] },
  {
    text: 'Our site engineer for the installation is Mr. Omar, mobile +971 50 000 3314, your technician can call him when he lands in Dubai',
    rules: [],
  },
  {
    text: 'Nuestro ingeniero de planta es Carlos Ruiz, tel. +52 81 0000 4471, él coordina la instalación con su técnico',
    rules: [],
  },
  { text: 'for installation question pls whatsapp me +86 138 0000 1234', rules: [CONTACT] },
  { text: 'add me 138 0000 6724, I send you the video', rules: [CONTACT] },
  {
    text: 'Aktualizacje firmware wysyłamy tylko przez naszą prywatną grupę WeChat, dodaj mnie 138 0000 6724 to zaproszę',
    rules: [CONTACT],
  },
  { text: '加我 13800006724 发你安装视频', rules: [CONTACT] },
  { text: 'join our private WeChat group for firmware updates', rules: [CONTACT] },
  { text: 'I will not join your WhatsApp group, please keep it here on Alibaba', rules: [] },
  { text: 'please add me to the order 2190447188 as second contact', rules: [] },
  {
    text: 'Dlya kurera: poluchatel Sergei, tel. +7 912 448 30 17, sklad na Rizhskoy, rabotaem s 9 do 18',
    rules: [],
  },
  { text: 'для курьера: получатель Сергей, тел. +7 912 448 30 17', rules: [] },
  {
    text: 'Dear please answer me on WeChat immediately, container loading is now and if no confirmation your goods stay in port and cost 200 usd/day',
    rules: [CONTACT, PRESSURE],
  },
  {
    text: 'kak, chat di sini sering delay, langsung WA aja ya 0812-3390-4417, nanti saya kirim katalog lengkap disana',
    rules: [CONTACT],
  },
  {
    text: 'anh add wechat em nhe: hoang_trade_vn, hom nay em chot gia, qua hom nay la khong giu gia duoc nua dau',
    rules: [CONTACT, PRESSURE],
  },
  {
    text: "pls move to my whatsapp, I am the agent, factory don't allow me talk price in Alibaba: +852 6143 9921",
    rules: [CONTACT],
  },
  { text: '亲，老板说以后直接联系他微信，Alibaba上不常看，WeChat: lxh-factory-boss', rules: [CONTACT] },
  {
    text: 'Our lawyer need to speak with your lawyer today on Telegram @Attorney_Kaplan_escrow else the allocation will be cancelled',
    rules: [CONTACT, PRESSURE],
  },
  { text: 'el cliente me escribe por WhatsApp que no le llegó, revisamos el tracking en Alibaba', rules: [] },
  // Round 38: Swahili 'tuongee kwenye WeChat', 'nipigie WhatsApp', French 'contactez-le sur WhatsApp', Pidgin 'WhatsApp am direct', Turkish 'WeChat'ten göndereceğim'; quiet: a WhatsApp business catalog integration.
  {
    text: 'Habari, mimi ni muuzaji tuliyekutana Canton Fair. Tuongee kwenye WeChat au Telegram, hapa Alibaba ni polepole sana',
    rules: [CONTACT],
  },
  {
    text: 'Hi, do you have a WhatsApp business catalog integration for the shop? Asking because our customers want notifications',
    rules: [],
  },
  // Round 38's leftovers.
  {
    text: 'Hi we met at Messe Frankfurt Ambiente, you asked for the bamboo cups price. Alibaba chat not stable, message me on telegram @ambiente_james today because price valid only until Friday',
    rules: [CONTACT, PRESSURE],
  },
  {
    text: 'dear pls join our buyer group for wholesale prices, whatsapp link: chat.whatsapp-group.cc/Jn8sKq2',
    rules: [CONTACT, LINK],
  },
  // Round 40: solar panels, batteries and EV chargers for installers in Europe, with forwarders' surcharges; toys, baby products and jewellery for retailers in East Asia and Oceania, and impostors of Alibaba's service and banks' fraud desks.
  {
    text: 'Dobrý den, napište mi na WhatsApp nebo Viber, číslo máte v mém podpisu, tady se mi nezobrazují zprávy.',
    rules: [CONTACT],
  },
  { text: 'LINEでお話ししませんか？ID: hana_toys_cn 図面とサンプル写真すぐ送れます', rules: [CONTACT] },
  {
    text: 'I reported him to Alibaba for fraud, he asked me to pay his WeChat and add him on Telegram',
    rules: [],
  },
  // Round 40's leftovers: the chat said to close or freeze, buyer accounts disabled within hours, buyer protection expiring.
  {
    text: 'Please reply only on my Telegram @Gary_PVwholesale, Alibaba chat will be closed for our store in 2 days because of system upgrade, I cannot see your messages after that.',
    rules: [CONTACT, PRESSURE],
  },
  {
    text: 'Hi Lukas, Alibaba will freeze our chat because they think we talk about battery shipping. pls move to WhatsApp now +86 183 0625 9917, otherwise we lose contact and your order delay.',
    rules: [CONTACT, PRESSURE],
  },
  {
    text: 'Alibaba 客服通知：您的買家帳戶將於24小時內停用，請立即加 LINE ID: ali_service_tw 處理',
    rules: [CONTACT, PRESSURE],
  },
  {
    text: 'Last notice from Alibaba Customer Service: add our agent on WeChat (ID: alics_0931) within 30 minutes or your buyer protection expires',
    rules: [CONTACT, PRESSURE],
  },
  // Round 41: Urdu 'واٹس ایپ کریں' (WhatsApp me); Nepali 'Viber ma message garnus' is among the payment cases.
  {
    text: 'بھائی جان مزید تفصیل کے لیے مجھے واٹس ایپ کریں 0321-0000845، علی بابا پر میسج روز نہیں دیکھتا',
    rules: [CONTACT],
  },
  // Round 41 leftovers: Tagalog "i-text kami sa same number".
  { text: 'pa-text na lang po sa number ng driver', rules: [] },
  // Round 42: moves to apps and e-mail.
  { text: 'pls dont reply here, my account is limited. contact skype sales.ryan.shenzhen', rules: [CONTACT] },
  {
    text: 'Hi dear this is Amy, here is my whatsapp QR code, scan pls so we can chat faster',
    rules: [CONTACT],
  },
  { text: 'Mình gửi email riêng nhé, cho mình xin gmail của bạn', rules: [CONTACT] },
  {
    text: "Bonjour, pouvez-vous m'écrire sur WhatsApp? Je vous enverrai le catalogue complet",
    rules: [CONTACT],
  },
  // Near-misses of round 42's cues.
  { text: 'pls add whatsapp logo on the box', rules: [] },
  { text: 'please add line for the logo', rules: [] },
  { text: 'New details will be emailed to you from accounts@hengfamedical-co.com', rules: [CONTACT] },
  {
    text: 'the corrected PI will be sent to you from billing.dept@sunrise-hw.com tonight, pls answer there',
    rules: [CONTACT],
  },
  // Documents that will come from a company address leave it the sender's (probe 85); other scripts run onto an address.
  { text: 'We will send the B/L from docs@tianhe-logistics.cn.', rules: [] },
  { text: 'We will send the bank details from lisa.w88@gmail.com.', rules: [CONTACT] },
  { text: '我的邮箱lily88@163.com', rules: [CONTACT] },
  { text: '提单会从docs@tianhe.cn发出', rules: [] },
  { text: 'docs@tianhe.cnから書類を送ります', rules: [] },
  { text: '메일lily88@naver.com 으로 연락주세요', rules: [CONTACT] },
  { text: 'docs@tianhe.cn에서 서류를 보내드립니다', rules: [] },
  { text: "Faturayı docs@tianhe.cn'den göndereceğiz.", rules: [] },
  { text: 'Faturayı docs@tianhe.cn adresinden göndereceğiz.', rules: [] },
  { text: 'Die Rechnung kommt von docs@tianhe.cn.', rules: [] },
  { text: 'La factura llegará desde docs@tianhe.cn.', rules: [] },
  { text: 'Счет придет с адреса docs@tianhe.cn', rules: [] },
  {
    text: 'I got an email from accounts@hengfa-medical.com asking me to pay a new account, is it really from your finance team?',
    rules: [],
  },
  // Round 43 (IoT, e-bikes, hair, farm machinery, furniture hardware) and variants
  {
    text: 'Pwede po ba tayo mag-usap sa Line? ID ko: jennie.locks, para mas mabilis po ang reply',
    rules: [CONTACT],
  },
  { text: 'Vriend, reageer snel op WeChat, prijs alleen vandaag: wxid_9kp2m7rx', rules: [CONTACT, PRESSURE] },
  {
    text: 'Line or WeChat? which is easier for you? I share the factory audit video there',
    rules: [CONTACT],
  },
  {
    text: 'Pode me passar seu zap? fica mais fácil mandar as fotos da correia e do rolamento pelo whatsapp',
    rules: [CONTACT],
  },
  {
    text: 'Bună, vă rog să mă contactați pe Telegram, acolo vă trimit oferta pentru glisiere și balamale',
    rules: [CONTACT],
  },
  // Asked to install the app to talk on.
  { text: 'please install WeChat to chat with us', rules: [CONTACT] },
  {
    text: 'Pls download WeChat PC version from this link to receive large files from us: http://wechat-download-pc.cn.com/WeChatSetup.exe',
    rules: [CONTACT, LINK],
  },
  {
    text: 'catalog of shipping rates + insurance options: download at files.freight-cn.top/sinotrans-rates.rar and add me on wechat to discuss',
    rules: [CONTACT, LINK],
  },
  { text: 'the device supports WhatsApp alerts, please download the app', rules: [] },
  // Round 44 (LED signage for the Gulf, yarn and trims for South Asia and Turkey; FBA kitchenware, PPE for Africa, pumps for Central Asia).
  { text: 'أستاذ محمد ممكن نكمل الحديث على الويتشات؟ الآيدي led_lucy88', rules: [CONTACT] },
  { text: 'Line ID ก็ได้ครับ ledsign_bkk คุยทางนั้นสะดวกกว่า', rules: [CONTACT] },
  {
    text: "Lütfen dikkat: bizim adımıza WhatsApp'tan yazan biri olursa biz değiliz, ödeme sadece Alibaba üzerinden",
    rules: [],
  },
  { text: 'Dear our old email is not working, pls continue message here in Alibaba only', rules: [] },
  { text: 'our old email is not working, write to my gmail', rules: [CONTACT] },
  // Round 45: construction materials for the Gulf and East Africa, private-label cosmetics, machinery for West Africa and Ethiopia, party goods for Latin America, small appliances for Japan and Korea.
  {
    text: 'Skype nina.skincare.oem pls add me, we do video call and show you filling line',
    rules: [CONTACT],
  },
  { text: 'ውድ ደንበኛችን፣ ለተጨማሪ መረጃ በቴሌግራም ያግኙኝ @addis_machine_trade', rules: [CONTACT] },
  {
    text: 'Abeg dear send me your own number make I call you. The installation money you fit pay am for my Lagos partner account, e easy pass',
    rules: [PAY, CHANGE, CONTACT],
  },
  // Probe round 46 (sporting goods and pet supplies for Eastern Europe and Oceania; garments and jewellery for Asia, the Gulf and Africa), and round 45's last misses.
  {
    text: 'Przepraszam, proszę pisać do mnie na WhatsApp, tu na Alibaba nie zawsze widzę wiadomości: +86 137 6209 4418',
    rules: [CONTACT],
  },
  {
    text: 'Mr. Kemal, our sales manager handle your account now, his telegram is @kevin_gz_bags, pls contact him there for new order',
    rules: [CONTACT],
  },
  {
    text: 'Kak nanti diskusi lanjut di grup WA ya, aku masukin kakak ke grup reseller tas Bandung, kirim nomornya',
    rules: [CONTACT],
  },
  { text: 'wyślę próbki na adres firmy w przyszłym tygodniu', rules: [] },
  { text: 'my colleague will send you the drawings by e-mail tomorrow', rules: [] },
  { text: 'he call me yesterday about the carton size, all fine now', rules: [] },
  // Probe round 47 (hotel and restaurant supplies for Latin America and Iberia, mining safety gear; phone accessories and packaging for online sellers in Europe, North America, the Gulf and Pakistan).
  {
    text: 'Greetings from Foshan! Better we discuss the restaurant furniture project on Whatsapp, here is my QR code pls scan',
    rules: [CONTACT],
  },
  // Probe round 48 (clinic equipment and farm inputs for India, Nigeria, Brazil, the Philippines, Kenya, Morocco, Egypt and Turkey; truck parts for Russia, Central Asia, Mongolia and Georgia, school goods and toys for southern Europe).
  {
    text: 'يا باشا كلمني واتساب دلوقتي على 01005550187 عشان السعر ده النهارده بس وبكرة هيزيد',
    rules: [CONTACT, PRESSURE],
  },
  {
    text: 'Doutora me chama no WhatsApp ainda hoje, a promoção do laser de diodo acaba meia-noite e depois não consigo segurar o preço',
    rules: [CONTACT, PRESSURE],
  },
  { text: 'გთხოვთ მომწეროთ ტელეგრამში @tbilisi_tyres_ge, აქ ხშირად ვერ ვპასუხობ', rules: [CONTACT] },
  {
    text: 'Mi puoi dare il tuo numero WhatsApp? Così ti mando subito le foto dei campioni degli astucci',
    rules: [CONTACT],
  },
  { text: 'contact us for the price list', rules: [] },
  // "Give me WhatsApp" without "your": the buyer's number asked for; not "give me WhatsApp alerts".
  { text: 'pls give me whatsapp number', rules: [CONTACT] },
  { text: 'ok give me wechat', rules: [CONTACT] },
  { text: 'Our app can give me whatsapp alerts when the machine stops?', rules: [] },
  // Round 49's fixes: a new or old account in Swedish; asking to talk on an app in Swedish, Danish, Hebrew, Amharic, Kurdish, Iraqi Arabic, Jamaican and Malay.
  {
    text: 'Vänligen observera att vi har nytt bankkonto från och med idag. Det gamla kontot i Bank of China får inte användas längre.',
    rules: [CHANGE],
  },
  {
    text: 'Kan vi ta det på WhatsApp istället? Det är lättare att skicka ljudfilerna från mixern där',
    rules: [CONTACT],
  },
  {
    text: 'کاکە گیان تکایە با لە واتسئاپ قسە بکەین، ئەمە ژمارەکەمە 0750 318 2264 ، لێرە زۆر دوا دەکەوێت',
    rules: [CONTACT],
  },
  {
    text: 'Link me pon WhatsApp nuh 876 412 7730, easier fi send yuh di pictures of di boat',
    rules: [CONTACT],
  },
  {
    text: 'تواصل وياي على التلكرام @erbil_cnc_agent حتى ارسلك فيديوهات التركيب والاسعار الخاصة',
    rules: [CONTACT],
  },
  { text: 'we can send alarm alerts on the controller screen, no app needed', rules: [] },
  // Round 49's leftover: a chat app's name in a look-alike host, with a group to join.
  {
    text: 'join our buyer group for daily price of drones: http://chat.whatsapp-business-group.xyz/join/9Kd2',
    rules: [CONTACT, LINK],
  },
  {
    text: 'verify your buyer account at http://whatsapp-verify.top/login before the order ships',
    rules: [LINK],
  },
  // Probe round 50 (vape, aquarium and baby goods; construction machinery, tyres and 3D printing; Portugal, Brazil, Vietnam, the Baltics, Central Africa, the Pacific, Central Asia, the Caucasus, Bangladesh, Sri Lanka, Eastern Europe, Mexico).
  {
    text: 'Oye compa pásame tu whats pa mandarte fotos de las llantas, aquí la app no jala bien',
    rules: [CONTACT],
  },
  // Probe round 51 (fertilizer and farm machines, medical disposables and LED signs for East Africa, Nigeria, Pakistan, Egypt, Morocco, the Philippines, Thailand, Turkey, Poland, Italy and Greece; pet goods, cosmetics packaging and kitchenware for East Asia, Southeast Asia, Nepal, Mongolia, New Zealand, Spain, Argentina, Austria and Switzerland).
  {
    text: 'Sir ap mujhe whatsapp kar den 0300 7741285 pe, wahan LED panel light ki puri price list bhej deta hun',
    rules: [CONTACT],
  },
  {
    text: 'we have a WhatsApp group for our fertilizer buyers in East Africa, weekly price update, send me ur number i add you 👍',
    rules: [CONTACT],
  },
  {
    text: 'Your inquiry expire in 1 hour, reply on WeChat to keep the quotation: wxid_k9pack',
    rules: [CONTACT, PRESSURE],
  },
  {
    text: 'Hola! ¿Nos pasamos a Telegram? Mi usuario es @ana_envases, allí le paso fotos de los tarros de cristal',
    rules: [CONTACT],
  },
  // Probe round 52 (furniture, bicycles and valves for France, Belgium, Québec, Senegal, Côte d'Ivoire, Algeria, Tunisia, Iran, Israel, Romania, Moldova, Serbia, the Netherlands, Indonesia and Malaysia; solar gear, cameras and printing for Southern and East Africa, Sudan, Somalia, the Gulf, India, Bangladesh, the US, Colombia and Venezuela).
  {
    text: 'Pak, stok sepeda lipat tinggal 20 unit, buruan chat WA saya 0812-7740-3318 sebelum diambil buyer lain!!',
    rules: [CONTACT, PRESSURE],
  },
  {
    text: 'Answer me on Telegram @matelas_pro_fr, otherwise I cannot guarantee you the price tomorrow',
    rules: [CONTACT, PRESSURE],
  },
  { text: 'Sir ye camera WhatsApp pe alert bhejta hai kya? client pooch raha hai', rules: [] },
  // Probe round 53 (auto parts and garment trims for the Levant, Uganda, Rwanda, Bolivia, Paraguay, Ecuador, Uruguay, Russia, Belarus, Ireland and Scotland; food packaging and salon equipment for Thailand, Cambodia, the Philippines, Malaysia, Singapore, Hong Kong, Taiwan, Germany, Austria, Poland, Czechia, the US and Canada).
  { text: 'ma fi da3i nrou7 3al whatsapp, khallina hon 3ala Alibaba a7san w asla7', rules: [] },
  {
    text: 'join our buyers group on Telegram for special price: https://t.ly/PackBuyersVIP',
    rules: [CONTACT, LINK],
  },
  // Probe round 54 (sportswear, camping gear and instruments in the English most chats are written in; appliances, lighting and office furniture in the big marketplace languages).
  {
    text: 'Halo kak, boleh minta email dan nomor WhatsApp? Manager kami mau bicara langsung soal project seragam tim nya',
    rules: [CONTACT],
  },
  {
    text: "Merci de me répondre vite sur WhatsApp, l'offre sur les plafonniers LED expire ce soir",
    rules: [CONTACT, PRESSURE],
  },
  {
    text: 'habibi this offer only in our whatsapp group, join now before we close it tonight +961 3 284 719',
    rules: [CONTACT, PRESSURE],
  },
  { text: 'WeChat? ID Kevin_Lighting_ZS', rules: [CONTACT] },
  {
    text: 'Bhai jaan aap mujhe apna personal email de dein, main wahan detailed quotation aur MSDS bhej deta hoon, yahan file upload nahi ho rahi',
    rules: [CONTACT],
  },
  {
    text: 'Barka da yamma, don Allah ka turo min lambar WhatsApp dinka domin mu yi magana akan farashin batir lithium',
    rules: [CONTACT],
  },
  {
    text: 'سلام دوست عزیز، لطفا آیدی تلگرام خود را بفرستید تا لیست قیمت رزین و رنگدانه را آنجا برایتان بفرستم',
    rules: [CONTACT],
  },
  {
    text: 'search our telegram group "HQ IC Stock Daily" and DM me there, I post stock of STM32, ESP32, ATmega every morning',
    rules: [CONTACT],
  },
  {
    text: 'ich schick dir die Fotos von den Sneakern lieber per WhatsApp, gib mir mal deine Nummer',
    rules: [CONTACT],
  },
  {
    text: 'we chat id same as card i give you at canton fair pls add me, better price there',
    rules: [CONTACT],
  },
  { text: 'qin ke yi jia ge QQ ma 2847730196 fang bian liao', rules: [CONTACT] },
  { text: 'bhai imo te ashen video call e fabric dekhabo', rules: [CONTACT] },
  {
    text: 'you can see tracking on dhl dot com with number four four seven one two two eight zero nine three',
    rules: [],
  },
  { text: 'can you check the order number two two zero one nine three eight', rules: [] },
  { text: 'theek hai jaise phone pe baat hui thi, 1200 kurtis', rules: [] },
  { text: 'we close at 6pm china time but i reply on the phone app of alibaba', rules: [] },
  // Probe 56 (machinery and spare parts agents; commodity brokers, food and cosmetics) and leftovers of probe 55.
  {
    text: 'Salam bhai, ekhane message dekhte deri hoy, please amake WhatsApp e knock din 01819-552740, generator er dam bolbo',
    rules: [CONTACT],
  },
  {
    text: '> Pls send me your WhatsApp -- Sorry sir, our company policy is keep all communication in Alibaba chat so the records are protected for both sides',
    rules: [],
  },
  {
    text: 'Pls continue on Line app, my ID is thai_rice_sup, I send you COA and price there',
    rules: [CONTACT],
  },
  {
    text: 'Mi amigo por favor escribeme al whats 55 0000 1122 que aquí en alibaba no me llegan las notificaciones 🙏',
    rules: [CONTACT],
  },
  {
    text: 'Hi dear pls click wa link to chat with our manager https://bit.ly/wa-manager-hair',
    rules: [CONTACT, LINK],
  },
  // Leftovers of probe 55 fixed in this session.
  { text: 'nhắn zalo em 0912 447 308 nha, em gửi số tk cho anh chuyển khoản cọc', rules: [PAY, CONTACT] },
  {
    text: 'mere whatsapp pe screenshot bhejo jab NEFT ho jaye, account details neeche hain SBI 3845 1122 7709',
    rules: [PAY, CONTACT],
  },
  // Probe 57 (electronics for online sellers and fake notices; furniture and building materials for contractors).
  {
    text: 'Hallo! Ik stuur je graag de prijslijst van de LED-strips per mail, wat is je persoonlijke e-mailadres? Of WhatsApp kan ook',
    rules: [CONTACT],
  },
  {
    text: 'whats ur whatsapp number dear? i send you video of installation team and the mock-up room',
    rules: [CONTACT],
  },
  {
    text: 'Kindly share your personal gmail, our system cannot send the drawings of the kitchen cabinets via alibaba',
    rules: [CONTACT],
  },
  { text: 'ขอไลน์หน่อยได้ไหมครับ จะส่งรูปโหลดตู้คอนเทนเนอร์ให้ดู ไอดีผม thaitile.somchai ครับ', rules: [CONTACT] },
  // Probe 58 (medical and beauty devices with certificate pretexts; packaging, printing and promotional goods for events).
  {
    text: 'Salam, lotfan dar Telegram ya WhatsApp payam bedid, Alibaba dar Iran filter ast',
    rules: [CONTACT],
  },
  { text: 'line or wechat? which you have, we talk faster there', rules: [CONTACT] },
  {
    text: 'call me now on Skype live:cid.9f3a2b, we need answer in 1 hour or we miss the container for your trade show',
    rules: [CONTACT, PRESSURE],
  },
  {
    text: 'Dear, important!! message me now on whatsapp 📲 +86 131 0000 5548 , your order has problem, need to solve before 3pm today or delay 2 weeks',
    rules: [CONTACT, PRESSURE],
  },
  {
    text: 'メールで続けましょう。ken.print.jp@outlook.jp に連絡ください、アリババのチャットはあまり見ていません',
    rules: [CONTACT],
  },
  // A "no" inside the words: not a request.
  { text: 'Bhai WhatsApp pe kuch mat bhejo, yahi Alibaba chat pe baat karte hain, record rahega', rules: [] },
  { text: 'we print Western Union and MoneyGram banners for shops', rules: [] },
  // Probe 59 (re-orders, refunds and hacked accounts for home goods; industrial raw materials in Asian business styles).
  {
    text: 'Dear you must reply on WeChat within today, this special price offer is only valid on WeChat, after today expired. WeChat: 18926603174',
    rules: [CONTACT, PRESSURE],
  },
  // Probe 60 (jewellery, watches and bags for social-commerce sellers; e-bikes and batteries for buyers whose banks can't pay China).
  {
    text: 'Amiga agrégame YA al WhatsApp +57 312 000 8844 que la live de esta noche empieza a las 9 y los cupos VIP se acaban en minutos',
    rules: [CONTACT, PRESSURE],
  },
  {
    text: 'Il listino VIP lo mando solo nel mio gruppo Telegram @milano_bijoux_gz, entra entro stasera perché domani chiudo il gruppo e i prezzi tornano normali',
    rules: [CONTACT, PRESSURE],
  },
  {
    text: 'Dear last 2 hours for the VIP wholesale group, after that group is closed forever, add WeChat: VIP_gz_bags now',
    rules: [CONTACT, PRESSURE],
  },
  {
    text: 'ciao cara, il mio numero personale è 347 000 1188, mandami un vocale su whatsapp che ti spiego le misure',
    rules: [CONTACT],
  },
  {
    text: "Salom, siz bilan Telegramda gaplashsak bo'ladimi? @ebike_uz_supply ga yozing, narxni o'sha yerda beraman",
    rules: [CONTACT],
  },
  {
    text: 'Hocam detaylı konuşmak için WeChat ekleyin lütfen: zhang_ev_parts, orada şarj istasyonunun videosunu da atarım',
    rules: [CONTACT],
  },
  // Probe 61 (farm machinery and tenders in Africa, Asia and the Pacific; toys and party goods for first-time importers).
  {
    text: 'Dear, alibaba chat will close for our store next week for system upgrade, pls move to wechat jackie_exporter now or you lose contact with us and the order',
    rules: [CONTACT, PRESSURE],
  },
  {
    text: 'Dear the alibaba system will close our store chat next week for upgrade, pls add my WeChat now or you lose contact and your order will stop: wx id sunny_tents88',
    rules: [CONTACT, PRESSURE],
  },
  {
    text: 'Dear, our alibaba store close end of this week!! Save my whatsapp +86 135 0712 8824 now or you lose contact and your discount.',
    rules: [CONTACT, PRESSURE],
  },
  {
    text: 'Mam pls add my telegram now @party_queen_sz , today is last day of promotion, after tonight cannot give this price',
    rules: [CONTACT, PRESSURE],
  },
  // Round 62: steel structures and cranes for contractors from the Caucasus to the Andes; hair and beauty supplies for salons and online resellers; and earlier rounds' fake security notices about the buyer's own account
  {
    text: 'Hi this is Alibaba Customer Service. Your buyer account has been reported for fraud. Call our hotline +1 (646) 555-0187 immediately or the account will be permanently closed tonight',
    rules: [CONTACT, PRESSURE],
  },
  {
    text: 'Halo kak, boleh minta email pribadi? saya kirim katalog wig dan harga lewat email ya, di sini tidak bisa kirim file besar',
    rules: [CONTACT],
  },
  {
    text: 'Może przejdziemy na Telegram? mój nick @kevin_container, tam szybciej odpowiadam, tutaj rzadko zaglądam',
    rules: [CONTACT],
  },
  {
    text: 'here my whatsapp link https://wa.me.chat-join.site/8613712094451 click and chat with me',
    rules: [CONTACT, LINK],
  },
  {
    text: 'Ingeniero, me regala su número de WhatsApp para enviarle los cálculos de carga de viento del galpón?',
    rules: [CONTACT],
  },
  {
    text: 'Hi, I saw on Facebook a page with your company name almost same but one letter different, asking people to WhatsApp them. is that yours?',
    rules: [],
  },
  // Round 63: kitchen equipment for restaurants and hotels around the Mediterranean, the Gulf and South Asia; account takeovers and people posing as the supplier's finance team, with buyers quoting the messages back to ask if they were real
  {
    text: 'Cher client, pour parler plus vite ajoutez moi sur WeChat: fs_kitchen_lily88 , ici message alibaba trop lent',
    rules: [CONTACT],
  },
  {
    text: 'hey this is Jason from the coffee machine factory, I change phone, add my new whatsapp here: https://bit.ly/jason-wa-new',
    rules: [CONTACT, LINK],
  },
  { text: 'Dereva wa kampuni ya usafirishaji atakupigia simu kabla ya kufikisha mzigo', rules: [] },
  // Round 64: furniture and décor for designers and short-let hosts in Australia, New Zealand, Canada, the UK, Ireland and South Africa; chips and modules from Shenzhen brokers for engineers in Europe, Israel, India, the US, Japan, Korea and Brazil
  {
    text: 'bro pls add me on wechat, scan QR in my profile pic. alibaba close our chat when we talk price',
    rules: [CONTACT],
  },
  {
    text: 'reply on telegram within today or my manager close this offer → @icbroker_max',
    rules: [CONTACT, PRESSURE],
  },
  // Round 65: fishing gear and boat parts for cooperatives and marine shops in Southeast Asia, West Africa, the Andes and the Nordics; used goods and stock lots for small importers in Africa, the Middle East, South Asia and Latin America
  { text: 'send me your IG or facebook i DM you the full catalog of nets 😊', rules: [CONTACT] },
  {
    text: 'Boa tarde, envie o seu número de WhatsApp que te mando o vídeo dos geradores usados funcionando',
    rules: [CONTACT],
  },
  {
    text: 'Chat me on WeChat quick ID: wxid_gz_used_lap, last 2 pallets of Lenovo ThinkPad T480 grade A will be gone today',
    rules: [CONTACT, PRESSURE],
  },
  // Round 66: supplements and private-label health products for gyms, brands and pharmacies in the Americas, the Gulf, Eastern Europe, Central and Southeast Asia; and the short fragments people type on phones mid-deal
  {
    text: 'Oye compa, mejor platicamos por Telegram, aquí Alibaba bloquea la palabra COA y no puedo mandarte el análisis. Mi usuario: @mariana_gz_suple',
    rules: [CONTACT],
  },
  { text: 'tg pls, faster reply', rules: [CONTACT] },
  { text: 'wechat pls 👇 sunny_0755', rules: [CONTACT] },
  {
    text: "Bonjour, pour l'échantillon du moulin à café vous pouvez payer 60 $ par virement Interac à notre agente au Canada, lina.wu.trade@gmail.com, et écrivez-moi là aussi c'est plus rapide que la plateforme",
    rules: [PAY, CONTACT],
  },
  // Probe 68 (bulk commodities with mandates and port agents; machinery and its installing engineers; eyewear and watches).
  {
    text: 'Olá, pode me chamar no zap? 55 11 98765-4321. Lá te passo a cotação do açúcar VHP e a conta pra depósito do sinal, pelo Alibaba não dá pra mandar isso.',
    rules: [CONTACT],
  },
  {
    text: 'لو سمحت ابعت رقم الواتس بتاعك عشان ابعتلك صور السمسم وشهادة الفحص',
    rules: [CONTACT],
  },
  {
    text: 'To get the VIP buyer price on sapphire crystals you need to be in our WeChat group. Scan the QR I sent or search ID: sapphire_vip_club',
    rules: [CONTACT],
  },
  // Probe 69 (auto parts, tyres and batteries where currency controls and sanctions are the pretext; toys and Christmas goods for European shops, with accounting e-mails).
  {
    text: 'واتسئەپەکەتم بۆ بنێرە با لەوێ قسە بکەین، لێرە زۆر خاوە',
    rules: [CONTACT],
  },
  {
    text: 'Ii soo dir WhatsApp-kaaga, halkan Alibaba-da si fiican uma shaqeynayo, sawirrada ayaan kuugu soo dirayaa',
    rules: [CONTACT],
  },
  {
    text: 'pls viber +86 186 xxxx 5521 for quick reply, battery price list ready',
    rules: [CONTACT],
  },
  {
    text: 'Dobrý deň, dokumenty k CE a EN71 si stiahnite tu: https://cutt.ly/certifikaty-hracky – archív je zaheslovaný, heslo vám pošlem na WhatsApp.',
    rules: [CONTACT, LINK],
  },
  {
    text: 'Servus, Lieferung der Perchtenmasken bitte an unser Lager in Wels, Rampe 3, Anlieferung Mo–Fr 7–14 Uhr. Der Fahrer soll sich 30 Minuten vorher beim Lager melden, Herr Huber, Tel. +43 7242 55 120.',
    rules: [],
  },
  {
    text: 'Pozdravljeni, tovornjak bo prispel v ponedeljek, voznik bo poklical skladišče na +386 1 234 56 78 pred dostavo.',
    rules: [],
  },
  {
    text: 'Hej, vores lager har fået nyt telefonnummer: +45 70 20 30 40. Giv det til jeres speditør, så chaufføren kan ringe før levering.',
    rules: [],
  },
  // Probe 70 (parts and electronics traded past sanctions and blocked banks, by suppliers and buyers; resellers' phone-typed shorthand).
  {
    text: 'Телефон водителя для передачи груза: +86 139 5700 1288 (мистер Лю), приедет в 14:00.',
    rules: [],
  },
  {
    text: 'add me IG @glowcosmetics.ph, DM there 4 wholesale price 💄',
    rules: [CONTACT],
  },
  {
    text: 'txt me 0917 884 2201 viber or wa, dito slow ako mag reply',
    rules: [CONTACT],
  },
  {
    text: 'ok i add u on my WA, wats ur numba?',
    rules: [CONTACT],
  },
  {
    text: 'DHL guy call me frm 0803 112 4477 abt delivery, all good now',
    rules: [],
  },
  {
    text: 'resi JNE 0021 7788 9912 ya kak',
    rules: [],
  },
  // Probe 71 (East and Southeast Asian buyers and their own wallets and apps; printing and promotional goods for Southern and Eastern Europe and Latin America).
  {
    text: '라인으로 연락 주세요. 라인 ID: beauty_dev_kr 거기서 견적서랑 인증서 다 보내드릴게요',
    rules: [CONTACT],
  },
  {
    text: '위챗 추가해 주세요 ID: yiwu_kitchen88 사진이랑 공장 영상 거기로 보낼게요',
    rules: [CONTACT],
  },
  {
    text: 'Telegram やってますか？ @kitchen_gadget_jp で連絡ください。そっちのほうが早いです',
    rules: [CONTACT],
  },
  {
    text: 'Anh thêm em qua WeChat hoặc Zalo nhé, đơn lớn bên em xử lý qua đó nhanh hơn Alibaba',
    rules: [CONTACT],
  },
  {
    text: '카카오톡 오픈채팅방으로 오세요 https://open.kakao.com/o/sAbC123 여기서 단체 견적 진행합니다',
    rules: [CONTACT],
  },
  {
    text: '黑貓宅急便司機送貨前會先打電話，收件人是倉管林先生，電話就寫在訂單的收件地址欄。',
    rules: [],
  },
  {
    text: '順豐送貨前會打電話俾我哋收貨部，如果搵唔到人，司機會改約時間，唔使你哋跟。',
    rules: [],
  },
  {
    text: 'Bên em bán qua Shopee và chăm sóc khách qua Zalo OA của shop, chị gửi giúp em video sản phẩm không có logo để em đăng nhé.',
    rules: [],
  },
  {
    text: 'Máy làm sữa hạt có ứng dụng gửi thông báo qua Zalo khi nấu xong không chị? Khách Việt dùng Zalo nhiều lắm.',
    rules: [],
  },
  {
    text: 'Dzień dobry, proszę wysłać mi SMS-em na 601 223 874 kod BLIK, to od razu opłacę matrycę w drukarni. Inaczej kubki nie będą gotowe na jarmark świąteczny.',
    rules: [CONTACT],
  },
  {
    text: 'Qué onda, te paso mi Whats para mandarte las fotos de las muestras de las gorras bordadas: 55 4128 9073. Por acá no cargan bien',
    rules: [CONTACT],
  },
  {
    text: 'Dzień dobry, piszę z prywatnego maila bo firmowy nie działa: marek.nadruki@wp.pl. Proszę odpisywać tam, nie tutaj.',
    rules: [CONTACT],
  },
  // Probe 72 (tenders and donors' deadlines for NGOs and hospitals in Africa, Madagascar, Sudan and Haiti; long messages that turn risky in one sentence, or quote a scam to ask about it).
  {
    text: 'Hi Tom, "Leo" here — the real one 😄 Some of our AU customers got an email from leo.gzcharge@gmail.com saying my company mail has problems. That\'s NOT me. My only email is leo@gzcharge.com and I\'m always reachable in this Alibaba chat. Never send POs or payment confirmations to a gmail address in my name.',
    rules: [],
  },
  {
    text: 'Boa tarde Lucy! Aqui o e-mail estranho que recebi:\n"Oi Ana, Lucy aqui, me chama no zap +86 187 2094 3311 que te explico o prazo dos potes."\nNão respondi. Você usa WhatsApp com clientes? Prefiro manter tudo aqui no chat do Alibaba. Obrigada, Ana',
    rules: [],
  },
  // A production line (생산 라인), not the LINE app.
  { text: '생산 라인으로 보내요', rules: [] },
  // Probe 72's long ordinary messages, quiet after its second round of fixes: quoted words in a warning, deadlines not about paying, French 'n'… ni', lists that run on after 'or to'.
  {
    text: "Hi Tom, yes, the travel set (UK/EU/AU plugs) is model TC-65T, +USD 1.10. And that 'bank' line in our profile is just for customers who need L/C or company verification; regular orders are always paid on Alibaba, nothing to change for you. I'll send the TC-65T photos later today. Leo",
    rules: [],
  },
  // A 'line' of a profile or an invoice is no LINE app.
  {
    text: "The 'bank' line in our profile is only for L/C buyers; regular orders are paid on Alibaba.",
    rules: [],
  },
  {
    text: 'Add my line, id: sunnyled88, to talk faster.',
    rules: [CONTACT],
  },
  // Probe 73 (long messages of 250–1,000 characters: order updates, payment-term answers, notices about impostors that quote them, forwarded mails and SMS checked with the supplier, spec sheets of payment equipment; farms, hotels, schools and trucks in Africa, the Gulf, the Caribbean and the Pacific).
  {
    text: "Hi Karen,\nPlease see the answer from our logistics colleague about the syringes shipment.\n\nOn Tue, 11 Jun 2024 at 15:02, Logistics <logistics@medihealth-cn.com> wrote:\n> Hi Vicky, for Karen's order the cargo is CIF Durban, so we pay freight and insurance. The customs broker at Durban is appointed and paid by the buyer. SAHPRA permit must be in the buyer's name. Please ask her to send the broker contact so we can share the docs (CI, PL, B/L, CE, ISO) 5 days before arrival.\n\nSo Karen, could you please share your broker's company name and e-mail? Thanks!",
    rules: [],
  },
  {
    text: "Hi Brian,\nHere's the answer from our forwarder regarding the LCL shipment of garments to Toronto.\n\nOn 10 Jun 2024, at 09:15, Sea Dept <sea@sinotrans-partner.cn> wrote:\n> Dear Amy, for the buyer's LCL cargo, CFS Toronto will charge destination fees (approx CAD 180). The buyer's customs broker (Livingston) pays the duty and GST and bills him.\n> Please note the CFS cut-off is Thursday 5pm for the Saturday vessel.\n\nSo Brian, we will deliver the cartons to the CFS on Wednesday. You don't need to pay us anything else; the Alibaba order covers the goods and the freight to Toronto.",
    rules: [],
  },
  {
    text: 'Hi Lucas,\nI wanted to flag something we noticed. A new "buyer" contacted us asking for our bank details "to pay faster", then asked us to confirm by WhatsApp. We refused. Later we heard that the same person is contacting buyers pretending to be us, so they are probably collecting information from both sides.\nIf you ever get a message from us with bank details, a new e-mail address or a phone number to "continue the discussion", it\'s not us. We only use Alibaba Messenger and the Alibaba order for payment.\nYour garment order: cutting done, sewing starts tomorrow.',
    rules: [],
  },
  {
    text: "Hi Victoria,\nI'm forwarding below the e-mail thread with your customs broker so everything is in one place.\n\nOn Mon, 17 Jun 2024, 14:20, Broker Team <ops@clearpath-brokers.com> wrote:\n> Hi Victoria, we need the supplier's commercial invoice showing the declared value and the HS code 3923.30 for the PET bottles. Our fee is USD 195 per entry plus duty at cost, invoiced to you as usual.\n>\n> On Mon, 17 Jun 2024, 09:02, Victoria <victoria@greenleafbeauty.com> wrote:\n>> Hi, the supplier will send the docs today.\n\nCommercial invoice and packing list attached. Please forward to the broker.",
    rules: [],
  },
  {
    text: "Bonjour Monsieur Lefèvre,\nSuite à votre question : non, nous n'avons pas changé de banque et nous n'avons pas de filiale à Hong Kong. Le message que vous avez reçu de \"claire.machines@163.com\" n'est pas de nous.\nLe solde de la ligne de remplissage se règle uniquement dans la commande Alibaba, comme l'acompte. Nos deux techniciens viendront pour l'installation à Lyon la semaine du 15 ; leurs billets et l'hôtel sont inclus dans la commande.\nMerci de nous avoir prévenus.",
    rules: [],
  },
  // A number or an address quoted in a warning is passed over; the one given after it is still found.
  {
    text: 'Warning: fake messages like "add me on WhatsApp +86 138 0013 8000" are not from us. Our real manager is on WhatsApp +86 139 1234 5678, message him for the new price.',
    rules: [CONTACT],
  },
  {
    text: 'Warning: fake e-mails like "from sales.hx@163.com" are not from us. Write to our manager at hx.manager2024@gmail.com for the new price.',
    rules: [CONTACT],
  },
  {
    text: "Before, you wrote 'please add my WhatsApp'. Is it necessary? Our company prefers Alibaba messages for record.",
    rules: [],
  },
  // Probe 75, second round (whole conversations: who the money goes to, and the buyer's own messages)
  {
    text: 'Please send the 3 samples to:\nName: Daniel Ortiz\nAddress: 2291 W. Commerce St, Suite 104, San Antonio, TX 78207, USA\nPhone: +1 210 555 0193',
    rules: [],
  },
  {
    text: 'My address again to check:\nName: Chinedu Okafor\nAddress: 14 Allen Avenue, Ikeja, Lagos, Nigeria\nPhone: +234 803 555 0172',
    rules: [],
  },
  {
    text: 'Samples please to:\nName: Giulia Bernardi\nAddress: Via della Spiga 12, 20121 Milano MI, Italy\nPhone: +39 02 555 0148',
    rules: [],
  },
  {
    text: "Please deliver to my agent's warehouse in Yiwu, they consolidate my goods:\nName: Mr. Karim (Al Noor Cargo)\nAddress: No. 3 Warehouse, 1688 Chouzhou North Rd, Yiwu\nPhone: +86 579 8555 0123",
    rules: [],
  },
  {
    text: 'Las muestras me las mandan a:\nNombre: Lucía Fernández\nDirección: Av. Corrientes 1845, piso 3, C1045 CABA, Argentina\nTeléfono: +54 11 5555 0192',
    rules: [],
  },
  {
    text: '样品寄到这里：\n姓名：陈美玲\n地址：马来西亚吉隆坡 Jalan Ipoh 88号 3楼\n电话：+60 3 5555 0176',
    rules: [],
  },
  {
    text: 'hi, for the sample of air fryer please use this address for the courier label:\nAhmed Al Mansoori\nWarehouse 14, Al Quoz Industrial 3\nDubai, UAE\nTel +971 4 338 2210',
    rules: [],
  },
  {
    text: 'hola, para la muestra de la llave monomando, la dirección para DHL:\nMaría José Rodríguez\nAv. Insurgentes Sur 1234, Col. Del Valle\nCDMX 03100, México\ntel 55 1234 5678',
    rules: [],
  },
  {
    text: '样品寄到这个地址：\n上海市闵行区春东路508号 3号楼\n收件人 陈先生 电话 138 1234 5678',
    rules: [],
  },
  {
    text: 'use this for DHL label pls:\nChinedu Okafor\n24 Allen Avenue, Ikeja, Lagos\n+234 803 221 4455',
    rules: [],
  },
  {
    text: 'please change the delivery address, we moved warehouse:\nNew: Unit 7, Brook Park Industrial Estate, Leeds LS10 1PW, UK\ntel 0113 496 0123',
    rules: [],
  },
  {
    text: 'Receiver: Chioma Okafor\nShop 24B, Balogun Market, Lagos Island, Lagos, Nigeria\nPhone: +234 803 441 2207',
    rules: [],
  },
  {
    text: 'Yiwu Golden Bridge warehouse, No. 3 Building, Futian Street 1058, Yiwu. Receiver Chen Ming, mobile 139 5792 0481. He works 8:30 to 18:00.',
    rules: [],
  },
  {
    text: 'Thanks. Please send the DHL to Van Dijk Customs directly: Waalhaven Z.z. 41, 3089 JH Rotterdam, attn. Jan de Vries, tel +31 10 429 6610.',
    rules: [],
  },
  {
    text: '好的，样品寄到我们深圳办公室，收件电话 0755 8627 3301',
    rules: [],
  },
  {
    text: 'Sample ready. My number 138 1234 5678',
    rules: [CONTACT],
  },
  {
    text: 'Our office address:\nRoom 1203, Building A, Futian\n+86 138 1234 5678',
    rules: [CONTACT],
  },
  {
    text: 'LED driver claim accepted. Also our sales manager changed, new contact is +86 177 2093 6641 on WhatsApp.',
    rules: [CONTACT],
  },
  // Probe 77 (conversations: both sides of the same words)
  {
    text: 'dear your parcel is held at customs, need clearance fee USD 185. pls call our courier agent Mr. Daniel +44 7451 228 903, he tell you how to pay',
    rules: [CONTACT],
  },
  {
    text: 'Claro:\nMariana Souza\nRua Augusta, 1508, apto 52\nConsolação, São Paulo - SP, 01304-001\nCPF: 312.458.997-20\nCelular: +55 11 98812-4471 (para o entregador)',
    rules: [],
  },
  {
    text: 'Sarah Collins\nBrightHome Supplies LLC\n2150 W Stassney Ln, Suite 104\nAustin, TX 78745, USA\nTel: +1 512 555 0187',
    rules: [],
  },
  {
    text: 'Our factory: 88 Xinhua Road, Shenzhen\nWhatsApp +86 138 1234 5678',
    rules: [CONTACT],
  },
  {
    text: 'The DHL courier will call you to pay the import duty, his number +44 7451 228 903',
    rules: [],
  },
  // Probe 78 (conversations: addresses for the parcel, with a phone number, in more countries)
  {
    text: 'ООО «Игромир», ИНН 6671098123, 620014, г. Екатеринбург, ул. Малышева 51, оф. 1204, тел. +7 343 287-40-11',
    rules: [],
  },
  {
    text: 'Образцы можно? Адрес: 129110, Москва, пр-т Мира 68 стр. 1, офис 305, Светлана, +7 916 550-21-43',
    rules: [],
  },
  {
    text: 'Tamam. Mersin limanına LCL. Alıcı: Otopar Oto Yedek Parça Ltd. Şti., Ostim OSB 1234. Cad. No:18, Yenimahalle/Ankara, tel 0312 385 40 66',
    rules: [],
  },
  {
    text: 'Ok send to: Al-Noor Home Textiles, 22-B Susan Road, Madina Town, Faisalabad. Tel 041 872 3319',
    rules: [],
  },
  {
    text: 'Хорошо. Доставка до Санкт-Петербурга, ООО «Электроприбор», Лиговский пр. 50, корп. 13, тел. +7 812 309-77-41',
    rules: [],
  },
  {
    text: 'add my whatsapp pls, our office: 12 Nanshan Road, Shenzhen, +86 138 0013 8000',
    rules: [CONTACT],
  },
  {
    text: 'Ok I have added you on Signal.',
    rules: [CONTACT],
  },
  {
    text: 'Ok added you on Skype',
    rules: [CONTACT],
  },
  {
    text: 'Ok, te chamei no WhatsApp.',
    rules: [CONTACT],
  },
  {
    text: 'Написал вам в телеграм',
    rules: [CONTACT],
  },
  {
    text: 'Ok saya WA',
    rules: [CONTACT],
  },
  {
    text: 'أقل كمية 3000 متر لكل لون. العينات مجانية. عطني رقم الواتساب أرسل لك صور وفيديو للقماش',
    rules: [CONTACT],
  },
  {
    text: 'I called you on the office line yesterday, no answer',
    rules: [],
  },
  {
    text: 'Địa chỉ giao: Phòng khám Đa khoa An Phúc, 212 Nguyễn Trãi, Thanh Xuân, Hà Nội, SĐT 024 3557 8896',
    rules: [],
  },
  // Probe 79: a forwarder's warehouse address with its phone (Thai and Chinese); how the buyer is called, not a call
  {
    text: 'โกดัง: 广州市白云区江高镇 泰国专线 C区 12号\nเบอร์ 020-8620 3317\nมาร์ค: TH-NAN-BAG ค่าขนส่งเราจ่ายชิปปิ้งเองที่ไทยนะคะ',
    rules: [],
  },
  { text: "Jenny? That doesn't look like an Alibaba link. Also you normally call me Sipho 😅", rules: [] },
  // Probe 79's scam variants
  { text: 'โกดัง: 广州市白云区江高镇 泰国专线 C区 12号\nเบอร์ 081-234-5678 โทรหาได้เลย', rules: [CONTACT] },
  { text: 'Call me Sipho 😅 +27 82 123 4567', rules: [CONTACT] },
  // Probe 79 (misses): written to on an app in Spanish, Polish, Italian and Korean, a LINE ID, pinyin "wei xin hao".
  { text: '카톡 추가했습니다. 그래도 주문은 여기서 진행해 주세요.', rules: [CONTACT] },
  { text: 'Thank you for the LINE ID, I added you. I sent a sticker.', rules: [CONTACT] },
  { text: 'Te escribí al WhatsApp, soy Felipe de Muebles Biobío.', rules: [CONTACT] },
  { text: 'Le giro i dati in privato, mi dà il suo WhatsApp?', rules: [CONTACT] },
  { text: 'Scritto su WhatsApp 👍', rules: [CONTACT] },
  { text: 'Napisałam na WhatsApp.', rules: [CONTACT] },
  { text: 'آیدی ویچت دارید؟ راحت‌تره', rules: [CONTACT] },
  { text: 'wei xin hao: hy_yiwu2019 , also can QQ', rules: [CONTACT] },
  // Probe 80: a LINE number in Thai, and one the buyer asks for; declined, it is no move.
  { text: 'เบอร์ไลน์ 081-234-5678 แอดมาคุยค่ะ', rules: [CONTACT] },
  { text: 'ขอเบอร์ไลน์หน่อยได้ไหมคะ', rules: [CONTACT] },
  { text: 'ไม่ต้องให้เบอร์ไลน์นะคะ คุยในอาลีบาบาได้เลย', rules: [] },
  // Known false alarms: a shipping line, and a tracking number after "line:", are no LINE ID.
  { text: 'tracking by our line: SLH8823901US', rules: [] },
  { text: 'booked with the shipping line, MSKU4471203 loads friday', rules: [] },
  { text: 'add my line: sunny8823', rules: [CONTACT] },
  // Probe 83: a call on the number in the profile, "drop your digits", the answer in the mailbox, a Skype ID alone;
  // their ordinary twins.
  {
    text: 'Our sales manager will call you on your registered mobile this evening to explain the terms.',
    rules: [CONTACT],
  },
  { text: 'Ms. Wendy can reach you at the number in your profile, it is faster by voice.', rules: [CONTACT] },
  { text: 'The DHL driver will call you on your mobile before delivery.', rules: [] },
  { text: 'Drop your digits, I send the full catalogue there', rules: [CONTACT] },
  { text: 'The drill has 12 digits display and a torque ring.', rules: [] },
  {
    text: 'I have sent the quotation to the email on your profile, please check and reply there.',
    rules: [CONTACT],
  },
  { text: 'We replied there in the Alibaba inquiry box yesterday, did you see it?', rules: [] },
  { text: 'For the factory video call, my skype is live:.cid.5e0a77b1c3d2', rules: [CONTACT] },
  { text: 'We do live video tours of the factory here in Alibaba chat.', rules: [] },
  // Probe 85: a colleague calling from his own number.
  { text: 'Mike will call you from his private number +86 171 3390 8826, pls pick up.', rules: [CONTACT] },
  { text: 'Mike will call you in the Alibaba app at 3pm, pls pick up.', rules: [] },
  // Probe 86 (English): "only on WhatsApp", a person named on the app, the company mail documents come from.
  { text: 'Reply me only on WhatsApp.', rules: [CONTACT] },
  { text: 'We reply only here on Alibaba chat.', rules: [] },
  { text: 'I will message Mr Wu on WeChat.', rules: [CONTACT] },
  { text: 'I will message Mr Wu here on Alibaba.', rules: [] },
  {
    text: 'I send you the PI from our company mail export@solarisstone.cn and create the TA order.',
    rules: [],
  },
  {
    text: 'I will email the packing list to your forwarder from our company mail sales@jinxin-yiwu.com.',
    rules: [],
  },
  { text: 'Write to my mail lily88@163.com for the PI.', rules: [CONTACT] },
  // Probe 89: an app said to be easier.
  { text: 'Easier on Telegram, my ID is on the card, please add there.', rules: [CONTACT] },
  { text: 'Easier to read on the spec sheet, the ID is on the card.', rules: [] },
];

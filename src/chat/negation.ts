import { matchesOf } from './matches';
import { sentenceAround } from './sentences';

/**
 * Refusals and warnings name the same channels scams do ("we never accept Western Union", "不能付到个人账户", "genuine
 * suppliers will not ask you for MoneyGram, crypto or gift cards"). A cue is refused when its own clause says no before
 * it; the clause reaches back over a short list ("MoneyGram, crypto or gift cards") but not over a new instruction ("No
 * time for samples, pay by Western Union"), nor past a "no" said to the invoice ("no invoice, cash or private account").
 * Thai อย่า (don't) is no อย่าง (ตัวอย่าง, a sample), "chuyen not" (send the rest) no "not", "pagar no boleto" no "no";
 * each word is whole in every script ("cant" does not start "Cantão").
 */
const NEGATION =
  /(?:(?<![\p{L}\p{N}_])(?:not(?!\s+to\s+worry)(?<!\b(?:chuyen|tra|gui)\s+not)|never|(?<!\b(?:mensagem|msg|chama|chame|fala|fale|comigo|contato|manda|mande|mandei|enviei|passei|adiciona|adicione|estou|estamos|para|dados|detalhes|envio|envia|respondo|pagar|pague)\s+)no(?!\s*[.:#\d]|\s+(?:problem|worries|worry|alibaba|ali|pedido|site|chat|time|whats\s?app|zap|wechat|telegram|meu|minha|nosso|nossa|seu|sua|invoice|vat|tax|receipt|fapiao|fees?|charges?|commission|(?:bank|extra|hidden)\s+(?:fees?|charges?|costs?))\b)|nor|nobody|(?:mesh|mish|msh)(?=\s+(?:eayez|eayz|eayza|eawz|lazem|lazim|momken|bn?e?steml|bnakhod|bne?qbal))|cannot|ga(?=\s+(?:mau|bisa|usah|perlu|boleh))|refuse[sd]?|neither|n'[aeiouyhéèêâîôû]\p{L}*(?![^,.;!?]*\bqu(?:e\b|'))|nunca|não|nao|ешқашан|jamás|jamas|jamais|nicht|nie|kein\w*|niemals|niet|nooit|geen(?!\s+(?:probleem|zorgen))|nigdy|nem|soha|non(?!-)|pas|aucun\w*|asla|değil|degil|dont(?!\s+(?:worry|be\s+(?:afraid|scared|worried|shy)))|wont|cant|didnt|doesnt|isnt|arent|tidak|tak(?<!\bboleh\s+tak)(?<!\b(?:kal|aaj|abhi|shaam|sham|raat|subah|jab|tab|kab)\s+tak)|bukan|jangan|gak|nggak|hindi(?=\s+(?:po|kami|ako|namin|ko|tumatanggap|pwede|puwede|kailangan|ba)\b)|huwag|wag|walang|avoid(?<=\b(?:please|pls|kindly)\s+avoid)|nahi|nahin|mat(?=\s+(?:bhej\w*|karo|kijiye|karna|dena|do|daalo|dalna)\b)|không|khong|hatu(?:pokei|kubali|tumii|lipi|fanyi|ombi)\w*|niciodat[ăa]|nu\s+(?:vom|putem|accept[ăa]m|pl[ăa]tim|folosim|lucr[ăa]m|prin)|duma|ma\s+fi\s+da(?:3|e)i|usi(?:lipe|tume|tumie)\w*|sita(?:tuma|lipa|tumia)\w*)(?![\p{L}\p{N}_])|n't\b(?!\s+(?:worry|be\s+(?:afraid|scared|worried|shy)))|(?<!\p{L})(?:لا|لن|ليس|مش|هرگز)(?!\p{L})|不(?!太?方便|好意思)|没|别|勿|拒绝|禁止|(?:не|нет)(?<!\p{L}(?:не|нет))(?!\p{L})|никогда|ไม่|อย่า(?!ง))/u;
/**
 * A warning against the scam it names ("beware", "if anyone asks you to pay outside Alibaba, report it"); a buyer asking
 * if it is safe ("is it safe to pay outside?", "aman ga sih bayar di luar?") or why ("why you ask me to pay another
 * account??"); "… فهي احتيال" (fraud); "bizim adımıza WhatsApp'tan yazan biri" (someone writing in our name). Not an
 * accusation ("we will report you as a fraud buyer"), nor "scam" in "búscame". Portuguese "recebemos emails falsos com
 * novos dados bancários" (we got fake e-mails with new bank details); "alguien me escribió por Instagram diciendo que es
 * ustedes" (someone wrote to me saying it was you); "any message about new bank accounts is fake", "disregard any request
 * to remit funds to a different account"; hearsay a buyer checks ("my cousin said western union is cheaper, but …").
 */
const WARNING =
  /\b(?:(?<!\p{L})scam\w*|(?<!\banti[\s-]?)(?<!\bas\s+(?:an?\s+)?)(?<!\b(?:will|'ll)\s+report\s+(?:your|ur)\s+(?:\S+\s+){0,4}?for\s+)fraud\w*|beware|careful(?!\s*:)|impersonat\w*|pretend\w*|(?:claiming|claimed|claims)\s+(?:to\s+be|from\s+(?:your|our)\s)|pos(?:es|ed|ing)\s+as|phishing|golpe|(?:it|this|that)(?:'s|\s+is|\s+was)\s+(?:a\s+)?fake\b|estafa|\bcheated\s+(?:us|me)\b|(?:did\s+not|didn'?t)\s+come\s+from\s+us\b|(?:received|got)\s+(?:your|a|the)\s+(?:message|e-?mail|mail)\s+about\s+(?:the\s+|a\s+)?(?:new|changing\s+(?:the\s+|our\s+)?)\s*(?:account|bank|iban)|(?:unable\s+to|cannot|can'?t|not\s+able\s+to)\s+accept\s+(?:cash|western\s+union|moneygram|paypal|crypto|usdt)\b|\b(?:any|all)\s+(?:\S+\s+){0,6}?(?:is|are)\s+(?:fake|false|fraud\w*|not\s+from\s+us|not\s+us)\b|\b(?:disregard|ignore)\s+any\s+(?!(?:previous|old|earlier|former)\b)(?:\S+\s+){0,2}?(?:requests?|messages?|e-?mails?)\b|alguien\s+me\s+(?:escribi[óo]|contact[óo]|mand[óo]\s+un\s+mensaje)\s+(?:\S+\s+){0,3}?diciendo\b|report(?:ed)?\s+(?:it|them|this|him|her)(?!\s+as\b)|(?<!\bbe\s)reported\s+(?:\S+\s+){0,4}?to\s+alibaba|(?:supplier|seller|buyer|customer|someone|somebody|person|guy|company)\s+who\s+(?:asked|wanted|told|requested|sent|messaged|contacted)|\b(?:that|who)\s+(?:e-?mailed|messaged|texted|contacted|called)\s+me\s+from\b|already\s+report(?:ed)?\s+(?:\S+\s+)?to\s+alibaba|(?:we|i)\s+(?:have\s+)?(?:received|got)\s+(?:an?\s+)?(?:e-?mail|mail|message)\s+(?:with|about)\s+(?:a\s+)?new\s+(?:iban|account|bank)|(?:abbiamo|ho)\s+ricevuto\s+(?:una\s+)?(?:e-?mail|mail|messaggio)\s+con\s+(?:un\s+)?nuovo\s+iban|if\s+you\s+ever\s+(?:receive|get|see)\b|(?:customers?|buyers?|clients?)\s+(?:asked|asks|wanted\s+to\s+know)\s+(?:us\s+)?(?:if|whether)|(?:customers?|buyers?|clients?)\s+(?:in\s+\S+\s+)?(?:always\s+|often\s+|sometimes\s+)?ask\s+for\b|(?:is|are)\s+faking\s+(?:us|our)\b|verify\s+(?:any|every)\s+(?:\S+\s+)?change|if\s+(?:anyone|anybody|someone|somebody)\s+(?:asks?|tells?|wants?|contacts?|messages?|writes?(?:\s+to)?|calls?|e-?mails?)\s+(?:you|u)\b\s*(?:to\s+)?|it'?s\s+fake|(?:copy|copies|copying|copied|steal|steals|stealing|stole)\s+our\s+(?:\S+\s+){0,2}?(?:photos|pictures|images|name|logo)|(?:will|would|shall|does|do)\s+never\s+(?:ask|request|require)\s+(?:you|u|buyers?|customers?|clients?)\s+to|if\s+(?:anyone|anybody|someone|somebody)\s+(?:sends?|gives?|shares?)|(?:someone|somebody|anyone)\s+(?:sent|contacted|messaged|called|e-?mailed|wrote(?:\s+to)?)\s+(?:me|us|them|him|her)|(?:is|are|'s)\s+not\s+from\s+(?:our\s+company|us)\b|any\s+(?:\S+\s+)?messages?\s+from\s+(?:him|her|them)\b|diye\s+(?:yazd\w*|mesaj\s+att\w*|s[öo]yled\w*)|(?:saying|says?)\s+(?:he|she|they)\s+(?:is|are|was|were)\s+(?:your|from\s+your|our)|says\s+(?:he|she)(?:'s|\s+is)\s+(?:your|from\s+your)|(?:got|received)\s+this\s+(?:sms|text|message|e-?mail)|receb(?:i|emos)\s+uma\s+mensagem|betr(?:ü|u|ue)gerisch\w*|(?:wir\s+haben|ich\s+habe)\s+(?:heute\s+|gerade\s+|gestern\s+)?(?:eine\s+)?(?:e-?mail|nachricht|mail)\s+(?:bekommen|erhalten)|angeblich\s+von\b|ngaku(?:-?ngaku)?|(?:emailed|messaged|texted)\s+me\s+asking|diciendo\s+ser|aapke\s+naam\s+se|gi[ảa]\s+danh|mengaku\s+sebagai|message\s+aaya|fake\s+hai|using\s+(?:your|our)\s+(?:company(?:'s)?\s+)?name|(?:that|this|it)\s+(?:is|was)\s+not\s+us|warn(?:ing|ed|s)?\s+(?:(?:me|us|you|buyers?|customers?|clients?|everyone)\s+)?(?:about|against|of)|fake\s+(?:(?:clearing|customs|shipping)\s+)?(?:suppliers?|sellers?|accounts?|inquir(?:y|ies)|enquir(?:y|ies)|compan(?:y|ies)|shops?|stores?|websites?|sites?|agents?|brokers?|inspectors?|organi[sz]ers?)|ignore\s+(?:any|all|every)\s+(?:\S+\s+)?(?:messages?|e-?mails?|requests?|notices?)|(?:if|in\s+case)\s+(?:you\s+|i\s+|we\s+)?(?:ever\s+)?(?:get|receive|see)\s+(?:(?:a|an|any)\s+)?(?:\S+\s+){0,2}?(?:messages?|msgs?|e-?mails?|requests?|notices?|beneficiar(?:y|ies)|bank\s+details|bank\s+info(?:rmation)?|accounts?)|\b(?:i|we|my\s+\w+|our\s+\w+)\s+(?:just\s+)?(?:got|received)\s+an?\s+(?:msg|message|sms|text|e-?mail)\s+from|\bme\s+lleg[óo]\s+un\s+(?:correo|mensaje|e-?mail|sms)|\b(?:did|have)\s+(?:you|u)\s+(?:get|got|receive|received)\s+(?:a|an|any)\s+(?:msgs?|messages?|e-?mails?|texts?)\s+asking|\bif\s+(?:you\s+)?(?:ever\s+)?(?:get|receive)\s+(?:e-?mails?|messages?)\s+(?:saying|asking|telling)|bei\s+(?:\S+\s+)?(?:nachrichten|e-?mails|anfragen)\s+(?:über|uber|zu)|(?:fordern|verlangen)\s+(?:wir\s+)?niemals|cuidado|golpistas?|penipu\w*|hati-hati|dolandırıcı\w*|dolandirici\w*|\bbizim\s+ad[ıi]m[ıi]za\s+(?:\S+\s+){0,2}?(?:yazan|arayan|mesaj\s+atan|ula[şs]an)(?![\p{L}])|l[ừu]a\s+đ[ảa]o|c[óo]\s+ng[ưu][ờo]i\s+nh[ắa]n|n[ếe]u\s+c[óo]\s+ai|ada\s+yang\s+(?:wa|chat|sms|telepon|nelpon|menghubungi|mengaku)|birisi\s+(?:sizin\s+)?ad[ıi]n[ıi]za|alguien\s+(?:est[áa]\s+)?usando\s+nuestro\s+nombre|koi\s+(?:bhi\s+)?(?:bole|kahe|maange)|(?:kalau|jika)\s+ada\s+yang\s+(?:minta|meminta)|(?:got|received)\s+an?\s+(?:\S+\s+)?(?:msg|message|sms|text|e-?mail)\s+(?:saying|asking|telling)|is\s+(?:that|this|it)\s+(?:really\s+)?from\s+(?:you|your)|is\s+(?:that|this|it)\s+real|should\s+(?:i|we)\s+trust\b|why\s+(?:do\s+|did\s+|are\s+)?(?:you|u)\s+(?:ask|asking|want|tell|telling)\s+(?:me|us)\s+to\s+(?:pay|send|use|transfer)|(?:tolong|mohon)\s+abaikan|tahadhari|wanaojifanya|jihadhari|(?:asked|told|wanted)\s+(?:us|me)\s+(?:(?:by|via|in|over)\s+(?:e-?mail|phone|chat|whatsapp|sms|message)\s+)?to\s+(?:pay|send|use)|(?:someone|somebody|people|a\s+friend)\s+told\s+me|my\s+(?:friend|cousin)\s+(?:said|told\s+me)\b|los(?:e|es|ing)\s+(?:your|the|all|any)\s+(?:\S+\s+)?protection|asked\s+(?:us|me)\s+to\s+(?:add|contact|message|call)\s+(?:him|her|them)\b|(?:other|some|many|fake)\s+(?:suppliers?|sellers?|factories)\s+(?:\S+\s+)?(?:offer|ask|want|tell|say|request)\w*|if\s+(?:anyone|anybody|someone|somebody)\s+(?:says|claims)\b|if\s+(?:anyone|anybody|someone|somebody)\s+(?:asks|requests)\b(?!\s*[,?])|se\s+algu[ée]m\s+(?:te\s+|lhe\s+|vos\s+)?(?:pedir|solicitar|disser|mandar)\b|si\s+alguien\s+(?:te\s+|le\s+|les\s+)?(?:pide|pidiera|solicita|dice|manda)\b|asks\s+(?:everyone|everybody)\s+to|lost\s+(?:\S+\s+)?money|quelqu'un\s+nous\s+a\s+contact\w*|quelqu'un\s+m'a\s+(?:envoy|contact|[ée]crit)\w*|jemand\s+hat\s+mi(?:r|ch)|au\s+nom\s+de\s+votre\s+soci[ée]t[ée]|(?:se\s+)?hac(?:e|i[ée]ndose)\s+pasar\s+por|se\s+passando\s+por|se\s+fait\s+passer\s+pour|m'a\s+demand[ée]\s+de\s+payer|supplier["”']?\s+(?:asked|wanted|told)\s+me\b|someone\s+used\s+our\s+(?:logo|name|company\s+name|photos?)|\b(?:i|we)\s+lost\s+(?:usd\s*|\$\s*)?\d|gibt\s+sich\s+als|m[ée]fiez-vous|is\s+(?:this|that|it)\s+(?:really\s+)?(?:you|your\s+(?:company|colleague|staff))(?=\s*(?:\?|$))|es\s+usted(?=\s*(?:\?|$))|c'est\s+vous(?=\s*(?:\?|$))|sind\s+sie\s+das(?=\s*(?:\?|$))|bent\s+u\s+dat(?=\s*(?:\?|$))|jste\s+to\s+vy(?=\s*(?:\?|$))|ni\s+ninyi(?=\s*(?:\?|$))|siz\s+misiniz|kya\s+(?:wo|woh|ye|yeh)\s+aap\s+(?:ho|hain|the)|im\s+namen\s+ihrer\s+firma|namens\s+uw\s+bedrijf|sizin\s+firma\s+ad[ıi]na|aapki\s+company\s+ka\s+naam|za\s+va[šs]i\s+firmu|faux\s+(?:fournisseurs?|vendeurs?|comptes?|e-?mails?|messages?)|arnaque\w*|escroc\w*|(?:e-?mails?|mensagens|mensajes|correos)\s+falsos|signal[ée]e?s?\s+(?:à|a)\s+alibaba|on\s+l'a\s+ignor\w*|may\s+nag-?(?:message|text|chat|pm)|hindi\s+ko\s+pinansin|bi\s+esm(?:ko|kom|ak|ik)|eamalt\s+report|nous\s+le\s+signaler|signalez-(?:le|les|nous)|betrug\w*|(?:got|received)\s+an?\s+(?:strange|weird|suspicious|odd|fake|funny)\s+(?:msg|message|sms|text|e-?mail|mail|call)|(?:someone|somebody)\s+(?:called|calling\s+(?:himself|herself|themselves))|(?:got|had|received)\s+a\s+(?:phone\s+)?call\s+from\s+(?:someone|somebody|a\s+(?:guy|man|woman|person|number))|(?:a|any)\s+(?:\S+\s+)?(?:message|msg|e-?mail|request)\s+asking\s+(?:you|u)\s+to|is\s+(?:this|that)\s+(?:message|msg|e-?mail|link)\s+real)\b|\s(?:é|e)\s+golpe\b|\bno\s+(?:es|son)\s+(?:nuestro|nuestros|nuestra|nuestras)\b|\brep[óo]rtel[oa]s?\b|사기|주의하세요|声称我司|声称我们|무시하(?:겠습니다|세요|겠다)|공식인가요|진짜인가요|라고\s*(?:전화|연락|문자|메시지)가?\s*왔|ブロックしてください|诈骗|骗子|小心|谨防|警惕|冒充|假冒|有人自称|라는\s*메시지를\s*받았|を名乗る|から[^。！？]{0,15}?連絡がありました|無視して|報告しました|詐欺|(?:用|以)你们(?:公司)?的?名义|(?:这|那)是你们吗|是你们吗|это\s+вы(?=\s*(?:\?|$))|от\s+имени\s+ваше|هل\s+(?:هذا|هذه)\s+(?:أنتم|انتم|أنت|انت)|يدّعي\s+أنه|এটা\s+কি\s+আপনি|আপনার\s+কোম্পানির\s+নাম|мошен|осторожн|кто-то\s+от\s+имени|podszywa\p{L}*\s+si[ęe](?!\p{L})|อ้างว่าเป็น|ถ้ามีใคร|หากมีใคร|มีคนทัก|แอบอ้าง|มิจฉาชีพ|ระวัง|به\s+اسم\s+شما|от\s+вашего\s+имени|представил[\p{L}]*\s+(?:вашим|вашей|от\s+вас)|t[ựu]\s+x[ưu]ng\s+l[àa]|شخص\s+ما\s+راسل|يدعي\s+أنه|ادعى\s+أنه|\bis\s+(?:it|this|that|e)\s+(?:really\s+)?safe\b|\bsupplier\s+lain\s+(?:nawarin|menawarkan|bilang|minta)\b|\b(?:saw|got|received)\s+(?:a\s+|the\s+|an?\s+)?(?:message|msg)\s+from\s+(?:an?\s+)?(?:other|another|different|fake)\s+account\b|\bmat\s+(?:manna|maanna|mano|maano|maniye|maaniye)\b|(?<!\b(?:eso|esto)\s)\b(?:es|est)\s+seguro\b|(?<![\p{L}])é\s+seguro\b|\bist\s+(?:es|das)\s+sicher\b|\baman\s+(?:ga|gak|nggak|ngga|tidak|kah)\b|\bamankah\b|\ban\s+to[àa]n\s+kh[ôo]ng\b|\bsafe\s+(?:po\s+)?ba\b|\bg[üu]venli\s+mi\b|безопасно\s+ли|(?<![\p{L}])(?:فهي|فهو|هذا|هذه)\s+(?:احتيال|نصب)(?![\p{L}])|(?<![\p{L}])(?:لا|لن|ما)\s+(?:ب)?نطلب(?![\p{L}])|(?<![\p{L}])(?:digniin|ئاگاداربە|ئاگاداربن)(?![\p{L}])|(?<![\p{L}])никогда\s+не\s+(?:просим|требуем|попросим)|(?<![\p{L}])клиент\p{L}*\s+(?:из\s+\S+\s+)?спросил|(?:という|との)(?:メッセージ|連絡|メール)が(?:届きました|ありました|来ました)|\bmengaku\s+(?:staf|staff|dari|pihak)\b|\bada\s+orang\s+(?:wa|whatsapp|chat|sms|telefon|call)\b|(?:요청|요구)(?:은|는|을)?\s*(?:모두|전부|다)?\s*거절|\balguien\s+nos\s+(?:ha\s+escrito|escribi[óo])\b|\bnunca\s+(?:pedimos|solicitamos)\b|\bdostali\s+jsme\s+(?:e-?mail|zprávu|zpravu)\b|(?<![\p{L}])podvod|\bse\s+font\s+passer\s+pour\b|\bils\s+disent\s+que\b|\byon\s+mesaj\s+ki\s+di\b|\bfake\s+(?:tender\s+)?notices?\b|\b(?:anyone|whoever|any\s+(?:staff|salesm[ae]n|sales|employee))\s+who\s+asks\s+(?:customers?|buyers?|clients?)\s+to\b|(?:رسائل|رسالة)\s+(?:\S+\s+){0,2}?باسم\s+شركتنا|\bniemals\s+bitten\b|\b(?:we|i)\s+(?:did\s+not|didn'?t)\s+send\s+(?:this|that|it)\b|\bif\s+(?:anyone|anybody|someone|somebody)\s+(?:writes|presents|shows|forwards)\b|\b(?:it|that|this)'s\s+not\s+us\b|\bif\s+(?:a|any|the)\s+(?:supplier|seller|company|person|factory)\s+(?:gives?|sends?|asks?|tells?|offers?)\s+(?:you|u)\b|\bdice\s+que\s+es\s+de\s+(?:su|tu)\s+empresa\b|(?:someone|somebody)\s+(?:[^.!?\s]+\s+){1,12}?and\s+asked\s+(?:for|to)\b|ينتحلون|ليست\s+منا/u;
/**
 * "If you don't want to pay tax you can pay to my personal account": "you can" starts an offer of its own. Thai writes
 * no commas: a space between its words ends a clause ("บัญชีบริษัทรับเงินไม่ได้ช่วงนี้ กรุณาโอน…"), and one before ให้โอน
 * (then transfer) after a Latin word ("ถ้าไม่อยากเสียค่าธรรมเนียม Alibaba ให้โอนเข้าบัญชีพนักงาน…"). "Not X but Y" in Spanish
 * and German ("sino", "sondern"), and "but" in Spanish, German, French and Dutch ("no tengo tiempo … pero tienes que
 * mandarme los dólares por Zelle"); Turkish and Hindi put their "not" after the thing: "şirket hesabına değil, müdürün
 * hesabına", "payment alibaba pe mat karo seedha mere account mein" (don't pay on Alibaba, straight into my account).
 */
const CLAUSE_BREAK =
  /(?!(?<=\d)[,:](?=\d))[,，、:：،]|\b(?:but|however|so|then|instead|sino|sondern|pero|aber|mais|maar|you\s+(?:can|could)(?!\s*not|n't|'t)|just(?=\s+(?:pay|send|transfer|wire)\b))\b|(?<=\bde[ğg]il)\s|\s(?<=\bmat\s+(?:karo|karein|kariye|kijiye|bhejo|bhejna|kholo|karna)\s)|(?<=[\u0e00-\u0e7f])\s(?=[\u0e00-\u0e7f])|\s(?=ให้(?:โอน|จ่าย|ชำระ))/gu;
/**
 * "If you don't pay by Western Union today, we cancel", "if u cannot pay freight … to forwarder today", "si no paga por Western Union", "se não pagar", "якщо не оплатите",
 * Hungarian "ha holnapig nem utalja" (if you don't transfer by tomorrow),
 * "kalau hari ini tidak bayar ke rekening agen kami", ถ้าไม่โอน…, "nahi diya to", and a purpose: "para que no pague tanto
 * impuesto … la diferencia la manda por Western Union" (so you pay less tax): a condition set on the buyer, which demands what it
 * names, not a refusal of it. Not a preference ("if you don't want to use Western Union", ถ้าไม่ต้องการ). Nor is a
 * "no" with "until you" after it: "the agent won't release the B/L until you pay the fee to his account".
 */
const CONDITION_SET =
  /(?:\b(?:if|unless|si|wenn|falls|se|je[śs]li|je[żz]eli|n[ếe]u|kalau|jika|apabila|als|indien|ha)\s+(?:\S+\s+){0,9}?(?:don'?t|do\s+not|doesn'?t|does\s+not|cannot|can'?t|can\s+not|no|not|n[ãa]o|nicht|non|nie|niet|pas|kh[ôo]ng|tidak|tak|belum|nem)|(?:якщо|если)\s+(?:\S+\s+){0,3}?не)\s+(?!(?:want|wish|like|need|prefer|have|has|mind|trust|agree|feel|know|see|accept|quiere|quieres|tiene|quiser|quer|precisa|wollen|m(?:ö|o)chten|haben|хочете|хотите|маєте|имеете|mau|ingin|suka|perlu)\b)(?:[^,.!?]|(?<=\d)[.,](?=\d)|(?<=[\p{L}\p{N}])[.?](?=[\p{L}\p{N}]))*$|\b(?:until|till|unless)\s+(?:you|u|(?:\S+\s+){0,3}?(?:fees?|balance|deposit|payment|money|amount))\b(?:[^,.!?]|(?<=\d)[.,](?=\d))*$|\bpara\s+que\s+(?:usted\s+)?no\s+(?:(?!\bno\b)[^,.!?])*$|ถ้า(?:คุณ|ลูกค้า|ท่าน)?(?:ยัง)?ไม่(?!ต้องการ|อยาก|สะดวก|ชอบ)[^,.!?]*$|\b(?:nahi|nahin|nahee)\s+(?:[^\s,.!?]+\s+){0,2}?to\b[^,.!?]*$/u;
/**
 * 不 … 就 sets a condition too: "今天不打款到我个人账户就赶不上了" (pay my personal account today or miss the ship);
 * not 不要 … 就好 ("just don't pay the personal account").
 */
const CHINESE_CONDITION_BEFORE = /不(?!要|能|可|用|必|准|许|得)[^，。！？,.!?]*$/u;
const CHINESE_CONDITION_AFTER = /^[^，。！？,.!?]{0,16}?就/u;

/** The other side's words quoted back to be discussed, not asked for: 关于你提到的「直接匯款有折扣」, "your question about Western Union: no…". */
const QUOTED_BACK =
  /(?:你|您)(?:提到|说|提议|建议)的?\s*[「“"']?$|\byour\s+question\s+(?:about|on|regarding)\s*$/u;

/** A clause whose "no" is said to the order or the platform: "not Alibaba", "no TA", "TA mat karo", "Alibaba上不常看" (rarely on Alibaba). */
const REFUSES_THE_ORDER =
  /^\s*(?:(?:not?|without|don'?t\s+use|do\s+not\s+use)\s+(?:via\s+|through\s+|by\s+|on\s+)?(?:the\s+)?(?:alibaba|ta|trade\s+assurance|platform)|mat\s+(?:karo|karna|use\s+karo)\s+(?:alibaba|ta|trade\s+assurance)|(?:alibaba|ta|trade\s+assurance)\s+mat\s+(?:karo|karna|use\s+karo)|(?:alibaba|阿里(?:巴巴)?|平台)上?(?:不常|不太|很少|不怎么)(?:看|用|上|回|在线))\s*[,，、:：]?\s*$/u;

const THAI_SPACE_BEFORE = /[\u0e00-\u0e7f]\s$/u;
const THAI_LETTER = /^[\u0e00-\u0e7f]/u;

/** A short aside in brackets. */
const ASIDE = /[(（][^()（）]{0,40}[)）]/gu;

/**
 * A clause that only continues a list ("MoneyGram, crypto or gift cards", "PayPal or any personal account", "WhatsApp,
 * Western Union or to a personal account", "… ou sur un compte personnel") lets a refusal reach across it.
 */
const LIST_CONTINUES =
  /^\s*$|\b(?:or|and|nor|ou|et|o|y|e|oder|of)(?:\s+(?:any|to|into|a|an|the|sur|par|un|une|le|la|les|des|à|el|los|las|una|um|uma|num|numa|em|na|no|por|en|auf|ein|eine|einen)){0,2}\s*$|[&/或和及]\s*$/u;

/** Words that open with a verb give an instruction of their own, not the next item of a refused list. */
const OPENS_AN_INSTRUCTION = /^(?:use|pay|send|transfer|remit|wire|make)\b/u;

/** The sentence around `start` warns about a scam ("if anyone asks you to pay a new account, report it"). */
/** Some sentence of the text warns about a scam (read over the whole message, not one sentence). */
export function warnsAnywhere(text: string): boolean {
  return WARNING.test(text);
}

export function isInAWarning(text: string, start: number): boolean {
  return WARNING.test(sentenceAround(text, start).text);
}

export function isRefused(text: string, start: number): boolean {
  return refusedIn(text, start, true);
}

/**
 * For an instruction ("pay", "use the attached"): it starts a clause of its own and never continues a list, so only
 * its own clause can refuse it ("Our account can't receive money any more, use the attached" is no refusal).
 */
export function isInstructionRefused(text: string, start: number): boolean {
  return refusedIn(text, start, false);
}

/**
 * Where a cue matched: refused like an instruction when the cue is one or its words open with a verb right after a
 * comma, else like an item of a list.
 */
export function isCueRefused(text: string, start: number, cue: { instruction?: boolean }): boolean {
  return refusedIn(text, start, !cue.instruction && !opensAnInstruction(text, start));
}

/** The words open with a verb right after a comma: "pls dont use acc on PI, use our HK acc now". */
function opensAnInstruction(text: string, start: number): boolean {
  if (!OPENS_AN_INSTRUCTION.test(text.slice(start, start + 9))) return false;
  let before = start - 1;
  while (before >= 0 && /\s/.test(text[before]!)) before--;
  return before >= 0 && ',，、'.includes(text[before]!);
}

function refusedIn(text: string, start: number, listItem: boolean): boolean {
  const sentence = sentenceAround(text, start);
  if (WARNING.test(sentence.text)) return true;
  // An aside closed before the words is read as blanks: "(not alibaba one) pls send the slip to my wechat".
  const words = text.slice(sentence.start, start);
  const prefix = /[)）]/u.test(words) ? words.replace(ASIDE, (aside) => ' '.repeat(aside.length)) : words;
  if (QUOTED_BACK.test(prefix)) return true;
  // Clause ends, each kept with its separator: "no" before ":" is "number", not a refusal; so is "no" before the words'
  // own digits ("mera no 97180 55264"), read with the words' first digit (only a digit: "不走平台" doesn't refuse itself).
  const starts = [0, ...[...matchesOf(CLAUSE_BREAK, prefix)].map((m) => m.index + m[0].length)];
  // A Thai space breaks a clause only between two Thai letters: the words' own first one is past the prefix.
  if (THAI_SPACE_BEFORE.test(prefix) && THAI_LETTER.test(text[start] ?? '')) starts.push(prefix.length);
  for (let k = starts.length - 1; k >= 0; k--) {
    const clause = prefix.slice(starts[k], k + 1 < starts.length ? starts[k + 1] : prefix.length);
    // Reached across a list: "Not Alibaba, Western Union please" refuses the order, and offers what follows instead.
    const reached = k < starts.length - 1;
    if (reached && REFUSES_THE_ORDER.test(clause)) return false;
    const read = reached || !/\d/.test(text[start] ?? '') ? clause : clause + text[start];
    if (NEGATION.test(read) && !setsACondition(clause, text.slice(start, start + 24))) return true;
    if (!listItem || !LIST_CONTINUES.test(clause.replace(/[,，、:：]$/, ''))) return false;
    // A list runs on across commas, not across a word ("but"), which ends in a letter: "we never used this account before
    // but from now our bank is…".
    if (k > 0 && /\p{L}/u.test(prefix[starts[k]! - 1] ?? '')) return false;
  }
  return false;
}

/** The clause up to the words (read without its comma: "If it is not withdrawn today, we report…"), and what follows them, set a condition rather than refuse. */
function setsACondition(clause: string, after: string): boolean {
  return (
    CONDITION_SET.test(clause.replace(/[,，、:：،]\s*$/u, '')) ||
    (CHINESE_CONDITION_BEFORE.test(clause) && CHINESE_CONDITION_AFTER.test(after))
  );
}

/**
 * Said no to right after the words: "Western Union is not accepted", "direct bank transfer nahi", "Western Union ile değil,
 * Alibaba üzerinden", "a guarantee fee is not required", "Payoneer not needed", "私人账户也不行", "私人账户付款是不可以的",
 * "直接付款到私人账户也不行", or asked and answered ("Cash on delivery? Sorry, only Alibaba payment", "… by PayPal, I
 * told him no", "he ask pay to personal account, we refused"), or asked about by a buyer who would rather not ("is Payoneer possible or only Trade Assurance?", "Cash
 * App is only for US right?"). Only right after them (a few characters in Chinese, or where the money would go, or a
 * payment noun in English), so "pay via Western Union as TA is not possible", "付到私人账户因为信保不行" and
 * "直接付款吧信保不行" are still requests.
 */
const REFUSED_AFTER =
  /^(?:\s*,?\s*so\s+(?:i|we)\s+(?:didn'?t|did\s+not|won'?t|will\s+not)\s+pay\b|\s+ne\s+(?:marche|marchent|fonctionne|fonctionnent)\s+pas\b|\s+(?:không|khong)\s+(?:nhận|nhan)(?![\p{L}])|\s*,?\s*(?:but\s+)?(?:we|i)\s+(?:refused|declined|said\s+no)\b|\s+no\s+(?:amigo|amiga|hermano|se[ñn]or|gracias)\b|\s+pero\s+(?:yo\s+)?prefiero\s+(?:alibaba|trade\s+assurance)\b|\s+is\s+how\s+(?:i|we)\s+send\s+money\s+(?:home|to\s+my\s+\S+)|(?:\s+(?!alibaba|ta\b|trade)[^\s,.!?]+){0,2}?\s+(?:nahi|nahin|nahee|de[ğg]il)\s*(?:[,.!?।]|$)|["”'」]?\s*(?:that\s+)?you\s+(?:mentioned|suggested|proposed|offered)\b|\s*(?:(?:payments?|transfers?)\s+)?(?:(?:is|are)\s+)?(?:not|never)\s+(?:accepted|allowed|possible|permitted|supported|required|needed|necessary|available|safe|recommended)\b|\s*,?\s*(?:(?:y|e|o|ni)\s+[^\s,.;:!?]+\s*,?\s*)?(?:no|nunca)\s+(?:pago|pagamos|acepto|aceptamos|recibimos|usamos)\b|\s*\?+\s*(?:(?:ha(?:ha)+|lol|he(?:he)+)[!.,]?\s+)?(?:no(?!\s+(?:problem|worries|issue))|sorry|never|unfortunately)\b|[^.!?\n]{0,40}\?+\s*sorry,?\s+no\b|\s*[,.;]?\s*(?:but\s+)?(?:i|we)\s+(?:told|tell)\s+(?:him|her|them)\s+(?:no|not\s+possible)\b|\s*(?:(?:is|are)\s+)?(?:possible|ok|okay|available)\s+or\s+only\s+(?:via\s+|through\s+)?(?:trade\s+assurance|ta|alibaba)\b|\s*(?:(?:and|or|&)\s+[^\s,.;:!?]+\s+)?(?:is|are)\s+only\s+(?:for|in)\s+(?:the\s+)?(?:us|usa|united\s+states|america|china|chinese\s+\S+)\b|(?:[到给至进](?:(?!因为|由于|所以|但|信保|平台|阿里)[^，。！？；,.!?\s]){0,8}?|[^，。！？；,.!?\s]{0,2}?)(?:也|都|是)?(?:不行|不可以|不允许|不接受|不能接受)(?!的话))/u;

/**
 * Said no to at the end of the words' own clause, where the verb comes last: "на личные карты мы деньги не
 * принимаем", 개인 계좌로는 받지 않습니다, 個人口座へのお振込みはお願いしておりません, "kişisel hesap kabul etmiyoruz",
 * "bankamız … kabul etmiyor", "personal account me mat bhejna", Uzbek "to'lamaymiz", Mongolian "өгөхгүй", "… and they
 * said no"; not past a comma ("… بھیجیں، علی بابا پر نہیں").
 */
const REFUSED_AT_CLAUSE_END =
  /^[^.!?;。！？；\n,，،]{0,50}?(?:(?<!\p{L})(?:не|ні)\s+(?:принима|прийма|бер[её]|работа|працю|использу|використову|дела|роби|осуществля)\p{L}*|\blehnen\s+wir\s+ab\b|\b(?:akzeptieren|nehmen|machen)\s+wir\s+nicht\b|(?:받지|하지|보내지|송금하지)\s?(?:않(?!으면|는다면)|마)|안\s?받|안\s?(?:합니다|해요|함)|거절(?:합니다|해요|함|하고\s?있습니다)|ありません|불가|おりません|ございません|ていません|しません|(?<!ないと[^。！？]{0,20})できません|ご遠慮|\bkabul\s+(?:etm(?:iyoruz|eyiz|iyorum|iyor)|edilmez|edemiyoruz)|\bto.?lamaymiz\b|\p{L}+хгүй(?!\p{L})|\bqabul\s+qilmaymiz\b|\band\s+(?:they|he|she)\s+said\s+no\b|\b(?:alm[ıi]yoru[mz]|yapm[ıi]yoru[mz]|g[öo]ndermiyoru[mz]|[öo]demiyoru[mz]|istemiyoru[mz]|talep\s+etmiyoru[mz])\b|\b(?:nahi|nahin|nahee)\s+(?:lete|leti|lenge|dete|deti|denge|karte|karenge|chalega|hota|hoga|le\s+sakte|kar\s+sakte|lena|karna|mangte|maangte|bhejte|bhej(?:unga|ungi|enge|ta|ti))\b(?!\s+to\b)|\bkabhi\s+(?:bhi\s+)?(?:nahi|nahin|nahee)\b|\b(?:kabhi\s+)?mat\s+(?:bhej\w*|karo|kijiye|karna|dena|do|daalo|dalna)\b|नहीं(?![^.!?,]{0,15}?\sतो(?!\p{L}))|نہیں(?![^.!?،]{0,15}?\sتو(?!\p{L}))|نمی\s?(?:پذیریم|گیریم|کنیم)|قبول\s+نمی)/u;

/**
 * Said no to later in the sentence, with a word pointing back: "… USDT is easy for you in Venezuela but we cannot accept
 * it", "I know hawala is common in Yemen, but please pay through the Alibaba order only", "if TA is not available for
 * his country we cannot do the deal", Spanish "todo el mundo cobra en Zelle, pero yo te voy a pagar por Alibaba"; or
 * answered with a dash: "You asked if we accept USDT - no."
 */
const REFUSED_LATER =
  /^(?:\s*(?:no\s+aplica|n[ãa]o\s+se\s+aplica)\b|[^.!?\n。！？]{0,80}?(?:(?:로만|으로만)\s*결제|(?:跟|和|与)(?:这笔|此)?订单(?:无关|没关系)|(?:订单|訂單)付款[^。！？]{0,6}走阿里)|[^.!?\n]{0,40}?(?<!\b(?:otherwise|or|else|not|unless)[\s,]+)\b(?:we|i)\s+(?:cannot|can'?t|can\s+not|won'?t|will\s+not)\s+(?:do|accept|take)\s+(?:the\s+|this\s+)?(?:deal|order)\b|[^.!?\n]{0,50}?\bpero\s+(?:yo\s+)?(?:te\s+|le\s+)?(?:voy\s+a\s+pagar|pago|pagar[ée])\s+(?:\S+\s+)?(?:por|en|a\s+trav[ée]s\s+de)\s+(?:el\s+)?alibaba\b|[^.!?\n]{0,60}?\bbut\s+(?:for\s+your\s+(?:protection|safety)\s*,?\s+)?(?:please\s+|pls\s+|kindly\s+)?(?:only\s+pay\s+(?:through|via|in|on)\s+(?:the\s+)?(?:alibaba|trade\s+assurance)|pay\s+(?:only\s+(?:through|via|in|on)\s+(?:the\s+)?(?:alibaba|trade\s+assurance)|(?:through|via|in|on)\s+(?:the\s+)?(?:alibaba|trade\s+assurance)(?:\s+order)?\s+only))\b|[^.!?\n]{0,50}?\bbut\s+(?:we|i)\s+(?:cannot|can'?t|can\s+not|could\s+not|couldn'?t|do\s+not|don'?t|won'?t|will\s+not|never)\s+(?:accept|take|use|receive)\s+(?:it|that|this|them)\b|\s*[-–—]+\s*(?:no|nope|never)\s*[.!,;]|\s*[-–—]+\s*(?:no|nope|never)$)/u;

export function isRefusedAfter(text: string, end: number): boolean {
  return (
    REFUSED_AFTER.test(text.slice(end, end + 48)) ||
    REFUSED_AT_CLAUSE_END.test(text.slice(end, end + 60)) ||
    REFUSED_LATER.test(text.slice(end, end + 120))
  );
}

/** Said yes to right after the words: "…, PayPal is ok" is a clause of its own, whatever was refused before the comma. */
const AFFIRMED_AFTER =
  /^\s*(?:is|are)\s+(?:ok|okay|fine|accepted|possible|better|good|preferred|welcome)\b|^\s+(?:works|only)\b/u;

export function isAffirmedAfter(text: string, end: number): boolean {
  return AFFIRMED_AFTER.test(text.slice(end, end + 30));
}

/** The patterns refusals are read with, for the test that none makes the engine try every place of a sentence. */
export const REFUSAL_PATTERNS: readonly RegExp[] = [
  NEGATION,
  WARNING,
  QUOTED_BACK,
  CONDITION_SET,
  REFUSED_AFTER,
  REFUSED_AT_CLAUSE_END,
  REFUSED_LATER,
  AFFIRMED_AFTER,
];

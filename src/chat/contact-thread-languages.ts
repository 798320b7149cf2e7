import { packed } from './thread-language-packs';
import { wordsOrPhrases } from './thread-words';

// The replies that carry a request to talk elsewhere on, in the chat's other languages: "ya te agregué", "te respondi
// lá", "je vous ajoute", "ti ho scritto", "добавил вас", "加你了", then the packs' (thread-language-packs.ts). The English
// ones are in contact-thread.ts.

/** Where to write there: the number, the ID, the address. */
const CONTACT_NOUN =
  '(?:n[úu]mero|numero|num[ée]ro|id|correo|e-?mail|mail|whats|zap|wechat|skype|ник|номер|контакт)';

/** Done, or about to be: added there, written or answered there, the number asked for; "talk there". */
export const MOVED_IN_OTHER_LANGUAGES = wordsOrPhrases(
  [
    '(?:ya\\s+)?te\\s+(?:agregu[ée]|a[ñn]ad[íi]|escrib[íi]|llam[ée]|mand[ée]\\s+(?:un\\s+)?(?:mensaje|msj|audio))|te\\s+acabo\\s+de\\s+(?:escribir|agregar)|(?:te\\s+)?(?:respond[íi]|contest[ée])\\s+(?:all[áa]|ah[íi])|ah[íi]\\s+te\\s+(?:contest[ée]|respond[íi]|escrib[íi])|te\\s+respondo\\s+all[áa]|(?:hablamos|seguimos|platicamos)\\s+(?:all[áa]|por\\s+all[áa]|ah[íi])|(?:revisa|checa)\\s+(?:tu\\s+)?(?:correo|email|whatsapp|spam)|cu[áa]l\\s+es\\s+tu\\s+' +
      CONTACT_NOUN,
    '(?:j[áa]\\s+)?te\\s+(?:adicionei|add|chamei|liguei|respondi)|(?:te\\s+)?mandei\\s+(?:uma\\s+|um\\s+)?(?:mensagem|msg|oi)|(?:te\\s+)?mandei\\s+(?:a\\s+|o\\s+)?(?:pi|pdf|foto)\\s+l[áa]|(?:respondi|falamos|conversamos|seguimos)\\s+(?:por\\s+)?l[áa]|qual\\s+(?:[ée]\\s+)?(?:o\\s+|seu\\s+)?' +
      CONTACT_NOUN,
    "je\\s+(?:t'|vous\\s+)(?:ajoute|[ée]cris|appelle)|(?:je\\s+(?:t'|vous\\s+)|jt'?)(?:ai\\s+)(?:ajout[ée]|[ée]crit|appel[ée])|ajout[ée]e?|on\\s+(?:parle|continue|se\\s+parle)\\s+l[àa]-bas|(?:[ée]crit|envoie|envoyez|r[ée]ponds)\\s+(?:\\S+\\s+){0,3}?l[àa]-bas|(?:donnez|donne|envoyez)(?:-moi|\\s+moi)?\\s+(?:le|votre|ton)\\s+" +
      CONTACT_NOUN,
    'ti\\s+ho\\s+(?:aggiunto|aggiunta|scritto|chiamato)|aggiunt[oa]|ci\\s+sentiamo\\s+l[ìi]|ti\\s+(?:ho\\s+mandato|mando|rispondo)\\s+(?:\\S+\\s+){0,2}?l[ìià]',
    '(?:добавил|добавила|написал|написала)(?:\\s+(?:вас|тебя|тебе|вам))?|ответил[аи]?\\s+там|(?:пишите|напишу|спишемся|общаемся)\\s+там|(?:ник|номер|контакт)\\s+(?:дайте|скиньте)|(?:дайте|скиньте)\\s+(?:ник|номер|контакт)',
    'راسلتك|ضفتك|أضفتك|شوف\\s+الواتساب',
    ...packed('moved').words,
  ],
  [
    '(?:已经?)?加(?:你|您)(?:了)?|加好了|(?:那边|微信上|微信里)(?:聊|说)|发(?:你|您)微信了',
    ...packed('moved').phrases,
  ],
);

/** Back to the marketplace's chat, or no: "seguimos aquí", "prefiro falar aqui", "on reste ici", "давайте здесь". */
export const BACK_TO_THE_CHAT_IN_OTHER_LANGUAGES = wordsOrPhrases(
  [
    '(?:seguimos|hablamos|sigamos|mejor|prefiero\\s+hablar|continuamos|falamos|prefiro\\s+falar|melhor)\\s+(?:por\\s+)?aqu[íi]',
    '(?:on\\s+)?(?:reste|continue|parle)\\s+ici|restiamo\\s+qui|(?:давайте|лучше)\\s+(?:здесь|тут)',
    // Not "no tengo wechat, sirve whatsapp?", which offers another app.
    '(?:no\\s+(?:uso|tengo)|n[ãa]o\\s+(?:uso|tenho))\\s+(?:whatsapp|zap|wechat|telegram)(?![^.!?]{0,30}(?:whatsapp|zap|wechat|telegram|sirve|serve))',
    ...packed('backToTheChat').words,
  ],
  ['在这(?:里|儿)(?:聊|说)|就在阿里(?:聊|说)|不加微信', ...packed('backToTheChat').phrases],
);

/** A reply that names the marketplace's chat is about it: "te agregué a favoritos aquí". */
export const NAMES_THE_CHAT_IN_OTHER_LANGUAGES = wordsOrPhrases(
  ['aqu[íi]|ici|здесь|тут', ...packed('namesTheChat').words],
  ['这里|阿里', ...packed('namesTheChat').phrases],
);

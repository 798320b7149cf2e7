import { APP } from './apps';
import { cue, type Cue } from './cue';

/** An app by its name, and Bulgarian's own spellings of the two it names most ("вайбър", "уатсап"). */
const APP_HERE = `(?:${APP}|вайбър|ваибър|уатсап|вотсап)`;

/** Moving the talk off the platform in Somali, Hausa, Bulgarian and Slovak (Bulgarian in Cyrillic and Latin letters, Slovak with and without its marks). */
export const CONTACT_IN_SOMALI_HAUSA_BULGARIAN_SLOVAK: readonly Cue[] = [
  cue(
    'a request to talk on a messaging app',
    // Somali "igu dar WhatsApp-ka" (add me on WhatsApp), "iigu soo qor Telegram" (write to me on Telegram); Hausa "ka
    // kara ni a WhatsApp" (add me), "zan tura maka sako a WhatsApp" (I'll message you on WhatsApp), "mu yi magana a
    // Telegram". One app list after all the verbs: the list is long, and written once the pattern stays short enough
    // for V8.
    '(?:(?<![\\p{L}])(?:igu\\s+dar|nagu\\s+dar)\\s+(?:\\S+\\s+)?|(?<![\\p{L}])(?:iigu|noogu|kuugu)\\s+(?:soo\\s+qor|soo\\s+dir|soo\\s+wac)\\s+(?:\\S+\\s+)?' +
      '|(?<![\\p{L}])(?:ka|ki|ku)\\s+(?:kara\\s+ni|kara\\s+mu|saka\\s+ni|saka\\s+mu)\\s+(?:a|ta)\\s+|(?<![\\p{L}])(?:tura|aika)\\s+(?:maka|miki|muku|min|mani)\\s+(?:sako|saƙo|sakon)\\s+(?:a|ta)\\s+' +
      '|(?<![\\p{L}])mu\\s+(?:yi|ci\\s+gaba\\s+da)\\s+magana\\s+(?:a|ta)\\s+' +
      '|(?<![\\p{L}])(?:добавете|добави|пишете|пиши)\\s+(?:ме|ми|ни)\\s+(?:във?|на|по)\\s+|(?<![\\p{L}])(?:да\\s+продължим|да\\s+говорим|да\\s+пишем)\\s+(?:във?|на|по)\\s+' +
      '|(?<![\\p{L}])(?:dobavete|dobavi|pishete|pishi)\\s+(?:me|mi|ni)\\s+(?:vav|v|na|po)\\s+|(?<![\\p{L}])(?:da\\s+prodalzhim|da\\s+govorim|da\\s+pishem)\\s+(?:vav|v|na|po)\\s+' +
      '|(?<![\\p{L}])(?:pridajte|pridaj)\\s+(?:si\\s+)?(?:ma|n[áa]s)\\s+(?:na|do|v)\\s+|(?<![\\p{L}])(?:napíšte|napiste|napíš|napis)\\s+(?:mi|n[áa]m)\\s+(?:na|do|cez)\\s+' +
      `|(?<![\\p{L}])(?:pokračujme|pokracujme|presuňme\\s+sa|presunme\\s+sa)\\s+(?:\\S+\\s+)?(?:na|v|cez)\\s+)${APP_HERE}`,
    {
      anchors: [
        'igu dar',
        'nagu dar',
        'soo qor',
        'soo dir',
        'soo wac',
        'kara ni',
        'kara mu',
        'saka ni',
        'saka mu',
        'sako',
        'saƙo',
        'magana',
        'добав',
        'пиш',
        'да продължим',
        'да говорим',
        'dobav',
        'pish',
        'prodalzhim',
        'govorim',
        'pridaj',
        'napíš',
        'napis',
        'pokračujme',
        'pokracujme',
        'presuňme sa',
        'presunme sa',
      ],
    },
  ),
];

import { cue, type Cue } from './cue';
import { NEAR_PAYING } from './pressure-words';

/**
 * A loss said to follow if the buyer doesn't pay soon, in probe 71's wordings: Japanese "本日15時までにご入金が確認で
 * きない場合" (if payment isn't seen by 15:00 today) and 在庫も解放 (the stock released), Korean 내일 오전까지 결제 안
 * 하시면 (if you don't pay by tomorrow morning), Cantonese and Chinese 俾第二个客 and 给别家 (given to another buyer), Thai
 * ลูกค้า…รอจ่าย (a customer waiting to pay), Malay "sebelum Jumaat", Italian "scade oggi", "valid only until tonight",
 * "another buyer … want the same slot". Part of MORE_OFFERS_ENDING.
 */
export const PRESSURE_FROM_ASIA_AND_PRINT: readonly Cue[] = [
  cue(
    'a deadline with a penalty',
    '(?:本日|今日|明日)[^。！？]{0,12}?までに[^。！？]{0,10}?(?:入金|お支払い|支払い|振込)[^。！？]{0,12}?(?:できない|ない)場合|在庫(?:も|を)解放' +
      '|(?:오늘|내일)[^.!?]{0,15}?까지\\s*(?:결제|입금|송금)\\s*(?:안|않)' +
      '|\\bkalau\\s+(?:\\S+\\s+){0,2}?(?:tak|tidak)\\s+bayar\\s+sebelum\\s+(?:jumaat|esok|isnin|selasa|rabu|khamis|sabtu|ahad)\\b' +
      '|\\bscade\\s+oggi\\b|\\b(?:valid\\s+only\\s+until|valid\\s+only\\s+till)\\s+(?:tonight|today|midnight)\\b',
    {
      near: [NEAR_PAYING],
      anchors: ['までに', '까지', 'kalau', 'scade oggi', 'valid only until', 'valid only till', '在庫'],
    },
  ),
  cue(
    'another buyer waiting',
    '(?:俾|给)第二个客|(?:俾|给)别家|ลูกค้า\\S{0,12}รอจ่าย|\\banother\\s+buyer\\s+(?:from\\s+\\S+\\s+)?wants?\\s+(?:the\\s+)?same\\b',
    { anchors: ['第二个客', '别家', 'รอจ่าย', 'another buyer'] },
  ),
];

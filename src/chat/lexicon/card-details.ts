import { cue, type Cue } from './cue';

/** A card's number with its expiry or code, or a photo of the card, sent or asked for in the chat. Part of PAYMENT_ROUTES. */
export const CARD_DETAILS: readonly Cue[] = [
  cue(
    'card details given in the chat',
    // "saya kirim nomor kartu saja, 5264 7102 3318 9940, exp 03/28": a card's number with its expiry or code, for anyone to charge.
    '\\b(?<!\\b(?:test|sample|demo|dummy|sandbox)\\b[^\\n]{0,120})(?![^\\n]{0,120}\\btest\\s+(?:numbers?|cards?)\\b)\\d{4}[\\s-]?\\d{4}[\\s-]?\\d{4}[\\s-]?\\d{4}\\b[^\\n]{0,20}?\\b(?:exp|expiry|expires|valid\\s+thru|cvv|cvc)\\b',
    { anchors: ['exp', 'cvv', 'cvc', 'valid thru'] },
  ),
  cue(
    'card details given in the chat',
    // Asked for or sent: "full 16 digits + exp + 3 digits on back side", "a photo of your card, both sides", "foto de su
    // tarjeta por ambos lados", "رقم بطاقتك وتاريخ الانتهاء ورمز CVV", "a photo of my card front and back".
    '\\b(?:16\\s+digits|card\\s+number|card\\s+no)\\b[^.!?\\n]{0,40}?\\b(?:exp|expiry|cvv|cvc|digits\\s+on\\s+(?:the\\s+)?back)' +
      '|\\bphoto\\s+of\\s+(?:your|my)\\s+(?:credit\\s+|debit\\s+)?card\\b[^.!?\\n]{0,30}?\\b(?:front|back|both\\s+sides)\\b' +
      // "pls send also photo of card and your ID for bank verification".
      '|\\b(?:send|share|upload)\\s+(?:me\\s+|us\\s+)?(?:also\\s+)?(?:a\\s+)?photo\\s+of\\s+(?:the\\s+|your\\s+)?(?:credit\\s+|debit\\s+|bank\\s+)?card\\b(?![^.!?\\n]{0,20}\\b(?:design|printing|sample|packaging)\\b)' +
      '|(?<![\\p{L}])foto\\s+de\\s+(?:su|tu|mi|sua|seu)\\s+(?:tarjeta|cart[ãa]o)\\b[^.!?\\n]{0,30}?(?:ambos\\s+lados|frente|verso)' +
      '|رقم\\s+بطاقت\\S*[^.!?\\n]{0,60}?(?:cvv|الانتهاء)',
    { anchors: ['16 digits', 'card number', 'card no', 'photo of', 'foto de', 'رقم'] },
  ),
  cue(
    'bank details to be given outside the order',
    // "I send PI with bank info now", "ok I send PI with bank".
    "\\b(?:i|we)\\s+(?:will\\s+|'ll\\s+|can\\s+)?send\\s+(?:you\\s+|u\\s+)?(?:the\\s+|a\\s+|new\\s+)?pi\\s+with\\s+(?:the\\s+|our\\s+)?bank\\b(?!\\s+(?:slip|receipt|copy|charges?))",
    { anchors: ['pi with'] },
  ),
];

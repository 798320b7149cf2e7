import { APP, APP_ANCHORS } from './apps';
import { cue, type Cue } from './cue';

/** "On" after an app's name: Sinhala "එකෙන්", "eke", Malayalam "-ൽ", "-il", Kannada "ನಲ್ಲಿ", "alli", Burmese "မှာ", "mhar". */
const ON =
  '(?:\\s+|-)?(?:එකෙන්|එකේ|එකට|හරහා|eken|eke|ekata|haraha|ൽ|ിൽ|യിൽ|il|yil|ನಲ್ಲಿ|ಅಲ್ಲಿ|ಗೆ|alli|nalli|ge|မှာ|ကနေ|ပေါ်မှာ|mhar|mhr|hmar|kane|ka\\s+nay)';

/** Moving the talk off the platform in Sinhala, Malayalam, Kannada and Burmese (in their scripts, and Sinhala, Malayalam and Kannada in Latin letters too). */
export const CONTACT_IN_SINHALA_MALAYALAM_KANNADA_BURMESE: readonly Cue[] = [
  cue(
    'a request to talk on a messaging app',
    // Sinhala "WhatsApp එකෙන් කතා කරන්න" (talk on WhatsApp), "viber eke katha karamu", "IMO එකට add කරන්න";
    // Malayalam "WhatsApp-ൽ message ചെയ്യൂ", "Telegram-il samsarikkam"; Kannada "WhatsApp ನಲ್ಲಿ ಮಾತಾಡಿ" (talk on
    // WhatsApp), "Telegram alli msg madi". Asked, not told: "WhatsApp එකට … එව්වොත් pay කරන්න එපා" (if anyone sends
    // … on WhatsApp, don't pay) is not.
    `${APP}${ON}\\s*(?:\\S+\\s+){0,3}?(?:(?:කතා|katha|add|msg|message|call|මැසේජ්)\\s+(?:කරන්න|කරමු|karanna|karamu|ganna|ගන්න)` +
      '|(?:add|msg|message|call|മെസേജ്)\\s+(?:ചെയ്യൂ|ചെയ്യുക|ചെയ്യ്|ചെയ്യാം|cheyyu|cheyyuka|cheyyam|cheyy)|സംസാരിക്കാം|സംസാരിക്കൂ|samsarikkam|samsarikku|വിളിക്കൂ|vilikku' +
      '|(?:add|msg|message|call|ಮೆಸೇಜ್)\\s+(?:ಮಾಡಿ|ಮಾಡೋಣ|madi|maadi|madona|maadona)|ಮಾತಾಡಿ|ಮಾತಾಡೋಣ|maatadi|matadi|matadona)(?![\\p{L}\\p{M}])',
    { anchors: APP_ANCHORS },
  ),
  cue(
    'a request to talk on a messaging app',
    // Burmese "Viber မှာ ဦးမင်းထွန်း နဲ့ တိုက်ရိုက်ပြောပါ" (talk with U Min Htun on Viber directly), "Telegram မှာ
    // message ပို့ပါ", "Viber mhar pay par" (send it on Viber); "Viber pel shi tal. 09 512…" (I only have Viber, 09 …).
    `${APP}${ON}\\s?(?:\\S+\\s?){0,4}?(?:ပြောပါ|ပြောရအောင်|ဆက်သွယ်ပါ|ပို့ပေးပါ|ပို့ပါ|add\\s?ပါ|pay\\s+par|pyaw\\s+par|add\\s+par|sat\\s+thwel\\s+par)` +
      `|${APP}\\s+(?:\\S+\\s+)?(?:ပဲ\\s?)?(?:ရှိတယ်|shi\\s+tal|shi\\s+dal)\\S*\\s+\\+?\\d`,
    { anchors: APP_ANCHORS },
  ),
];

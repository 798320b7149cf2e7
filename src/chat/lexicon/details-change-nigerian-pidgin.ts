import { ACCOUNT, cue, type Cue } from './cue';

/**
 * A changed account or receiver in Nigerian Pidgin, as probe 85's chats said it: another company of the group, or the
 * factory, that "go receive the balance" (will receive it), an account that "no dey work again" (doesn't work any more)
 * or "don block" (got blocked), "na our Hong Kong account una go use". Part of details-change-receiving-bank.ts's list.
 */
export const CHANGES_IN_NIGERIAN_PIDGIN: readonly Cue[] = [
  cue(
    'payment to another company',
    // "Our Hong Kong company, MEIJIA INTERNATIONAL TRADING LIMITED, go receive the balance", "na factory go collect the
    // money this time"; not "our factory go receive the raw materials", nor "HK company no go receive money".
    '\\b(?:(?:hk|hong\\s+kong|sister|mother|partner|other|another)\\s+(?:company|branch|office|firm)|factory|branch)\\b[^.!?\\n]{0,60}?(?<!\\bno\\s)(?:go\\s+receive\\s+(?:the\\s+|di\\s+|this\\s+|dis\\s+|all\\s+|your\\s+)?(?:money|balance|payment|deposit|funds?|dollars?|usd|am)|go\\s+collect\\s+(?:the\\s+|di\\s+|this\\s+|dis\\s+|all\\s+|your\\s+)?(?:money|balance|payment|deposit|funds?|dollars?|usd))\\b',
    { anchors: ['go receive', 'go collect'] },
  ),
  cue(
    'a changed account',
    // "The account wey dey the PI no dey work again", "our company account no fit receive dollar again", "our old account
    // don block": the supplier's account, stopped. Not the buyer's own ("my dom account").
    `\\b(?:our|una|company|the|dis|this|that|dat|old|former)\\s+(?:\\S+\\s+){0,2}?${ACCOUNT}(?:\\s+(?:wey|wen|that|which)(?:\\s+\\S+){1,4}?)?\\s+(?:(?:no\\s+dey|no\\s+fit)\\s+(?:work|receive|collect|take|accept)|don\\s+block|don\\s+close|don\\s+freeze|don\\s+expire|don\\s+stop|don\\s+lock|don\\s+seize)`,
    {
      anchors: [
        'no dey',
        'no fit',
        'don block',
        'don close',
        'don freeze',
        'don expire',
        'don stop',
        'don lock',
        'don seize',
      ],
    },
  ),
  cue(
    'a changed account',
    // "From now, na our Hong Kong account una go use", "na this new account you go pay".
    '\\bna\\s+(?:our|this|dis|the)\\s+(?:new|hk|hong\\s+kong|other|another|sister|factory|private|personal|second)\\s+(?:\\S+\\s+)?(?:account|acct|acc)\\s+(?:una\\s+go|you\\s+go|u\\s+go|we\\s+go)\\s+(?:use|pay|send|dey)\\b',
    { anchors: ['una go', 'u go', 'we go'] },
  ),
];

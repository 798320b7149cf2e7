import { cue, type Cue } from './cue';

/**
 * A loss said to follow if the buyer doesn't pay soon, in the wordings of probe 68: Greek "θα τα πάρει άλλος πελάτης"
 * (another customer will take them), Arabic "كل يوم تأخير عليك" (each day of delay is on you), Chinese 明天就被别的客户订走
 * (tomorrow another customer books it). Part of MORE_OFFERS_ENDING.
 */
export const PRESSURE_FROM_COMMODITIES_AND_ENGINEERS: readonly Cue[] = [
  cue(
    'another buyer waiting',
    '(?:άλλος\\s+πελάτης|αλλος\\s+πελάτης|αλλος\\s+πελατης)|(?:被别的客户|让别的客户|被别的买家|让别的买家)(?:订|买|拿)走',
    {
      anchors: ['άλλος πελάτης', 'αλλος πελάτης', 'αλλος πελατης', '别的客户', '别的买家'],
    },
  ),
  cue('a deadline with a penalty', 'كل\\s+يوم\\s+تأخير\\s+(?:عليك|عليكم|ب)', { anchors: ['كل يوم تأخير'] }),
];

import { cue, type Cue } from './cue';

/** Chinese: a new account abroad, 新的香港账户, 新澳门账号. Part of DETAILS_CHANGE. */
export const NEW_ACCOUNT_ABROAD_IN_CHINESE: readonly Cue[] = [
  cue(
    'a changed receiving account',
    ['香港', '澳门', '新加坡', '迪拜', '海外', '离岸']
      .map((place) => `新的?${place}(?:公司)?的?(?:账户|账号)`)
      .join('|'),
    {
      anchors: [
        '新香港',
        '新的香港',
        '新澳门',
        '新的澳门',
        '新新加坡',
        '新的新加坡',
        '新迪拜',
        '新的迪拜',
        '新海外',
        '新的海外',
        '新离岸',
        '新的离岸',
      ],
    },
  ),
];

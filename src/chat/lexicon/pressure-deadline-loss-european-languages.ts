import { beforeANumber } from './cue';
import type { DeadlinePayAndLoss } from './pressure-deadline-loss';
import { DEADLINES_WITH_A_LOSS_IN_MORE_LANGUAGES } from './pressure-deadline-loss-more-languages';

/** The deadline, paying and the loss in the European languages buyers and suppliers write in, and Turkish. Part of DEADLINES_WITH_A_LOSS. */
export const DEADLINES_WITH_A_LOSS_IN_EUROPEAN_LANGUAGES: readonly DeadlinePayAndLoss[] = [
  // "El saldo tiene que llegar antes del viernes, si no el pedido pasa al mes que viene".
  {
    deadline:
      '\\b(?:hoy|esta\\s+noche|esta\\s+semana|(?:antes\\s+del?|hasta\\s+el|para\\s+el)\\s+(?:lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado|domingo|\\d)|hasta\\s+(?:ma[ñn]ana|las\\s+\\d)|antes\\s+de\\s+las\\s+\\d|a\\s+las\\s+\\d|antes\\s+del?\\s+(?:a[ñn]o\\s+nuevo|la\\s+fiesta|las\\s+fiestas|feriado|navidad))',
    pay: '\\b(?:pag(?:o|ar|ue|uen|a)|saldo|dep[óo]sito|anticipo|transferencia|transfier|consign)',
    loss: '(?:de\\s+lo\\s+contrario|\\bse\\s+cancela|cancelamos|\\bpierde|\\bperde(?:mos|r)|pr[óo]xim[ao]\\s+(?:semana|mes)|mes\\s+que\\s+viene|nuevo\\s+precio|bodegaje|almacenaje|sobreestad[íi]a|\\bsube\\b|aumenta|no\\s+podemos|ya\\s+no|(?:asegurar|mantener|garantizar)\\s+(?:el|este)\\s+precio|abandono|\\bcobra\\w*|por\\s+d[íi]a|\\bmultas?\\b|canal\\s+rojo|(?:contenedor|mercanc[íi]a|carga|pedido)\\s+se\\s+queda|para\\s+(?:conservar|mantener|apartar|guardar)(?:lo|la|los|las)?\\b)',
    anchors: ['hoy', 'esta noche', 'esta semana', 'antes de', 'hasta ', 'para el', 'a las'],
  },
  // "Se o sinal não cair até sexta, o pedido vai para o mês que vem".
  {
    deadline:
      '\\b(?:hoje|esta\\s+noite|at[ée]\\s+(?:amanh[ãa]|segunda|ter[çc]a|quarta|quinta|sexta|s[áa]bado|domingo|[àa]s\\s+\\d|o\\s+dia\\s+\\d|\\d)|antes\\s+d[eao]s?\\s+(?:feriado|fim\\s+de\\s+semana|segunda|ter[çc]a|quarta|quinta|sexta|\\d)|em\\s+\\d+\\s*h(?:oras)?\\b)',
    pay: '\\b(?:pag(?:amento|ar|ue|uem|a|o)|saldo|dep[óo]sito|sinal|transfer[êe]ncia|transfir|pix)',
    loss: '(?:\\bsen[ãa]o\\b|caso\\s+contr[áa]rio|cancela|\\bperde|pr[óo]xim[ao]\\s+(?:semana|m[êe]s)|m[êe]s\\s+que\\s+vem|novo\\s+pre[çc]o|pre[çc]o\\s+novo|\\bsobe\\b|aumenta|n[ãa]o\\s+(?:conseguimos|podemos|d[áa])|(?:garantir|manter|segurar)\\s+(?:o|este|esse)\\s+pre[çc]o|evitar\\s+(?:a\\s+|o\\s+)?(?:devolu|multa|armazenagem|leil)|armazenagem|navio\\s+de\\s+retorno|devolv)',
    anchors: ['hoje', 'esta noite', 'até ', 'ate ', 'antes d', ...beforeANumber('em')],
  },
  // "Si le solde n'est pas reçu avant vendredi, la commande passera au mois prochain".
  {
    deadline:
      "\\b(?:aujourd'hui|ce\\s+soir|ce\\s+week-?end|(?:avant|d'ici)\\s+(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|demain|ce\\s+soir|le\\s+\\d|la\\s+fin|\\d)|a\\s+\\d{1,2}\\s?h|sous\\s+\\d{1,3}\\s?(?:h|heures|jours)\\b|dans\\s+les\\s+\\d{1,3}\\s?(?:h|heures|jours)\\b)|(?<![\\p{L}])à\\s+\\d{1,2}\\s?h",
    pay: '\\b(?:pai(?:ement|er|ez)|pay(?:er|ez)|solde|acompte|virement|vir(?:ez|er)|r[ée]gl(?:ez|er|ement)|envoy[ée]s?\\b)',
    loss: '(?:\\bsinon\\b|faute\\s+de|annul|\\bperd|semaine\\s+prochaine|mois\\s+prochain|nouveau\\s+(?:tarif|prix)|augment|ne\\s+(?:pourrons|pouvons)\\s+pas|surestaries|magasinage|par\\s+jour|(?<![\\p{L}])à\\s+votre\\s+charge)',
    anchors: [
      "aujourd'hui",
      'ce soir',
      'ce week',
      'avant',
      "d'ici",
      ...beforeANumber('à', 'a', 'sous', 'dans les'),
    ],
  },
  // "Wenn die Anzahlung nicht bis Freitag da ist, rutscht der Auftrag in den nächsten Monat".
  {
    deadline:
      '\\b(?:heute|innerhalb\\s+von\\s+\\d+\\s*(?:stunden|std|tagen)|bis\\s+(?:morgen|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|heute|ende|\\d)|(?:vor|nach)\\s+(?:dem\\s+)?(?:montag|dienstag|mittwoch|donnerstag|freitag|wochenende|feiertag)|um\\s+\\d{1,2}\\s*uhr)',
    pay: '(?:zahl|[üu]berweis|ueberweis|anzahlung|restbetrag|\\bbetrag|\\bsaldo)',
    loss: '(?:\\bsonst\\b|andernfalls|ansonsten|storn|n(?:ä|a|ae)chste[nr]?\\s+(?:woche|monat)|neue[rn]?\\s+preis|teurer|\\bsteig|verf(?:ä|a|ae)llt|verpass|listenpreis|normalpreis|lagergeld|standgeld|pro\\s+tag|gilt\\s+wieder\\s+(?:der\\s+)?(?:alte|normale|volle)?\\s*preis)',
    anchors: [
      'heute',
      'innerhalb von',
      'bis ',
      'montag',
      'dienstag',
      'mittwoch',
      'donnerstag',
      'freitag',
      'wochenende',
      'feiertag',
      'uhr',
    ],
  },
  // "Se il saldo non arriva entro venerdì, l'ordine slitta al mese prossimo".
  {
    deadline:
      '\\b(?:oggi|stasera|entro\\s+(?:domani|luned[iì]|marted[iì]|mercoled[iì]|gioved[iì]|venerd[iì]|sabato|domenica|stasera|oggi|le\\s+\\d|\\d))',
    pay: '\\b(?:pagament|pagar|pagate|pag(?:a|hi|hino)\\b|sald(?:o|ate|are|i)\\b|acconto|bonifico)',
    loss: '(?:altrimenti|annull|\\bperde|prossim[ao]\\s+(?:settimana|mese)|nuovo\\s+prezzo|aument|non\\s+possiamo|rest[ae]\\s+ferm|raddoppi|triplica|vendut[io]|altro\\s+cliente)',
    anchors: ['oggi', 'stasera', 'entro '],
  },
  // "Если предоплата не придёт до пятницы, заказ переносим на следующий месяц"; Ukrainian "до п'ятниці".
  {
    deadline:
      '(?:сегодня|сьогодні|завтра|(?:в\\s+течение|протягом)\\s+\\d+\\s*(?:час|годин|дн|дід|суток|сут)|до\\s+(?:пятницы|понедельника|вторника|среды|четверга|субботы|п.ятниці|понеділка|вівторка|середи|четверга|суботи|конца|кінця|вечера|\\d)|в\\s+пятницу|в\\s+понедельник|во\\s+вторник|в\\s+среду|в\\s+четверг|в\\s+субботу)',
    pay: '(?:оплат|предоплат|перевод|переве|доплат|остаток|сплат|передоплат|переказ|плат[её]ж|скинь|скиньте)',
    loss: '(?:иначе|інакше|последни[йи]\\s+день|отмен|скасу|перенос|перенес|следующ|наступн|нов(?:ой|ая|ою|а)\\s+цін|нов(?:ой|ая)\\s+цен|подорож|дороже|не\\s+сможем|не\\s+зможемо|сгор|пересчит|перерахув|хранени|простой|простое|простоя|в\\s+сутки|будет\\s+поздно)',
    anchors: [
      'сегодня',
      'сьогодні',
      'завтра',
      'до ',
      'в течение',
      'протягом',
      'в пятницу',
      'в понедельник',
      'во вторник',
      'в среду',
      'в четверг',
      'в субботу',
    ],
  },
  // "Kurban Bayramı'ndan önce yükleme için ödemenin perşembeye kadar gelmesi lazım, yoksa iki hafta bekler".
  {
    deadline:
      "(?:bug[üu]n(?![\\p{L}])|(?:pazartesi|sal[ıi]|[çc]ar[şs]amba|per[şs]embe|cuma|cumartesi|pazar|yar[ıi]n|ak[şs]am)(?:'?(?:ye|ya|e|a|[ıi]na|ine))?(?:\\s+g[üu]n[üu]ne)?\\s+kadar|saat\\s+\\d{1,2}(?:'?[ye]?e|'?[ya]a|:\\d\\d)?)",
    pay: '(?:[öo]deme|[öo]de[yn]|g[öo]nderin|g[öo]nderirseniz|g[öo]ndermezseniz|havale|bakiye|kapora|pe[şs]inat)',
    loss: '(?:\\byoksa\\b|aksi\\s+(?:halde|takdirde)|iptal|art[ıi]yor|\\bzam(?:m[ıi])?(?![\\p{L}])|artacak|ka[çc][ıi]r|ka[çc]acak|ka[çc]ar\\b|haftaya|gelecek\\s+ay|bekler|kal[ıi]r|gecik|depo\\s+[üu]cret|iade|ardiye)',
    anchors: ['kadar', 'saat ', 'bugün', 'bugun'],
  },
  // "Armator wymaga zapłaty do jutra … Jeśli nie zdążymy, stracimy miejsce na statku i fracht podrożeje".
  {
    deadline:
      '\\b(?:do|od)\\s+(?:jutra|poniedzia[łl]ku|wtorku|[śs]rody|czwartku|pi[ąa]tku|soboty|niedzieli|ko[ńn]ca\\s+dnia)(?![\\p{L}])|\\b(?:dzi[śs]|dzisiaj)(?![\\p{L}])|\\bw\\s+ci[ąa]gu\\s+(?:godziny|\\d+\\s*(?:godzin|h\\b|dni))',
    pay: '(?:zap[łl]at|zap[łl]ac|op[łl]ac|p[łl]atno|przel(?:ew|a[ćc])|wp[łl]at|\\bsaldo|zaliczk|przedp[łl]at)',
    loss: '(?:stracimy|tracimy|przepad|zamyka|podro[żz]|\\banul|\\binaczej\\b|w\\s+przeciwnym\\s+razie|nie\\s+zd[ąa][żz]ymy|nie\\s+ruszymy|p[óo]jdzie\\s+w\\s+g[óo]r)',
    anchors: [
      'dziś',
      'dzis',
      'jutra',
      'poniedziałku',
      'poniedzialku',
      'wtorku',
      'środy',
      'srody',
      'czwartku',
      'piątku',
      'piatku',
      'soboty',
      'niedzieli',
      'końca dnia',
      'konca dnia',
      'w ciągu',
      'w ciagu',
    ],
  },
  // "Betaal het saldo vóór vrijdag, anders schuift de productie naar na Chinees Nieuwjaar".
  {
    deadline:
      '\\bv[óo][óo]r\\s+(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|morgen|vanavond|\\d)|\\bvandaag\\b|\\bvanavond\\b',
    // Not the buyer's own: "wij betalen het saldo vóór vrijdag via Alibaba".
    pay: '(?<!\\b(?:wij|we|ik)\\s+(?:\\S+\\s+){0,2})(?:betaal|betaling|saldo|aanbetaling|overmak|over\\s+te\\s+maken|op\\s+de\\s+rekening)',
    // "… wordt zaterdag vernietigd als de demurrage niet vóór vrijdag op de rekening staat": destroyed, auctioned, seized.
    loss: '(?:\\banders\\b|annuler|vervalt|duurder|prijs\\s+stijgt|schuift|vertraagd|vernietigd|geveild|in\\s+beslag)',
    anchors: ['voor ', 'vóor', 'vóór', 'voór', 'vandaag', 'vanavond'],
  },
  // "Plătiți restul … până vineri, altfel marfa se vinde altui client" (pay the rest by Friday, else the goods go to another).
  {
    deadline:
      '(?<![\\p{L}])(?:până|pana)\\s+(?:diseară|diseara|mâine|maine|astăzi|astazi|luni|marți|marti|miercuri|joi|vineri|sâmbătă|sambata|duminică|duminica|la\\s+\\d|\\d)|(?<![\\p{L}])(?:astăzi|astazi|azi)(?![\\p{L}])',
    pay: '(?:confirma[țt]i\\s+comanda|pl[ăa]t|achit|transfer|trimite[țt]i|avans|restul|banii)',
    loss: '(?:altfel|[îi]n\\s+caz\\s+contrar|anul[aă]|anulat|pierde|se\\s+vinde|vindem|altui\\s+client|scumpe|cre[șs]te|se\\s+[îi]nchide)',
    anchors: ['până', 'pana', 'astăzi', 'astazi', 'azi'],
  },
  ...DEADLINES_WITH_A_LOSS_IN_MORE_LANGUAGES,
];

// Addresses written out or spaced to slip past a filter, read back as addresses: part of normalising chat text.

const WRITTEN_OUT =
  /[[({]|\bat\b[^]*\bdot\b|\s@|@\s|hxxp|\bdot\s+(?:com|net|org|ly|io|gd|gl)\b|\.\s+(?:com|net|org|ly|io|cc|me)\/|https?\s*:\s*\/\s*\/\s|\s\.\s+[a-z]{2,6}\s*\/\s*[a-z0-9]|-[a-z0-9]+\s+\.\s+[a-z]/;
/** What WRITTEN_OUT needs, found without its search from every "at" to the end of the text. */
const MAY_BE_WRITTEN_OUT = /[[({]|dot|hxxp|\.\s+(?:com|net|org|ly|io|cc|me)\/|\/\s+\/|\s\.\s|\s@|@\s/;
/** "dot" in Portuguese, French, Spanish, German and Polish, Vietnamese, Turkish and Indonesian. */
const DOT_WORDS = '(?:ponto|point|punto|punkt|chấm|cham|nokta|titik)';
/** A hyphenated name before a spelt "dot" ("alibaba-secure-pay point com"): the one way those words are read back. */
const MAY_HAVE_A_SPELT_DOT = new RegExp(`-[a-z0-9]+\\s${DOT_WORDS}\\s`);
/** The endings a host spaced out around its dot is read back with. */
const SPACED_ENDING = 'com|net|org|cc|io|co|top|xyz|shop|site|online|info|ly|me';

/**
 * A host spaced around its dots and hyphens, with a path after it: "alibaba - tradepay . com / deposit",
 * "www . alibaba-escrow-service . com / order / 4421". Only with a path, or a hyphen in the name ("pay-alibaba . xyz"):
 * "obrigado . com certeza" is Portuguese.
 */
const SPACED_HOST_WITH_PATH = new RegExp(
  `\\b((?:[a-z0-9]+\\s*[-.]\\s*)*[a-z0-9]+)\\s+\\.\\s+(${SPACED_ENDING})((?:\\s*\\/\\s*[a-z0-9_-]+)+)`,
  'g',
);
const SPACED_HYPHENATED_HOST = new RegExp(
  `\\b[a-z0-9]+(?:-[a-z0-9]+)+\\s+\\.\\s+(?:${SPACED_ENDING})\\b`,
  'g',
);

const SPELT_DOT_IN_OTHER_LANGUAGES = new RegExp(
  `\\b([a-z0-9]+(?:-[a-z0-9]+)+) ${DOT_WORDS} (com|net|org|br|vn|mx|co|pe|ar|fr|de|tr|id|info|shop|online|site|top|xyz)(?: ${DOT_WORDS} ([a-z]{2}))?(?![\\p{L}])`,
  'gu',
);

/**
 * An e-mail address spaced after its "@" and around its dots: "lily @ q q . com", "sales@ hxpcb.com". Not a
 * domain named on its own ("our official email @sunriseled.com").
 */
const SPACED_MAIL =
  /\b([a-z][a-z0-9._-]*)\s*@\s+((?:[a-z0-9-]+\s?){1,30}?)\s*\.\s*(com|net|org|cn|co|de|uk|io|hk)(?![\w-])/g;

/** "lily(at)yahoo(dot)com", "susan at hxpcb dot com", "evil[.]com" → addresses as written normally. */
export function undoWrittenOutAddresses(text: string): string {
  // Most messages write no address out: two cheap searches rule that out.
  const writtenOut = MAY_BE_WRITTEN_OUT.test(text) && WRITTEN_OUT.test(text);
  if (!writtenOut && !MAY_HAVE_A_SPELT_DOT.test(text)) return text;
  return (
    text
      .replace(/\s*[[({]\s*(at|@)\s*[\])}]\s*/g, '@')
      .replace(/\s*[[({]\s*(dot|\.)\s*[\])}]\s*/g, '.')
      .replace(
        /\b([a-z0-9._-]+) at ([a-z0-9-]+(?: dot [a-z0-9-]+)+)\b/g,
        (_match, user: string, domain: string) =>
          /dot (com|net|org|cn|co|de|uk|io|hk)$/.test(domain)
            ? `${user}@${domain.replace(/ dot /g, '.')}`
            : _match,
      )
      .replace(/\bhxxp(s?):\/\//g, 'http$1://')
      // "wetransfer dot com slash downloads slash 7f3a", "cutt dot ly slash hy-mdl", "tinyurl. com/ yc4p8", "https : / /
      // site . net / pi".
      .replace(
        /\b([a-z0-9-]+) dot (com|net|org|ly|io|gd|gl)\b((?: slash [a-z0-9_-]+)*)/g,
        (_match, name: string, ending: string, path: string) =>
          `${name}.${ending}${path.replace(/ slash /g, '/')}`,
      )
      // "dot" in other languages, for a hyphenated name only ("uma empresa ponto com" is a phrase): Portuguese
      // "alibaba-pagamento-seguro ponto com ponto br", French "alibaba-secure-pay point com", Vietnamese "coffeelink-pay
      // chấm vn".
      .replace(
        SPELT_DOT_IN_OTHER_LANGUAGES,
        (_match, name: string, ending: string, country: string | undefined) =>
          country ? `${name}.${ending}.${country}` : `${name}.${ending}`,
      )
      // After "dot com" is read as ".com": "amy @ qq dot com".
      .replace(
        SPACED_MAIL,
        (_match, user: string, domain: string, ending: string) =>
          `${user}@${domain.replace(/\s/g, '')}.${ending}`,
      )
      .replace(/\b([a-z0-9-]+)\.\s+(com|net|org|ly|io|cc|me)\/\s*/g, '$1.$2/')
      .replace(SPACED_HOST_WITH_PATH, (match) => match.replace(/\s+/g, ''))
      .replace(SPACED_HYPHENATED_HOST, (match) => match.replace(/\s+/g, ''))
      // Only an address spaced out from its scheme on ("https : / / …"): a plain one is left as it is.
      .replace(
        /\b(https?)(\s*:\s*\/\s*\/\s*)((?:[a-z0-9_-]+\s*[./]\s*)*[a-z0-9_-]+)/g,
        (match, scheme: string, separator: string, rest: string) =>
          /\s/.test(separator) ? `${scheme}://${rest.replace(/\s+/g, '')}` : match,
      )
  );
}

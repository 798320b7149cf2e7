import { hitAt, type Hit, type MessageView } from './message-view';
import { isWithin } from './matches';
import { isRefused } from './negation';

/** What a document is named as. */
const DOCUMENT_ENDINGS = 'pdf|docx?|xlsx?|pptx?|jpe?g|png|txt';
const ARCHIVE_ENDINGS = 'rar|zip|7z';
/** Programs that run when opened; with "js", scripts too (a web page's own ".js" is ordinary in a link). */
const PROGRAMS = 'exe|scr|vbs|bat|cmd|hta|jar|ps1|msi';
const PROGRAM_ENDINGS = `${PROGRAMS}|js`;
/** What a document named twice really is: an archive, a program, a disk image, a shortcut or a web page. */
const HIDDEN_ENDINGS = `${ARCHIVE_ENDINGS}|${PROGRAM_ENDINGS}|iso|img|lnk|html?`;
/** What runs when opened: a program, a script, an app to install, a web page, a document with macros. */
const RUNNABLE_ENDINGS = 'exe|scr|vbs|bat|cmd|apk|one|svg|xlsm|docm|pptm|html?|hta|lnk|msi|jar|ps1';
const DISK_IMAGE_ENDINGS = 'iso|img|vhdx?';
/** A link's path to a program, an app to install, a shortcut or a disk image (".../Quotation_PO7781.scr"). */
export const LINKED_PROGRAM = new RegExp(`\\.(?:${PROGRAMS}|apk|lnk|${DISK_IMAGE_ENDINGS})$`, 'i');
/** A link's path to an archive (".../Furniture2025.rar"), which can hold a program: ordinary only on a file-sharing site. */
export const LINKED_ARCHIVE = new RegExp(`\\.(?:${ARCHIVE_ENDINGS})$`, 'i');

/** "Test_Report_SGS.pdf.rar": an archive or a program named as a document, which opens as whatever it really is. */
const DOUBLE_EXTENSION = new RegExp(
  `[\\p{L}\\p{N}_-]+\\.(?:${DOCUMENT_ENDINGS})\\.(?:${HIDDEN_ENDINGS})\\b`,
  'u',
);
/** "toys-katalogos.zip.exe": a program named as an archive. */
const PROGRAM_NAMED_AS_ARCHIVE = new RegExp(
  `[\\p{L}\\p{N}_-]+\\.(?:${ARCHIVE_ENDINGS})\\.(?:${PROGRAM_ENDINGS})\\b`,
  'u',
);
/**
 * "Drawing_Rev4.one … click View document", "Receipt_0412.svg, open it in your browser", "hxtrack-erp.apk",
 * "Certificato_CE_HD.vbs: lo esegua": sent as the document itself. Not inside a link ("…/index.html"), where the
 * link rule reads it.
 */
const RUNS_AS_A_PROGRAM = new RegExp(
  `(?<![/.\\p{L}\\p{N}_-])[\\p{L}\\p{N}_-]+\\.(?:${RUNNABLE_ENDINGS})(?![\\p{L}\\p{N}_-])(?!\\.\\w)`,
  'u',
);
/** "Factura.zip … deschideți fișierul .js din ea", "Belgeler.rar içindeki .exe dosyasını açınız": a program to run, inside an archive. */
const ARCHIVE = new RegExp(`[\\p{L}\\p{N}_-]+\\.(?:${ARCHIVE_ENDINGS})\\b`, 'u');
const PROGRAM_ENDING_ALONE = new RegExp(
  `(?<![\\p{L}\\p{N}_-])\\.(?:${PROGRAM_ENDINGS})(?![\\p{L}\\p{N}_-])`,
  'u',
);
/** "catalog_2025.rar … extract and run the viewer", "VIP_Cert.zip, run setup to print it": a program in it, to run, unnamed. */
const RUN_WHAT_IS_INSIDE =
  /\b(?:run|install|execute|launch)\s+(?:the\s+)?(?:setup|viewer|installer|program|launcher|exe|app)\b/u;
/**
 * "https://…/FW_PM450.rar – Passwort 1234", "…/drawings.zip 解压密码 8888": an archive to download, locked with a password,
 * which keeps the browser's virus scanners from looking inside; a favourite wrapping for malware.
 */
const ARCHIVE_PASSWORD =
  /\b(?:password|passwort|passwd|pwd|parol|mot\s+de\s+passe|contrase[ñn]a|senha|sifre|has[łl]o|wachtwoord)\b|şifre|пароль|密码|密碼|パスワード|비밀번호/u;
/** How far from the archive's name its password is looked for. */
const PASSWORD_REACH = 80;
/** "PackingList_Q3.iso … mount it and run Setup_Viewer to open the PDFs": documents sent inside a disk image. */
const DISK_IMAGE = new RegExp(`[\\p{L}\\p{N}_-]+\\.(?:${DISK_IMAGE_ENDINGS})\\b`, 'u');
const NAMES_DOCUMENTS =
  /\b(?:pdfs?|documents?|docs|invoices?|packing\s+list|files?|photos?|contracts?|pi|certificates?|drawings?|catalog(?:ue)?s?|reports?|mount)\b|_documents?\b/u;
/**
 * What an invoice, a receipt or a payment slip is called, in a file's name; "PI_PL_2024", "Docs_BL_CI_PL" for (commercial)
 * invoices, "NF_88221" for a Brazilian nota fiscal.
 */
const PAYMENT_PAPER =
  '(?:invoice|proforma|receipt|payment|remittance|swift|statement|factura|fatura|facture|rechnung|发票|付款|(?<![\\p{L}\\p{N}])(?:pi|ci|nf)(?![\\p{L}]))';
/**
 * "Proforma_Invoice_5521.zip", "Proforma_Fatura.zip … içindeki ödeme linkinden": an invoice sent packed, which can hide a
 * program; a real one is a PDF, or in the Alibaba order. "invoice.js … run it": a script named as one ("three.js" is not).
 * Also at the end of a link: "https://files-cloud.xyz/pi_ru_2291.zip".
 */
const PACKED_INVOICE = new RegExp(
  `(?<![.\\p{L}\\p{N}_-])[\\p{L}\\p{N}_-]*${PAYMENT_PAPER}[\\p{L}\\p{N}_-]*\\.(?:${ARCHIVE_ENDINGS}|js|jse|wsf|vbe)(?![\\p{L}\\p{N}_-])`,
  'iu',
);
/** Any of the endings above, in one cheap search: most messages name no file, and then skip the searches above. */
const NAMES_A_FILE = new RegExp(
  `\\.(?:${[DOCUMENT_ENDINGS, HIDDEN_ENDINGS, RUNNABLE_ENDINGS, DISK_IMAGE_ENDINGS].join('|')})\\b`,
);
/** "Click Enable Editing and Enable Content, the macro will show the bank details": a document that runs code. */
const MACROS =
  /\benable\s+(?:editing\s+and\s+(?:enable\s+)?)?(?:content|macros?)\b|\binhalt\s+aktivieren\b|\bmakros\s+aktivieren\b|\bactiver\s+(?:le\s+contenu|les\s+macros)\b|\babilita\s+(?:contenuto|macro)\b|\bhabilitar\s+(?:contenido|macros)\b|启用宏|启用内容/u;

/** A file disguised as a document, or a document that runs code: reported by the link rule, as a file. */
export function disguisedFile(view: MessageView): Hit | null {
  return (NAMES_A_FILE.test(view.letters) ? fileNamedAsADocument(view) : null) ?? documentWithMacros(view);
}

function fileNamedAsADocument(view: MessageView): Hit | null {
  const file = DOUBLE_EXTENSION.exec(view.text);
  if (file)
    return asFile(
      hitAt('a file named as a document that is really an archive or a program', file.index, file[0]),
    );
  const named = PROGRAM_NAMED_AS_ARCHIVE.exec(view.text);
  if (named) return asFile(hitAt('a program named as an archive', named.index, named[0]));
  const program = RUNS_AS_A_PROGRAM.exec(view.text);
  if (program)
    return asFile(hitAt('a program, a script or a web page sent as a document', program.index, program[0]));
  const archive = ARCHIVE.exec(view.text);
  const inArchive = archive
    ? (PROGRAM_ENDING_ALONE.exec(view.text) ?? (RUN_WHAT_IS_INSIDE.test(view.letters) ? archive : null))
    : null;
  if (inArchive && !isRefused(view.letters, inArchive.index))
    return asFile(hitAt('a program to run, sent inside an archive', inArchive.index, inArchive[0]));
  if (archive && lockedWithAPassword(view, archive) && !isRefused(view.letters, archive.index))
    return asFile(
      hitAt(
        'an archive locked with a password, which virus scanners cannot look inside',
        archive.index,
        archive[0],
      ),
    );
  const packed = PACKED_INVOICE.exec(view.text);
  if (packed && !isRefused(view.letters, packed.index))
    return asFile(
      hitAt('an invoice sent as an archive or a script, which can hide a program', packed.index, packed[0]),
    );
  const image = DISK_IMAGE.exec(view.text);
  if (image && NAMES_DOCUMENTS.test(view.letters))
    return asFile(hitAt('documents sent as a disk image or a program to run', image.index, image[0]));
  return null;
}

/** Downloaded from a link (an archive attached in the chat may be locked only to keep drawings private). */
function lockedWithAPassword(view: MessageView, archive: RegExpExecArray): boolean {
  if (!view.links.some((link) => isWithin(archive.index, link))) return false;
  const end = archive.index + archive[0].length;
  return ARCHIVE_PASSWORD.test(
    view.letters.slice(Math.max(0, archive.index - PASSWORD_REACH), end + PASSWORD_REACH),
  );
}

function documentWithMacros(view: MessageView): Hit | null {
  const macros = MACROS.exec(view.letters);
  return macros
    ? asFile(hitAt('a document that asks you to turn on its macros', macros.index, macros[0]))
    : null;
}

/** The finding then says "Suspicious file", not "Suspicious link". */
function asFile(hit: Hit): Hit {
  return { ...hit, noun: 'file' };
}

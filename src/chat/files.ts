import { hitAt, type Hit, type MessageView } from './message-view';

/** "Test_Report_SGS.pdf.rar": an archive or a program named as a document, which opens as whatever it really is. */
const DOUBLE_EXTENSION =
  /[\p{L}\p{N}_-]+\.(?:pdf|docx?|xlsx?|pptx?|jpe?g|png|txt)\.(?:rar|zip|7z|exe|scr|js|vbs|bat|cmd|iso|img|lnk|html?)\b/u;
/** "PackingList_Q3.iso … mount it and run Setup_Viewer to open the PDFs": documents sent inside a disk image. */
const DISK_IMAGE = /\b[\w-]+\.(?:iso|img|vhdx?)\b/u;
const DOCUMENTS = /\b(?:pdfs?|documents?|docs|invoices?|packing\s+list|files?|photos?|contracts?|pi)\b/u;
/**
 * "Drawing_Rev4.one … click View document", "Receipt_0412.svg, open it in your browser", "hxtrack-erp.apk",
 * "Certificato_CE_HD.vbs: lo esegua": a program, a script, an app to install, a web page or a document with macros,
 * sent as the document itself. Not inside a link ("…/index.html"), where the link rule reads it.
 */
const RUNS_AS_A_PROGRAM =
  /(?<![/.\p{L}\p{N}_-])[\p{L}\p{N}_-]+\.(?:exe|scr|vbs|bat|cmd|apk|one|svg|xlsm|docm|pptm|html?|hta|lnk|msi|jar|ps1)(?![\p{L}\p{N}_-])(?!\.\w)/u;
/** "Click Enable Editing and Enable Content, the macro will show the bank details": a document that runs code. */
const MACROS =
  /\benable\s+(?:editing\s+and\s+(?:enable\s+)?)?(?:content|macros?)\b|\binhalt\s+aktivieren\b|\bmakros\s+aktivieren\b|\bactiver\s+(?:le\s+contenu|les\s+macros)\b|\babilita\s+(?:contenuto|macro)\b|\bhabilitar\s+(?:contenido|macros)\b|启用宏|启用内容/u;

/** The endings the file checks look for, in one cheap search: most messages name no file, and then skip them. */
const NAMES_A_FILE =
  /\.(?:pdf|docx?|xlsx?|pptx?|jpe?g|png|txt|rar|zip|7z|exe|scr|js|vbs|bat|cmd|iso|img|vhdx?|lnk|html?|apk|one|svg|xlsm|docm|pptm|hta|msi|jar|ps1)\b/;

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
  const program = RUNS_AS_A_PROGRAM.exec(view.text);
  if (program)
    return asFile(hitAt('a program, a script or a web page sent as a document', program.index, program[0]));
  const image = DISK_IMAGE.exec(view.text);
  if (image && DOCUMENTS.test(view.letters))
    return asFile(hitAt('documents sent as a disk image or a program to run', image.index, image[0]));
  return null;
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
